// The data tools reached from the main window as a user reaches them: a quick fix from the grid's context menu,
// Data → Quick Fixes…, Edit → Replace…, Transform Column…, File → Export Fix List… and File → Compare With….
#include "dialogs/cluster/cluster_dialog.h"
#include "dialogs/cluster/record_merge_dialog.h"
#include "dialogs/compare/compare_dialog.h"
#include "dialogs/find_replace_dialog.h"
#include "dialogs/fix_preview_dialog.h"
#include "dialogs/transform_dialog.h"
#include "document/document.h"
#include "grid/data_grid_view.h"
#include "itemmodels/fix_plan_model.h"
#include "itemmodels/table_model.h"
#include "panels/findings/findings_dock.h"
#include "reports/fix_list_writer.h"
#include "settings/app_settings.h"
#include "shell/data_actions.h"
#include "shell/file_tools.h"
#include "shell/main_actions.h"
#include "shell/main_window.h"
#include "shell/quality_status.h"
#include "tables/table_tabs.h"
#include "validation/finding_navigator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace plumbline;

namespace {

QString editing(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/editing/") + QLatin1String(name);
}

QString wiring(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/wiring/") + QLatin1String(name);
}

bool openAndValidate(MainWindow& window, const QString& path)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openFile(path);
    if (!loaded.wait(60000) || !loaded.first().first().toBool())
        return false;
    return (validated.count() > 0 || validated.wait(60000)) && validated.first().first().toBool();
}

constexpr int kDecision = 1;
constexpr int kNotes = 3;

QString cell(MainWindow& window, int row, int column)
{
    return window.tableModel()->index(row, column).data(Qt::EditRole).toString();
}

bool hasFinding(MainWindow& window, int row, int column)
{
    return window.tableModel()->index(row, column).data(int(TableModel::Role::FindingSeverity)).isValid();
}

QString screenshotDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("plumbline-wiring-screenshots"));
    QDir().mkpath(dir);
    return dir;
}

/// Opens the grid's context menu at (row, column) and calls inMenu with it while it is open; inMenu must close it.
void withGridMenu(MainWindow& window, int row, int column, std::function<void(QMenu*)> inMenu)
{
    DataGridView* grid = window.grid();
    const QModelIndex index = grid->model()->index(row, column);
    grid->setCurrentIndex(index);
    const QPoint pos = grid->visualRect(index).center();
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        seen = menu != nullptr;
        if (menu)
            inMenu(menu);
        else if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, grid->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(grid->viewport(), &event);
    QVERIFY2(seen, "no context menu opened");
}

QAction* actionNamed(QMenu* menu, const QString& name)
{
    for (QAction* action : menu->actions())
        if (action->objectName() == name)
            return action;
    return nullptr;
}

/// Runs act (which opens a modal dialog) and calls inDialog with the dialog once it is up; inDialog must close it.
template <typename Dialog>
bool withModal(const std::function<void()>& act, const std::function<void(Dialog*)>& inDialog)
{
    bool seen = false;
    std::function<void()> poll;
    poll = [&] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            seen = true;
            inDialog(dialog);
            return;
        }
        QTimer::singleShot(20, poll);
    };
    QTimer::singleShot(0, poll);
    act();
    return seen;
}

} // namespace

class TestWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void actionsWaitForADocument();
    void quickFixFromTheGridMenuAndUndo();
    void quickFixFromTheFindingsPanel();
    void quickFixesAppliesTheSafeFixes();
    void replaceAllIsOneUndoStep();
    void transformColumnTrimsFromTheHeaderMenu();
    void clusterValuesOpensForTheCurrentColumn();
    void mergeRecordsOfTwoSelectedPeople();
    void exportFixListWritesAFile_data();
    void exportFixListWritesAFile();
    void exportFixListSaysWhyItFailed();
    void compareWithShowsTheCounts();
    void compareWithAMissingFileSaysSo();
    void qualityLevelOnlyForPlanningRules();
};

void TestWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wiring"));
}

void TestWiring::init()
{
    QSettings().clear();
    AppSettings().rulePack.setValue(editing("pack.json"));
}

