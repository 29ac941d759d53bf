// The CSV/TSV reader against the real files in /work/shared/data and against small fixtures, one per
// dialect, encoding and edge case the reader promises to handle.
#include "io/csv/csv_reader.h"
#include "table_fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace plumbline;
using namespace table_fixtures;

namespace {

using Rows = QList<QStringList>;

QString fixture(const QString& name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/csv/") + name;
}

QList<int> blankOf(const Table& table)
{
    QList<int> out;
    for (const auto r : table.blankRows())
        out << int(r);
    return out;
}

QList<int> raggedOf(const Table& table) // row * 100 + field count, compact to compare
{
    QList<int> out;
    for (const auto& r : table.raggedRows())
        out << int(r.row * 100 + r.fieldCount);
    return out;
}

Result<Dataset> readBytes(const QByteArray& bytes, const QString& name = QStringLiteral("test.csv"),
                          const CsvReadOptions& options = {})
{
    NullProgress progress;
    return readCsvBytes(bytes, name, options, progress);
}

Result<Dataset> readFile(const QString& path, const CsvReadOptions& options = {})
{
    NullProgress progress;
    return readCsvFile(path, options, progress);
}

QString shared(const QString& relative)
{
    return QStringLiteral(PLUMBLINE_SHARED_DATA "/") + relative;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void sharedFiles_data();
    void sharedFiles();
    void sharedFilesDecodeText();
    void fixtures_data();
    void fixtures();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void forcedOptions();
    void sourceInfo();
    void layoutOffsets();
    void layoutNullWithoutSourceOffsets();
    void emptyFileIsNotAnError();
};

void TestCsvReader::sharedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("lineEnding");
    QTest::addColumn<QString>("firstColumn");

    const int utf8 = int(TextEncoding::Utf8);
    const int lf = int(LineEnding::LF), crlf = int(LineEnding::CRLF);
    QTest::newRow("example-planning-applications")
        << "planning/example-planning-applications.csv" << 25 << 36 << utf8 << lf << "ExtractDate";
    QTest::newRow("planning-application")
        << "planning/planning-application.csv" << 21 << 15 << utf8 << crlf << "reference";
    QTest::newRow("planning-condition") << "planning/planning-condition.csv" << 294 << 5 << utf8 << crlf << "reference";
    QTest::newRow("brownfield, no extension")
        << "planning/029cc49adb09689874d3424fbb3b58baefe106a311e8e8ebbc8beb6e0eae5201" << 19 << 28 << utf8 << crlf
        << "OrganisationURI";
    QTest::newRow("conservation areas, windows-1252") << "planning/Existing_NoDups_NotLessThanZero.csv" << 1890 << 21
                                                      << int(TextEncoding::Windows1252) << crlf << "LPA";
    QTest::newRow("uk-commons-term-56") << "political/uk-commons-term-56.csv" << 651 << 16 << utf8 << lf << "id";
    QTest::newRow("kenya-assembly-term-11")
        << "political/kenya-assembly-term-11.csv" << 352 << 16 << utf8 << lf << "id";
    QTest::newRow("democracyclub-ge2015")
        << "political/democracyclub-ge2015-candidates.csv" << 3971 << 23 << utf8 << crlf << "name";
}

void TestCsvReader::sharedFiles()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(int, encoding);
    QFETCH(int, lineEnding);
    QFETCH(QString, firstColumn);
    if (!QFileInfo::exists(shared(file)))
        QSKIP(qPrintable(QStringLiteral("shared data file %1 is absent (PLUMBLINE_SHARED_DATA=%2)")
                             .arg(file, QStringLiteral(PLUMBLINE_SHARED_DATA))));
    for (const int threads : {1, 2}) {
        CsvReadOptions options;
        options.threads = threads;
        options.chunkSize = threads == 1 ? 0 : 4096; // many chunks: exercises the split on real data
        auto result = readFile(shared(file), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const Dataset& dataset = result.value();
        QCOMPARE(dataset.tables.size(), std::size_t(1));
        const Table& table = *dataset.tables.front();
        QCOMPARE(int(table.rowCount()), rows);
        QCOMPARE(table.columnCount(), columns);
        QCOMPARE(table.columnName(0), firstColumn);
        QCOMPARE(table.name(), QFileInfo(file).completeBaseName());
        QCOMPARE(int(dataset.source.encoding), encoding);
        QCOMPARE(int(dataset.source.lineEnding), lineEnding);
        QCOMPARE(dataset.source.delimiter, ',');
        QVERIFY(dataset.source.hasHeader);
        QVERIFY(table.raggedRows().empty());
        QVERIFY(table.renamedHeaders().empty());
        QVERIFY(table.layout());
        QCOMPARE(table.layout()->rowStarts.size(), std::size_t(rows) + 1);
        QCOMPARE(qint64(table.layout()->rowStarts.back()), QFileInfo(shared(file)).size());
    }
}

