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
    void dictionaryColumnsWithDifferentDictionariesAreCompared()
    {
        // 300 records: "status" repeats few values in both versions (dictionary form), but not the same ones
        // ("withdrawn" only in the old, "appealed" only in the new), "ward" is a dictionary in the old version and
        // plain in the new one, "note" is plain in both.
        constexpr int kRecords = 300; // enough for codes to pay (table_diff.cpp)
        QList<QStringList> oldRows, newRows;
        const char* statuses[] = {"granted", "refused", "withdrawn"};
        const char* newStatuses[] = {"refused", "granted", "appealed"};
        for (int i = 0; i < kRecords; ++i) {
            const QString ref = QString::number(i);
            oldRows << QStringList{ref, QString::fromLatin1(statuses[i % 3]), QStringLiteral("w%1").arg(i % 2),
                                   QStringLiteral("n%1").arg(i)};
            QString status = QString::fromLatin1(statuses[i % 3]);
            if (i == 5)
                status = QStringLiteral("appealed"); // withdrawn → appealed (a value the old version never had)
            if (i == 7)
                status = QStringLiteral("refused"); // refused → refused: unchanged, though its code differs
            if (i == 9)
                status = QStringLiteral("granted"); // granted → granted
            if (i == 10)
                status = QString::fromLatin1(newStatuses[0]); // refused → refused
            if (i == 12)
                status = QStringLiteral("refused"); // granted → refused
            if (i == 13)
                status = QStringLiteral("granted"); // refused → granted
            if (i == 14)
                status = QStringLiteral("refused"); // withdrawn → refused
            if (i == 15)
                status = QStringLiteral("withdrawn"); // granted → withdrawn
            if (i == 16)
                status = QStringLiteral("withdrawn"); // refused → withdrawn
            newRows << QStringList{ref, status,
                                   i == 20 ? QStringLiteral("w9") : QStringLiteral("w%1_%2").arg(i % 2).arg(i),
                                   i == 30 ? QStringLiteral("changed") : QStringLiteral("n%1").arg(i)};
        }
        // The new version lists the records in another order, so its dictionary numbers the values differently.
        std::reverse(newRows.begin(), newRows.end());
        const QStringList header = L({"reference", "status", "ward", "note"});
        const auto before = makeTable(QStringLiteral("t"), header, oldRows);
        const auto after = makeTable(QStringLiteral("t"), header, newRows);
        QVERIFY(before->column(1).isDictionary());
        QVERIFY(after->column(1).isDictionary());
        QVERIFY(before->column(2).isDictionary());
        QVERIFY(!after->column(2).isDictionary());
        QVERIFY(!before->column(3).isDictionary());
        const TableDiff d = diff(before, after);
        QStringList expected;
        for (int i = kRecords - 1; i >= 0; --i) {
            QStringList cells;
            if (i == 5)
                cells << QStringLiteral("status=withdrawn>appealed");
            if (i == 12)
                cells << QStringLiteral("status=granted>refused");
            if (i == 13)
                cells << QStringLiteral("status=refused>granted");
            if (i == 14)
                cells << QStringLiteral("status=withdrawn>refused");
            if (i == 15)
                cells << QStringLiteral("status=granted>withdrawn");
            if (i == 16)
                cells << QStringLiteral("status=refused>withdrawn");
            cells << QStringLiteral("ward=w%1>%2")
                         .arg(i % 2)
                         .arg(i == 20 ? QStringLiteral("w9") : QStringLiteral("w%1_%2").arg(i % 2).arg(i));
            if (i == 30)
                cells << QStringLiteral("note=n30>changed");
            expected << QString::number(i) + QLatin1Char(':') + cells.join(QLatin1Char(','));
        }
        QCOMPARE(changes(d), expected);
        QCOMPARE(d.unchanged, std::size_t(0));

        // Marking a pair that does not differ costs time, not correctness (its cells are compared again); a pair
        // that differs must never go unmarked, which the changes between every two statuses probe.

        // The same comparison through the cells as the user sees them (an edit that keeps a value forces it).
        auto editedBefore = std::make_shared<Table>(*before);
        editedBefore->editOverlay().set(0, 1, std::string(before->cell(0, 1)));
        QCOMPARE(changes(diff(editedBefore, after)), expected);

        // Only status and note: the same records as unchanged whatever the codes say.
        QList<QStringList> sameRows;
        for (const auto& row : newRows)
            sameRows << QStringList{row[0], row[1], row[3]};
        QList<QStringList> oldSame;
        for (const auto& row : oldRows)
            oldSame << QStringList{row[0], row[1], row[3]};
        const TableDiff s = diff(makeTable(QStringLiteral("t"), L({"reference", "status", "note"}), oldSame),
                                 makeTable(QStringLiteral("t"), L({"reference", "status", "note"}), sameRows));
        QCOMPARE(
            changes(s),
            (QStringList{QStringLiteral("30:note=n30>changed"), QStringLiteral("16:status=refused>withdrawn"),
                         QStringLiteral("15:status=granted>withdrawn"), QStringLiteral("14:status=withdrawn>refused"),
                         QStringLiteral("13:status=refused>granted"), QStringLiteral("12:status=granted>refused"),
                         QStringLiteral("5:status=withdrawn>appealed")}));
        QCOMPARE(s.unchanged, std::size_t(kRecords - 7));
    }
};

QTEST_APPLESS_MAIN(TstTableDiff)
#include "tst_table_diff.moc"
