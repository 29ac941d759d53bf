#include "table/column.h"
#include "table/column_type.h"

#include <QtTest>

#include <string>

using namespace plumbline;

namespace {

Column build(const QStringList& cells, int chunks = 1)
{
    std::vector<ColumnBuilder> builders(std::size_t(std::max(chunks, 1)));
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QByteArray utf8 = cells[i].toUtf8();
        builders[std::size_t(i * chunks / std::max<qsizetype>(cells.size(), 1))].append(
            std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
    return ColumnBuilder::finish(QStringLiteral("c"), std::move(builders));
}

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

} // namespace

class TestColumn : public QObject
{
    Q_OBJECT

private slots:
    void storesCellsInOrder_data();
    void storesCellsInOrder();
    void dictionaryCodesAreCompact();
    void inferredType_data();
    void inferredType();
};

void TestColumn::storesCellsInOrder_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<int>("chunks");
    QTest::addColumn<bool>("dictionary");

    QStringList free;
    for (int i = 0; i < 5000; ++i)
        free << QStringLiteral("ref-%1 ünïcödé").arg(i);
    QStringList categorical;
    for (int i = 0; i < 5000; ++i)
        categorical << (i % 3 == 0 ? QStringLiteral("Granted") : i % 3 == 1 ? QString() : QStringLiteral("Refused"));
    QStringList wide; // more than 256 distinct values → 2-byte codes
    for (int i = 0; i < 20000; ++i)
        wide << QStringLiteral("org-%1").arg(i % 700);

    QTest::newRow("free text, one chunk") << free << 1 << false;
    QTest::newRow("free text, three chunks") << free << 3 << false;
    QTest::newRow("categorical, two chunks") << categorical << 2 << true;
    QTest::newRow("700 distinct values") << wide << 2 << true;
    QTest::newRow("few rows stay plain") << QStringList{QStringLiteral("a"), QStringLiteral("a")} << 1 << false;
    QTest::newRow("empty column") << QStringList{} << 1 << false;
}

void TestColumn::storesCellsInOrder()
{
    QFETCH(QStringList, cells);
    QFETCH(int, chunks);
    QFETCH(bool, dictionary);
    const Column column = build(cells, chunks);
    QCOMPARE(column.size(), std::size_t(cells.size()));
    QCOMPARE(column.isDictionary(), dictionary);
    for (qsizetype i = 0; i < cells.size(); ++i)
        QCOMPARE(text(column.cell(std::size_t(i))), cells[i]);
}

void TestColumn::dictionaryCodesAreCompact()
{
    QStringList cells;
    for (int i = 0; i < 100000; ++i)
        cells << (i % 2 ? QStringLiteral("Decided") : QStringLiteral("Pending"));
    const Column column = build(cells, 2);
    QVERIFY(column.isDictionary());
    QCOMPARE(column.distinctCount(), std::size_t(2));
    QCOMPARE(text(column.distinctValue(column.code(0))), QStringLiteral("Pending"));
    // 1-byte codes: far below the 4-byte offset per cell a plain column needs.
    QVERIFY2(column.memoryUsage() < 120000, qPrintable(QString::number(column.memoryUsage())));
}

void TestColumn::inferredType_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("type");
    QTest::newRow("integers with blanks")
        << QStringList{QStringLiteral("1"), QString(), QStringLiteral("-20")} << QStringLiteral("integer");
    QTest::newRow("integers and decimals")
        << QStringList{QStringLiteral("1"), QStringLiteral("0.08")} << QStringLiteral("decimal");
    QTest::newRow("ISO and UK dates") << QStringList{QStringLiteral("2024-01-31"), QStringLiteral("31/01/2024")}
                                      << QStringLiteral("date");
    QTest::newRow("dates and datetimes") << QStringList{QStringLiteral("2024-01-31"),
                                                        QStringLiteral("2024-01-31T10:00:00Z")}
                                         << QStringLiteral("datetime");
    QTest::newRow("booleans") << QStringList{QStringLiteral("true"), QStringLiteral("False")}
                              << QStringLiteral("boolean");
    QTest::newRow("mixed is text") << QStringList{QStringLiteral("12"), QStringLiteral("Approve")}
                                   << QStringLiteral("text");
    QTest::newRow("all empty") << QStringList{QString(), QString()} << QStringLiteral("empty");
    QTest::newRow("impossible shape is text") << QStringList{QStringLiteral("2024-1-31")} << QStringLiteral("text");
}

void TestColumn::inferredType()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, type);
    QCOMPARE(columnTypeName(inferColumnType(build(cells))), type);
}

QTEST_APPLESS_MAIN(TestColumn)
#include "tst_column.moc"