void TestCsvReader::sharedFilesDecodeText()
{
    if (!QFileInfo::exists(shared(QStringLiteral("planning"))))
        QSKIP("shared data folder is absent (PLUMBLINE_SHARED_DATA)");
    {
        auto result = readFile(shared(QStringLiteral("planning/Existing_NoDups_NotLessThanZero.csv")));
        QVERIFY(result.ok());
        const Table& table = *result.value().tables.front();
        const int name = table.columnIndex(QStringLiteral("ConservationAreaName"));
        QCOMPARE(table.cellText(239, name), QStringLiteral("Top O\u2019 T\u2019 Town"));
        QCOMPARE(table.cellText(254, name), QStringLiteral("Storey\u2019s Way"));
        QCOMPARE(table.cellText(254, table.columnIndex(QStringLiteral("name"))), QStringLiteral("Storey\u2019s Way"));
    }
    {
        auto result = readFile(shared(QStringLiteral("planning/planning-condition.csv")));
        QVERIFY(result.ok());
        const Table& table = *result.value().tables.front();
        bool curly = false;
        for (std::size_t r = 0; r < table.rowCount() && !curly; ++r)
            curly = table.cellText(r, 2).contains(QChar(0x2019)) || table.cellText(r, 2).contains(QChar(0x201C));
        QVERIFY(curly);
    }
    {
        auto result = readFile(
            shared(QStringLiteral("planning/029cc49adb09689874d3424fbb3b58baefe106a311e8e8ebbc8beb6e0eae5201")));
        QVERIFY(result.ok());
        const Table& table = *result.value().tables.front();
        const QString history = table.cellText(9, table.columnIndex(QStringLiteral("PlanningHistory")));
        QCOMPARE(history.count(QLatin1Char('\n')), 2); // bare LF inside the quoted value, kept as is
        QVERIFY(!history.contains(QLatin1Char('\r')));
        QVERIFY(history.endsWith(QLatin1String("keyVal=P4EQ2CKOMJ500")));
    }
}

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("lineEnding");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("ragged");
    QTest::addColumn<QList<int>>("blank");
    QTest::addColumn<QList<int>>("renamed");

    const int lf = int(LineEnding::LF), utf8 = int(TextEncoding::Utf8);
    const QList<int> none;
    QTest::newRow("semicolon with decimal commas")
        << "semicolon_decimal_commas.csv" << ';' << lf << utf8 << true << L({"reference", "amount", "decision"})
        << R({{"17/0001/FUL", "1,50", "Granted"},
              {"17/0002/FUL", "2,75", "Refused"},
              {"17/0003/FUL", "10,00", "Granted"}})
        << none << none << none;
    QTest::newRow("tsv with commas in values")
        << "register.tsv" << '\t' << lf << utf8 << true << L({"reference", "description", "ward"})
        << R({{"17/0001/FUL", "Rear extension, single storey", "North"},
              {"17/0002/FUL", "Loft conversion, with dormer", "South"}})
        << none << none << none;
    QTest::newRow("pipe") << "pipes.csv" << '|' << lf << utf8 << true << L({"id", "name", "party"})
                          << R({{"1", "Alice Smith", "Labour"}, {"2", "Bob Jones", "Green"}}) << none << none << none;
    QTest::newRow("CRLF records, LF inside quotes")
        << "crlf_records_lf_inside_quotes.csv" << ',' << int(LineEnding::CRLF) << utf8 << true
        << L({"site", "history", "dwellings"})
        << R({{"MEL1", "https://a.example/1|\nhttps://a.example/2", "4"}, {"MEL2", "one line", "9"}}) << none << none
        << none;
    QTest::newRow("CR only") << "cr_only.csv" << ',' << int(LineEnding::CR) << utf8 << true << L({"a", "b"})
                             << R({{"1", "2"}, {"3", "4"}}) << none << none << none;
    QTest::newRow("mixed line endings") << "mixed_endings.csv" << ',' << int(LineEnding::Mixed) << utf8 << true
                                        << L({"a", "b"}) << R({{"1", "2"}, {"3", "4"}, {"5", "6"}}) << none << none
                                        << none;
    QTest::newRow("UTF-8 BOM") << "bom_utf8.csv" << ',' << lf << utf8 << true << L({"name", "town"})
                               << R({{"Zo\u00eb", "Llanelli"}}) << none << none << none;
    QTest::newRow("ragged and blank rows")
        << "ragged_and_blank.csv" << ',' << lf << utf8 << true << L({"a", "b", "c", "column 4", "column 5"})
        << R({{"1", "2", "", "", ""}, {"1", "2", "3", "4", "5"}, {"", "", "", "", ""}, {"7", "8", "9", "", ""}})
        << QList<int>{0 * 100 + 2, 1 * 100 + 5} << QList<int>{2} << none;
    QTest::newRow("duplicate and blank headers") << "duplicate_and_blank_headers.csv" << ',' << lf << utf8 << true
                                                 << L({"name", "column 2", "name (2)", "column 4"})
                                                 << R({{"1", "2", "3", "4"}}) << none << none << QList<int>{1, 2, 3};
    QTest::newRow("no header") << "no_header.csv" << ',' << lf << utf8 << false
                               << L({"column 1", "column 2", "column 3"})
                               << R({{"17", "2019-04-01", "4.5"}, {"18", "2019-05-02", "6"}}) << none << none << none;
    QTest::newRow("no final line ending") << "no_final_line_ending.csv" << ',' << lf << utf8 << true << L({"a", "b"})
                                          << R({{"1", "2"}, {"3", "4"}}) << none << none << none;
    QTest::newRow("lenient quotes") << "quotes_lenient.csv" << ',' << lf << utf8 << true << L({"name", "quote"})
                                    << R({{"Anne", "She said \"no\", then left"},
                                          {"Ben", "5'10\" tall"},
                                          {"Cat", "closedthen text"}})
                                    << none << none << none;
    QTest::newRow("only delimiters") << "only_delimiters.csv" << ',' << lf << utf8 << false
                                     << L({"column 1", "column 2", "column 3", "column 4"})
                                     << R({{"", "", "", ""}, {"", "", "", ""}}) << none << QList<int>{0, 1} << none;
    QTest::newRow("header only") << "header_only.csv" << ',' << lf << utf8 << true << L({"id", "name", "party"})
                                 << R({}) << none << none << none;
    QTest::newRow("windows-1252") << "windows1252.csv" << ',' << lf << int(TextEncoding::Windows1252) << true
                                  << L({"name", "place"})
                                  << R({{"Top O\u2019 T\u2019 Town", "Storey\u2019s Way"}, {"\u20ac 5", "caf\u00e9"}})
                                  << none << none << none;
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    QFETCH(int, lineEnding);
    QFETCH(int, encoding);
    QFETCH(bool, hasHeader);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, ragged);
    QFETCH(QList<int>, blank);
    QFETCH(QList<int>, renamed);

    // From the file (mapped) and from memory, on one thread and on two with tiny chunks: all must agree.
    QFile in(fixture(file));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    for (int variant = 0; variant < 3; ++variant) {
        CsvReadOptions options;
        options.threads = variant == 2 ? 2 : 1;
        options.chunkSize = variant == 2 ? 3 : 0;
        auto result = variant == 1 ? readBytes(bytes, file, options) : readFile(fixture(file), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const Dataset& dataset = result.value();
        const Table& table = *dataset.tables.front();
        QCOMPARE(dataset.source.delimiter, delimiter);
        QCOMPARE(int(dataset.source.lineEnding), lineEnding);
        QCOMPARE(int(dataset.source.encoding), encoding);
        QCOMPARE(dataset.source.hasHeader, hasHeader);
        QCOMPARE(columnNames(table), header);
        QCOMPARE(cells(table), rows);
        QCOMPARE(raggedOf(table), ragged);
        QCOMPARE(blankOf(table), blank);
        QCOMPARE(QList<int>(table.renamedHeaders().begin(), table.renamedHeaders().end()), renamed);
    }
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("in a data row") << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n") << 3 << 3;
    QTest::newRow("in the header") << QByteArray("\"a,b\n1,2\n") << 1 << 1;
    QTest::newRow("after multi-line values")
        << QByteArray("a,b\r\n\"x\ny\",1\r\n2,3\r\n\xC3\xA9t\xC3\xA9,\"open") << 5 << 5;
    QTest::newRow("after a doubled quote") << QByteArray("a\n\"say \"\"hi\"\"\n") << 2 << 1;
    QTest::newRow("windows-1252 columns count characters") << QByteArray("a,b\n\xe9\xe9,\"x\n") << 2 << 4;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    for (const std::size_t chunk : {std::size_t(0), std::size_t(2)}) {
        CsvReadOptions options;
        options.chunkSize = chunk;
        options.threads = 2;
        auto result = readBytes(bytes, QStringLiteral("broken.csv"), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().file, QStringLiteral("broken.csv"));
        QCOMPARE(result.error().line, qint64(line));
        QCOMPARE(result.error().column, qint64(column));
        QVERIFY(result.error().message.contains(QLatin1String("never closed")));
    }
    // The same through a file on disk: the error names the path.
    auto fromFile = readFile(fixture(QStringLiteral("unterminated_quote.csv")));
    QVERIFY(!fromFile.ok());
    QCOMPARE(fromFile.error().file, fixture(QStringLiteral("unterminated_quote.csv")));
    QCOMPARE(fromFile.error().line, qint64(3));
    QCOMPARE(fromFile.error().column, qint64(3));
}

