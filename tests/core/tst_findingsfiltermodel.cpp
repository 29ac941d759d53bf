// Specification of the findings list's filter: severities shown or hidden, worst first with the store's order
// kept within a severity, index mapping both ways, QAbstractItemModelTester, and speed at a million findings.
#include "findings/finding_sink.h"
#include "findings/finding_store.h"
#include "itemmodels/findings_filter_model.h"
#include "itemmodels/findings_model.h"
#include "table/column.h"
#include "table/table.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace plumbline;

namespace {

std::shared_ptr<Table> oneColumn(std::size_t rows)
{
    std::vector<ColumnBuilder> chunk(1);
    for (std::size_t i = 0; i < rows; ++i)
        chunk.front().append("v");
    std::vector<Column> columns;
    columns.push_back(ColumnBuilder::finish(QStringLiteral("value"), std::move(chunk)));
    return std::make_shared<Table>(QStringLiteral("t"), std::move(columns));
}

/// A store with one finding per row; row i gets severities[i % severities.size()].
std::shared_ptr<const FindingStore> storeOf(const std::vector<Severity>& severities, std::size_t rows)
{
    auto table = oneColumn(rows);
    auto store = std::make_shared<FindingStore>();
    std::vector<std::uint32_t> rules;
    for (int s = 0; s < kSeverityCount; ++s) {
        RuleInfo rule;
        rule.id = QStringLiteral("R%1").arg(s);
        rule.severity = Severity(s);
        rule.messageTemplate = QStringLiteral("{value}");
        rules.push_back(store->addRule(rule));
    }
    TableInfo info;
    info.name = table->name();
    info.columns = QStringList{QStringLiteral("value")};
    info.table = table;
    const std::uint16_t t = store->addTable(info);
    FindingSink sink(*table, t);
    for (std::size_t row = 0; row < rows; ++row) {
        const Severity severity = severities[row % severities.size()];
        sink.setRule(rules[std::size_t(severity)], severity);
        sink.add(row, 0, "v");
    }
    store->append(std::move(sink));
    return store;
}

QList<int> sourceRows(const FindingsFilterModel& filter)
{
    QList<int> rows;
    for (int row = 0; row < filter.rowCount(); ++row)
        rows << filter.mapToSource(filter.index(row, 0)).row();
    return rows;
}

} // namespace

class TestFindingsFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void worstFirstKeepsTheStoreOrderWithinASeverity();
    void sourceOrderWhenAsked();
    void hidesUncheckedSeverities();
    void mapsBothWays();
    void followsTheSourceReset();
    void aMillionFindingsFilterInMilliseconds();
};

void TestFindingsFilterModel::passesModelTester()
{
    FindingsModel findings;
    FindingsFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&findings);
    findings.setFindings(storeOf({Severity::Info, Severity::Error, Severity::Warning}, 9));
    filter.setSeverityMask(FindingsFilterModel::bit(Severity::Error));
    filter.setSeverityFirst(false);
    filter.setSeverityMask(FindingsFilterModel::kAllSeverities);
    findings.setFindings(nullptr);
    QCOMPARE(filter.rowCount(), 0);
}

