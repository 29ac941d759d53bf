// Hostile and broken input: every case must give a clear result or a clear error, quickly, never a crash or
// a hang. Big inputs are generated into a temporary folder, never committed.
#include "io/csv/csv_reader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace plumbline;

namespace {

constexpr qint64 kPatienceMs = 30000; // far above the real times; a hang would blow through it

Result<Dataset> readBytes(const QByteArray& bytes, int threads = 2)
{
    NullProgress progress;
    CsvReadOptions options;
    options.threads = threads;
    return readCsvBytes(bytes, QStringLiteral("bad.csv"), options, progress);
}

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void smallCases_data();
    void smallCases();
    void binaryGarbage_data();
    void binaryGarbage();
    void strayLongRowInABigFileIsRefused();
    void longRowInASmallFileOpensColumns();
    void hugeField();
    void hundredMegabyteSingleLine();
    void millionBlankLines();
    void missingFileAndFolder();
};

void TestBadInput::smallCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("errorLine");

    QTest::newRow("empty") << QByteArray() << true << 0 << 0 << 0;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << true << 0 << 0 << 0;
    QTest::newRow("only a line ending") << QByteArray("\r\n") << true << 1 << 1 << 0;
    QTest::newRow("header only") << QByteArray("a,b,c") << true << 0 << 3 << 0;
    QTest::newRow("only delimiters") << QByteArray(",,,,\n,,,,\n,,,,") << true << 3 << 5 << 0;
    QTest::newRow("ragged") << QByteArray("a,b,c\n1\n1,2,3,4,5,6\n") << true << 2 << 6 << 0;
    QTest::newRow("NULs in fields") << QByteArray("a,b\n1\0\0,2\n", 10) << true << 1 << 2 << 0;
    QTest::newRow("all NULs") << QByteArray(1 << 16, '\0') << true << 0 << 1 << 0;
    QTest::newRow("invalid UTF-8") << QByteArray("a,b\n\xff\xfe\xfd,\xc3\x28\n") << true << 1 << 2 << 0;
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"2\n3,4\n") << false << 0 << 0 << 2;
    QTest::newRow("quote at the very end") << QByteArray("a,b\n1,\"") << false << 0 << 0 << 2;
    QTest::newRow("lone CR in LF file") << QByteArray("a,b\n1,2\r3,4\n") << true << 2 << 2 << 0;
    QTest::newRow("CR at the end") << QByteArray("a\r") << true << 0 << 1 << 0;
    QTest::newRow("only quotes, even") << QByteArray(4096, '"') << true << 0 << 1 << 0;
    QTest::newRow("only quotes, odd") << QByteArray(4095, '"') << false << 0 << 0 << 1;
    QTest::newRow("a hundred thousand fields") << QByteArray(100000, ',') << false << 0 << 0 << 1;
    QTest::newRow("delimiter soup") << QByteArray(";|\t,;|\t,\n,|;\t\n") << true << 1 << 3 << 0;
    QTest::newRow("UTF-16 BOM and odd length") << QByteArray("\xFF\xFE"
                                                             "a\0,\0b\0\n\0x",
                                                             11)
                                               << true << 1 << 2 << 0;
    QTest::newRow("UTF-16 unpaired surrogate") << QByteArray("\xFF\xFE"
                                                             "a\0\n\0\x00\xD8\n\0",
                                                             10)
                                               << true << 1 << 1 << 0;
}

void TestBadInput::smallCases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(int, errorLine);
    for (const int threads : {1, 2}) {
        QElapsedTimer timer;
        timer.start();
        const auto result = readBytes(bytes, threads);
        QVERIFY(timer.elapsed() < kPatienceMs);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            const Table& table = *result.value().tables.front();
            QCOMPARE(int(table.rowCount()), rows);
            QCOMPARE(table.columnCount(), columns);
            for (std::size_t r = 0; r < table.rowCount(); ++r)
                for (int c = 0; c < table.columnCount(); ++c)
                    QVERIFY(table.cell(r, c).size() < std::size_t(bytes.size()) + 1);
        } else {
            QCOMPARE(result.error().line, qint64(errorLine));
            QVERIFY(result.error().column >= 1);
            QVERIFY(result.error().message.size() > 40);
        }
    }
}

void TestBadInput::binaryGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("refusedAs"); // a known binary format is refused as a whole, naming it
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QRandomGenerator rng(seed);
        QByteArray bytes(1 << 20, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        if (seed % 2 == 0)
            bytes.replace('"', 'q'); // without quotes the whole megabyte must parse into a table
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed))) << bytes << QString();
    }
    QTest::newRow("zip header") << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00garbage\x00\xff,\n\"x", 24)
                                << QStringLiteral("ZIP");
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", 20)
                                << QStringLiteral("PNG");
}

void TestBadInput::binaryGarbage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, refusedAs);
    QElapsedTimer timer;
    timer.start();
    const auto result = readBytes(bytes);
    QVERIFY(timer.elapsed() < kPatienceMs);
    if (!refusedAs.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(refusedAs), qPrintable(result.error().message));
        return;
    }
    if (result.ok()) {
        const Table& table = *result.value().tables.front();
        QVERIFY(table.columnCount() >= 1);
        QCOMPARE(result.value().source.encoding == TextEncoding::Utf8, false); // random bytes are not UTF-8
    } else {
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(result.error().line >= 1);
    }
    if (!bytes.contains('"'))
        QVERIFY(result.ok());
}

