// plumbline-cli profile end to end, run as a process: text and JSON, --table, --column, --top, and the errors.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

plumbline::test::CliRun cli(const QStringList& args)
{
    return plumbline::test::runCli(args);
}

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonPerColumn();
    void textAndTop();
    void tablesOfAMultiTableSource();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_csv;
};

void TestCliProfile::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PLUMBLINE_CLI)));
    QVERIFY(m_dir.isValid());
    m_csv = m_dir.filePath(u"register.csv"_s);
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("reference,decision,decision-date,area\n"
               "13/00858/HCC3S,granted,2013-08-09,0.08\n"
               "13/00859/HCC3S,granted,09/10/2013,20696\n"
               "NMA/2013/0233,refused,,1.16\n"
               ",granted,2014-01-02,\n");
}

void TestCliProfile::jsonPerColumn()
{
    const auto run = cli({u"profile"_s, m_csv, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray tables = root.value(u"tables"_s).toArray();
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.at(0).toObject().value(u"rows"_s).toInt(), 4);
    const QJsonArray columns = tables.at(0).toObject().value(u"columns"_s).toArray();
    QCOMPARE(columns.size(), 4);
    const QJsonObject reference = columns.at(0).toObject();
    QCOMPARE(reference.value(u"name"_s).toString(), u"reference"_s);
    QCOMPARE(reference.value(u"count"_s).toInt(), 4);
    QCOMPARE(reference.value(u"empty"_s).toInt(), 1);
    QCOMPARE(reference.value(u"distinct"_s).toInt(), 3);
    QCOMPARE(reference.value(u"shapes"_s).toArray().at(0).toObject().value(u"shape"_s).toString(), u"99/99999/AAA9A"_s);
    QCOMPARE(reference.value(u"shapes"_s).toArray().at(0).toObject().value(u"count"_s).toInt(), 2);
    const QJsonObject decision = columns.at(1).toObject();
    QCOMPARE(decision.value(u"top"_s).toArray().at(0).toObject().value(u"value"_s).toString(), u"granted"_s);
    QCOMPARE(decision.value(u"top"_s).toArray().at(0).toObject().value(u"count"_s).toInt(), 3);
    const QJsonObject date = columns.at(2).toObject();
    QCOMPARE(date.value(u"type"_s).toString(), u"date"_s);
    QCOMPARE(date.value(u"min"_s).toString(), u"2013-08-09"_s);
    QCOMPARE(date.value(u"max"_s).toString(), u"2014-01-02"_s);
    const QJsonObject area = columns.at(3).toObject();
    QCOMPARE(area.value(u"type"_s).toString(), u"decimal"_s);
    QCOMPARE(area.value(u"max"_s).toString(), u"20696"_s);
}

void TestCliProfile::textAndTop()
{
    const auto run = cli({u"profile"_s, m_csv, u"--column"_s, u"decision"_s, u"--top"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"decision\n"_s), qPrintable(out));
    QVERIFY2(out.contains(u"top       'granted' 3\n"_s), qPrintable(out));
    QVERIFY(!out.contains(u"refused"_s));   // --top 1
    QVERIFY(!out.contains(u"reference"_s)); // --column
}

void TestCliProfile::tablesOfAMultiTableSource()
{
    const QString popolo = QStringLiteral(PLUMBLINE_SHARED_DATA "/political/kenya-assembly-ep-popolo-v1.0.json");
    if (!QFile::exists(popolo))
        QSKIP("the shared Kenya Popolo file is not here");
    const auto run =
        cli({u"profile"_s, popolo, u"--table"_s, u"persons"_s, u"--column"_s, u"gender"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray tables = QJsonDocument::fromJson(run.out).object().value(u"tables"_s).toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonObject gender = tables.at(0).toObject().value(u"columns"_s).toArray().at(0).toObject();
    QCOMPARE(gender.value(u"count"_s).toInt(), 350);
    QCOMPARE(gender.value(u"empty"_s).toInt(), 338); // "gender missing for 338 of 350 persons"
}

void TestCliProfile::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{u"profile"_s} << u"missing the file to profile"_s;
    QTest::newRow("bad format") << QStringList{u"profile"_s, u"%CSV%"_s, u"--format"_s, u"xml"_s}
                                << u"unknown --format 'xml'"_s;
    QTest::newRow("no such column") << QStringList{u"profile"_s, u"%CSV%"_s, u"--column"_s, u"nope"_s}
                                    << u"no column 'nope'"_s;
    QTest::newRow("no such table") << QStringList{u"profile"_s, u"%CSV%"_s, u"--table"_s, u"nope"_s}
                                   << u"no table 'nope'"_s;
    QTest::newRow("bad top") << QStringList{u"profile"_s, u"%CSV%"_s, u"--top"_s, u"-1"_s} << u"--top expects"_s;
}

void TestCliProfile::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.replaceInStrings(u"%CSV%"_s, m_csv);
    const auto run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