void TestFindingsFilterModel::worstFirstKeepsTheStoreOrderWithinASeverity()
{
    FindingsModel findings;
    FindingsFilterModel filter;
    filter.setSourceModel(&findings);
    // Source rows 0..7: info, error, notice, warning, info, error, notice, warning.
    findings.setFindings(storeOf({Severity::Info, Severity::Error, Severity::Notice, Severity::Warning}, 8));
    QVERIFY(filter.severityFirst());
    QCOMPARE(sourceRows(filter), (QList<int>{1, 5, 3, 7, 2, 6, 0, 4}));
    QCOMPARE(filter.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("error"));
    QCOMPARE(filter.index(7, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("info"));
    QCOMPARE(filter.index(2, 0).data(int(FindingsModel::Role::RowNumber)).toLongLong(), 4LL);
}

void TestFindingsFilterModel::sourceOrderWhenAsked()
{
    FindingsModel findings;
    FindingsFilterModel filter;
    filter.setSourceModel(&findings);
    findings.setFindings(storeOf({Severity::Info, Severity::Error}, 4));
    filter.setSeverityFirst(false);
    QCOMPARE(sourceRows(filter), (QList<int>{0, 1, 2, 3}));
    filter.setSeverityMask(FindingsFilterModel::bit(Severity::Info));
    QCOMPARE(sourceRows(filter), (QList<int>{0, 2}));
}

void TestFindingsFilterModel::hidesUncheckedSeverities()
{
    FindingsModel findings;
    FindingsFilterModel filter;
    filter.setSourceModel(&findings);
    findings.setFindings(storeOf({Severity::Info, Severity::Error, Severity::Notice, Severity::Warning}, 8));
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    filter.setSeverityMask(FindingsFilterModel::bit(Severity::Warning) | FindingsFilterModel::bit(Severity::Info));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(sourceRows(filter), (QList<int>{3, 7, 0, 4}));
    filter.setSeverityMask(0);
    QCOMPARE(filter.rowCount(), 0);
    filter.setSeverityMask(FindingsFilterModel::kAllSeverities);
    QCOMPARE(filter.rowCount(), 8);
    reset.clear();
    filter.setSeverityMask(FindingsFilterModel::kAllSeverities); // no change, no reset
    QCOMPARE(reset.count(), 0);
}

void TestFindingsFilterModel::mapsBothWays()
{
    FindingsModel findings;
    FindingsFilterModel filter;
    filter.setSourceModel(&findings);
    findings.setFindings(storeOf({Severity::Info, Severity::Error, Severity::Notice, Severity::Warning}, 8));
    filter.setSeverityMask(FindingsFilterModel::kAllSeverities & ~FindingsFilterModel::bit(Severity::Notice));
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex proxy = filter.index(row, FindingsModel::ColumnColumn);
        QCOMPARE(filter.mapFromSource(filter.mapToSource(proxy)), proxy);
    }
    QVERIFY(!filter.mapFromSource(findings.index(2, 0)).isValid()); // a hidden notice
    QCOMPARE(filter.mapFromSource(findings.index(5, 1)), filter.index(1, 1));
}

void TestFindingsFilterModel::followsTheSourceReset()
{
    FindingsModel findings;
    FindingsFilterModel filter;
    filter.setSourceModel(&findings);
    filter.setSeverityMask(FindingsFilterModel::bit(Severity::Error));
    findings.setFindings(storeOf({Severity::Error, Severity::Info}, 10));
    QCOMPARE(filter.rowCount(), 5);
    findings.setFindings(storeOf({Severity::Error}, 3));
    QCOMPARE(filter.rowCount(), 3);
}

void TestFindingsFilterModel::aMillionFindingsFilterInMilliseconds()
{
    FindingsModel findings;
    FindingsFilterModel filter;
    filter.setSourceModel(&findings);
    const auto store =
        storeOf({Severity::Info, Severity::Notice, Severity::Notice, Severity::Warning, Severity::Error}, 1'000'000);
    QElapsedTimer clock;
    clock.start();
    findings.setFindings(store); // worst-first ordering of a million rows
    filter.setSeverityMask(FindingsFilterModel::bit(Severity::Error) | FindingsFilterModel::bit(Severity::Warning));
    filter.setSeverityMask(FindingsFilterModel::kAllSeverities);
    const qint64 ms = clock.elapsed();
    QCOMPARE(filter.rowCount(), 1'000'000);
    QCOMPARE(filter.index(0, 0).data(int(FindingsModel::Role::Severity)).toInt(), int(Severity::Error));
    QCOMPARE(filter.index(999'999, 0).data(int(FindingsModel::Role::Severity)).toInt(), int(Severity::Info));
    qInfo("reset + two filter changes over 1,000,000 findings: %lld ms", ms);
    // A QSortFilterProxyModel needs seconds for this; the row map needs a few milliseconds per pass.
    QVERIFY2(ms < 500, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestFindingsFilterModel)
#include "tst_findingsfiltermodel.moc"
