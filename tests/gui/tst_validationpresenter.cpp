// Specification of validation in the main window: automatic validation after a load and F5, in the
// background with progress and Cancel; cells coloured by their worst finding with the messages in the
// tooltip; the findings dock with counts, severity filter and activation that selects the cell (in the right
// tab for multi-table data); stale runs dropped; the rule pack menu, including a user's pack and a broken
// one. Runs under QT_QPA_PLATFORM=offscreen.
#include "multi_table_fixture.h"

#include "document/document.h"
#include "grid/data_grid_view.h"
#include "itemmodels/findings_tree_model.h"
#include "itemmodels/table_model.h"
#include "panels/findings/findings_dock.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "style/severity_colors.h"
#include "tables/table_tabs.h"
#include "tasks/task_progress_widget.h"
#include "validation/finding_navigator.h"
#include "validation/rule_pack_menu.h"
#include "validation/rule_pack_presenter.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace plumbline;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/") + QLatin1String(name);
}

/// Opens path and waits for the load and the validation after it; true if both worked.
bool openAndValidate(MainWindow& window, const QString& path)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openFile(path);
    if (!loaded.wait(60000) || !loaded.first().first().toBool())
        return false;
    return (validated.count() > 0 || validated.wait(60000)) && validated.first().first().toBool();
}

/// Shows the multi-table dataset and waits for the validation after it; true if it worked.
bool openAndValidate(MainWindow& window, std::shared_ptr<const Dataset> dataset)
{
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openDataset(std::move(dataset));
    return validated.wait(30000) && validated.first().first().toBool();
}

/// The packs of the document's last run (empty when it has none).
QStringList packsRun(const MainWindow& window)
{
    const Document* document = window.document();
    return document && document->lastRun() ? document->lastRun()->validator->rules().packs : QStringList();
}

/// The findings on screen (null when there are none).
std::shared_ptr<const FindingStore> findingsOf(const MainWindow& window)
{
    return window.document() ? window.document()->findings() : nullptr;
}

// Columns of validation.csv.
constexpr int kReference = 0;
constexpr int kDecision = 1;
constexpr int kArea = 2;
constexpr int kNotes = 3;

/// The Findings panel once its findings are arranged (they are arranged off the GUI thread).
FindingsDock* findingsDock(const MainWindow& window)
{
    FindingsDock* dock = window.findingNavigator()->dock();
    if (!QTest::qWaitFor([dock] { return !dock->model()->isBuilding(); }, 30000))
        qWarning("the findings were still being arranged after 30 s");
    return dock;
}

} // namespace

class TestValidationPresenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void cellsAreColouredByTheirWorstFinding();
    void tooltipsCarryTheMessages();
    void dockListsTheFindingsWorstFirst();
    void severityButtonsFilterTheList();
    void activationSelectsTheCell();
    void f5ValidatesWhenAutomaticValidationIsOff();
    void cancelKeepsTheDataAndSaysSo();
    void aNewLoadDropsTheRunInProgress();
    void findingsGoToTheRightTab();
    void theBuiltInPackIsChosenFromTheHeaders();
    void aBrokenUserPackShowsItsErrorAndIsForgotten();
    void theTableColumnAndOneClickGoToTheFindingsTab();
    void aDataPackageValidatesWithItsSchemas();
    void aLoadedTableSchemaValidatesTheFile();
    void aPackFromTheSpecificationValidatesTheFile();
    void theLoadActionsStillWorkAfterTheMenuIsRebuilt();

private:
    void usePack(const QString& pack) { AppSettings().rulePack.setValue(pack); }
};

void TestValidationPresenter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_validationpresenter"));
}

void TestValidationPresenter::init()
{
    QSettings().clear();
    // One row per finding; the tree's groups have their own tests.
    AppSettings().findingsGrouping.setValue(QStringLiteral("none"));
    usePack(fixture("validation-pack.json"));
}

