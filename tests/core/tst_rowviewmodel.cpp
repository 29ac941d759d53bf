// The grid's row filter and sort as a proxy: QAbstractItemModelTester throughout, the mapping built in the
// background and swapped in, edits through the proxy, rows inserted and removed while filtered, a new table
// dropping the query.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "table/table.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <QUndoStack>

using namespace plumbline;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<Dataset> readBytes(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("rows.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

const QByteArray kCsv = "ref,n\nr1,30\nr2,10\nr3,20\nr4,10\nr5,\n";

QStringList refs(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

/// Applies query and waits for its mapping.
bool apply(RowViewModel& rows, const RowQuery& query)
{
    QSignalSpy changed(&rows, &RowViewModel::mappingChanged);
    rows.setQuery(query);
    if (query.isIdentity())
        return true;
    return changed.wait(5000);
}

} // namespace

class TestRowViewModel : public QObject
{
    Q_OBJECT

private slots:
    void identityPassesThrough();
    void sortAndFilterSwapInOneReset();
    void editsGoThroughTheProxy();
    void insertedRowsStayWhereTheyWereInserted();
    void removedRowsLeave();
    void anotherTableDropsTheQuery();
    void aBadSearchKeepsTheRowsAndSaysWhy();
};

void TestRowViewModel::identityPassesThrough()
{
    Document document(readBytes(kCsv));
    TableModel table;
    table.setDocument(&document, 0);
    RowViewModel rows;
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rows.setSourceModel(&table);
    QCOMPARE(refs(rows), (QStringList{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r5"_s}));
    QCOMPARE(rows.recordAt(2), RecordId(2));
    QCOMPARE(rows.rowOfRecord(4), 4);
    // Row headers keep the table's own numbers.
    QCOMPARE(rows.headerData(1, Qt::Vertical).toString(), u"2"_s);
}

void TestRowViewModel::sortAndFilterSwapInOneReset()
{
    Document document(readBytes(kCsv));
    TableModel table;
    table.setDocument(&document, 0);
    RowViewModel rows;
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rows.setSourceModel(&table);
    QSignalSpy resets(&rows, &QAbstractItemModel::modelReset);

    RowQuery sorted;
    sorted.sortColumn = 1;
    QVERIFY(apply(rows, sorted));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(refs(rows), (QStringList{u"r2"_s, u"r4"_s, u"r3"_s, u"r1"_s, u"r5"_s})); // 10 10 20 30, blank last
    QCOMPARE(rows.headerData(0, Qt::Vertical).toString(), u"2"_s);                    // r2 is row 2 of the table
    QCOMPARE(rows.rowOfRecord(0), 3);
    QCOMPARE(rows.mapToSource(rows.index(0, 1)), table.index(1, 1));
    QCOMPARE(rows.mapFromSource(table.index(0, 0)), rows.index(3, 0));

    RowQuery filtered = sorted;
    filtered.text = u"10"_s;
    filtered.textColumn = 1;
    QVERIFY(apply(rows, filtered));
    QCOMPARE(refs(rows), (QStringList{u"r2"_s, u"r4"_s}));
    QCOMPARE(rows.totalRows(), std::size_t(5));
    QVERIFY(!rows.mapFromSource(table.index(0, 0)).isValid()); // r1 is filtered out

    // Header clicks sort through QAbstractItemModel::sort; -1 is the table's order.
    QSignalSpy changed(&rows, &RowViewModel::mappingChanged);
    rows.sort(0, Qt::DescendingOrder);
    QVERIFY(changed.wait(5000));
    QCOMPARE(refs(rows), (QStringList{u"r4"_s, u"r2"_s}));
    QVERIFY(apply(rows, RowQuery()));
    QCOMPARE(refs(rows).size(), 5);
}

void TestRowViewModel::editsGoThroughTheProxy()
{
    Document document(readBytes(kCsv));
    TableModel table;
    table.setDocument(&document, 0);
    RowViewModel rows;
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rows.setSourceModel(&table);
    RowQuery sorted;
    sorted.sortColumn = 1;
    sorted.descending = true;
    QVERIFY(apply(rows, sorted)); // r1 r3 r2 r4 r5
    QSignalSpy dataChanged(&rows, &QAbstractItemModel::dataChanged);
    QVERIFY(rows.setData(rows.index(1, 0), u"third"_s)); // the view's row 1 is r3, the table's row 2
    QCOMPARE(document.table(0).cellText(2, 0), u"third"_s);
    QCOMPARE(rows.index(1, 0).data().toString(), u"third"_s);
    QVERIFY(!dataChanged.isEmpty());
    QCOMPARE(dataChanged.last().at(0).value<QModelIndex>().row(), 1);
    // The mapping is not rebuilt by an edit: the row stays under the cursor.
    QCOMPARE(refs(rows).at(0), u"r1"_s);
}

void TestRowViewModel::insertedRowsStayWhereTheyWereInserted()
{
    Document document(readBytes(kCsv));
    TableModel table;
    table.setDocument(&document, 0);
    RowViewModel rows;
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rows.setSourceModel(&table);
    RowQuery sorted;
    sorted.sortColumn = 1;
    QVERIFY(apply(rows, sorted)); // r2 r4 r3 r1 r5
    rows.setInsertHint(1);
    document.insertRows(0, 1, 2); // in the table after r1; in the view at row 1
    QCOMPARE(rows.rowCount(), 7);
    QCOMPARE(refs(rows), (QStringList{u"r2"_s, u""_s, u""_s, u"r4"_s, u"r3"_s, u"r1"_s, u"r5"_s}));
    // Without a hint, after their neighbour in the table (r1).
    document.insertRows(0, document.table(0).rowCount(), 1); // after r5
    QCOMPARE(refs(rows).last(), u""_s);
    QCOMPARE(rows.rowCount(), 8);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(refs(rows), (QStringList{u"r2"_s, u"r4"_s, u"r3"_s, u"r1"_s, u"r5"_s}));
}

void TestRowViewModel::removedRowsLeave()
{
    Document document(readBytes(kCsv));
    TableModel table;
    table.setDocument(&document, 0);
    RowViewModel rows;
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rows.setSourceModel(&table);
    RowQuery sorted;
    sorted.sortColumn = 1;
    QVERIFY(apply(rows, sorted));      // r2 r4 r3 r1 r5
    document.removeRecords(0, {1, 3}); // r2 and r4: two table ranges, one reset
    QCOMPARE(refs(rows), (QStringList{u"r3"_s, u"r1"_s, u"r5"_s}));
    // Undo brings them back; the mapping is rebuilt in the background and finds them again.
    QSignalSpy changed(&rows, &RowViewModel::mappingChanged);
    document.undoStack()->undo();
    QVERIFY(changed.wait(5000));
    QCOMPARE(refs(rows), (QStringList{u"r2"_s, u"r4"_s, u"r3"_s, u"r1"_s, u"r5"_s}));
}

void TestRowViewModel::anotherTableDropsTheQuery()
{
    Document first(readBytes(kCsv));
    Document second(readBytes("ref,n\nx,1\ny,2\n"));
    TableModel table;
    table.setDocument(&first, 0);
    RowViewModel rows;
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rows.setSourceModel(&table);
    RowQuery filtered;
    filtered.text = u"r1"_s;
    QVERIFY(apply(rows, filtered));
    QCOMPARE(rows.rowCount(), 1);
    QSignalSpy reset(&rows, &RowViewModel::queryReset);
    table.setDocument(&second, 0);
    QCOMPARE(reset.count(), 1);
    QVERIFY(rows.query().isIdentity());
    QCOMPARE(refs(rows), (QStringList{u"x"_s, u"y"_s}));
}

void TestRowViewModel::aBadSearchKeepsTheRowsAndSaysWhy()
{
    Document document(readBytes(kCsv));
    TableModel table;
    table.setDocument(&document, 0);
    RowViewModel rows;
    rows.setSourceModel(&table);
    QSignalSpy failed(&rows, &RowViewModel::queryFailed);
    RowQuery bad;
    bad.text = u"(["_s;
    bad.regex = true;
    rows.setQuery(bad);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"regular expression"_s));
    QCOMPARE(rows.rowCount(), 5);
}

QTEST_GUILESS_MAIN(TestRowViewModel)
#include "tst_rowviewmodel.moc"
