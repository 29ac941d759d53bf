// The findings panel's model: groups by rule, column and severity with counts, errors first everywhere, the
// severity switches and the text filter, sorting by a column, the key column, rows behind a finding, and
// QAbstractItemModelTester over every arrangement.
#include "findings/finding_sink.h"
#include "findings/finding_store.h"
#include "itemmodels/findings_tree_model.h"
#include "table/column.h"
#include "table/table.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace plumbline;
using namespace Qt::StringLiterals;
using Tree = FindingsTreeModel;

namespace {

std::shared_ptr<Table> table()
{
    std::vector<Column> columns;
    const std::vector<std::pair<QString, std::vector<std::string>>> specs = {
        {u"reference"_s, {"R1", "R2", "R3", "R4"}},
        {u"name"_s, {"Matthew Williams ", "Ann", "Bob", "Cy"}},
        {u"status"_s, {"Live ", "", "x", "y"}},
    };
    for (const auto& [name, cells] : specs) {
        std::vector<ColumnBuilder> chunk(1);
        for (const auto& cell : cells)
            chunk.front().append(cell);
        columns.push_back(ColumnBuilder::finish(name, std::move(chunk)));
    }
    return std::make_shared<Table>(u"t"_s, std::move(columns));
}

/// Rules: W1 (warning, whitespace on name), E1 (error, status), N1 (notice, status), I1 (info, status).
std::shared_ptr<FindingStore> store()
{
    auto t = table();
    auto s = std::make_shared<FindingStore>();
    const auto rule = [&](const char* id, Severity severity, const char* title) {
        RuleInfo r;
        r.id = QLatin1String(id);
        r.title = QLatin1String(title);
        r.severity = severity;
        r.messageTemplate = u"'{value}' is wrong"_s;
        return s->addRule(r);
    };
    const auto w = rule("W1", Severity::Warning, "No stray spaces");
    const auto e = rule("E1", Severity::Error, "Status is known");
    const auto n = rule("N1", Severity::Notice, "Status is tidy");
    const auto i = rule("I1", Severity::Info, "Status is filled");
    TableInfo info;
    info.name = t->name();
    info.columns = QStringList{u"reference"_s, u"name"_s, u"status"_s};
    info.keyColumn = 0;
    info.table = t;
    const auto ti = s->addTable(info);
    FindingSink sink(*t, ti);
    sink.setRule(w, Severity::Warning);
    sink.add(0, 1, "Matthew Williams ", FindingExtra().suggest("Matthew Williams"));
    sink.setRule(e, Severity::Error);
    sink.add(0, 2, "Live ");
    sink.add(2, 2, "x");
    sink.add(3, 2, "y");
    sink.setRule(n, Severity::Notice);
    sink.add(0, 2, "Live ");
    sink.setRule(i, Severity::Info);
    sink.add(1, 2, "");
    s->append(std::move(sink));
    s->sort();
    return s;
}

bool arranged(Tree& model)
{
    if (!model.isBuilding())
        return true;
    QSignalSpy spy(&model, &Tree::arranged);
    return spy.wait(5000);
}

QStringList groupLabels(const Tree& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

QStringList severities(const Tree& model)
{
    QStringList out;
    for (std::uint32_t i : model.order())
        out << severityName(model.findings()->record(i).severity);
    return out;
}

} // namespace

class TestFindingsTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsWithCountsWorstFirst_data();
    void groupsWithCountsWorstFirst();
    void severitySwitchesAndText();
    void sortsByAColumnWithinSeverities();
    void findingRowsShowKeyAndVisibleSpaces();
    void aFindingForManyRowsListsThem();
    void theSnapshotOutlivesTheLiveStore();
    void aHundredThousandFindingsArrangeQuickly();
};