void TestValidationPresenter::cellsAreColouredByTheirWorstFinding()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    const TableModel* model = window.tableModel();
    const auto severityAt = [&](int row, int column) {
        return model->index(row, column).data(int(TableModel::Role::FindingSeverity));
    };
    QCOMPARE(severityAt(1, kDecision).toInt(), int(Severity::Error));
    // "bad ref" breaks a warning rule and an error rule: the cell shows the worse.
    QCOMPARE(severityAt(2, kReference).toInt(), int(Severity::Error));
    QCOMPARE(severityAt(3, kArea).toInt(), int(Severity::Notice));
    QCOMPARE(severityAt(4, kNotes).toInt(), int(Severity::Info));
    // Clean cells keep the grid's own background.
    QVERIFY(!severityAt(0, kReference).isValid());
    QVERIFY(!severityAt(2, kDecision).isValid());
    // Four distinct, light tints and four distinct, strong markers.
    QSet<QRgb> tints;
    QSet<QRgb> markers;
    for (int s = 0; s < kSeverityCount; ++s) {
        tints << severitycolors::tint(Severity(s)).rgb();
        markers << severitycolors::marker(Severity(s)).rgb();
        QVERIFY(severitycolors::tint(Severity(s)).lightness() > 200);
        QVERIFY(severitycolors::marker(Severity(s)).lightness() < 160);
    }
    QCOMPARE(tints.size(), kSeverityCount);
    QCOMPARE(markers.size(), kSeverityCount);
    // The grid paints the tint, and the severity's icon at the cell's right edge (not colour alone).
    DataGridView* grid = window.grid();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    const QRect cell = grid->visualRect(grid->model()->index(1, kDecision));
    const QImage image = grid->viewport()->grab().toImage();
    const QRgb tint = severitycolors::tint(Severity::Error).rgb();
    QCOMPARE(QColor(image.pixel(cell.left() + 2, cell.center().y())).rgb(), tint);
    int iconPixels = 0;
    for (int x = cell.right() - 16; x < cell.right(); ++x)
        iconPixels += QColor(image.pixel(x, cell.center().y())).rgb() != tint;
    QVERIFY2(iconPixels > 3, "no severity icon at the cell's right edge");
}

void TestValidationPresenter::tooltipsCarryTheMessages()
{
    MainWindow window;
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    const TableModel* model = window.tableModel();
    const QString both = model->index(2, kReference).data(Qt::ToolTipRole).toString();
    QVERIFY2(
        both.contains(QStringLiteral("error T-REF-SPACE: Row 3 (reference bad ref): Reference bad ref has a space")),
        qPrintable(both));
    QVERIFY2(both.contains(QStringLiteral("warning T-REF-FORMAT")), qPrintable(both));
    QCOMPARE(both.count(QLatin1Char('\n')), 1); // one line per finding
    QVERIFY(
        model->index(1, kDecision).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Decision is missing")));
    QVERIFY(!model->index(0, kDecision).data(Qt::ToolTipRole).isValid());
}

void TestValidationPresenter::dockListsTheFindingsWorstFirst()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    FindingsDock* dock = findingsDock(window);
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->windowTitle(), QStringLiteral("Findings \u2014 2 errors, 1 warning, 1 notice, 1 info"));
    QCOMPARE(dock->severityButton(Severity::Error)->text(), QStringLiteral("2 errors"));
    const QAbstractItemModel* list = dock->view()->model();
    QCOMPARE(list->rowCount(), 5);
    const auto text = [&](int row, int column) { return list->index(row, column).data().toString(); };
    QCOMPARE(text(0, FindingsTreeModel::RuleColumn), QStringLiteral("T-REQ"));
    QCOMPARE(text(0, FindingsTreeModel::RowColumn), QStringLiteral("2"));
    QCOMPARE(text(0, FindingsTreeModel::ColumnColumn), QStringLiteral("decision"));
    QCOMPARE(text(1, FindingsTreeModel::RuleColumn), QStringLiteral("T-REF-SPACE"));
    QCOMPARE(text(1, FindingsTreeModel::ValueColumn), QStringLiteral("bad ref"));
    QCOMPARE(text(2, FindingsTreeModel::SeverityColumn), QStringLiteral("warning"));
    QCOMPARE(text(3, FindingsTreeModel::RuleColumn), QStringLiteral("T-AREA"));
    QCOMPARE(text(4, FindingsTreeModel::MessageColumn), QStringLiteral("Row 5 (reference A/5): Notes TODO are not ok"));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Validated with structure, gui-test")));
    QVERIFY(window.statusBar()->currentMessage().endsWith(QStringLiteral("2 errors, 1 warning, 1 notice, 1 info.")));
}

