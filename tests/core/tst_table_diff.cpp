// Two versions of a table compared record by record (models/diff/table_diff.h): hand-made versions with
// reordered rows, a changed key, repeated keys, blank keys, composite keys and columns added or removed.
#include "table_fixtures.h"

#include "diff/finding_diff.h"
#include "diff/table_diff.h"
#include "table/table.h"

#include <QtTest>

using namespace plumbline;
using table_fixtures::L;
using table_fixtures::makeTable;
using table_fixtures::R;

namespace {

TableDiff diff(const std::shared_ptr<Table>& before, const std::shared_ptr<Table>& after,
               const QStringList& key = {QStringLiteral("reference")}, QHash<QString, QStringList> synonyms = {})
{
    NullProgress progress;
    auto result = diffTables(*before, *after, DiffKey{key, std::move(synonyms)}, progress);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return result.value();
}

QStringList changes(const TableDiff& d)
{
    QStringList out;
    for (const auto& c : d.changed) {
        QStringList cells;
        for (const auto& cell : c.cells)
            cells << cell.column + QLatin1Char('=') + QString::fromStdString(cell.oldValue) + QLatin1String(">") +
                         QString::fromStdString(cell.newValue);
        out << QString::fromStdString(c.key) + QLatin1Char(':') + cells.join(QLatin1Char(','));
    }
    return out;
}

std::vector<std::size_t> rows(std::initializer_list<std::size_t> r)
{
    return r;
}

} // namespace

