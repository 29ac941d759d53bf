#include "table/table.h"

#include <QtTest>

using namespace plumbline;

namespace {

Table makeTable(int rows)
{
    std::vector<Column> columns;
    for (int c = 0; c < 2; ++c) {
        std::vector<ColumnBuilder> chunk(1);
        for (int r = 0; r < rows; ++r)
            chunk[0].append(QStringLiteral("r%1c%2").arg(r).arg(c).toStdString());
        columns.push_back(ColumnBuilder::finish(QStringLiteral("col%1").arg(c), std::move(chunk)));
    }
    return Table(QStringLiteral("t"), std::move(columns));
}

QString cell(const Table& t, std::size_t row, int column)
{
    return t.cellText(row, column);
}

} // namespace

class TestTable : public QObject
{
    Q_OBJECT

private slots:
    void overlayShadowsBase();
    void recordIdsSurviveInsertAndDelete();
    void columnLookupByName();
};

void TestTable::overlayShadowsBase()
{
    Table t = makeTable(3);
    QCOMPARE(cell(t, 1, 0), QStringLiteral("r1c0"));
    t.editOverlay().set(1, 0, "edited");
    QCOMPARE(cell(t, 1, 0), QStringLiteral("edited"));
    QCOMPARE(QString::fromStdString(std::string(t.baseCell(1, 0))), QStringLiteral("r1c0"));
    QVERIFY(t.overlay().isTouched(1));
    QVERIFY(!t.overlay().isTouched(0));
    t.editOverlay().set(1, 0, "again");
    QCOMPARE(t.overlay().editedCellCount(), std::size_t(1));
    t.editOverlay().clear(1, 0);
    QCOMPARE(cell(t, 1, 0), QStringLiteral("r1c0"));
    QVERIFY(!t.overlay().isTouched(1));
}

void TestTable::recordIdsSurviveInsertAndDelete()
{
    Table t = makeTable(4);
    const RecordId inserted = t.insertRow(1);
    QCOMPARE(inserted, RecordId(4));
    QCOMPARE(t.rowCount(), std::size_t(5));
    QCOMPARE(t.recordId(1), inserted);
    QCOMPARE(cell(t, 1, 0), QString());
    QCOMPARE(cell(t, 2, 0), QStringLiteral("r1c0"));
    t.editOverlay().set(inserted, 1, "new");
    QCOMPARE(cell(t, 1, 1), QStringLiteral("new"));

    const RecordId removed = t.removeRow(0);
    QCOMPARE(removed, RecordId(0));
    QCOMPARE(t.rowOf(0), std::int64_t(-1));
    QCOMPARE(t.rowOf(3), std::int64_t(3));
    QCOMPARE(t.insertRow(0), RecordId(5)); // ids are never reused
    t.removeRow(0);
    t.restoreRow(0, removed);
    QCOMPARE(t.recordId(0), RecordId(0));
    QCOMPARE(cell(t, 0, 0), QStringLiteral("r0c0"));
}

void TestTable::columnLookupByName()
{
    const Table t = makeTable(1);
    QCOMPARE(t.columnIndex(QStringLiteral("col1")), 1);
    QCOMPARE(t.columnIndex(QStringLiteral("missing")), -1);
    QCOMPARE(t.columnName(0), QStringLiteral("col0"));
}

QTEST_APPLESS_MAIN(TestTable)
#include "tst_table.moc"