void TestValidationPresenter::severityButtonsFilterTheList()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    FindingsDock* dock = findingsDock(window);
    QCOMPARE(dock->severityMask(), 0xfu);
    QTest::mouseClick(dock->severityButton(Severity::Error), Qt::LeftButton);
    QTRY_COMPARE(dock->view()->model()->rowCount(), 3);
    QCOMPARE(dock->view()->model()->index(0, FindingsTreeModel::SeverityColumn).data().toString(),
             QStringLiteral("warning"));
    // The summary says what is hidden, by severity: hidden errors are never a quiet "3 of 5".
    QVERIFY(dock->findChild<QLabel*>(QStringLiteral("findingsSummary"))
                ->text()
                .startsWith(QStringLiteral("Showing 3 of 5 findings; hidden: 2 errors")));
    QTest::mouseClick(dock->severityButton(Severity::Info), Qt::LeftButton);
    QTRY_COMPARE(dock->view()->model()->rowCount(), 2);
    QTest::mouseClick(dock->severityButton(Severity::Error), Qt::LeftButton);
    QTRY_COMPARE(dock->view()->model()->rowCount(), 4);
    // A severity switched off leaves the grid too: info is off, so the notes cell has no tint; errors are back.
    QVERIFY(!window.tableModel()->index(4, kNotes).data(int(TableModel::Role::FindingSeverity)).isValid());
    QCOMPARE(window.tableModel()->index(1, kDecision).data(int(TableModel::Role::FindingSeverity)).toInt(),
             int(Severity::Error));
    // The next file starts with every severity shown: nothing hidden carries over.
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    dock = findingsDock(window);
    QCOMPARE(dock->severityMask(), 0xfu);
    QTRY_COMPARE(dock->view()->model()->rowCount(), 5);
    QCOMPARE(window.tableModel()->index(4, kNotes).data(int(TableModel::Role::FindingSeverity)).toInt(),
             int(Severity::Info));
}

void TestValidationPresenter::activationSelectsTheCell()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    QTreeView* view = findingsDock(window)->view();
    // Enter on the notice (fourth in the list): ground_area of row 4.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(3, FindingsTreeModel::MessageColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window.grid()->currentIndex(), window.grid()->model()->index(3, kArea));
    QVERIFY(window.grid()->selectionModel()->isSelected(window.grid()->model()->index(3, kArea)));
    // Double-click on the first error: decision of row 2.
    const QRect first = view->visualRect(view->model()->index(0, FindingsTreeModel::RuleColumn));
    QSignalSpy doubleClicked(view, &QAbstractItemView::doubleClicked);
    QSignalSpy activated(view, &QAbstractItemView::activated);
    // A real double-click arrives as a click, then the double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
    QCOMPARE(doubleClicked.count(), 1);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(window.grid()->currentIndex(), window.grid()->model()->index(1, kDecision));
}