void TestBadInput::strayLongRowInABigFileIsRefused()
{
    // One row of 1,000 fields among 200,000 rows of 3 would add 997 columns to every row: refused with the
    // line.
    QByteArray bytes("a,b,c\n");
    bytes.reserve(3 << 20);
    for (int i = 0; i < 200000; ++i)
        bytes += "1,2,3\n";
    bytes += QByteArray(999, ',') + '\n';
    bytes += "4,5,6\n";
    const auto result = readBytes(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, qint64(200002));
    QVERIFY(result.error().message.contains(QLatin1String("1000 fields")));
}

void TestBadInput::longRowInASmallFileOpensColumns()
{
    QByteArray bytes("a,b,c\n1,2,3\n");
    for (int i = 0; i < 997; ++i)
        bytes += QByteArray::number(i) + ',';
    bytes += "last\n7,8,9\n";
    const auto result = readBytes(bytes);
    QVERIFY(result.ok());
    const Table& table = *result.value().tables.front();
    QCOMPARE(table.columnCount(), 998);
    QCOMPARE(table.columnName(997), QStringLiteral("column 998"));
    QCOMPARE(table.cellText(1, 997), QStringLiteral("last"));
    QCOMPARE(table.cellText(2, 997), QString());
    QCOMPARE(table.raggedRows().size(), std::size_t(1));
    QCOMPARE(table.raggedRows().front().fieldCount, std::uint32_t(998));
}

void TestBadInput::hugeField()
{
    // 50 MB in one quoted value, with line breaks and doubled quotes inside, between two ordinary rows.
    QByteArray field;
    field.reserve(50 << 20);
    while (field.size() < (50 << 20))
        field += "lorem ipsum, \"\"dolor\"\" sit amet\n";
    const QByteArray bytes = "id,text\n1,short\n2,\"" + field + "\"\n3,short\n";
    QElapsedTimer timer;
    timer.start();
    const auto result = readBytes(bytes);
    QVERIFY(timer.elapsed() < kPatienceMs);
    QVERIFY(result.ok());
    const Table& table = *result.value().tables.front();
    QCOMPARE(table.rowCount(), std::size_t(3));
    QCOMPARE(qsizetype(table.cell(1, 1).size()), field.size() - field.count("\"\""));
    QCOMPARE(table.cellText(2, 1), QStringLiteral("short"));
}

void TestBadInput::hundredMegabyteSingleLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray line;
    line.reserve(100 << 20);
    while (line.size() < (100 << 20))
        line += "a hundred megabytes of text with no line ending ";

    // One record with one field: a header and nothing else.
    {
        const QString path = writeTemp(dir, QStringLiteral("one-line.csv"), line);
        QVERIFY(!path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        NullProgress progress;
        const auto result = readCsvFile(path, {}, progress);
        QVERIFY(timer.elapsed() < kPatienceMs);
        QVERIFY(result.ok());
        QCOMPARE(result.value().tables.front()->columnCount(), 1);
        QCOMPARE(result.value().tables.front()->rowCount(), std::size_t(0));
        QCOMPARE(result.value().source.lineEnding, LineEnding::None);
    }
    // A header, then one data line of 100 MB.
    {
        const QString path = writeTemp(dir, QStringLiteral("long-row.csv"), "id,text\n1," + line);
        QVERIFY(!path.isEmpty());
        NullProgress progress;
        CsvReadOptions options;
        options.chunkSize = 1 << 20; // a hundred chunks without a line start between them
        const auto result = readCsvFile(path, options, progress);
        QVERIFY(result.ok());
        const Table& table = *result.value().tables.front();
        QCOMPARE(table.rowCount(), std::size_t(1));
        QCOMPARE(qsizetype(table.cell(0, 1).size()), line.size());
    }
    // A 100 MB line of delimiters is not a table: refused quickly, not 50 million columns.
    {
        QByteArray commas(100 << 20, ',');
        const QString path = writeTemp(dir, QStringLiteral("commas.csv"), commas);
        commas.clear();
        QElapsedTimer timer;
        timer.start();
        NullProgress progress;
        const auto result = readCsvFile(path, {}, progress);
        QVERIFY(timer.elapsed() < kPatienceMs);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, qint64(1));
    }
}

void TestBadInput::millionBlankLines()
{
    const QByteArray bytes(1000000, '\n');
    const auto result = readBytes(bytes);
    QVERIFY(result.ok());
    const Table& table = *result.value().tables.front();
    QVERIFY(!result.value().source.hasHeader);
    QCOMPARE(table.rowCount(), std::size_t(1000000));
    QCOMPARE(table.blankRows().size(), std::size_t(1000000));
    QVERIFY(table.raggedRows().empty());
}

void TestBadInput::missingFileAndFolder()
{
    NullProgress progress;
    const auto missing = readCsvFile(QStringLiteral("/nonexistent/nowhere.csv"), {}, progress);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().file, QStringLiteral("/nonexistent/nowhere.csv"));
    QTemporaryDir dir;
    const auto folder = readCsvFile(dir.path(), {}, progress);
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(QLatin1String("folder")));
}

QTEST_APPLESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
