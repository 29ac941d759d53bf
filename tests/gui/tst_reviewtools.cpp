// The review tools in the main window, driven as a user drives them: the row filter bar (rows with findings,
// search) and the status bar's "N of M rows", sorting with edits going through to the right record, F8 /
// Shift+F8, Show Rows from the findings panel, a profile's top value and a dashboard bar filtering the grid, and
// the Rules panel's switches and severities reaching the validation.
// Runs under QT_QPA_PLATFORM=offscreen on the small GUI fixture (five rows; findings on rows 2 to 5).
#include "charts/chart_card.h"
#include "charts/chart_view.h"
#include "document/document.h"
#include "findings/finding_store.h"
#include "grid/data_grid_view.h"
#include "grid/row_filter_bar.h"
#include "itemmodels/findings_tree_model.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "panels/dashboard/dashboard_dock.h"
#include "panels/findings/findings_dock.h"
#include "panels/profile/profile_dock.h"
#include "panels/rules/rules_dock.h"
#include "project/project_controller.h"
#include "project/project_session.h"
#include "project/run_history.h"
#include "sample/planning_sample_generator.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "validation/finding_navigator.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace plumbline;

namespace {

constexpr int kReference = 0;
constexpr int kDecision = 1;
constexpr int kArea = 2;
constexpr int kNotes = 3;

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/") + QLatin1String(name);
}

bool openAndValidate(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openFile(fixture("validation.csv"));
    if (!loaded.wait(60000) || !loaded.first().first().toBool())
        return false;
    return (validated.count() > 0 || validated.wait(60000)) && validated.first().first().toBool();
}

/// The grid's cell text at (row, column) as shown (filtered and sorted).
QString shown(const MainWindow& window, int row, int column)
{
    return window.grid()->model()->index(row, column).data().toString();
}

} // namespace

class TestReviewTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void rowsWithFindingsAndTheStatusBarCount();
    void searchFindsRowsAndClearingShowsAll();
    void sortingKeepsEditsOnTheirRecord();
    void f8GoesFromFindingToFinding();
    void showRowsFiltersTheGridToAFinding();
    void aSummaryFindingShowsEveryRowBehindIt();
    void findingsGroupByRuleWithCounts();
    void aProfileTopValueFiltersTheGrid();
    void aDashboardBarFiltersTheGrid();
    void aRuleSwitchedOffAndASeverityOverrideReachTheValidation();
    void theWorkAfterAValidationIsDoneByItsWorker();
};

void TestReviewTools::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewTools::init()
{
    QSettings().clear();
    AppSettings().rulePack.setValue(fixture("validation-pack.json"));
    AppSettings().findingsGrouping.setValue(QStringLiteral("none"));
}

void TestReviewTools::rowsWithFindingsAndTheStatusBarCount()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    RowViewModel* rows = window.grid()->rowView();
    QVERIFY(rows);
    window.filterBar()->setShow(RowFilterBar::Show::WithFindings);
    QTRY_COMPARE(rows->rowCount(), 4); // A/1 is clean
    QCOMPARE(shown(window, 0, kReference), QStringLiteral("A/2"));
    QTRY_COMPARE(window.rowsStatusText(), QStringLiteral("4 of 5 rows"));
    window.filterBar()->setShow(RowFilterBar::Show::Errors);
    QTRY_COMPARE(rows->rowCount(), 2); // A/2 (decision missing), bad ref (space)
    QCOMPARE(shown(window, 1, kReference), QStringLiteral("bad ref"));
    window.filterBar()->clearAll();
    QTRY_COMPARE(rows->rowCount(), 5);
}

void TestReviewTools::searchFindsRowsAndClearingShowsAll()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    RowViewModel* rows = window.grid()->rowView();
    window.filterBar()->searchField()->setText(QStringLiteral("REFUSED")); // any case
    window.filterBar()->applySearch();
    QTRY_COMPARE(rows->rowCount(), 2);
    QCOMPARE(shown(window, 0, kDecision), QStringLiteral("refused"));
    QTRY_COMPARE(window.rowsStatusText(), QStringLiteral("2 of 5 rows"));
    // An RE2 expression in one column: references that are a letter, a slash and a digit.
    window.filterBar()->regexButton()->setChecked(true);
    window.filterBar()->searchField()->setText(QStringLiteral("^[A-Z]/[0-9]$"));
    window.filterBar()->applySearch();
    QTRY_COMPARE(rows->rowCount(), 4);
    window.filterBar()->clearAll();
    QTRY_COMPARE(rows->rowCount(), 5);
}