void TestValidationPresenter::f5ValidatesWhenAutomaticValidationIsOff()
{
    AppSettings().validateAfterLoad.setValue(false);
    MainWindow window;
    window.show();
    QAction* validate = window.validation()->validateAction();
    QVERIFY(!validate->isEnabled());
    QCOMPARE(validate->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(!window.validation()->validateAfterLoadAction()->isChecked());
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.openFile(fixture("validation.csv"));
    QVERIFY(loaded.wait(30000));
    QVERIFY(!window.isValidating());
    QVERIFY(validate->isEnabled());
    QVERIFY(!window.tableModel()->index(1, kDecision).data(int(TableModel::Role::FindingSeverity)).isValid());
    QCOMPARE(findingsDock(window)->view()->model()->rowCount(), 0);

    QSignalSpy validated(&window, &MainWindow::validationFinished);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.grid()->setFocus();
    QTest::keyClick(window.grid(), Qt::Key_F5);
    QVERIFY(window.isValidating());
    TaskProgressWidget* progress = window.validation()->progressWidget();
    QVERIFY(progress->isVisible());
    QVERIFY(progress->text().startsWith(QStringLiteral("Validating validation.csv")));
    QVERIFY(validated.wait(30000));
    QVERIFY(!progress->isVisible());
    QCOMPARE(window.tableModel()->index(1, kDecision).data(int(TableModel::Role::FindingSeverity)).toInt(),
             int(Severity::Error));
    // Turning it back on is remembered.
    window.validation()->validateAfterLoadAction()->setChecked(true);
    QVERIFY(AppSettings().validateAfterLoad.value());
}

void TestValidationPresenter::cancelKeepsTheDataAndSaysSo()
{
    AppSettings().validateAfterLoad.setValue(false);
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.openFile(fixture("validation.csv"));
    QVERIFY(loaded.wait(30000));
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.validation()->validateAction()->trigger();
    auto* cancel =
        window.validation()->progressWidget()->findChild<QToolButton*>(QStringLiteral("validationProgressCancel"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(validated.count(), 1);
    QCOMPARE(validated.first().first().toBool(), false);
    QVERIFY(!window.isValidating());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Validation canceled."));
    QVERIFY(findingsDock(window)
                ->findChild<QLabel*>(QStringLiteral("findingsSummary"))
                ->text()
                .contains(QStringLiteral("canceled")));
    // The canceled worker's result never arrives.
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isWorkerRunning(), 30000);
    QTest::qWait(50);
    QCOMPARE(validated.count(), 1);
    QVERIFY(!findingsOf(window));
    QCOMPARE(window.tableModel()->rowCount(), 5);
}

void TestValidationPresenter::aNewLoadDropsTheRunInProgress()
{
    MainWindow window;
    window.show();
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    validated.clear();
    // Start a run, then replace the data before it can finish: the run's findings must not appear.
    window.validation()->validateAction()->trigger();
    QPointer<Document> first = window.document();
    AppSettings().validateAfterLoad.setValue(false);
    window.validation()->validateAfterLoadAction()->setChecked(false);
    window.openDataset(testing::popoloDataset());
    QVERIFY(window.document() != first);
    QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), 30000); // deleted with its run
    QTest::qWait(50);
    QCOMPARE(validated.count(), 0);
    QVERIFY(!findingsOf(window));
    QCOMPARE(findingsDock(window)->view()->model()->rowCount(), 0);
    QVERIFY(!window.tableModel()->index(0, 0).data(int(TableModel::Role::FindingSeverity)).isValid());
}

void TestValidationPresenter::findingsGoToTheRightTab()
{
    usePack(fixture("validation-multi-pack.json"));
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, testing::popoloDataset()));
    QCOMPARE(window.tabs()->currentIndex(), 0);
    // The memberships tab's model has the finding; the persons tab's has none.
    const TableModel* memberships = window.tabs()->model(2);
    QCOMPARE(memberships->index(0, 2).data(int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Warning));
    QVERIFY(!memberships->index(1, 2).data(int(TableModel::Role::FindingSeverity)).isValid());
    QVERIFY(!window.tabs()->model(0)->index(0, 1).data(int(TableModel::Role::FindingSeverity)).isValid());

    FindingsDock* dock = findingsDock(window);
    int row = -1;
    for (int r = 0; r < dock->view()->model()->rowCount(); ++r)
        if (dock->view()->model()->index(r, FindingsTreeModel::RuleColumn).data().toString() == QLatin1String("T-OLD"))
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(dock->activateRow(row));
    QCOMPARE(window.tabs()->currentIndex(), 2);
    QCOMPARE(window.grid()->currentIndex(), window.tabs()->grid(2)->model()->index(0, 2));
}

void TestValidationPresenter::theBuiltInPackIsChosenFromTheHeaders()
{
    const QString real = QStringLiteral(PLUMBLINE_SHARED_DATA "/planning/example-planning-applications.csv");
    if (!QFileInfo::exists(real))
        QSKIP("../shared/data is not here; the real planning register is needed for this test");
    usePack(QString());
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, real));
    QVERIFY(findingsOf(window));
    QVERIFY2(packsRun(window).contains(QStringLiteral("planning-application")),
             qPrintable(packsRun(window).join(u',')));
    QVERIFY(findingsOf(window)->count(Severity::Error) > 0);
    RulePackMenu* menu = window.validation()->packMenu();
    QTRY_VERIFY(menu->catalogLoaded());
    QVERIFY(menu->alwaysOn().contains(QStringLiteral("structure")));
    auto* automatic = menu->findChild<QAction*>(QStringLiteral("actionPackAutomatic"));
    QVERIFY(automatic && automatic->isChecked());
    QVERIFY2(automatic->text().contains(QStringLiteral("planning-application")), qPrintable(automatic->text()));
    // Choosing another pack in the menu validates again with it.
    auto* candidates = menu->findChild<QAction*>(QStringLiteral("actionPack_candidates"));
    QVERIFY(candidates);
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    candidates->trigger();
    QVERIFY(validated.wait(30000));
    QVERIFY(packsRun(window).contains(QStringLiteral("candidates")));
    QCOMPARE(AppSettings().rulePack.value(), QStringLiteral("candidates"));
}

