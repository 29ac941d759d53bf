// Specification of the key index used to follow references: value → record in O(1), first record of a
// repeated key, empty keys skipped, row order after deletions, and cancellation.
#include "table/column.h"
#include "table/row_key_index.h"
#include "table/table.h"

#include <QTest>

#include <string>
#include <vector>

using namespace plumbline;

namespace {

std::shared_ptr<Table> keyTable(const std::vector<std::string>& keys)
{
    std::vector<ColumnBuilder> ids(1);
    std::vector<ColumnBuilder> names(1);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        ids.front().append(keys[i]);
        names.front().append(QByteArray("name ").append(QByteArray::number(qulonglong(i))).toStdString());
    }
    std::vector<Column> columns;
    columns.push_back(ColumnBuilder::finish(QStringLiteral("id"), std::move(ids)));
    columns.push_back(ColumnBuilder::finish(QStringLiteral("name"), std::move(names)));
    return std::make_shared<Table>(QStringLiteral("persons"), std::move(columns));
}

class CancelAtOnce final : public Progress
{
public:
    void report(qint64, qint64) override {}
    bool canceled() const override { return true; }
};

} // namespace

class TestRowKeyIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryKey();
    void firstRecordOfARepeatedKeyWins();
    void emptyKeysAreNotIndexed();
    void recordsSurviveRowRemoval();
    void badColumnOrCancelGiveNull();
    void dictionaryColumnsWork();
};

void TestRowKeyIndex::findsEveryKey()
{
    auto table = keyTable({"p1", "p2", "Q42", "caf\xc3\xa9"});
    NullProgress progress;
    const auto index = RowKeyIndex::build(table, 0, progress);
    QVERIFY(index);
    QCOMPARE(index->size(), std::size_t(4));
    QCOMPARE(index->find("p1").value(), RecordId(0));
    QCOMPARE(index->find("Q42").value(), RecordId(2));
    QCOMPARE(index->find("caf\xc3\xa9").value(), RecordId(3));
    QVERIFY(!index->find("P1")); // exact match: keys are case-sensitive ids
    QVERIFY(!index->find("p3"));
    QCOMPARE(index->column(), 0);
    QCOMPARE(index->table().get(), table.get());
}

void TestRowKeyIndex::firstRecordOfARepeatedKeyWins()
{
    NullProgress progress;
    const auto index = RowKeyIndex::build(keyTable({"a", "b", "a", "b", "a"}), 0, progress);
    QCOMPARE(index->size(), std::size_t(2));
    QCOMPARE(index->find("a").value(), RecordId(0));
    QCOMPARE(index->find("b").value(), RecordId(1));
}

void TestRowKeyIndex::emptyKeysAreNotIndexed()
{
    NullProgress progress;
    const auto index = RowKeyIndex::build(keyTable({"", "x", ""}), 0, progress);
    QCOMPARE(index->size(), std::size_t(1));
    QVERIFY(!index->find(""));
}

void TestRowKeyIndex::recordsSurviveRowRemoval()
{
    auto table = keyTable({"a", "b", "c"});
    table->removeRow(0);
    NullProgress progress;
    const auto index = RowKeyIndex::build(table, 0, progress);
    QVERIFY(!index->find("a"));
    const RecordId c = index->find("c").value();
    QCOMPARE(c, RecordId(2));
    QCOMPARE(table->rowOf(c), std::int64_t(1));
}

void TestRowKeyIndex::badColumnOrCancelGiveNull()
{
    auto table = keyTable({"a"});
    NullProgress progress;
    QVERIFY(!RowKeyIndex::build(table, 2, progress));
    QVERIFY(!RowKeyIndex::build(table, -1, progress));
    QVERIFY(!RowKeyIndex::build(nullptr, 0, progress));
    CancelAtOnce cancel;
    QVERIFY(!RowKeyIndex::build(table, 0, cancel));
}

void TestRowKeyIndex::dictionaryColumnsWork()
{
    // 1000 rows of 4 distinct values: finish() stores this column as a dictionary.
    std::vector<std::string> keys;
    for (int i = 0; i < 1000; ++i)
        keys.push_back(QByteArray("k").append(QByteArray::number(i % 4)).toStdString());
    auto table = keyTable(keys);
    QVERIFY(table->column(0).isDictionary());
    NullProgress progress;
    const auto index = RowKeyIndex::build(table, 0, progress);
    QCOMPARE(index->size(), std::size_t(4));
    QCOMPARE(index->find("k3").value(), RecordId(3));
}

QTEST_APPLESS_MAIN(TestRowKeyIndex)
#include "tst_rowkeyindex.moc"
