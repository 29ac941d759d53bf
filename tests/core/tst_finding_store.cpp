// The compact findings store: counts, message formatting with the user's key, long values, removal, summaries
// and the per-cell index the grid uses.
#include "check_test_support.h"

#include "findings/finding_index.h"

using namespace plumbline;
using namespace plumbline::testing;

class TstFindingStore : public QObject
{
    Q_OBJECT
private slots:
    void messagesNameRowAndKey()
    {
        const Dataset dataset =
            datasetFromCsv("reference,status,decision\n13/00858/HCC3S,Withdrawn,Approve\n,Decided,\n");
        FindingStore store;
        const auto rule = store.addRule(
            {QStringLiteral("PA-20"), QStringLiteral("t"), QStringLiteral("p"), QStringLiteral("conditional"),
             QString(), QStringLiteral("The case is {value2} but has the decision '{value}' ({column}, {column2})"),
             Severity::Error, true});
        TableInfo info{QStringLiteral("input"),
                       {QStringLiteral("reference"), QStringLiteral("status"), QStringLiteral("decision")},
                       0,
                       dataset.tables.front()};
        const auto table = store.addTable(info);
        FindingSink sink(*dataset.tables.front(), table);
        sink.setRule(rule, Severity::Error);
        sink.add(0, 2, "Approve", FindingExtra().withColumn2(1));
        sink.add(1, 2, "", FindingExtra().withColumn2(1).suggest("granted"));
        sink.addTableLevel(-1, "x", FindingExtra().asMessage("The file has no column '{value}'."));
        store.append(std::move(sink));
        store.sort();
        QCOMPARE(store.size(), std::size_t(3));
        QCOMPARE(store.message(0), QStringLiteral("The file has no column 'x'."));
        QCOMPARE(store.message(1),
                 QStringLiteral("Row 1 (reference 13/00858/HCC3S): The case is Withdrawn but has the decision "
                                "'Approve' (decision, status)"));
        QCOMPARE(store.message(2),
                 QStringLiteral("Row 2: The case is Decided but has the decision '' (decision, status)"));
        const Finding f = store.finding(2);
        QVERIFY(f.hasSuggestion);
        QCOMPARE(f.suggestion, QStringLiteral("granted"));
        QCOMPARE(f.columns, (QStringList{QStringLiteral("decision"), QStringLiteral("status")}));
        QCOMPARE(f.record, RecordId(1));
        QCOMPARE(store.count(Severity::Error), std::uint64_t(3));
        QCOMPARE(store.countForColumn(table, 2), std::uint64_t(2));
        QCOMPARE(store.countForColumn(table, -1), std::uint64_t(1));
    }