void TestCsvReader::forcedOptions()
{
    const QByteArray bytes("1;2,5;x\n3;4,5;y\n");
    {
        auto sniffed = readBytes(bytes);
        QVERIFY(sniffed.ok());
        QCOMPARE(sniffed.value().source.delimiter, ';');
        QVERIFY(!sniffed.value().source.hasHeader);
    }
    CsvReadOptions options;
    options.delimiter = ',';
    options.header = true;
    auto forced = readBytes(bytes, QStringLiteral("x.csv"), options);
    QVERIFY(forced.ok());
    const Table& table = *forced.value().tables.front();
    QCOMPARE(columnNames(table), (L({"1;2", "5;x"})));
    QCOMPARE(cells(table), (R({{"3;4", "5;y"}})));

    // A forced encoding wins over detection: valid UTF-8 read as windows-1252 gives what the user asked for.
    CsvReadOptions cp1252;
    cp1252.encoding = TextEncoding::Windows1252;
    auto mojibake = readBytes(QByteArray("a\ncaf\xC3\xA9\n"), QStringLiteral("x.csv"), cp1252);
    QVERIFY(mojibake.ok());
    QCOMPARE(mojibake.value().tables.front()->cellText(0, 0), QStringLiteral("caf\u00c3\u00a9"));
    QCOMPARE(mojibake.value().source.encoding, TextEncoding::Windows1252);

    // A delimiter that cannot work is refused with a sentence, not a crash.
    CsvReadOptions quote;
    quote.delimiter = '"';
    auto refused = readBytes(bytes, QStringLiteral("x.csv"), quote);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("delimiter")));
}

