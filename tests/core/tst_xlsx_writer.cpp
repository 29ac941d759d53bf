// The XLSX writer: what goes in comes back out through the reader (every cell kind, edits, several tables,
// both libxlsxwriter modes), numbers/dates/booleans become real Excel values only when that is lossless, and
// failures (too many rows, too-long cells) leave any existing file untouched.
#include "io/dataset_writer.h"
#include "io/xlsx/xlsx_archive.h"
#include "io/xlsx/xlsx_reader.h"
#include "io/xlsx/xlsx_writer.h"
#include "table_fixtures.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace plumbline;
using namespace table_fixtures;

namespace {

/// The uncompressed bytes of one part of a written workbook.
QByteArray part(const QString& path, const QString& name)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    XlsxArchive archive(path, &file, 1 << 30);
    if (archive.open())
        return {};
    auto bytes = archive.readAll(name);
    return bytes ? bytes.value() : QByteArray();
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("integers and decimals")
            << L({"n", "d"})
            << QList<QStringList>{L({"1", "0.5"}), L({"-42", "12.25"}), L({"100023336956", "0.30000000000000004"})};
        QTest::newRow("numbers that are not canonical stay text")
            << L({"n"}) << QList<QStringList>{L({"12"}),  L({"12.50"}), L({"007"}),
                                              L({"1e3"}), L({"+4"}),    L({"12345678901234567890"})};
        QTest::newRow("dates and datetimes")
            << L({"date", "when"})
            << QList<QStringList>{L({"2024-03-01", "2024-03-01T09:30:00"}), L({"1900-02-28", "2024-02-29T23:59:59"}),
                                  L({"2023-02-29", "2024-03-01"}), L({"01/03/2024", "2024-03-01 09:30"})};
        QTest::newRow("booleans") << L({"flag"})
                                  << QList<QStringList>{L({"true"}), L({"false"}), L({"yes"}), L({"TRUE"})};
        QTest::newRow("text with XML, control characters and escapes")
            << L({"t"})
            << QList<QStringList>{L({"<b>&amp;\"'</b>"}),
                                  L({"line\r\nbreak\ttab"}),
                                  L({"literal _x000D_ text"}),
                                  L({"  padded  "}),
                                  L({"Ünïcödé – 東京 😀"}),
                                  L({"=SUM(A1)"}),
                                  L({"#N/A"})};
        // A NUL used to cut the cell ("x\0y" became "x"); it is written as Excel's "_x0000_" and read back.
        QTest::newRow("NUL in a cell and in a header")
            << QStringList{QStringLiteral("h") + QChar(0) + QStringLiteral("2")}
            << QList<QStringList>{QStringList{QStringLiteral("x") + QChar(0) + QStringLiteral("y")},
                                  QStringList{QString(QChar(0)) + QStringLiteral("_x0041_") + QChar(0)}};
        QTest::newRow("empty cells and a blank row")
            << L({"a", "b", "c"}) << QList<QStringList>{L({"1", "", "x"}), L({"", "", ""}), L({"", "2", ""})};
        QTest::newRow("odd header names")
            << L({"id", "Name with spaces", "ünï", "a&b"}) << QList<QStringList>{L({"1", "2", "3", "4"})};
    }

    void roundTrip()
    {
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        for (const bool constantMemory : {false, true}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("out.xlsx"));
            Dataset dataset;
            dataset.tables.push_back(makeTable(QStringLiteral("data"), header, rows));
            NullProgress progress;
            const auto written = writeXlsx(dataset, path, XlsxWriteOptions{constantMemory}, progress);
            QVERIFY2(!written, written ? qPrintable(written->toString()) : "");
            const auto read = readXlsxFile(path, {}, progress);
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
            const Table& table = *read.value().tables.front();
            QStringList names;
            for (int c = 0; c < table.columnCount(); ++c)
                names << table.columnName(c);
            QCOMPARE(names, header);
            // A trailing blank row is not kept by a spreadsheet; compare what a sheet can hold.
            QList<QStringList> expected = rows;
            while (!expected.isEmpty() && expected.last().join(QString()).isEmpty())
                expected.removeLast();
            QCOMPARE(cells(table), expected);
        }
    }

    void typedCells()
    {
        // Numbers, dates and booleans are stored as Excel values (not strings) when lossless.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typed.xlsx"));
        Dataset dataset;
        dataset.tables.push_back(makeTable(QStringLiteral("t"), L({"n", "d", "b", "s"}),
                                           {L({"12", "2024-03-01", "true", "12"}), L({"12.50", "", "false", "a"})}));
        NullProgress progress;
        QVERIFY(!writeXlsx(dataset, path, XlsxWriteOptions{true}, progress));
        const QByteArray sheet = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("<c r=\"A2\"><v>12</v></c>"));
        QVERIFY(sheet.contains("<c r=\"A3\" t=\"inlineStr\"><is><t>12.50</t></is></c>"));
        // A date serial with a date style (the reader turns it back into 2024-03-01).
        QVERIFY(QRegularExpression(QStringLiteral("<c r=\"B2\" s=\"\\d+\"><v>45352</v></c>"))
                    .match(QString::fromUtf8(sheet))
                    .hasMatch());
        QVERIFY(sheet.contains("<c r=\"C2\" t=\"b\"><v>1</v></c>"));
        QVERIFY(sheet.contains("<c r=\"D2\" t=\"inlineStr\"><is><t>12</t></is></c>")); // a text column stays text
        // The header is bold and frozen.
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>n</t></is></c>"));
        QVERIFY(part(path, QStringLiteral("xl/styles.xml")).contains("<b/>"));
    }

    void severalTablesAndEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("multi.xlsx"));
        Dataset dataset;
        dataset.tables.push_back(
            makeTable(QStringLiteral("persons"), L({"id", "name"}), {L({"p1", "Ann"}), L({"p2", "Bob"})}));
        dataset.tables.push_back(makeTable(QStringLiteral("memberships/2024"), L({"person_id"}), {L({"p1"})}));
        dataset.tables.push_back(makeTable(QStringLiteral("Persons"), L({"x"}), {}));
        Table& persons = *dataset.tables[0];
        persons.editOverlay().set(persons.recordId(1), 1, "Robert");
        persons.removeRow(0);
        persons.insertRow(1);
        persons.editOverlay().set(persons.recordId(1), 0, "p3");
        NullProgress progress;
        QVERIFY(!writeXlsx(dataset, path, progress));
        const auto read = readXlsxFile(path, {}, progress);
        QVERIFY(read.ok());
        QCOMPARE(read.value().tables.size(), std::size_t(3));
        QCOMPARE(read.value().tables[0]->name(), QStringLiteral("persons"));
        QCOMPARE(read.value().tables[1]->name(), QStringLiteral("memberships_2024"));
        QCOMPARE(read.value().tables[2]->name(), QStringLiteral("Persons (2)"));
        QCOMPARE(cells(*read.value().tables[0]), (QList<QStringList>{L({"p2", "Robert"}), L({"p3", ""})}));
        QCOMPARE(read.value().tables[2]->columnCount(), 1);
        QCOMPARE(read.value().tables[2]->rowCount(), std::size_t(0));
    }

    void exportDispatch()
    {
        // exportDataset picks the XLSX writer by extension; --table narrows it to one sheet.
        QTemporaryDir dir;
        Dataset dataset;
        dataset.tables.push_back(makeTable(QStringLiteral("a"), L({"x"}), {L({"1"})}));
        dataset.tables.push_back(makeTable(QStringLiteral("b"), L({"y"}), {L({"2"})}));
        NullProgress progress;
        const QString all = dir.filePath(QStringLiteral("all.XLSX"));
        QVERIFY(!exportDataset(dataset, all, ExportOptions{}, progress));
        QCOMPARE(readXlsxFile(all, {}, progress).value().tables.size(), std::size_t(2));
        ExportOptions options;
        options.table = QStringLiteral("b");
        const QString one = dir.filePath(QStringLiteral("one.xlsx"));
        QVERIFY(!exportDataset(dataset, one, options, progress));
        const auto read = readXlsxFile(one, {}, progress);
        QCOMPARE(read.value().tables.size(), std::size_t(1));
        QCOMPARE(read.value().tables[0]->name(), QStringLiteral("b"));
        QVERIFY(exportFormats().contains(QStringLiteral("xlsx")));
    }

    void failuresLeaveTheOldFile_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cellLength");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("more rows than a sheet holds") << 1048576 << 1 << QStringLiteral("at most 1048575");
        QTest::newRow("a cell longer than 32,767 characters")
            << 3 << 32768 << QStringLiteral("t!A3 (table t, column c)");
    }

    void failuresLeaveTheOldFile()
    {
        QFETCH(int, rows);
        QFETCH(int, cellLength);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.xlsx"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous");
        }
        ColumnBuilder builder;
        for (int r = 0; r < rows; ++r)
            builder.append(r == 1 ? std::string(std::size_t(cellLength), 'x') : std::string("v"));
        std::vector<ColumnBuilder> chunk;
        chunk.push_back(std::move(builder));
        std::vector<Column> columns;
        columns.push_back(ColumnBuilder::finish(QStringLiteral("c"), std::move(chunk)));
        Dataset dataset;
        dataset.tables.push_back(std::make_shared<Table>(QStringLiteral("t"), std::move(columns)));
        NullProgress progress;
        const auto written = writeXlsx(dataset, path, progress);
        QVERIFY(written);
        QVERIFY2(written->message.contains(messagePart), qPrintable(written->message));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("keep.xlsx")});
    }

    void cancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.xlsx"));
        Dataset dataset;
        dataset.tables.push_back(makeTable(QStringLiteral("t"), L({"a"}), {L({"1"})}));
        FlagProgress progress;
        progress.cancel();
        const auto written = writeXlsx(dataset, path, progress);
        QVERIFY(written);
        QVERIFY(written->message.contains(QLatin1String("canceled")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void permissionsOfANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.xlsx"));
        Dataset dataset;
        dataset.tables.push_back(makeTable(QStringLiteral("t"), L({"a"}), {L({"1"})}));
        NullProgress progress;
        QVERIFY(!writeXlsx(dataset, path, progress));
        QVERIFY(QFile::permissions(path) & QFile::ReadOther); // not QTemporaryFile's 0600
    }
};

QTEST_APPLESS_MAIN(TestXlsxWriter)
#include "tst_xlsx_writer.moc"