void TestValidationPresenter::aBrokenUserPackShowsItsErrorAndIsForgotten()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    RulePackMenu* menu = window.validation()->packMenu();
    QCOMPARE(menu->selection(), fixture("validation-pack.json"));
    // As "Load Rule Pack…" does after its file dialog.
    menu->addUserPack(fixture("broken-pack.json"));
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    menu->setSelection(fixture("broken-pack.json"));
    emit menu->selectionChanged(fixture("broken-pack.json"));
    QVERIFY(validated.wait(30000));
    QCOMPARE(validated.first().first().toBool(), false);
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("validationErrorBox"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("$.rules[0].severity")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().startsWith(fixture("broken-pack.json")));
    box->close();
    QVERIFY(!menu->userPacks().contains(fixture("broken-pack.json")));
    QCOMPARE(menu->selection(), fixture("validation-pack.json"));
    QCOMPARE(AppSettings().rulePack.value(), fixture("validation-pack.json"));
    // The findings of the last good run stay on screen.
    QCOMPARE(window.tableModel()->index(1, kDecision).data(int(TableModel::Role::FindingSeverity)).toInt(),
             int(Severity::Error));
}

void TestValidationPresenter::theTableColumnAndOneClickGoToTheFindingsTab()
{
    usePack(fixture("validation-multi-pack.json"));
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, testing::popoloDataset()));
    QCOMPARE(window.tabs()->currentIndex(), 0);
    FindingsDock* dock = findingsDock(window);
    QTreeView* view = dock->view();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, FindingsTreeModel::RuleColumn).data().toString() == QLatin1String("T-OLD"))
            row = r;
    QVERIFY(row >= 0);
    // The findings span several tables, so the Table column is shown and names the finding's table.
    const bool multiTable = findingsOf(window)->tables().size() > 1;
    QCOMPARE(view->isColumnHidden(FindingsTreeModel::TableColumn), !multiTable);
    QCOMPARE(view->model()->index(row, FindingsTreeModel::TableColumn).data().toString(),
             QStringLiteral("memberships"));
    // One click on the finding (not a double click) switches to the memberships tab and selects the cell.
    const QRect rect = view->visualRect(view->model()->index(row, FindingsTreeModel::RuleColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.tabs()->currentIndex(), 2);
    QCOMPARE(window.grid()->currentIndex(), window.tabs()->grid(2)->model()->index(0, 2));
}

void TestValidationPresenter::aDataPackageValidatesWithItsSchemas()
{
    usePack(QString());
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, QStringLiteral(PLUMBLINE_TEST_DATA "/datapackage/schemapack/datapackage.json")));
    QVERIFY(findingsOf(window));
    QVERIFY2(packsRun(window).contains(QStringLiteral("table-schema:applications")),
             qPrintable(packsRun(window).join(u',')));
    QVERIFY(packsRun(window).contains(QStringLiteral("table-schema:officers")));
    QVERIFY(findingsOf(window)->count(Severity::Error) > 0);
    // The pack menu shows the schema packs, checked (they run whatever pack is chosen).
    auto* entry = window.validation()->packMenu()->findChild<QAction*>(
        QStringLiteral("actionSchemaPack_table-schema:applications"));
    QVERIFY(entry);
    QVERIFY(entry->isChecked());
    QVERIFY(window.validation()->packMenu()->loadSchemaAction());
}