void TestWiring::actionsWaitForADocument()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    DataActions* data = window.dataActions();
    for (QAction* action : {data->quickFixesAction(), data->transformAction(), data->clusterAction(),
                            data->mergeRecordsAction(), data->findAction(), data->replaceAction(),
                            window.fileTools()->compareAction(), window.fileTools()->exportFixListAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->objectName()));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
    }
    QVERIFY(openAndValidate(window, editing("register.csv")));
    for (QAction* action :
         {data->quickFixesAction(), data->transformAction(), data->clusterAction(), data->findAction(),
          data->replaceAction(), window.fileTools()->compareAction(), window.fileTools()->exportFixListAction()})
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    // Merge Records wants exactly two rows.
    QVERIFY(!data->mergeRecordsAction()->isEnabled());
    window.grid()->selectRow(0);
    window.grid()->selectionModel()->select(window.grid()->model()->index(1, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(data->mergeRecordsAction()->isEnabled());
    // Ctrl+H is Replace, and History moved aside for it: no shortcut is ambiguous.
    QCOMPARE(data->replaceAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionShowHistory"))->shortcut() !=
            data->replaceAction()->shortcut());
}

void TestWiring::quickFixFromTheGridMenuAndUndo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    // Row 3's "Approve" is a synonym of "granted".
    QCOMPARE(cell(window, 2, kDecision), QStringLiteral("Approve"));
    QVERIFY(hasFinding(window, 2, kDecision));
    QString fixText;
    QString allText;
    withGridMenu(window, 2, kDecision, [&](QMenu* menu) {
        menu->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("grid-context-menu.png")));
        QAction* fix = actionNamed(menu, QStringLiteral("menuFix"));
        QAction* all = actionNamed(menu, QStringLiteral("menuFixAllLikeThis"));
        fixText = fix ? fix->text() : QString();
        allText = all ? all->text() : QString();
        menu->close();
        if (fix)
            fix->trigger();
    });
    // The menu item is the fix's preview: the cell before and after.
    QCOMPARE(fixText, QStringLiteral("Fix: \u2018Approve\u2019 \u2192 \u2018granted\u2019"));
    QVERIFY2(allText.contains(QStringLiteral("E-DECISION")), qPrintable(allText));
    QCOMPARE(cell(window, 2, kDecision), QStringLiteral("granted"));
    QVERIFY(!hasFinding(window, 2, kDecision));
    QVERIFY(window.isWindowModified());
    window.actions()->undo()->trigger();
    QCOMPARE(cell(window, 2, kDecision), QStringLiteral("Approve"));
    QVERIFY(hasFinding(window, 2, kDecision));
    // A cell without findings offers no fix, but the column's tools.
    withGridMenu(window, 0, kNotes, [&](QMenu* menu) {
        fixText = actionNamed(menu, QStringLiteral("menuFix")) ? QStringLiteral("fix") : QString();
        allText = actionNamed(menu, QStringLiteral("menuTransformColumn")) ? QStringLiteral("transform") : QString();
        menu->close();
    });
    QVERIFY(fixText.isEmpty());
    QCOMPARE(allText, QStringLiteral("transform"));
}

void TestWiring::quickFixFromTheFindingsPanel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    const auto store = window.document()->findings();
    std::size_t approve = store->size();
    for (std::size_t i = 0; i < store->size(); ++i)
        if (store->rules()[store->record(i).rule].id == QLatin1String("E-DECISION"))
            approve = i;
    QVERIFY(approve < store->size());
    bool fixed = false;
    QTimer::singleShot(0, &window, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QAction* fix = menu ? actionNamed(menu, QStringLiteral("menuFix")) : nullptr;
        if (menu)
            menu->close();
        if (fix) {
            fix->trigger();
            fixed = true;
        }
    });
    emit window.findingNavigator()->dock()->contextMenuRequested(qulonglong(approve),
                                                                 window.mapToGlobal(QPoint(20, 20)));
    QVERIFY(fixed);
    QCOMPARE(cell(window, 2, kDecision), QStringLiteral("granted"));
}

void TestWiring::quickFixesAppliesTheSafeFixes()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    QUndoStack* undo = window.document()->undoStack();
    const int before = undo->count();
    std::size_t applied = 0;
    const bool seen = withModal<FixPreviewDialog>(
        [&] { window.dataActions()->quickFixesAction()->trigger(); },
        [&](FixPreviewDialog* dialog) {
            QTRY_VERIFY(!dialog->isPreparing());
            dialog->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("quick-fixes-dialog.png")));
            QVERIFY(dialog->safeModel()->rowCount() > 0);
            dialog->apply();
            applied = dialog->appliedCells();
            if (dialog->isVisible())
                dialog->reject();
        });
    QVERIFY(seen);
    QVERIFY(applied > 0);
    QCOMPARE(cell(window, 2, kDecision), QStringLiteral("granted"));
    QCOMPARE(undo->count(), before + 1);
    undo->undo();
    QCOMPARE(cell(window, 2, kDecision), QStringLiteral("Approve"));
}

