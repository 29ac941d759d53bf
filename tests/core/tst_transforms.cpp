// Column transforms (models/transforms): trim, case, RE2 replace with capture groups, split, join, value maps,
// date reformatting, points from coordinates; and find & replace across the grid.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "io/dataset_reader.h"
#include "io/dataset_writer.h"
#include "transforms/cell_mapper.h"
#include "transforms/column_transforms.h"
#include "transforms/date_format.h"
#include "transforms/find_replace.h"

#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace plumbline;

namespace {

std::shared_ptr<Dataset> readBytes(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("t.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

/// One column "v" holding the given values, one per row.
std::shared_ptr<Dataset> column(const QStringList& values)
{
    QByteArray csv = "v\n";
    for (const QString& v : values) {
        QByteArray cell = v.toUtf8();
        cell.replace('"', "\"\"");
        csv += '"' + cell + "\"\n";
    }
    return readBytes(csv);
}

/// The column after the changes (the cells not changed as they were).
QStringList applied(const Table& table, int col, const CellChanges& changes)
{
    QStringList out;
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        out << table.cellText(r, col);
    for (const CellChange& c : changes)
        out[qsizetype(table.rowOf(c.record))] = QString::fromStdString(c.value);
    return out;
}

} // namespace

class TestTransforms : public QObject
{
    Q_OBJECT

private slots:
    void cellOperations_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        const QStringList spaced{QStringLiteral("  Mill  Lane "), QStringLiteral("tidy"), QString()};
        QTest::newRow("trim") << QStringLiteral("trim") << spaced
                              << QStringList{QStringLiteral("Mill  Lane"), QStringLiteral("tidy"), QString()};
        QTest::newRow("collapse") << QStringLiteral("collapse") << spaced
                                  << QStringList{QStringLiteral("Mill Lane"), QStringLiteral("tidy"), QString()};
        const QStringList mixed{QStringLiteral("mill LANE"), QStringLiteral("café de l'étoile"),
                                QStringLiteral("o'brien-smith")};
        QTest::newRow("upper") << QStringLiteral("upper") << mixed
                               << QStringList{QStringLiteral("MILL LANE"), QStringLiteral("CAFÉ DE L'ÉTOILE"),
                                              QStringLiteral("O'BRIEN-SMITH")};
        QTest::newRow("lower") << QStringLiteral("lower") << mixed
                               << QStringList{QStringLiteral("mill lane"), QStringLiteral("café de l'étoile"),
                                              QStringLiteral("o'brien-smith")};
        QTest::newRow("title") << QStringLiteral("title") << mixed
                               << QStringList{QStringLiteral("Mill Lane"), QStringLiteral("Café De L'étoile"),
                                              QStringLiteral("O'brien-Smith")};
    }
    void cellOperations()
    {
        QFETCH(QString, operation);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        const auto data = column(before);
        const Table& t = *data->tables[0];
        CellChanges changes;
        if (operation == QLatin1String("trim"))
            changes = trimColumn(t, 0, SpaceMode::Trim);
        else if (operation == QLatin1String("collapse"))
            changes = trimColumn(t, 0, SpaceMode::Collapse);
        else if (operation == QLatin1String("upper"))
            changes = changeCase(t, 0, CaseMode::Upper);
        else if (operation == QLatin1String("lower"))
            changes = changeCase(t, 0, CaseMode::Lower);
        else
            changes = changeCase(t, 0, CaseMode::Title);
        QCOMPARE(applied(t, 0, changes), after);
        for (const CellChange& c : changes) // only cells that change
            QVERIFY(t.cellText(std::size_t(t.rowOf(c.record)), 0) != QString::fromStdString(c.value));
    }

    void regexReplace_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("capture groups swap")
            << QStringLiteral("(\\d{2})/(\\d{2})/(\\d{4})") << QStringLiteral("\\3-\\2-\\1") << true
            << QStringList{QStringLiteral("14/03/2023"), QStringLiteral("n/a")}
            << QStringList{QStringLiteral("2023-03-14"), QStringLiteral("n/a")};
        QTest::newRow("whole match") << QStringLiteral("[A-Z]{2}\\d+") << QStringLiteral("<\\0>") << true
                                     << QStringList{QStringLiteral("ref AB12 and CD3")}
                                     << QStringList{QStringLiteral("ref <AB12> and <CD3>")};
        QTest::newRow("case-insensitive unicode")
            << QStringLiteral("É") << QStringLiteral("e") << false << QStringList{QStringLiteral("Café étoile")}
            << QStringList{QStringLiteral("Cafe etoile")};
        QTest::newRow("no match leaves") << QStringLiteral("zzz") << QStringLiteral("y") << true
                                         << QStringList{QStringLiteral("abc")} << QStringList{QStringLiteral("abc")};
    }
    void regexReplace()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(bool, caseSensitive);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        const auto data = column(before);
        const auto changes = plumbline::regexReplace(*data->tables[0], 0, pattern, replacement, caseSensitive);
        QVERIFY2(changes.ok(), changes.ok() ? "" : qPrintable(changes.error().message));
        QCOMPARE(applied(*data->tables[0], 0, changes.value()), after);
    }

    void invalidPatternsAreClearErrors_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbalanced") << QStringLiteral("(abc") << QString()
                                    << QStringLiteral("'(abc' is not a valid regular expression: missing )");
        QTest::newRow("backreference") << QStringLiteral("(a)\\1") << QString()
                                       << QStringLiteral("is not a valid regular expression");
        QTest::newRow("missing group") << QStringLiteral("(a)") << QStringLiteral("\\2")
                                       << QStringLiteral("The replacement '\\2' does not fit the pattern");
    }
    void invalidPatternsAreClearErrors()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(QString, message);
        const auto data = column({QStringLiteral("a")});
        const auto changes = plumbline::regexReplace(*data->tables[0], 0, pattern, replacement);
        QVERIFY(!changes.ok());
        QVERIFY2(changes.error().message.contains(message), qPrintable(changes.error().message));
        FindOptions options;
        options.text = pattern;
        options.replacement = replacement;
        options.regex = true;
        const auto matcher = CellMatcher::compile(options);
        QVERIFY(!matcher.ok());
        QVERIFY(!matcher.error().message.isEmpty());
    }

    void splitIntoNewColumns()
    {
        auto document = std::make_unique<Document>(readBytes("ref,types\n1,\"full; lbc\"\n2,hh\n3,\n4,\"a;b;c;d\"\n"));
        const auto split = splitColumn(document->table(0), 1, QStringLiteral(";"), 3);
        QVERIFY(split.ok());
        QCOMPARE(split.value().names,
                 (QStringList{QStringLiteral("types 1"), QStringLiteral("types 2"), QStringLiteral("types 3")}));
        document->undoStack()->beginMacro(QStringLiteral("Split types"));
        for (std::size_t i = 0; i < split.value().values.size(); ++i)
            document->addColumn(0, split.value().names[qsizetype(i)], split.value().values[i], QStringLiteral("add"));
        document->undoStack()->endMacro();
        const Table& t = document->table(0);
        QCOMPARE(t.columnCount(), 5);
        QCOMPARE(t.cellText(0, 2), QStringLiteral("full"));
        QCOMPARE(t.cellText(0, 3), QStringLiteral("lbc"));
        QCOMPARE(t.cellText(1, 2), QStringLiteral("hh"));
        QCOMPARE(t.cellText(1, 3), QString());
        QCOMPARE(t.cellText(3, 4), QStringLiteral("c;d")); // the last part keeps the rest
        document->undoStack()->undo();
        QCOMPARE(document->table(0).columnCount(), 2);
        QVERIFY(!splitColumn(document->table(0), 1, QString()).ok());
    }

    void faithfulExportKeepsAnAddedColumn()
    {
        // Rows the split did not touch keep their bytes (CRLF, needless quotes), followed by the new fields.
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.csv"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ref,\"types\"\r\n1,\"full;lbc\"\r\n\"2\",\r\n3,hh\r\n");
        file.close();
        NullProgress progress;
        auto dataset = readDataset(in, ReadOptions{}, progress);
        QVERIFY(dataset.ok());
        Document document(std::make_shared<Dataset>(std::move(dataset).value()));
        const auto split = splitColumn(document.table(0), 1, QStringLiteral(";"));
        QVERIFY(split.ok());
        for (qsizetype i = 0; i < split.value().names.size(); ++i)
            document.addColumn(0, split.value().names[i], split.value().values[std::size_t(i)], QStringLiteral("add"));
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QString warning;
        QVERIFY(!exportDataset(document.dataset(), out, ExportOptions{}, progress, &warning));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(),
                 QByteArray("ref,\"types\",types 1,types 2\r\n1,\"full;lbc\",full,lbc\r\n\"2\",,,\r\n"
                            "3,hh,hh,\r\n"));
    }

    void joinIntoNewOrExistingColumn()
    {
        const auto data = readBytes("house,street,town\n12,Mill Lane,Bristol\n,Quay Street,Bath\n3,,\n");
        const Table& t = *data->tables[0];
        const CellChanges fresh = joinColumns(t, {0, 1, 2}, QStringLiteral(", "), -1);
        QCOMPARE(fresh.size(), std::size_t(3));
        QCOMPARE(fresh[0].value, std::string("12, Mill Lane, Bristol"));
        QCOMPARE(fresh[1].value, std::string("Quay Street, Bath")); // blanks and their separators left out
        QCOMPARE(fresh[2].value, std::string("3"));
        QCOMPARE(fresh[0].column, -1);
        const CellChanges into = joinColumns(t, {0, 1}, QStringLiteral(" "), 1, false);
        QCOMPARE(applied(t, 1, into),
                 (QStringList{QStringLiteral("12 Mill Lane"), QStringLiteral(" Quay Street"), QStringLiteral("3 ")}));
    }

    void mapValuesFromPairsAndCsv()
    {
        const auto data = column({QStringLiteral("Approve"), QStringLiteral(" approve "), QStringLiteral("Refuse"),
                                  QStringLiteral("other")});
        const Table& t = *data->tables[0];
        const ValueMap pairs = valueMapFromPairs({{QStringLiteral("Approve"), QStringLiteral("granted")},
                                                  {QStringLiteral("Refuse"), QStringLiteral("refused")}},
                                                 false);
        QCOMPARE(applied(t, 0, mapValues(t, 0, pairs)),
                 (QStringList{QStringLiteral("granted"), QStringLiteral("granted"), QStringLiteral("refused"),
                              QStringLiteral("other")}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from,to\nApprove,granted\nother,not-required\n");
        file.close();
        const auto loaded = loadValueMap(path);
        QVERIFY(loaded.ok());
        QCOMPARE(applied(t, 0, mapValues(t, 0, loaded.value())),
                 (QStringList{QStringLiteral("granted"), QStringLiteral(" approve "), QStringLiteral("Refuse"),
                              QStringLiteral("not-required")}));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from,to\nApprove,granted\nApprove,refused\n");
        file.close();
        const auto clash = loadValueMap(path);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().line, qint64(3));
    }

    void reformatDates_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<int>("from");
        QTest::addColumn<QString>("fromPattern");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("after");
        const QStringList dayFirst{QStringLiteral("14/03/2023"), QStringLiteral("04/06/2023"),
                                   QStringLiteral("2023-01-05"), QStringLiteral("2023"), QStringLiteral("n/a")};
        QTest::newRow("detected day-first to ISO")
            << dayFirst << int(DateInput::Detected) << QString() << QStringLiteral("yyyy-mm-dd")
            << QStringList{QStringLiteral("2023-03-14"), QStringLiteral("2023-06-04"), QStringLiteral("2023-01-05"),
                           QStringLiteral("2023"), QStringLiteral("n/a")};
        QTest::newRow("detected month-first")
            << QStringList{QStringLiteral("06/13/2023"), QStringLiteral("04/06/2023")} << int(DateInput::Detected)
            << QString() << QStringLiteral("yyyy-mm-dd")
            << QStringList{QStringLiteral("2023-06-13"), QStringLiteral("2023-04-06")};
        QTest::newRow("forced month-first")
            << QStringList{QStringLiteral("04/06/2023")} << int(DateInput::MonthFirst) << QString()
            << QStringLiteral("d.m.yyyy") << QStringList{QStringLiteral("6.4.2023")};
        QTest::newRow("given pattern") << QStringList{QStringLiteral("2023.03.14"), QStringLiteral("14/03/2023")}
                                       << int(DateInput::Pattern) << QStringLiteral("yyyy.mm.dd")
                                       << QStringLiteral("dd/mm/yyyy")
                                       << QStringList{QStringLiteral("14/03/2023"), QStringLiteral("14/03/2023")};
    }
    void reformatDates()
    {
        QFETCH(QStringList, before);
        QFETCH(int, from);
        QFETCH(QString, fromPattern);
        QFETCH(QString, to);
        QFETCH(QStringList, after);
        const auto data = column(before);
        DateReformat options;
        options.from = DateInput(from);
        options.fromPattern = fromPattern;
        options.toPattern = to;
        const auto changes = plumbline::reformatDates(*data->tables[0], 0, options);
        QVERIFY(changes.ok());
        QCOMPARE(applied(*data->tables[0], 0, changes.value()), after);
        options.toPattern = QStringLiteral("dd/yyyy");
        QVERIFY(!plumbline::reformatDates(*data->tables[0], 0, options).ok());
    }

    void pointsFromGridOrDegrees()
    {
        const auto data = readBytes("GeoX,GeoY\n530000,180000\n655000,330000\n-1.088,52.870\n,\nabc,1\n");
        std::size_t skipped = 0;
        const CellChanges points = pointFromCoordinates(*data->tables[0], 0, 1, -1, &skipped);
        QCOMPARE(points.size(), std::size_t(3));
        QCOMPARE(points[0].value, std::string("POINT (-0.128354 51.503991)"));
        QCOMPARE(points[1].value, std::string("POINT (-3.117696 55.783225)")); // northing first, put right
        QCOMPARE(points[2].value, std::string("POINT (-1.088000 52.870000)"));
        QCOMPARE(skipped, std::size_t(1)); // blank pairs are not counted, 'abc' is
    }

    void dictionaryColumnsAreMappedOncePerValue()
    {
        // 4,000 rows of two distinct values: the column is a dictionary; the function runs twice.
        QByteArray csv = "status\n";
        for (int i = 0; i < 4000; ++i)
            csv += i % 2 ? "Decided\n" : "pending\n";
        const auto data = readBytes(csv);
        QVERIFY(data->tables[0]->column(0).isDictionary());
        int calls = 0;
        const CellChanges changes =
            mapColumn(*data->tables[0], 0, [&](std::string_view v) -> std::optional<std::string> {
                ++calls;
                return v == "Decided" ? std::optional<std::string>("decided") : std::nullopt;
            });
        QCOMPARE(calls, 2);
        QCOMPARE(changes.size(), std::size_t(2000));
        const ChangePreview preview = previewChanges(*data->tables[0], 0, changes, 3);
        QCOMPARE(preview.count, std::size_t(2000));
        QCOMPARE(preview.cells.size(), std::size_t(3));
        QCOMPARE(preview.cells[0].row, std::int64_t(1));
        QCOMPARE(preview.cells[0].before, std::string("Decided"));
    }

    void findAndReplace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("wholeCell");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("matches");
        QTest::addColumn<QStringList>("after"); // all cells, row-major, "a|b"
        const QStringList unchanged{QStringLiteral("Mill Lane|mill lane"), QStringLiteral("Lane End|a.b"),
                                    QStringLiteral("lane|x")};
        QTest::newRow("plain part any case")
            << QStringLiteral("lane") << QStringLiteral("Road") << false << false << false << -1 << 4
            << QStringList{QStringLiteral("Mill Road|mill Road"), QStringLiteral("Road End|a.b"),
                           QStringLiteral("Road|x")};
        QTest::newRow("plain case-sensitive")
            << QStringLiteral("lane") << QStringLiteral("Road") << false << false << true << -1 << 2
            << QStringList{QStringLiteral("Mill Lane|mill Road"), QStringLiteral("Lane End|a.b"),
                           QStringLiteral("Road|x")};
        QTest::newRow("plain whole cell")
            << QStringLiteral("LANE") << QStringLiteral("-") << false << true << false << -1 << 1
            << QStringList{QStringLiteral("Mill Lane|mill lane"), QStringLiteral("Lane End|a.b"),
                           QStringLiteral("-|x")};
        QTest::newRow("plain dot is a dot")
            << QStringLiteral(".") << QStringLiteral("\\1") << false << false << true << -1 << 1
            << QStringList{QStringLiteral("Mill Lane|mill lane"), QStringLiteral("Lane End|a\\1b"),
                           QStringLiteral("lane|x")};
        QTest::newRow("regex groups one column")
            << QStringLiteral("(\\w+) (\\w+)") << QStringLiteral("\\2 \\1") << true << false << true << 0 << 2
            << QStringList{QStringLiteral("Lane Mill|mill lane"), QStringLiteral("End Lane|a.b"),
                           QStringLiteral("lane|x")};
        QTest::newRow("regex whole cell")
            << QStringLiteral("l\\w+") << QStringLiteral("[\\0]") << true << true << false << -1 << 1
            << QStringList{QStringLiteral("Mill Lane|mill lane"), QStringLiteral("Lane End|a.b"),
                           QStringLiteral("[lane]|x")};
        QTest::newRow("no match") << QStringLiteral("zebra") << QStringLiteral("-") << false << false << false << -1
                                  << 0 << unchanged;
    }
    void findAndReplace()
    {
        QFETCH(QString, text);
        QFETCH(QString, replacement);
        QFETCH(bool, regex);
        QFETCH(bool, wholeCell);
        QFETCH(bool, caseSensitive);
        QFETCH(int, column);
        QFETCH(int, matches);
        QFETCH(QStringList, after);
        Document document(readBytes("a,b\nMill Lane,mill lane\nLane End,a.b\nlane,x\n"));
        const auto matcher =
            CellMatcher::compile(FindOptions{text, replacement, regex, wholeCell, caseSensitive, column});
        QVERIFY(matcher.ok());
        QCOMPARE(int(countMatches(document.table(0), matcher.value())), matches);
        const CellChanges changes = replaceAll(document.table(0), matcher.value());
        document.applyChanges(0, changes, QStringLiteral("Replace"));
        QStringList cells;
        for (std::size_t r = 0; r < document.table(0).rowCount(); ++r)
            cells << document.table(0).cellText(r, 0) + u'|' + document.table(0).cellText(r, 1);
        QCOMPARE(cells, after);
        if (matches > 0) {
            QCOMPARE(document.undoStack()->count(), 1); // Replace All is one command
            document.undoStack()->undo();
            QCOMPARE(document.table(0).cellText(0, 0), QStringLiteral("Mill Lane"));
        }
    }

    void findNextWraps()
    {
        const auto data = readBytes("a,b\nx,lane\nlane,y\nz,w\n");
        const Table& t = *data->tables[0];
        FindOptions options;
        options.text = QStringLiteral("lane");
        const auto matcher = CellMatcher::compile(options);
        QVERIFY(matcher.ok());
        const auto first = findNext(t, matcher.value(), CellRef{0, 0}, true);
        QVERIFY(first);
        QCOMPARE(*first, (CellRef{0, 1}));
        const auto second = findNext(t, matcher.value(), *first);
        QCOMPARE(*second, (CellRef{1, 0}));
        const auto wrapped = findNext(t, matcher.value(), *second);
        QCOMPARE(*wrapped, (CellRef{0, 1}));
        options.column = 0;
        const auto inA = CellMatcher::compile(options);
        QCOMPARE(*findNext(t, inA.value(), CellRef{2, 1}), (CellRef{1, 0}));
        options.text = QStringLiteral("none");
        QVERIFY(!findNext(t, CellMatcher::compile(options).value(), CellRef{0, 0}));
        QVERIFY(!CellMatcher::compile(FindOptions{}).ok()); // nothing to find
    }
};

QTEST_GUILESS_MAIN(TestTransforms)
#include "tst_transforms.moc"