class TstTableDiff : public QObject
{
    Q_OBJECT
private slots:
    void identicalVersionsHaveNoChanges()
    {
        const auto t = makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"1", "a"}, {"2", "b"}}));
        const TableDiff d = diff(t, t);
        QVERIFY(d.isEmpty());
        QCOMPARE(d.unchanged, std::size_t(2));
    }

    void reorderedRowsAreNotChanges()
    {
        const auto before =
            makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"1", "a"}, {"2", "b"}, {"3", "c"}}));
        const auto after =
            makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"3", "c"}, {"1", "a"}, {"2", "b"}}));
        const TableDiff d = diff(before, after);
        QVERIFY(d.isEmpty());
        QCOMPARE(d.unchanged, std::size_t(3));
    }

    void changedCellsAreListed()
    {
        const auto before = makeTable(QStringLiteral("t"), L({"reference", "decision", "date"}),
                                      R({{"1", "granted", "2023-01-01"}, {"2", "", ""}}));
        const auto after = makeTable(QStringLiteral("t"), L({"reference", "decision", "date"}),
                                     R({{"2", "refused", "2023-02-01"}, {"1", "granted", "2023-01-01"}}));
        const TableDiff d = diff(before, after);
        QCOMPARE(changes(d), QStringList{QStringLiteral("2:decision=>refused,date=>2023-02-01")});
        QCOMPARE(d.changed.front().oldRow, std::size_t(1));
        QCOMPARE(d.changed.front().newRow, std::size_t(0));
        QCOMPARE(d.unchanged, std::size_t(1));
    }

    void changedKeyIsARemovalAndAnAddition()
    {
        const auto before = makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"23/0004/HOU", "a"}}));
        const auto after = makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"23/0044/HOU", "a"}}));
        const TableDiff d = diff(before, after);
        QCOMPARE(d.added, rows({0}));
        QCOMPARE(d.removed, rows({0}));
        QVERIFY(d.changed.empty());
    }

    void duplicateKeysAreReportedAndPairedInOrder()
    {
        const auto before = makeTable(QStringLiteral("t"), L({"reference", "name"}),
                                      R({{"5", "shed"}, {"5", "shed again"}, {"6", "porch"}}));
        const auto after = makeTable(QStringLiteral("t"), L({"reference", "name"}),
                                     R({{"5", "shed"}, {"6", "porch"}, {"6", "porch"}, {"6", "porch 2"}}));
        const TableDiff d = diff(before, after);
        QCOMPARE(d.duplicates.size(), std::size_t(2));
        QCOMPARE(d.duplicates[0].key, std::string("6"));
        QCOMPARE(d.duplicates[0].newRows, rows({1, 2, 3}));
        QVERIFY(d.duplicates[0].oldRows.empty());
        QCOMPARE(d.duplicates[1].key, std::string("5"));
        QCOMPARE(d.duplicates[1].oldRows, rows({0, 1}));
        // 5: first with first (unchanged), the second is removed; 6: the first pairs, two more are added.
        QCOMPARE(d.removed, rows({1}));
        QCOMPARE(d.added, rows({2, 3}));
        QCOMPARE(d.unchanged, std::size_t(2));
    }

    void blankKeysAreMatchedByContent()
    {
        const auto before =
            makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"", "a"}, {"", "b"}, {"1", "x"}}));
        const auto after =
            makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"1", "x"}, {"", "b"}, {"", "c"}}));
        const TableDiff d = diff(before, after);
        QCOMPARE(d.unchanged, std::size_t(2));
        QCOMPARE(d.removed, rows({0}));
        QCOMPARE(d.added, rows({2}));
        QCOMPARE(d.blankKeys, std::size_t(4));
        QVERIFY(d.duplicates.empty());
    }

    void compositeKeyAndSynonyms()
    {
        const auto before = makeTable(QStringLiteral("t"), L({"LPA", "CaseReference", "Decision"}),
                                      R({{"CMD", "1", "granted"}, {"BAR", "1", "refused"}}));
        const auto after = makeTable(QStringLiteral("t"), L({"organisation", "reference", "decision"}),
                                     R({{"BAR", "1", "granted"}, {"CMD", "1", "granted"}}));
        QHash<QString, QStringList> synonyms;
        synonyms.insert(QStringLiteral("organisation"), L({"LPA"}));
        synonyms.insert(QStringLiteral("reference"), L({"CaseReference"}));
        const TableDiff d = diff(before, after, L({"organisation", "reference"}), synonyms);
        QCOMPARE(changes(d), QStringList{QStringLiteral("BAR / 1:decision=refused>granted")});
        QCOMPARE(d.oldKeyColumns, L({"LPA", "CaseReference"}));
        // Columns are matched by name (Decision ~ decision); LPA and organisation are not the same name.
        QCOMPARE(d.addedColumns, L({"organisation", "reference"}));
        QCOMPARE(d.removedColumns, L({"LPA", "CaseReference"}));
    }

    void missingKeyIsAnError()
    {
        const auto before = makeTable(QStringLiteral("old"), L({"id", "name"}), R({{"1", "a"}}));
        const auto after = makeTable(QStringLiteral("new"), L({"reference", "name"}), R({{"1", "a"}}));
        NullProgress progress;
        const auto result = diffTables(*before, *after, DiffKey{}, progress);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("old version has no column reference")),
                 qPrintable(result.error().message));
    }

    void recordsForChangedSince()
    {
        const auto before =
            makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"1", "a"}, {"2", "b"}, {"3", "c"}}));
        const auto after =
            makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"3", "c"}, {"2", "B"}, {"4", "d"}}));
        const TableDiff d = diff(before, after);
        QCOMPARE(addedOrChangedRecords(d, *after), (std::vector<RecordId>{1, 2}));
        QCOMPARE(removedOrChangedRecords(d, *before), (std::vector<RecordId>{0, 1}));
    }

    void editsInTheOverlayAreCompared()
    {
        const auto before = makeTable(QStringLiteral("t"), L({"reference", "name"}), R({{"1", "a"}}));
        auto after = std::make_shared<Table>(*before);
        after->editOverlay().set(0, 1, "edited");
        const TableDiff d = diff(before, after);
        QCOMPARE(changes(d), QStringList{QStringLiteral("1:name=a>edited")});
    }
};

QTEST_APPLESS_MAIN(TstTableDiff)
#include "tst_table_diff.moc"