void TestWiring::replaceAllIsOneUndoStep()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    QUndoStack* undo = window.document()->undoStack();
    const int before = undo->count();
    window.dataActions()->replaceAction()->trigger();
    FindReplaceDialog* dialog = window.dataActions()->findReplaceDialog();
    QVERIFY(dialog && dialog->isVisible());
    dialog->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("replace-dialog.png")));
    QSignalSpy counted(dialog, &FindReplaceDialog::counted);
    dialog->findEdit()->setText(QStringLiteral("ok"));
    dialog->replaceEdit()->setText(QStringLiteral("fine"));
    QTRY_COMPARE(dialog->matchCount(), qint64(4));
    QSignalSpy replaced(dialog, &FindReplaceDialog::replaced);
    dialog->replaceAll();
    QVERIFY(replaced.count() > 0 || replaced.wait(10000));
    QCOMPARE(replaced.first().first().toULongLong(), 4ull);
    for (int row : {0, 1, 2, 3})
        QCOMPARE(cell(window, row, kNotes), QStringLiteral("fine"));
    QCOMPARE(cell(window, 4, kNotes), QStringLiteral("TODO"));
    QCOMPARE(undo->count(), before + 1);
    window.actions()->undo()->trigger();
    for (int row : {0, 1, 2, 3})
        QCOMPARE(cell(window, row, kNotes), QStringLiteral("ok"));
    // Find (Ctrl+F) reuses the dialog of the same table.
    window.dataActions()->findAction()->trigger();
    QCOMPARE(window.dataActions()->findReplaceDialog(), dialog);
    dialog->close();
}

void TestWiring::transformColumnTrimsFromTheHeaderMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, wiring("spaces.csv")));
    QCOMPARE(cell(window, 0, 1), QStringLiteral("  Alpha  "));
    QHeaderView* header = window.grid()->horizontalHeader();
    const QPoint pos(header->sectionViewportPosition(1) + header->sectionSize(1) / 2, header->height() / 2);
    std::size_t applied = 0;
    bool menuSeen = false;
    QTimer::singleShot(0, &window, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        menuSeen = menu && menu->objectName() == QLatin1String("headerContextMenu");
        QAction* transform = menu ? actionNamed(menu, QStringLiteral("menuTransformColumn")) : nullptr;
        if (menu) {
            menu->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("header-context-menu.png")));
            menu->close();
        }
        if (!transform)
            return;
        QVERIFY(withModal<TransformDialog>(
            [&] { transform->trigger(); },
            [&](TransformDialog* dialog) {
                QCOMPARE(dialog->columnBox()->currentIndex(), 1);
                dialog->setOperation(TransformSpec::Operation::Trim);
                dialog->refresh();
                QTRY_VERIFY(!dialog->isPreviewing());
                dialog->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("transform-dialog.png")));
                dialog->apply();
                applied = dialog->appliedCells();
                if (dialog->isVisible())
                    dialog->reject();
            }));
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, header->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(header->viewport(), &event);
    QVERIFY(menuSeen);
    QCOMPARE(applied, std::size_t(2));
    QCOMPARE(cell(window, 0, 1), QStringLiteral("Alpha"));
    QCOMPARE(cell(window, 1, 1), QStringLiteral("Beta"));
    window.actions()->undo()->trigger();
    QCOMPARE(cell(window, 0, 1), QStringLiteral("  Alpha  "));
}

void TestWiring::clusterValuesOpensForTheCurrentColumn()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    window.grid()->setCurrentIndex(window.grid()->model()->index(0, kDecision));
    bool clustered = false;
    QVERIFY(withModal<ClusterDialog>([&] { window.dataActions()->clusterAction()->trigger(); },
                                     [&](ClusterDialog* dialog) {
                                         QTRY_VERIFY(!dialog->isBusy());
                                         clustered = true;
                                         dialog->reject();
                                     }));
    QVERIFY(clustered);
}

void TestWiring::mergeRecordsOfTwoSelectedPeople()
{
    AppSettings().rulePack.setValue(QString()); // the packs chosen from the headers
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, QStringLiteral(PLUMBLINE_TEST_DATA "/cluster/merge-popolo.json")));
    window.tabs()->setCurrentIndex(window.tabs()->tabOf(QStringLiteral("persons")));
    DataGridView* grid = window.grid();
    const int before = grid->model()->rowCount();
    grid->selectRow(0);
    grid->selectionModel()->select(grid->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(window.dataActions()->mergeRecordsAction()->isEnabled());
    bool merged = false;
    QVERIFY(withModal<RecordMergeDialog>([&] { window.dataActions()->mergeRecordsAction()->trigger(); },
                                         [&](RecordMergeDialog* dialog) {
                                             dialog->grab().save(
                                                 QDir(screenshotDir()).filePath(QStringLiteral("merge-dialog.png")));
                                             merged = dialog->isValid() && dialog->merge();
                                             if (dialog->isVisible())
                                                 dialog->reject();
                                         }));
    QVERIFY(merged);
    QCOMPARE(grid->model()->rowCount(), before - 1);
    window.actions()->undo()->trigger();
    QCOMPARE(grid->model()->rowCount(), before);
}