void TestFindingsTreeModel::groupsWithCountsWorstFirst_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QStringList>("groups");
    QTest::newRow("by rule") << int(Tree::Grouping::Rule)
                             << QStringList{u"E1 \u2014 Status is known (3)"_s, u"W1 \u2014 No stray spaces (1)"_s,
                                            u"N1 \u2014 Status is tidy (1)"_s, u"I1 \u2014 Status is filled (1)"_s};
    QTest::newRow("by column") << int(Tree::Grouping::Column)
                               << QStringList{u"status (5)"_s, u"name (1)"_s}; // status holds the errors
    QTest::newRow("by severity") << int(Tree::Grouping::Severity)
                                 << QStringList{u"Errors (3)"_s, u"Warnings (1)"_s, u"Notices (1)"_s, u"Info (1)"_s};
}

void TestFindingsTreeModel::groupsWithCountsWorstFirst()
{
    QFETCH(int, grouping);
    QFETCH(QStringList, groups);
    Tree model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGrouping(Tree::Grouping(grouping));
    model.setFindings(store());
    QVERIFY(arranged(model));
    QCOMPARE(groupLabels(model), groups);
    QCOMPARE(model.index(0, 0).data(int(Tree::Role::IsGroup)).toBool(), true);
    QCOMPARE(model.rowCount(model.index(0, 0)), int(model.index(0, 0).data(int(Tree::Role::GroupCount)).toULongLong()));
    // Errors first wherever findings are listed.
    QCOMPARE(severities(model).first(), u"error"_s);
    QCOMPARE(model.shownCount(), std::size_t(6));
}

void TestFindingsTreeModel::severitySwitchesAndText()
{
    Tree model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGrouping(Tree::Grouping::None);
    model.setFindings(store());
    QVERIFY(arranged(model));
    QCOMPARE(severities(model),
             (QStringList{u"error"_s, u"error"_s, u"error"_s, u"warning"_s, u"notice"_s, u"info"_s}));
    model.setSeverityMask(0xf & ~(1u << unsigned(Severity::Error)));
    QVERIFY(arranged(model));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.shownCount(), std::size_t(3));
    QCOMPARE(model.totalCount(), std::size_t(6));
    model.setSeverityMask(0xf);
    model.setFilterText(u"live"_s); // the value, any case
    QVERIFY(arranged(model));
    QCOMPARE(model.rowCount(), 2);
    model.setFilterText(u"R3"_s); // the key
    QVERIFY(arranged(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, Tree::KeyColumn).data().toString(), u"R3"_s);
    model.setFilterText(u"stray"_s); // nothing: titles are not searched, messages are
    QVERIFY(arranged(model));
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsTreeModel::sortsByAColumnWithinSeverities()
{
    Tree model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGrouping(Tree::Grouping::None);
    model.setFindings(store());
    model.sort(Tree::ValueColumn, Qt::DescendingOrder);
    QVERIFY(arranged(model));
    QStringList values;
    for (int row = 0; row < 3; ++row)
        values << model.index(row, Tree::ValueColumn).data().toString();
    QCOMPARE(values, (QStringList{u"y"_s, u"x"_s, u"Live\u00b7"_s})); // errors still first
    model.sort(Tree::SeverityColumn, Qt::DescendingOrder);            // the severity column's own order flips
    QVERIFY(arranged(model));
    QCOMPARE(severities(model).first(), u"info"_s);
}

void TestFindingsTreeModel::findingRowsShowKeyAndVisibleSpaces()
{
    Tree model;
    model.setGrouping(Tree::Grouping::Rule);
    model.setFindings(store());
    QVERIFY(arranged(model));
    const QModelIndex warnings = model.index(1, 0);
    const QModelIndex finding = model.index(0, Tree::ValueColumn, warnings);
    // The trailing space is visible in the value and the suggestion differs from it at a glance.
    QCOMPARE(finding.data().toString(), u"Matthew Williams\u00b7"_s);
    QCOMPARE(finding.siblingAtColumn(Tree::SuggestionColumn).data().toString(), u"Matthew Williams"_s);
    QCOMPARE(finding.siblingAtColumn(Tree::KeyColumn).data().toString(), u"R1"_s);
    QCOMPARE(finding.siblingAtColumn(Tree::RowColumn).data().toLongLong(), 1LL);
    const std::int64_t i = model.storeIndex(finding);
    QVERIFY(i >= 0);
    QCOMPARE(model.indexOfFinding(std::size_t(i)), finding.siblingAtColumn(0));
    QCOMPARE(model.recordsOf(warnings), std::vector<RecordId>{0});
    QCOMPARE(model.recordsOf(model.index(0, 0)), (std::vector<RecordId>{0, 2, 3}));
    QCOMPARE(model.tableOf(warnings), u"t"_s);
}