void TestReviewTools::sortingKeepsEditsOnTheirRecord()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    RowViewModel* rows = window.grid()->rowView();
    // Numbers as numbers: 40, 30, 20, 10, -5.
    rows->sort(kArea, Qt::DescendingOrder);
    QTRY_VERIFY(!rows->isBuilding() && shown(window, 0, kArea) == QLatin1String("40"));
    QCOMPARE(shown(window, 4, kArea), QStringLiteral("-5"));
    QCOMPARE(shown(window, 0, kReference), QStringLiteral("A/5"));
    // An edit in the sorted grid lands on its record (the table's fifth row), and its finding goes.
    QVERIFY(window.grid()->model()->setData(window.grid()->model()->index(0, kNotes), QStringLiteral("ok")));
    QCOMPARE(window.tableModel()->index(4, kNotes).data().toString(), QStringLiteral("ok"));
    QCOMPARE(window.tableModel()->index(4, kReference).data().toString(), QStringLiteral("A/5"));
    QCOMPARE(window.tableModel()->index(0, kArea).data().toString(), QStringLiteral("10")); // untouched
    QTRY_VERIFY(!window.tableModel()->index(4, kNotes).data(int(TableModel::Role::FindingSeverity)).isValid());
    QCOMPARE(shown(window, 0, kReference), QStringLiteral("A/5")); // the record stays where it was
}

void TestReviewTools::f8GoesFromFindingToFinding()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    DataGridView* grid = window.grid();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QAction* next = window.findingNavigator()->nextAction();
    QAction* previous = window.findingNavigator()->previousAction();
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
    QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    next->trigger();
    QCOMPARE(grid->currentIndex(), grid->model()->index(1, kDecision)); // A/2: decision missing
    next->trigger();
    QCOMPARE(grid->currentIndex(), grid->model()->index(2, kReference)); // "bad ref"
    next->trigger();
    QCOMPARE(grid->currentIndex(), grid->model()->index(3, kArea)); // -5
    previous->trigger();
    QCOMPARE(grid->currentIndex(), grid->model()->index(2, kReference));
    // In a sorted grid F8 follows the grid's order: -5 comes last when sorted by area ascending... first here.
    window.grid()->rowView()->sort(kArea, Qt::AscendingOrder);
    QTRY_VERIFY(!window.grid()->rowView()->isBuilding() && shown(window, 0, kArea) == QLatin1String("-5"));
    grid->setCurrentIndex(grid->model()->index(4, kNotes)); // the last cell
    next->trigger();                                        // wraps to the first finding in the sorted order
    QCOMPARE(grid->currentIndex(), grid->model()->index(0, kArea));
}

void TestReviewTools::showRowsFiltersTheGridToAFinding()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    FindingsDock* dock = window.findingNavigator()->dock();
    QTRY_VERIFY(!dock->model()->isBuilding() && dock->model()->rowCount() == 5);
    // The worst finding first: T-REQ on A/2's decision.
    const QModelIndex first = dock->model()->index(0, 0);
    QCOMPARE(first.siblingAtColumn(FindingsTreeModel::RuleColumn).data().toString(), QStringLiteral("T-REQ"));
    QCOMPARE(first.siblingAtColumn(FindingsTreeModel::KeyColumn).data().toString(), QStringLiteral("A/2"));
    dock->view()->setCurrentIndex(first);
    QTest::mouseClick(dock->showRowsButton(), Qt::LeftButton);
    RowViewModel* rows = window.grid()->rowView();
    QTRY_COMPARE(rows->rowCount(), 1);
    QCOMPARE(shown(window, 0, kReference), QStringLiteral("A/2"));
    QTRY_COMPARE(window.rowsStatusText(), QStringLiteral("1 of 5 rows"));
}

void TestReviewTools::aSummaryFindingShowsEveryRowBehindIt()
{
    // A register where half the decisions came late: PA-17 (info) is one summary finding, and Show Rows on it
    // filters the grid to every application behind it, not one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.csv"));
    PlanningSampleOptions options;
    options.rows = 3000;
    options.defectRate = 0;
    options.lateDecisionRate = 0.5;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(generatePlanningSample(options));
    file.close();
    AppSettings().rulePack.setValue(QString()); // packs chosen from the headers: planning-application
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openFile(path);
    QVERIFY(loaded.wait(60000));
    QVERIFY(validated.count() > 0 || validated.wait(60000));
    const FindingStore& store = *window.document()->findings();
    std::size_t summary = store.size();
    for (std::size_t i = 0; i < store.size(); ++i)
        if (store.summaryAt(i) && store.rules()[store.record(i).rule].id.startsWith(QLatin1String("PA-17")))
            summary = i;
    QVERIFY2(summary < store.size(), "PA-17 is not summarised on a register with half its decisions late");
    const std::size_t behind = store.recordsOf(summary).size();
    QVERIFY(behind > 1000 && behind < 3000);

    FindingsDock* dock = window.findingNavigator()->dock();
    QTRY_VERIFY(!dock->model()->isBuilding() && dock->model()->rowCount() > 0);
    QModelIndex item;
    for (int r = 0; r < dock->model()->rowCount() && !item.isValid(); ++r) {
        const QModelIndex i = dock->model()->index(r, 0);
        if (i.data(int(FindingsTreeModel::Role::StoreIndex)).toULongLong() == summary)
            item = i;
    }
    QVERIFY(item.isValid());
    dock->view()->setCurrentIndex(item);
    QTest::mouseClick(dock->showRowsButton(), Qt::LeftButton);
    RowViewModel* rows = window.grid()->rowView();
    QTRY_COMPARE(std::size_t(rows->rowCount()), behind);
    QTRY_COMPARE(window.rowsStatusText(),
                 QStringLiteral("%1 of %2 rows").arg(QLocale().toString(qlonglong(behind)), QLocale().toString(3000)));
}