void TestWiring::exportFixListWritesAFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("workbook") << "fixes.xlsx";
    QTest::newRow("csv and its summary") << "fixes.csv";
}

void TestWiring::exportFixListWritesAFile()
{
    QFETCH(QString, name);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QSignalSpy done(window.fileTools(), &FileTools::fixListExported);
    QVERIFY(window.fileTools()->exportFixList(path));
    QVERIFY(!window.fileTools()->exportFixListAction()->isEnabled()); // one job at a time
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().first().toBool());
    QVERIFY(QFileInfo(path).size() > 0);
    if (name.endsWith(QLatin1String(".csv"))) {
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(csv.readLine());
        QVERIFY2(header.contains(problemsColumnName(QStringLiteral("decision"))), qPrintable(header));
        QVERIFY(QFileInfo::exists(fixListSummaryPath(path)));
    }
    QVERIFY(window.fileTools()->exportFixListAction()->isEnabled());
}

void TestWiring::exportFixListSaysWhyItFailed()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/fixes.xlsx"));
    QSignalSpy done(window.fileTools(), &FileTools::fixListExported);
    QVERIFY(window.fileTools()->exportFixList(path));
    QVERIFY(done.wait(30000));
    QVERIFY(!done.first().first().toBool());
    QMessageBox* box = window.fileTools()->errorBox();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("fixes.xlsx")), qPrintable(box->text()));
    QVERIFY(!box->informativeText().isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    box->close();
}

void TestWiring::compareWithShowsTheCounts()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    QSignalSpy done(window.fileTools(), &FileTools::compareFinished);
    QVERIFY(window.fileTools()->compareWith(wiring("register-old.csv")));
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().first().toBool());
    CompareDialog* dialog = window.fileTools()->compareDialog();
    QVERIFY(dialog && dialog->isVisible());
    dialog->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("compare-dialog.png")));
    const QString summary = dialog->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Records before: 4, after: 5. Added: 2, removed: 1, changed: 2, "
                                             "unchanged: 1.")),
             qPrintable(summary));
    QVERIFY(dialog->visibleRows() > 0);
    QVERIFY2(summary.contains(QStringLiteral("matched by reference")), qPrintable(summary));

    // Matched by another column, the same dialog shows the new comparison.
    auto* again = dialog->findChild<QPushButton*>(QStringLiteral("compareAgain"));
    QVERIFY(again && !again->isEnabled());
    dialog->chooseKey(QStringLiteral("decision-date"));
    QVERIFY(again->isEnabled());
    done.clear();
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().first().toBool());
    QCOMPARE(window.fileTools()->compareDialog(), dialog);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("matched by decision-date")),
             qPrintable(dialog->summaryText()));
    QVERIFY(!again->isEnabled());
    dialog->close();
}

void TestWiring::compareWithAMissingFileSaysSo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndValidate(window, editing("register.csv")));
    QSignalSpy done(window.fileTools(), &FileTools::compareFinished);
    QVERIFY(window.fileTools()->compareWith(wiring("not-there.csv")));
    QVERIFY(done.wait(30000));
    QVERIFY(!done.first().first().toBool());
    QVERIFY(!window.fileTools()->compareDialog());
    QMessageBox* box = window.fileTools()->errorBox();
    QVERIFY(box && box->text().contains(QStringLiteral("not-there.csv")));
    box->close();
}

void TestWiring::qualityLevelOnlyForPlanningRules()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The test pack names no platform issue types: no ladder to stand on.
    QVERIFY(openAndValidate(window, editing("register.csv")));
    QVERIFY(window.qualityStatus()->isHidden());
    // A pack whose rules name the platform's issue types does: an invalid date holds the data at level 2.
    AppSettings().rulePack.setValue(wiring("planning-pack.json"));
    MainWindow planning;
    planning.show();
    QVERIFY(QTest::qWaitForWindowActive(&planning));
    QVERIFY(openAndValidate(planning, wiring("planning-application.csv")));
    QualityStatus* status = planning.qualityStatus();
    QTRY_VERIFY(!status->isHidden());
    QVERIFY2(status->text().startsWith(QStringLiteral("Quality: level ")), qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(QStringLiteral("invalid date")), qPrintable(status->toolTip()));
    const QString level = status->text();
    // Fixing the date lifts it: the label follows the edit.
    QVERIFY(planning.document()->setCell(0, planning.document()->table(0).recordId(1), 2, "2023-02-28"));
    QTRY_VERIFY(status->text() != level);
}

QTEST_MAIN(TestWiring)
#include "tst_wiring.moc"