    void longValuesAreCutAtACharacterBoundary()
    {
        const Dataset dataset = datasetFromCsv("a\nx\n");
        FindingStore store;
        const auto rule =
            store.addRule({QStringLiteral("R"), {}, {}, {}, {}, QStringLiteral("{value}"), Severity::Info, true});
        const auto table = store.addTable({QStringLiteral("t"), {QStringLiteral("a")}, -1, nullptr});
        FindingSink sink(*dataset.tables.front(), table);
        sink.setRule(rule, Severity::Info);
        std::string longValue;
        while (longValue.size() < 2000)
            longValue += "é"; // two bytes each: a cut at 512 bytes would split one if not careful
        longValue = "x" + longValue;
        sink.add(0, 0, longValue);
        store.append(std::move(sink));
        const QString value = store.finding(0).value;
        QVERIFY(value.endsWith(QChar(0x2026)));
        QVERIFY(!value.contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY(value.toUtf8().size() <= int(FindingSink::kMaxValueBytes) + 3);
    }

    void removeIfRecounts()
    {
        const Dataset dataset = datasetFromCsv("a\n1\n2\n3\n");
        FindingStore store;
        const auto r1 =
            store.addRule({QStringLiteral("R1"), {}, {}, {}, {}, QStringLiteral("m"), Severity::Error, true});
        const auto r2 =
            store.addRule({QStringLiteral("R2"), {}, {}, {}, {}, QStringLiteral("m"), Severity::Warning, true});
        const auto table = store.addTable({QStringLiteral("t"), {QStringLiteral("a")}, -1, nullptr});
        FindingSink sink(*dataset.tables.front(), table);
        for (std::size_t row = 0; row < 3; ++row) {
            sink.setRule(r1, Severity::Error);
            sink.add(row, 0, "v");
            sink.setRule(r2, Severity::Warning);
            sink.add(row, 0, "v");
        }
        store.append(std::move(sink));
        store.removeIf([](const FindingRecord& r) { return r.record == 1; });
        QCOMPARE(store.size(), std::size_t(4));
        QCOMPARE(store.countForRule(r1), std::uint64_t(2));
        QCOMPARE(store.count(Severity::Warning), std::uint64_t(2));
        QCOMPARE(store.countAtLeast(Severity::Warning), std::uint64_t(4));
    }

    void summaryFoldsFindingsAndFollowsReplacements()
    {
        QByteArray csv("a\n");
        for (int i = 0; i < 20; ++i)
            csv += QByteArray::number(i) + '\n';
        const Dataset dataset = datasetFromCsv(csv);
        const Table& t = *dataset.tables.front();
        FindingStore store;
        const auto late = store.addRule({QStringLiteral("LATE"),
                                         QStringLiteral("On time"),
                                         {},
                                         {},
                                         {},
                                         QStringLiteral("late {value}"),
                                         Severity::Info,
                                         true,
                                         QStringLiteral("{count} of {rows} ({share}) late in {column}")});
        const auto other =
            store.addRule({QStringLiteral("E"), {}, {}, {}, {}, QStringLiteral("m"), Severity::Error, true});
        const auto table = store.addTable({QStringLiteral("t"), {QStringLiteral("a")}, -1, dataset.tables.front()});
        store.summarise(late, table, t.rowCount(), 0, Severity::Info);
        FindingSink sink(t, table);
        sink.setRule(late, Severity::Info);
        for (std::size_t row : {7, 3, 3, 11, 5}) // unsorted, one row twice (two columns of one row)
            sink.add(row, 0, "value text that costs nothing");
        sink.setRule(other, Severity::Error);
        sink.add(4, 0, "4");
        store.append(std::move(sink));
        store.sort();

        QCOMPARE(store.size(), std::size_t(2)); // the summary (table-level, first) and the error
        QVERIFY(store.record(0).isSummary());
        QCOMPARE(store.summaryRecords(0), (std::vector<RecordId>{3, 5, 7, 11}));
        QCOMPARE(store.summaryCount(1), std::uint64_t(0));
        // What a view expands or filters a grid to: the summary's rows, the ordinary finding's one record.
        QCOMPARE(store.recordsOf(0), (std::vector<RecordId>{3, 5, 7, 11}));
        QCOMPARE(store.recordsOf(1), (std::vector<RecordId>{4}));
        QCOMPARE(store.message(0), QStringLiteral("4 of 20 (20%) late in a"));
        QCOMPARE(store.countForRule(late), std::uint64_t(1));
        QCOMPARE(store.summarisedRows(late), std::uint64_t(4));
        QCOMPARE(store.count(Severity::Info), std::uint64_t(1));
        QCOMPARE(store.rangeOf(table, kNoRecord), (std::pair<std::size_t, std::size_t>(0, 1)));

        // An edit re-checks rows 5 and 6: 5 passes now, 6 fails.
        std::vector<bool> drop(2, true);
        FindingSink fresh(t, table);
        fresh.setRule(late, Severity::Info);
        fresh.add(6, 0, "x");
        store.replaceRecords(table, {5, 6}, drop, std::move(fresh));
        QCOMPARE(store.summaryRecords(0), (std::vector<RecordId>{3, 6, 7, 11}));
        QCOMPARE(store.recordsOf(0), (std::vector<RecordId>{3, 6, 7, 11}));
        // Many records at once take the one-pass path.
        std::vector<RecordId> all;
        for (RecordId r = 0; r < 20; ++r)
            all.push_back(r);
        FindingSink many(t, table);
        many.setRule(late, Severity::Info);
        for (std::size_t row : {0, 19})
            many.add(row, 0, "x");
        store.replaceRecords(table, all, drop, std::move(many));
        QCOMPARE(store.summaryRecords(0), (std::vector<RecordId>{0, 19}));
        QCOMPARE(store.size(), std::size_t(1)); // the error of record 4 was dropped with the rest

        // Every row passes: the summary finding goes, and comes back with the first row that fails again.
        store.replaceRecords(table, all, drop, FindingSink(t, table));
        QCOMPARE(store.size(), std::size_t(0));
        QCOMPARE(store.countForRule(late), std::uint64_t(0));
        FindingSink again(t, table);
        again.setRule(late, Severity::Info);
        again.add(9, 0, "x");
        store.replaceRecords(table, {9}, drop, std::move(again));
        QCOMPARE(store.size(), std::size_t(1));
        QCOMPARE(store.summaryRecords(0), (std::vector<RecordId>{9}));
        QCOMPARE(store.message(0), QStringLiteral("1 of 20 (5.0%) late in a"));

        // Re-running the rule whole replaces its rows.
        std::vector<bool> onlyLate{true, false};
        FindingSink rerun(t, table);
        rerun.setRule(late, Severity::Info);
        rerun.add(1, 0, "x");
        rerun.add(2, 0, "x");
        store.replaceRules(table, onlyLate, std::move(rerun));
        QCOMPARE(store.summaryRecords(0), (std::vector<RecordId>{1, 2}));
        QCOMPARE(store.countForRule(late), std::uint64_t(1));

        store.removeIf([](const FindingRecord& r) { return r.record == 2; });
        QCOMPARE(store.summaryRecords(0), (std::vector<RecordId>{1}));

        // Ending the summary hands its records back; later findings are stored one by one.
        QCOMPARE(store.unsummarise(late, table), (std::vector<RecordId>{1}));
        QCOMPARE(store.size(), std::size_t(0));
        QVERIFY(!store.summaryOf(late, table));
        FindingSink plain(t, table);
        plain.setRule(late, Severity::Info);
        plain.add(1, 0, "x");
        store.replaceRules(table, {}, std::move(plain));
        QCOMPARE(store.size(), std::size_t(1));
        QVERIFY(!store.record(0).isSummary());
        QCOMPARE(store.message(0), QStringLiteral("Row 2: late x"));
    }

    void summaryOfFindingsAlreadyStored()
    {
        const Dataset dataset = datasetFromCsv("a\n1\n2\n3\n");
        FindingStore store;
        const auto rule = store.addRule(
            {QStringLiteral("R"), QStringLiteral("Fine"), {}, {}, {}, QStringLiteral("m"), Severity::Info, true});
        const auto table = store.addTable({QStringLiteral("t"), {QStringLiteral("a")}, -1, nullptr});
        FindingSink sink(*dataset.tables.front(), table);
        sink.setRule(rule, Severity::Info);
        sink.add(2, 0, "3");
        sink.add(0, 0, "1");
        store.append(std::move(sink));
        store.sort();
        store.summarise(rule, table, 3, 0, Severity::Info);
        QCOMPARE(store.size(), std::size_t(1));
        QCOMPARE(store.summaryRecords(0), (std::vector<RecordId>{0, 2}));
        // No table to count rows from: the share is of the rows given to summarise(); the generic sentence.
        QCOMPARE(store.message(0), QStringLiteral("2 of 3 rows (67%) do not meet 'Fine'."));
        QCOMPARE(store.finding(0).row, qint64(0));
        QCOMPARE(store.finding(0).record, kNoRecord);
    }

    void cellIndexGivesWorstSeverity()
    {
        const Dataset dataset = datasetFromCsv("a,b,c\n1,2,3\n4,5,6\n");
        FindingStore store;
        const auto r = store.addRule({QStringLiteral("R"), {}, {}, {}, {}, QStringLiteral("m"), Severity::Error, true});
        const auto table = store.addTable(
            {QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, -1, nullptr});
        FindingSink sink(*dataset.tables.front(), table);
        sink.setRule(r, Severity::Warning);
        sink.add(1, 0, "4");
        sink.add(1, 0, "4", FindingExtra().withSeverity(Severity::Error));
        sink.add(0, 1, "2", FindingExtra().withSeverity(Severity::Info).withColumn2(2));
        sink.add(0, -1, "");
        sink.addTableLevel(-1, "");
        store.append(std::move(sink));
        store.sort();
        const FindingIndex index(store, table);
        QCOMPARE(index.cellSeverity(1, 0), std::optional<Severity>(Severity::Error));
        QCOMPARE(index.cellSeverity(0, 1), std::optional<Severity>(Severity::Info));
        QCOMPARE(index.cellSeverity(0, 2), std::optional<Severity>(Severity::Info)); // second column marked too
        QCOMPARE(index.cellSeverity(0, 0), std::optional<Severity>());
        QCOMPARE(index.cellSeverity(1, 1), std::optional<Severity>());
        QCOMPARE(index.cellSeverity(99, 0), std::optional<Severity>());
        QCOMPARE(index.rowSeverity(0), std::optional<Severity>(Severity::Warning));
        QCOMPARE(FindingIndex::findingsOf(store, table, 1).size(), std::size_t(2));
        QCOMPARE(FindingIndex::findingsAt(store, table, 0, 2).size(), std::size_t(1));
        QCOMPARE(FindingIndex::findingsOf(store, table, kNoRecord).size(), std::size_t(1));
    }

    void aColumnLevelFindingTintsItsCellsButNotItsRows()
    {
        // Column b is blank in every row: one column-level finding stands for its cells, which the grid tints.
        const Dataset dataset = datasetFromCsv("a,b\n1,\n2,\n3,\n");
        FindingStore store;
        const auto blank =
            store.addRule({QStringLiteral("B"), {}, {}, {}, {}, QStringLiteral("m"), Severity::Error, true});
        const auto other =
            store.addRule({QStringLiteral("O"), {}, {}, {}, {}, QStringLiteral("m"), Severity::Notice, true});
        const auto table =
            store.addTable({QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")}, -1, nullptr});
        store.summarise(blank, table, 3, 1, Severity::Error, true);
        FindingSink sink(*dataset.tables.front(), table);
        sink.setRule(blank, Severity::Error);
        for (RecordId record : {0u, 1u, 2u})
            sink.add(record, 1, "");
        sink.setRule(other, Severity::Notice);
        sink.add(2, 0, "3");
        store.append(std::move(sink));
        store.sort();
        QCOMPARE(store.size(), std::size_t(2)); // the column-level finding and the notice
        FindingIndex index(store, table);
        for (RecordId record : {0u, 1u, 2u})
            QCOMPARE(index.cellSeverity(record, 1), std::optional<Severity>(Severity::Error));
        QCOMPARE(index.cellSeverity(0, 0), std::optional<Severity>());
        // Rows stay as their own findings make them: F8 and "rows with findings" do not stop at every row.
        QCOMPARE(index.rowSeverity(0), std::optional<Severity>());
        QCOMPARE(index.rowSeverity(2), std::optional<Severity>(Severity::Notice));
        // Updating records (an edit) keeps the cells the column-level finding stands for.
        index.update(store, table, {0, 2});
        QCOMPARE(index.cellSeverity(0, 1), std::optional<Severity>(Severity::Error));
        QCOMPARE(index.cellSeverity(2, 1), std::optional<Severity>(Severity::Error));
        QCOMPARE(index.rowSeverity(0), std::optional<Severity>());
    }
};

QTEST_APPLESS_MAIN(TstFindingStore)
#include "tst_finding_store.moc"