void TestReviewTools::findingsGroupByRuleWithCounts()
{
    AppSettings().findingsGrouping.setValue(QStringLiteral("rule"));
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    FindingsDock* dock = window.findingNavigator()->dock();
    FindingsTreeModel* model = dock->model();
    QTRY_VERIFY(!model->isBuilding() && model->rowCount() == 5); // five rules, one finding each
    QVERIFY(model->index(0, 0).data(int(FindingsTreeModel::Role::IsGroup)).toBool());
    // Errors first: the two error rules lead.
    QCOMPARE(Severity(model->index(0, 0).data(int(FindingsTreeModel::Role::Severity)).toInt()), Severity::Error);
    QCOMPARE(Severity(model->index(1, 0).data(int(FindingsTreeModel::Role::Severity)).toInt()), Severity::Error);
    QCOMPARE(Severity(model->index(4, 0).data(int(FindingsTreeModel::Role::Severity)).toInt()), Severity::Info);
    QVERIFY(model->index(0, 0).data().toString().endsWith(QStringLiteral("(1)")));
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QVERIFY(dock->view()->isFirstColumnSpanned(0, QModelIndex()));
    // By severity: four groups, errors first with two findings.
    model->setGrouping(FindingsTreeModel::Grouping::Severity);
    QTRY_VERIFY(!model->isBuilding() && model->rowCount() == 4);
    QCOMPARE(model->index(0, 0).data(int(FindingsTreeModel::Role::GroupCount)).toULongLong(), 2ULL);
}

void TestReviewTools::aProfileTopValueFiltersTheGrid()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    ProfileDock* profile = window.profile();
    profile->show();
    window.grid()->setCurrentIndex(window.grid()->model()->index(0, kDecision));
    profile->showColumn(kDecision);
    QTRY_VERIFY_WITH_TIMEOUT(profile->profile() && !profile->isComputing(), 20000);
    QCOMPARE(profile->profile()->column, kDecision);
    QTreeWidgetItem* refused = nullptr;
    for (int i = 0; i < profile->topList()->topLevelItemCount(); ++i)
        if (profile->topList()->topLevelItem(i)->text(0) == QLatin1String("refused"))
            refused = profile->topList()->topLevelItem(i);
    QVERIFY(refused);
    emit profile->topList()->itemActivated(refused, 0);
    RowViewModel* rows = window.grid()->rowView();
    QTRY_COMPARE(rows->rowCount(), 2);
    QCOMPARE(shown(window, 1, kReference), QStringLiteral("A/4"));
}

void TestReviewTools::aDashboardBarFiltersTheGrid()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    DashboardDock* dashboard = window.dashboard();
    dashboard->show();
    dashboard->refresh();
    ChartView* byRule = dashboard->byRule()->view();
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing() && byRule->categoryCount() == 5, 20000);
    const int area = int(byRule->labels().indexOf(QStringLiteral("T-AREA")));
    QVERIFY2(area >= 0, qPrintable(byRule->labels().join(QLatin1Char(','))));
    // From the keyboard: highlight the bar, Enter.
    byRule->setFocus();
    byRule->setHighlighted(area);
    QTest::keyClick(byRule, Qt::Key_Return);
    RowViewModel* rows = window.grid()->rowView();
    QTRY_COMPARE(rows->rowCount(), 1);
    QCOMPARE(shown(window, 0, kReference), QStringLiteral("A/4"));
}