void TestCsvReader::sourceInfo()
{
    const QString path = fixture(QStringLiteral("register.tsv"));
    auto result = readFile(path);
    QVERIFY(result.ok());
    const SourceInfo& info = result.value().source;
    QCOMPARE(info.path, path);
    QCOMPARE(info.format, QStringLiteral("tsv"));
    QCOMPARE(info.size, QFileInfo(path).size());
    QCOMPARE(info.modified, QFileInfo(path).lastModified());
    QCOMPARE(info.quote, '"');
    QVERIFY(!info.bom);
    QVERIFY(info.loadSeconds > 0);
    QCOMPARE(result.value().tables.front()->name(), QStringLiteral("register"));

    auto bom = readFile(fixture(QStringLiteral("bom_utf8.csv")));
    QVERIFY(bom.ok());
    QVERIFY(bom.value().source.bom);
    QCOMPARE(bom.value().source.format, QStringLiteral("csv"));
}

void TestCsvReader::layoutOffsets()
{
    // Every row's bytes in the source file, from the layout, are exactly that record and its line ending.
    const QString path = fixture(QStringLiteral("crlf_records_lf_inside_quotes.csv"));
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    auto result = readFile(path);
    QVERIFY(result.ok());
    const auto layout = result.value().tables.front()->layout();
    QVERIFY(layout);
    QCOMPARE(layout->headerStart, std::uint64_t(0));
    QCOMPARE(bytes.mid(0, qsizetype(layout->headerEnd)), QByteArray("site,history,dwellings\r\n"));
    QCOMPARE(layout->rowStarts.size(), std::size_t(3));
    const auto slice = [&](std::size_t i) {
        return bytes.mid(qsizetype(layout->rowStarts[i]), qsizetype(layout->rowStarts[i + 1] - layout->rowStarts[i]));
    };
    QCOMPARE(slice(0), QByteArray("\"MEL1\",\"https://a.example/1|\nhttps://a.example/2\",4\r\n"));
    QCOMPARE(slice(1), QByteArray("\"MEL2\",\"one line\",9\r\n"));
    QVERIFY(layout->finalLineEnding);

    auto bom = readFile(fixture(QStringLiteral("bom_utf8.csv")));
    QVERIFY(bom.ok());
    QCOMPARE(bom.value().tables.front()->layout()->headerStart, std::uint64_t(3));
    QCOMPARE(bom.value().tables.front()->layout()->headerEnd, std::uint64_t(13));

    auto open = readFile(fixture(QStringLiteral("no_final_line_ending.csv")));
    QVERIFY(open.ok());
    QVERIFY(!open.value().tables.front()->layout()->finalLineEnding);
    QCOMPARE(open.value().tables.front()->layout()->rowStarts, (std::vector<std::uint64_t>{4, 8, 11}));

    auto noHeader = readFile(fixture(QStringLiteral("no_header.csv")));
    QVERIFY(noHeader.ok());
    QCOMPARE(noHeader.value().tables.front()->layout()->headerEnd, std::uint64_t(0));
    QCOMPARE(noHeader.value().tables.front()->layout()->rowStarts.front(), std::uint64_t(0));
}

void TestCsvReader::layoutNullWithoutSourceOffsets()
{
    // UTF-16 is transcoded before parsing: there are no source offsets to keep.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("utf16.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QString text = QStringLiteral("name,town\nZo\u00eb,Z\u00fcrich\n");
    out.write("\xFF\xFE", 2);
    out.write(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    out.close();
    auto result = readFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result.value().source.encoding, TextEncoding::Utf16LE);
    QVERIFY(result.value().source.bom);
    QCOMPARE(result.value().tables.front()->cellText(0, 1), QStringLiteral("Z\u00fcrich"));
    QVERIFY(!result.value().tables.front()->layout());

    // Bytes in memory have no source file to copy from either.
    auto bytes = readBytes(QByteArray("a\n1\n"));
    QVERIFY(bytes.ok());
    QVERIFY(!bytes.value().tables.front()->layout());
}

void TestCsvReader::emptyFileIsNotAnError()
{
    auto result = readFile(fixture(QStringLiteral("empty.csv")));
    QVERIFY(result.ok());
    const Table& table = *result.value().tables.front();
    QCOMPARE(table.rowCount(), std::size_t(0));
    QCOMPARE(table.columnCount(), 0);
    QCOMPARE(table.name(), QStringLiteral("empty"));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