void TestValidationPresenter::aLoadedTableSchemaValidatesTheFile()
{
    MainWindow window;
    window.show();
    const QString dir = QStringLiteral(PLUMBLINE_TEST_DATA "/datapackage/schemapack/");
    QVERIFY(openAndValidate(window, dir + QStringLiteral("standalone.csv")));
    QVERIFY(!packsRun(window).contains(QStringLiteral("table-schema:standalone-schema")));
    // As "Load Table Schema…" does after its file dialog.
    window.validation()->setSchemaFiles({dir + QStringLiteral("standalone-schema.json")});
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.validation()->validate();
    QVERIFY(validated.wait(30000));
    QVERIFY(validated.first().first().toBool());
    QVERIFY(findingsOf(window));
    QVERIFY(packsRun(window).contains(QStringLiteral("table-schema:standalone-schema")));
    bool primaryKey = false;
    for (std::size_t i = 0; i < findingsOf(window)->size(); ++i)
        primaryKey = primaryKey || findingsOf(window)->finding(i).rule == QLatin1String("TS-id-primary-key");
    QVERIFY(primaryKey);
    // Opening another file forgets the schema.
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    QVERIFY(window.validation()->schemaFiles().isEmpty());
}

void TestValidationPresenter::aPackFromTheSpecificationValidatesTheFile()
{
    MainWindow window;
    window.show();
    const QString spec = QStringLiteral(PLUMBLINE_TEST_DATA "/specification");
    QVERIFY(openAndValidate(window, spec + QStringLiteral("/planning-application.csv")));
    // Answer the two modal dialogs as a user would: the folder, then the dataset (preselected from the file name).
    QString offered;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &window, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* folder = qobject_cast<QFileDialog*>(modal)) {
            folder->setDirectory(spec);
            static_cast<QDialog*>(folder)->accept(); // QFileDialog::accept is protected; the override runs
        } else if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            offered = input->textValue();
            input->accept();
        } else if (modal) {
            qWarning() << "unexpected dialog" << modal->metaObject()->className() << modal->windowTitle();
        }
    });
    poll.start();
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.validation()->packMenu()->specificationAction()->trigger();
    poll.stop();
    QCOMPARE(offered, QStringLiteral("planning-application"));
    QVERIFY(validated.count() > 0 || validated.wait(30000));
    QVERIFY(validated.first().first().toBool());
    QVERIFY(findingsOf(window));
    QVERIFY2(packsRun(window).contains(QStringLiteral("specification:planning-application")),
             qPrintable(packsRun(window).join(u',')));
    QStringList rules;
    for (std::size_t i = 0; i < findingsOf(window)->size(); ++i)
        rules << findingsOf(window)->finding(i).rule;
    QVERIFY2(rules.filter(QStringLiteral("codelist")).size() > 0, qPrintable(rules.join(u',')));
    // The generated pack is now one of the user's packs, chosen.
    QVERIFY(window.validation()->packMenu()->selection().endsWith(
        QStringLiteral("specification-planning-application.json")));
}

// QMenu drops an action's connections to the menu when the action is removed; the menu rebuilds itself when
// a pack is added or the catalog arrives, so the Load… actions once went dead after the first rebuild.
void TestValidationPresenter::theLoadActionsStillWorkAfterTheMenuIsRebuilt()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndValidate(window, fixture("validation.csv")));
    RulePackMenu* menu = window.validation()->packMenu();
    menu->addUserPack(fixture("broken-pack.json")); // rebuilds the menu
    QTRY_VERIFY_WITH_TIMEOUT(menu->catalogLoaded(), 30000);
    // Each action must reach the presenter, which asks for a file or folder; the test closes the dialog.
    QStringList titles;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &window, [&] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            titles << dialog->windowTitle();
            dialog->reject();
        }
    });
    poll.start();
    for (QAction* action : {menu->loadAction(), menu->loadSchemaAction(), menu->specificationAction()})
        action->trigger();
    poll.stop();
    QCOMPARE(titles.size(), 3);
    QCOMPARE(titles[0], QStringLiteral("Load Rule Pack"));
    QCOMPARE(titles[1], QStringLiteral("Load Table Schema"));
    QVERIFY2(titles[2].startsWith(QStringLiteral("Specification Folder")), qPrintable(titles[2]));
}

QTEST_MAIN(TestValidationPresenter)
#include "tst_validationpresenter.moc"