void TestFindingsTreeModel::aFindingForManyRowsListsThem()
{
    // A summary finding (here: the info on row 2 standing for rows 1, 2 and 3) has its rows under it.
    Tree model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Tree::RowsBehind behind;
    behind.count = [](const FindingStore& s, std::size_t i) -> std::size_t {
        return s.rules()[s.record(i).rule].id == QLatin1String("I1") ? 3 : 1;
    };
    behind.records = [](const FindingStore& s, std::size_t i) -> std::vector<RecordId> {
        if (s.rules()[s.record(i).rule].id == QLatin1String("I1"))
            return {1, 2, 3};
        return {s.record(i).record};
    };
    model.setRowsBehind(behind);
    model.setGrouping(Tree::Grouping::Severity);
    model.setFindings(store());
    QVERIFY(arranged(model));
    const QModelIndex info = model.index(3, 0);
    QCOMPARE(info.data().toString(), u"Info (1)"_s);
    const QModelIndex summary = model.index(0, 0, info);
    QCOMPARE(model.rowCount(summary), 3);
    QVERIFY(model.hasChildren(summary));
    QVERIFY(!model.hasChildren(model.index(0, 0, model.index(0, 0)))); // one row: nothing under it
    const QModelIndex third = model.index(2, Tree::KeyColumn, summary);
    QCOMPARE(third.data().toString(), u"R4"_s);
    QCOMPARE(third.siblingAtColumn(Tree::RowColumn).data().toLongLong(), 4LL);
    QCOMPARE(model.parent(third), summary.siblingAtColumn(0));
    QCOMPARE(model.recordsOf(summary), (std::vector<RecordId>{1, 2, 3}));
    QCOMPARE(model.recordsOf(third), std::vector<RecordId>{3});
}

void TestFindingsTreeModel::theSnapshotOutlivesTheLiveStore()
{
    auto live = store();
    Tree model;
    model.setGrouping(Tree::Grouping::None);
    model.setFindings(live);
    QVERIFY(arranged(model));
    const QString message = model.index(0, Tree::MessageColumn).data().toString();
    live->removeIf([](const FindingRecord&) { return true; }); // the document changes its store in place
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, Tree::MessageColumn).data().toString(), message);
}

void TestFindingsTreeModel::aHundredThousandFindingsArrangeQuickly()
{
    std::vector<Column> columns;
    std::vector<ColumnBuilder> chunk(1);
    for (int r = 0; r < 100'000; ++r)
        chunk.front().append("v");
    columns.push_back(ColumnBuilder::finish(u"c"_s, std::move(chunk)));
    auto t = std::make_shared<Table>(u"t"_s, std::move(columns));
    auto s = std::make_shared<FindingStore>();
    TableInfo info;
    info.name = u"t"_s;
    info.columns = QStringList{u"c"_s};
    info.table = t;
    FindingSink sink(*t, s->addTable(info));
    for (int k = 0; k < 50; ++k) {
        RuleInfo r;
        r.id = u"R%1"_s.arg(k);
        r.severity = Severity(k % 4);
        r.messageTemplate = u"{value}"_s;
        sink.setRule(s->addRule(r), r.severity);
        for (int row = k; row < 100'000; row += 50)
            sink.add(std::size_t(row), 0, "v");
    }
    s->append(std::move(sink));
    s->sort();
    Tree model;
    QElapsedTimer clock;
    clock.start();
    model.setFindings(s);
    QVERIFY(arranged(model));
    qInfo("100,000 findings grouped by rule in %lld ms (off the GUI thread)", clock.elapsed());
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.shownCount(), std::size_t(100'000));
    QCOMPARE(model.index(0, 0).data(int(Tree::Role::Severity)).toInt(), int(Severity::Error));
}

QTEST_GUILESS_MAIN(TestFindingsTreeModel)
#include "tst_findingstreemodel.moc"
