// The JSON writer: an array of objects with string values, valid UTF-8 and correct escaping, streamed and atomic.

#include "io/json/json_array_writer.h"
#include "io/json/json_text.h"
#include "writer_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace plumbline;
using namespace writer_fixtures;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void escaping_data();
    void escaping();
    void shapeAndOrder();
    void editsInsertsAndDeletes();
    void emptyTable();
    void cancelKeepsPreviousFile();

private:
    QTemporaryDir m_dir;
};

void TestJsonWriter::escaping_data()
{
    QTest::addColumn<QByteArray>("cell");    // UTF-8 bytes as stored in a column
    QTest::addColumn<QByteArray>("literal"); // the exact JSON string literal
    QTest::addColumn<QString>("parsed");     // what a JSON parser reads back

    QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"") << QStringLiteral("abc");
    QTest::newRow("empty") << QByteArray("") << QByteArray("\"\"") << QString();
    QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \\\"hi\\\"\"")
                           << QStringLiteral("say \"hi\"");
    QTest::newRow("backslash") << QByteArray("C:\\dir\\") << QByteArray("\"C:\\\\dir\\\\\"")
                               << QStringLiteral("C:\\dir\\");
    QTest::newRow("newline, CR, tab") << QByteArray("a\nb\r\nc\td") << QByteArray("\"a\\nb\\r\\nc\\td\"")
                                      << QStringLiteral("a\nb\r\nc\td");
    QTest::newRow("backspace, form feed") << QByteArray("\b\f") << QByteArray("\"\\b\\f\"") << QStringLiteral("\b\f");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("\"a\\u0000b\"")
                         << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    QTest::newRow("other controls") << QByteArray("\x01\x1f\x7f") << QByteArray("\"\\u0001\\u001f\x7f\"")
                                    << QString::fromUtf8("\x01\x1f\x7f");
    QTest::newRow("accents and symbols") << QByteArray("caf\xc3\xa9 \xe2\x82\xac")
                                         << QByteArray("\"caf\xc3\xa9 \xe2\x82\xac\"")
                                         << QString::fromUtf8("caf\xc3\xa9 \xe2\x82\xac");
    QTest::newRow("astral plane") << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"")
                                  << QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("line separator kept") << QByteArray("\xe2\x80\xa8") << QByteArray("\"\xe2\x80\xa8\"")
                                         << QString::fromUtf8("\xe2\x80\xa8");
    QTest::newRow("invalid byte") << QByteArray("a\xff"
                                                "b")
                                  << QByteArray("\"a\xef\xbf\xbd"
                                                "b\"")
                                  << QString::fromUtf8("a\xef\xbf\xbd"
                                                       "b");
    QTest::newRow("truncated sequence") << QByteArray("x\xe2\x82") << QByteArray("\"x\xef\xbf\xbd\xef\xbf\xbd\"")
                                        << QString::fromUtf8("x\xef\xbf\xbd\xef\xbf\xbd");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\"")
                                    << QString::fromUtf8("\xef\xbf\xbd\xef\xbf\xbd");
    QTest::newRow("UTF-16 surrogate") << QByteArray("\xed\xa0\x80")
                                      << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"")
                                      << QString::fromUtf8("\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}

void TestJsonWriter::escaping()
{
    QFETCH(QByteArray, cell);
    QFETCH(QByteArray, literal);
    QFETCH(QString, parsed);
    std::string out;
    appendJsonString(out, std::string_view(cell.constData(), std::size_t(cell.size())));
    QCOMPARE(QByteArray::fromStdString(out), literal);

    // The same value in a file parses back.
    const auto table = makeTable({QStringLiteral("v")}, {{std::string(cell.constData(), std::size_t(cell.size()))}});
    const QString path = m_dir.filePath(QStringLiteral("escaping.json"));
    NullProgress progress;
    QVERIFY(!writeJsonArray(*table, path, progress));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("v")).toString(), parsed);
}

void TestJsonWriter::shapeAndOrder()
{
    const auto table = makeTable({QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("say \"x\"")},
                                 {{"1", "", "q"}, {"2", "b", ""}});
    const QString path = m_dir.filePath(QStringLiteral("shape.json"));
    NullProgress progress;
    QVERIFY(!writeJsonArray(*table, path, progress));
    const QByteArray bytes = readAll(path);
    // Keys in column order (QJsonObject would sort them, so check the text).
    QCOMPARE(bytes, QByteArray("[\n{\"zeta\":\"1\",\"alpha\":\"\",\"say \\\"x\\\"\":\"q\"},\n"
                               "{\"zeta\":\"2\",\"alpha\":\"b\",\"say \\\"x\\\"\":\"\"}\n]\n"));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 2);
    const QJsonObject first = doc.array().at(0).toObject();
    QCOMPARE(first.size(), 3);
    QVERIFY(first.value(QStringLiteral("alpha")).isString());
    QCOMPARE(first.value(QStringLiteral("alpha")).toString(), QString());
    QCOMPARE(first.value(QStringLiteral("say \"x\"")).toString(), QStringLiteral("q"));
}

void TestJsonWriter::editsInsertsAndDeletes()
{
    const auto table =
        makeTable({QStringLiteral("id"), QStringLiteral("name")}, {{"1", "Ann"}, {"2", "Ben"}, {"3", "Cal"}});
    table->editOverlay().set(0, 1, "Anne");
    table->removeRow(1);
    const RecordId inserted = table->insertRow(0);
    table->editOverlay().set(inserted, 0, "0");
    const QString path = m_dir.filePath(QStringLiteral("edits.json"));
    NullProgress progress;
    QVERIFY(!writeJsonArray(*table, path, progress));
    const QJsonArray rows = QJsonDocument::fromJson(readAll(path)).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("0"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("name")).toString(), QString());
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Anne"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("3"));
}

void TestJsonWriter::emptyTable()
{
    const auto table = makeTable({QStringLiteral("id")}, {});
    const QString path = m_dir.filePath(QStringLiteral("empty.json"));
    NullProgress progress;
    QVERIFY(!writeJsonArray(*table, path, progress));
    QCOMPARE(readAll(path), QByteArray("[]\n"));
    QVERIFY(QJsonDocument::fromJson(readAll(path)).isArray());
}

void TestJsonWriter::cancelKeepsPreviousFile()
{
    const auto table = makeTable({QStringLiteral("id")}, {{"1"}, {"2"}});
    const QString path = m_dir.filePath(QStringLiteral("keep.json"));
    QVERIFY(writeAll(path, "previous"));
    FlagProgress progress;
    progress.cancel();
    const auto error = writeJsonArray(*table, path, progress);
    QVERIFY(error);
    QVERIFY(error->message.contains(QLatin1String("canceled")));
    QCOMPARE(readAll(path), QByteArray("previous"));
}

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_json_array_writer.moc"
