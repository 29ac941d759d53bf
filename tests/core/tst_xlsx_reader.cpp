// The XLSX reader against hand-written workbooks (tests/data/xlsx/handmade*/, zipped by make_handmade.py) and
// against in-memory workbooks built cell by cell, including broken ones that must fail with a clear Error.
#include "io/xlsx/xlsx_reader.h"
#include "table_fixtures.h"
#include "xlsx_test_zip.h"

#include <QFile>
#include <QtTest>

using namespace plumbline;
using namespace table_fixtures;
using plumbline::test::workbookWithSheet;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/xlsx/") + QString::fromLatin1(name);
}

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

Result<Dataset> readBytes(const QByteArray& bytes, const XlsxReadOptions& options = {})
{
    NullProgress progress;
    return readXlsxBytes(bytes, QStringLiteral("test.xlsx"), options, progress);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void handmadeSheets()
    {
        NullProgress progress;
        const auto read = readXlsxFile(fixture("handmade.xlsx"), {}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        const Dataset& dataset = read.value();
        QCOMPARE(dataset.source.format, QStringLiteral("xlsx"));
        // Workbook order and names from workbook.xml; the chart sheet is skipped, the hidden sheet kept.
        QStringList names;
        for (const auto& table : dataset.tables)
            names << table->name();
        QCOMPARE(names, (QStringList{QStringLiteral("Applications"), QStringLiteral("Sparse Sheet"),
                                     QStringLiteral("Prefixed"), QStringLiteral("Hidden one")}));
        QCOMPARE(dataset.tables[3]->columnCount(), 0);
        QCOMPARE(dataset.tables[3]->rowCount(), std::size_t(0));
    }

    void handmadeApplications_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("expected");
        // Columns: reference, description, received (date), decided at (datetime), fee, approved, notes,
        // (blank header), notes (repeated).
        QTest::newRow("row 2: inline, rich shared, date, datetime, 12.0, bool, _x000D_, formula str, #N/A")
            << 0
            << L({"24/0001/FUL", "Two storey extension", "2023-03-15", "2023-03-15T12:00:00", "12", "true",
                  "Line one\r\nLine two", "ab", "#N/A"});
        QTest::newRow("row 3: rich inline, phonetic dropped, fake 1900-02-29, formula number, entities")
            << 1
            << L({"24/0002", "東京", "1900-02-29", "1900-03-01T06:00:00", "0.30000000000000004", "false",
                  "Fish & Chips <b> €5 _x0041_", "", "7"});
        QTest::newRow("row 4: 1.5E+3, empty shared string, 1900-02-28, time, 1e-7, [Red] not a date, t=d")
            << 2 << L({"1500", "", "1900-02-28", "18:00:00", "1e-7", "3.25", "", "", "2024-02-29T10:00:00"});
        QTest::newRow("row 5 is missing: a blank row") << 3 << QStringList(9, QString());
        QTest::newRow("row 6: serial 1, serial 0, 18-digit number, styled empty, 9999-12-31")
            << 4
            << L({"1900-01-01", "", "1900-01-00", "1900-01-01T00:00:00", "123456789012345680", "", "", "",
                  "9999-12-31"});
        QTest::newRow("row 7: cells without references follow the previous one; negative date stays a number")
            << 5 << L({"no-ref", "5", "", "", "9", "-10", "-3", "", ""});
    }

    void handmadeApplications()
    {
        QFETCH(int, row);
        QFETCH(QStringList, expected);
        NullProgress progress;
        const auto read = readXlsxFile(fixture("handmade.xlsx"), {}, progress);
        QVERIFY(read.ok());
        const Table& table = *read.value().tables.front();
        QCOMPARE(columnNames(table), L({"reference", "description", "received", "decided at", "fee", "approved",
                                        "notes", "column 8", "notes (2)"}));
        QCOMPARE(table.renamedHeaders(), (std::vector<int>{7, 8}));
        QCOMPARE(table.rowCount(), std::size_t(6)); // rows 8 (styled empty cell) and 9 (empty) are dropped
        QCOMPARE(table.blankRows(), std::vector<std::uint32_t>{3});
        QCOMPARE(cells(table).at(row), expected);
    }

    void handmadeSparseAndPrefixed()
    {
        NullProgress progress;
        const auto read = readXlsxFile(fixture("handmade.xlsx"), {}, progress);
        QVERIFY(read.ok());
        // Header is the first row with a value (row 3); columns keep their sheet positions A..F.
        const Table& sparse = *read.value().tables[1];
        QCOMPARE(columnNames(sparse), L({"column 1", "id", "column 3", "name", "column 5", "column 6"}));
        QCOMPARE(sparse.renamedHeaders(), (std::vector<int>{0, 2, 4, 5}));
        QCOMPARE(cells(sparse),
                 R({{"", "1", "", "x", "", ""}, {"", "", "", "", "", ""}, {"", "3", "", "", "", "far"}}));
        QCOMPARE(sparse.blankRows(), std::vector<std::uint32_t>{1});
        // x: prefixed elements, no r attributes, CDATA.
        const Table& prefixed = *read.value().tables[2];
        QCOMPARE(columnNames(prefixed), L({"a", "b"}));
        QCOMPARE(cells(prefixed), R({{"1", "<two> & more"}}));
    }

    void date1904System()
    {
        NullProgress progress;
        const auto read = readXlsxFile(fixture("handmade1904.xlsx"), {}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        const Table& table = *read.value().tables.front();
        QCOMPARE(table.name(), QStringLiteral("Mac dates"));
        QCOMPARE(cells(table), R({{"1904-01-01", "1904-01-01T12:00:00"},
                                  {"1904-01-02", "2027-03-16T06:00:00"},
                                  {"1904-03-01", ""},
                                  {"2027-03-16", ""}}));
    }

    void cellKinds_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<int>("numFmtId"); // style 1's number format; 0 = General
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << QByteArray("<v>42</v>") << 0 << S("42");
        QTest::newRow("12.0 is 12") << QByteArray("<v>12.0</v>") << 0 << S("12");
        QTest::newRow("leading zero number") << QByteArray("<v>007</v>") << 0 << S("7");
        QTest::newRow("negative decimal") << QByteArray("<v>-0.5</v>") << 0 << S("-0.5");
        QTest::newRow("exponent") << QByteArray("<v>1.2345E+25</v>") << 0 << S("1.2345e+25");
        QTest::newRow("17 significant digits") << QByteArray("<v>0.1000000000000000055511</v>") << 0 << S("0.1");
        QTest::newRow("negative zero") << QByteArray("<v>-0</v>") << 0 << S("0");
        QTest::newRow("number not a number") << QByteArray("<v>abc</v>") << 0 << S("abc");
        QTest::newRow("boolean true") << QByteArray("<v>1</v>").prepend("") << -1 << S("true");
        QTest::newRow("date 14") << QByteArray("<v>45000</v>") << 14 << S("2023-03-15");
        QTest::newRow("date 14 with a time keeps it")
            << QByteArray("<v>45000.75</v>") << 14 << S("2023-03-15T18:00:00");
        QTest::newRow("date 22") << QByteArray("<v>45000</v>") << 22 << S("2023-03-15T00:00:00");
        QTest::newRow("time 21") << QByteArray("<v>0.5</v>") << 21 << S("12:00:00");
        QTest::newRow("time 46 above a day") << QByteArray("<v>1.5</v>") << 46 << S("1900-01-01T12:00:00");
        QTest::newRow("date 60 is the fake leap day") << QByteArray("<v>60</v>") << 14 << S("1900-02-29");
        QTest::newRow("date milliseconds")
            << QByteArray("<v>45000.000005787</v>") << 22 << S("2023-03-15T00:00:00.500");
        QTest::newRow("date beyond 9999 stays a number") << QByteArray("<v>3000000</v>") << 14 << S("3000000");
        QTest::newRow("formula cached value") << QByteArray("<f>SUM(1,2)</f><v>3</v>") << 0 << S("3");
        QTest::newRow("formula without cached value") << QByteArray("<f>NOW()</f>") << 0 << S("");
        QTest::newRow("entity in value") << QByteArray("<v>1&#48;</v>") << 0 << S("10");
    }

    void cellKinds()
    {
        QFETCH(QByteArray, cell);
        QFETCH(int, numFmtId);
        QFETCH(QString, expected);
        const QByteArray type = numFmtId < 0 ? " t=\"b\"" : "";
        const QByteArray style = numFmtId > 0 ? " s=\"1\"" : "";
        const auto read =
            readBytes(workbookWithSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
                                        "<row r=\"2\"><c r=\"A2\"" +
                                            type + style + ">" + cell +
                                            "</c>"
                                            "<c r=\"B2\" t=\"inlineStr\"><is><t>end</t></is></c></row>",
                                        {}, numFmtId > 0 ? QList<int>{numFmtId} : QList<int>{}));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        const Table& table = *read.value().tables.front();
        QCOMPARE(table.rowCount(), std::size_t(1));
        QCOMPARE(table.cellText(0, 0), expected);
    }

    void sheetSelection()
    {
        NullProgress progress;
        XlsxReadOptions options;
        options.sheets = QStringList{QStringLiteral("Prefixed"), QStringLiteral("Applications")};
        const auto read = readXlsxFile(fixture("handmade.xlsx"), options, progress);
        QVERIFY(read.ok());
        QCOMPARE(read.value().tables.size(), std::size_t(2));
        QCOMPARE(read.value().tables[0]->name(), QStringLiteral("Applications")); // workbook order
        QCOMPARE(read.value().tables[1]->name(), QStringLiteral("Prefixed"));

        options.sheets = QStringList{QStringLiteral("Nope")};
        const auto missing = readXlsxFile(fixture("handmade.xlsx"), options, progress);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("\"Nope\"")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("column");
        const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>";
        const qint64 noCap = qint64(4) << 30;

        QTest::newRow("empty file") << QByteArray() << noCap << S("not a readable zip") << qint64(0) << qint64(0);
        QTest::newRow("random bytes") << QByteArray(5000, 'x') << noCap << S("not a readable zip") << qint64(0)
                                      << qint64(0);
        QTest::newRow("zip without a workbook") << test::storedZip({{QStringLiteral("hello.txt"), "hi"}}) << noCap
                                                << S("has no xl/workbook.xml") << qint64(0) << qint64(0);
        QTest::newRow("DOCTYPE (entity bomb)")
            << workbookWithSheet({}, {}, {}, false,
                                 "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><worksheet/>")
            << noCap << S("not allowed") << qint64(1) << qint64(1);
        QTest::newRow("shared string index out of range")
            << workbookWithSheet(header + "<row r=\"17\"><c r=\"C17\" t=\"s\"><v>5</v></c></row>", "<si><t>a</t></si>")
            << noCap << S("S!C17: the cell refers to shared string \"5\", but the workbook has 1") << qint64(17)
            << qint64(3);
        QTest::newRow("cell reference beyond Excel's grid")
            << workbookWithSheet(header + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>") << noCap
            << S("\"XFE2\" is not a cell") << qint64(2) << qint64(1);
        QTest::newRow("cells out of order")
            << workbookWithSheet(
                   header + "<row r=\"3\"><c r=\"A3\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>")
            << noCap << S("S!A2: the rows are out of order") << qint64(2) << qint64(1);
        QTest::newRow("same cell twice")
            << workbookWithSheet(header + "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"B2\"><v>2</v></c></row>")
            << noCap << S("S!B2: the cell appears twice") << qint64(2) << qint64(2);
        QTest::newRow("unknown entity")
            << workbookWithSheet(header + "<row r=\"4\"><c r=\"D4\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>")
            << noCap << S("S!D4: the cell's text holds an unknown") << qint64(4) << qint64(4);
        QTest::newRow("invalid UTF-8")
            << workbookWithSheet(header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>\xC3\x28</t></is></c></row>")
            << noCap << S("S!A2: the cell is not valid UTF-8") << qint64(2) << qint64(1);
        QTest::newRow("sheet XML cut off")
            << workbookWithSheet({}, {}, {}, false, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
            << noCap << S("ends early") << qint64(0) << qint64(0);
        QTest::newRow("sheet XML cut inside a tag")
            << workbookWithSheet({}, {}, {}, false, "<worksheet><sheetData><row r=\"1\"><c r=\"A1") << noCap
            << S("ends early") << qint64(0) << qint64(0);
        QTest::newRow("sparse-sheet bomb")
            << workbookWithSheet(
                   header + "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c><c r=\"XFD1048576\"><v>1</v></c></row>")
            << noCap << S("Sheet S is too sparse") << qint64(0) << qint64(0);
        QByteArray farCells;
        for (char column = 'A'; column <= 'Z'; ++column)
            farCells += QByteArray("<c r=\"") + column + "1048576\"><v>1</v></c>";
        QTest::newRow("sparse-sheet bomb caught while streaming")
            << workbookWithSheet(header + "<row r=\"1048576\">" + farCells + "</row>") << noCap
            << S("S!Q1048576: the sheet is too sparse") << qint64(1048576) << qint64(17);
        QTest::newRow("uncompressed-size cap (zip bomb)")
            << workbookWithSheet(header + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>") << qint64(300)
            << S("more than the 0.0 GiB") << qint64(0) << qint64(0);
        // A bad row number is reported at the row itself, or where it stands in the sheet, never at A1.
        QTest::newRow("row number zero") << workbookWithSheet(header + "<row r=\"0\"><c><v>1</v></c></row>") << noCap
                                         << S("S!A2: the row number \"0\"") << qint64(2) << qint64(1);
        QTest::newRow("row past Excel's last row")
            << workbookWithSheet(header + "<row r=\"1048577\"><c><v>1</v></c></row>") << noCap
            << S("S!A1048577: the row number \"1048577\" is past Excel's last row") << qint64(1048577) << qint64(1);
        QTest::newRow("row number past 32 bits")
            << workbookWithSheet(header + "<row r=\"7\"><c><v>1</v></c></row><row r=\"99999999999\"/>") << noCap
            << S("S!A8: the row number \"99999999999\" is not valid") << qint64(8) << qint64(1);
        QTest::newRow("rows counted past Excel's last row")
            << workbookWithSheet(header + "<row r=\"1048576\"><c><v>1</v></c></row><row><c><v>2</v></c></row>") << noCap
            << S("S!A1048577: the sheet has more rows than Excel's") << qint64(1048577) << qint64(1);
        QTest::newRow("cell reference past Excel's last row")
            << workbookWithSheet(header + "<row r=\"2\"><c r=\"C1048577\"><v>1</v></c></row>") << noCap
            << S("S!C1048577: the cell reference \"C1048577\" is not a cell") << qint64(1048577) << qint64(3);
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, cap);
        QFETCH(QString, messagePart);
        QFETCH(qint64, line);
        QFETCH(qint64, column);
        XlsxReadOptions options;
        options.maxUncompressedBytes = cap;
        const auto read = readBytes(bytes, options);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().file, QStringLiteral("test.xlsx"));
        QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().message));
        QCOMPARE(read.error().line, line);
        QCOMPARE(read.error().column, column);
    }

    void zip64Parts()
    {
        // Writers mark a part of 2 GiB or more with ZIP64 sizes (0xFFFFFFFF in the headers, the real size in an
        // extra field). Such a part is read at its real size: it was once taken as 4.0 GiB and refused.
        const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" "
                                "t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\"><v>7</v></c><c r=\"B2\" "
                                "t=\"s\"><v>1</v></c></row>";
        const auto parts = test::workbookParts(rows, "<si><t>name</t></si><si><t>Aberdare</t></si>");
        const QByteArray zip64 = test::storedZip(parts, test::ZipSizes::Zip64);
        const QByteArray deflated64 = test::makeZip(parts, test::ZipSizes::Zip64, test::ZipMethod::Deflated);
        XlsxReadOptions tight;
        tight.maxUncompressedBytes = 64 * 1024; // far below 4 GiB, far above the parts
        for (const auto& [bytes, options] : {std::pair{zip64, XlsxReadOptions{}}, std::pair{zip64, tight},
                                             std::pair{deflated64, XlsxReadOptions{}}, std::pair{deflated64, tight}}) {
            const auto read = readBytes(bytes, options);
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
            const Table& table = *read.value().tables.front();
            QCOMPARE(table.columnName(1), QStringLiteral("name"));
            QCOMPARE(table.rowCount(), std::size_t(1));
            QCOMPARE(table.cellText(0, 0), QStringLiteral("7"));
            QCOMPARE(table.cellText(0, 1), QStringLiteral("Aberdare"));
        }
        // The reader checks such a part's checksum itself.
        QByteArray damaged = zip64;
        const qsizetype at = damaged.indexOf("Aberdare");
        QVERIFY(at > 0);
        damaged[at] = 'X';
        const auto read = readBytes(damaged);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QLatin1String("checksum")), qPrintable(read.error().message));
    }

    void sharedStringsStayShared_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::newRow("one column of 200,000 rows") << 1 << 200000;
        QTest::newRow("20 columns of 10,000 rows") << 20 << 10000;
        QTest::newRow("2,000 columns of 100 rows") << 2000 << 100;
    }

    void sharedStringsStayShared()
    {
        // 200,000 cells that all refer to one 32,000-character shared string: written out, 6.4 GB of text (a
        // 17.5 KB file once drove memory to 8 GB and ended in std::bad_alloc). Kept shared, a few megabytes.
        QFETCH(int, columns);
        QFETCH(int, rows);
        const QByteArray text(32000, 'x');
        QByteArray sheet = "<row r=\"1\">";
        for (int c = 0; c < columns; ++c)
            sheet += "<c t=\"inlineStr\"><is><t>h" + QByteArray::number(c) + "</t></is></c>";
        sheet += "</row>";
        QByteArray row;
        for (int c = 0; c < columns; ++c)
            row += "<c t=\"s\"><v>0</v></c>";
        for (int r = 2; r < rows + 2; ++r)
            sheet += "<row>" + row + "</row>";
        const auto read = readBytes(workbookWithSheet(sheet, "<si><t>" + text + "</t></si>"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const Table& table = *read.value().tables.front();
        QCOMPARE(table.columnCount(), columns);
        QCOMPARE(table.rowCount(), std::size_t(rows));
        QVERIFY(table.cell(std::size_t(rows) - 1, columns - 1) ==
                std::string_view(text.data(), std::size_t(text.size())));
        QVERIFY(table.column(0).isDictionary());
        QVERIFY2(table.memoryUsage() < (std::size_t(80) << 20), qPrintable(QString::number(table.memoryUsage())));
    }

    void sharedAndLiteralCellsShareOneDictionary()
    {
        // A column whose cells mostly repeat a long shared string, with the number 5 and the shared text "5"
        // between them: one dictionary value per distinct text, whichever way the cell held it.
        const QByteArray longText(200, 'y');
        QByteArray sheet = "<row r=\"1\"><c t=\"inlineStr\"><is><t>h</t></is></c></row>";
        for (int r = 2; r < 20002; ++r) {
            const QByteArray cell = r % 3 == 0   ? "<c><v>5</v></c>"
                                    : r % 3 == 1 ? "<c t=\"s\"><v>1</v></c>"
                                                 : "<c t=\"s\"><v>0</v></c>";
            sheet += "<row>" + cell + "</row>";
        }
        sheet += "<row r=\"20005\"><c t=\"s\"><v>0</v></c></row>"; // and a gap of empty rows
        const auto read = readBytes(workbookWithSheet(sheet, "<si><t>" + longText + "</t></si><si><t>5</t></si>"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const Table& table = *read.value().tables.front();
        QCOMPARE(table.rowCount(), std::size_t(20004)); // sheet rows 2 to 20005
        const Column& column = table.column(0);
        QVERIFY(column.isDictionary());
        QCOMPARE(column.distinctCount(), std::size_t(3)); // the long text, "5" and the empty cells of the gap
        QCOMPARE(table.cellText(0, 0), QString::fromLatin1(longText)); // sheet row 2
        QCOMPARE(table.cellText(1, 0), QStringLiteral("5"));           // row 3: the number
        QCOMPARE(table.cellText(2, 0), QStringLiteral("5"));           // row 4: the shared "5"
        QCOMPARE(table.cellText(20002, 0), QString());
        QCOMPARE(table.cellText(20003, 0), QString::fromLatin1(longText));
        QCOMPARE(table.blankRows(), (std::vector<std::uint32_t>{20000, 20001, 20002}));
    }

    void expandedSharedTextIsBudgeted()
    {
        // Many distinct shared strings, each used twice: not worth a dictionary, so the column is written out,
        // and that text is charged to the workbook's budget before it is allocated.
        QByteArray strings, sheet = "<row r=\"1\"><c t=\"inlineStr\"><is><t>h</t></is></c></row>";
        for (int i = 0; i < 600; ++i) {
            strings += "<si><t>" + QByteArray(1000, char('a' + i % 26)) + QByteArray::number(i) + "</t></si>";
            sheet += "<row><c t=\"s\"><v>" + QByteArray::number(i) + "</v></c></row><row><c t=\"s\"><v>" +
                     QByteArray::number(i) + "</v></c></row>";
        }
        const QByteArray workbook = workbookWithSheet(sheet, strings);
        QVERIFY(readBytes(workbook).ok());
        XlsxReadOptions tight;
        tight.maxUncompressedBytes = 1500 * 1000; // the parts fit; the strings and their 1.2 MB expansion do not
        const auto read = readBytes(workbook, tight);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QLatin1String("Sheet S, column h: its cells repeat shared text")),
                 qPrintable(read.error().message));
    }

    void truncatedAndCorruptedFiles()
    {
        // Every prefix and many single-byte corruptions of a real workbook end in an Error or a result, never a crash.
        QFile file(fixture("handmade.xlsx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        int errors = 0;
        for (qsizetype cut = 0; cut < bytes.size(); cut += 97) {
            const auto read = readBytes(bytes.left(cut));
            errors += !read.ok();
            if (!read.ok())
                QVERIFY(!read.error().message.isEmpty());
        }
        QVERIFY(errors > 0);
        for (qsizetype at = 0; at < bytes.size(); at += 13) {
            QByteArray damaged = bytes;
            damaged[at] = char(damaged[at] ^ 0x5A);
            const auto read = readBytes(damaged);
            if (!read.ok())
                QVERIFY(!read.error().message.isEmpty());
        }
    }

    void cancel()
    {
        FlagProgress progress;
        progress.cancel();
        const auto read = readXlsxFile(fixture("handmade.xlsx"), {}, progress);
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QLatin1String("canceled")));
    }

    void missingFile()
    {
        NullProgress progress;
        const auto read = readXlsxFile(QStringLiteral("/nonexistent/nothing.xlsx"), {}, progress);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().file, QStringLiteral("/nonexistent/nothing.xlsx"));
    }
};

QTEST_APPLESS_MAIN(TestXlsxReader)
#include "tst_xlsx_reader.moc"