void TestReviewTools::aRuleSwitchedOffAndASeverityOverrideReachTheValidation()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    RulesDock* rules = window.rules();
    rules->show();
    QTRY_VERIFY_WITH_TIMEOUT(!rules->isReading() && rules->itemOf(QStringLiteral("T-NOTES")), 20000);
    // The pack's five rules, and the structure pack's, which always runs.
    QVERIFY(rules->view()->topLevelItemCount() > 5);
    QVERIFY(rules->itemOf(QStringLiteral("T-AREA")));
    QTreeWidgetItem* notes = rules->itemOf(QStringLiteral("T-NOTES"));
    QCOMPARE(notes->text(RulesDock::FindingsColumn), QStringLiteral("1"));
    // Sorted by findings, the counts descend as numbers (not as texts such as "9" before "10" or "1 (2 rows)").
    rules->view()->sortItems(RulesDock::FindingsColumn, Qt::DescendingOrder);
    for (int i = 1; i < rules->view()->topLevelItemCount(); ++i)
        QVERIFY(rules->view()
                    ->topLevelItem(i - 1)
                    ->text(RulesDock::FindingsColumn)
                    .section(QLatin1Char(' '), 0, 0)
                    .remove(QLatin1Char(','))
                    .toLongLong() >= rules->view()
                                         ->topLevelItem(i)
                                         ->text(RulesDock::FindingsColumn)
                                         .section(QLatin1Char(' '), 0, 0)
                                         .remove(QLatin1Char(','))
                                         .toLongLong());
    QVERIFY(window.tableModel()->index(4, kNotes).data(int(TableModel::Role::FindingSeverity)).isValid());
    // Untick T-NOTES as the user would: the next validation runs without it.
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    notes->setCheckState(RulesDock::RuleColumn, Qt::Unchecked);
    QVERIFY(validated.wait(30000));
    QVERIFY(validated.first().first().toBool());
    QCOMPARE(window.document()->findings()->size(), std::size_t(4));
    QVERIFY(!window.tableModel()->index(4, kNotes).data(int(TableModel::Role::FindingSeverity)).isValid());
    QVERIFY(AppSettings().disabledRules.value().contains(QStringLiteral("T-NOTES")));
    // T-AREA (a notice in the pack) becomes an error.
    QCOMPARE(window.tableModel()->index(3, kArea).data(int(TableModel::Role::FindingSeverity)).toInt(),
             int(Severity::Notice));
    validated.clear();
    rules->setRuleSeverity(QStringLiteral("T-AREA"), Severity::Error);
    QVERIFY(validated.wait(30000));
    QCOMPARE(window.tableModel()->index(3, kArea).data(int(TableModel::Role::FindingSeverity)).toInt(),
             int(Severity::Error));
    QCOMPARE(window.document()->findings()->count(Severity::Error), std::uint64_t(3));
    // Back on: the pack's rules as they were.
    validated.clear();
    rules->setRuleEnabled(QStringLiteral("T-NOTES"), true);
    QVERIFY(validated.wait(30000));
    QCOMPARE(window.document()->findings()->size(), std::size_t(5));
}

/// After a full validation the GUI thread only takes results: the worker that validated has copied the findings
/// for the panels, hashed their keys for the run history and built the grid's index (a million-row register's
/// findings would otherwise hold the GUI thread for a tenth of a second).
void TestReviewTools::theWorkAfterAValidationIsDoneByItsWorker()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window));
    Document* document = window.document();
    const auto live = document->findings();
    QVERIFY(live);
    const auto copy = document->findingsAsValidated();
    QVERIFY(copy);
    QVERIFY(copy != live);
    QCOMPARE(copy->size(), live->size());
    for (std::size_t i = 0; i < live->size(); ++i) {
        QCOMPARE(copy->record(i).rule, live->record(i).rule);
        QCOMPARE(copy->record(i).record, live->record(i).record);
        QCOMPARE(copy->message(i), live->message(i));
    }
    const auto keys = document->runKeys();
    QVERIFY(keys);
    QCOMPARE(keys->hashes, runKeysOf(*live).hashes);
    // The findings panel arranges the worker's copy instead of copying the findings on the GUI thread.
    FindingsTreeModel* model = window.findingNavigator()->dock()->model();
    QTRY_VERIFY(model->findings() != nullptr);
    QCOMPARE(model->findings().get(), copy.get());
    // The run was recorded with those keys.
    const auto& runs = window.project()->session()->runs().runs();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.back().total, std::uint64_t(live->size()));

    // An edit changes the findings: the copy no longer stands for them, and the panel makes its own.
    QVERIFY(document->setCell(0, window.grid()->rowView()->recordAt(0), kDecision, "refused"));
    QVERIFY(!document->findingsAsValidated());
    QVERIFY(!document->runKeys());
    QTRY_VERIFY(model->findings() != copy);
}

QTEST_MAIN(TestReviewTools)
#include "tst_reviewtools.moc"
