// Specification of the table tabs: one tab per table of the dataset on screen, each with its own grid and
// model; the tab bar hidden for a single table; the status bar and the Edit menu follow the current tab; a
// failed load keeps the tabs. Runs under QT_QPA_PLATFORM=offscreen.
#include "multi_table_fixture.h"

#include "grid/data_grid_view.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "shell/main_actions.h"
#include "shell/main_window.h"
#include "tables/table_tabs.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace plumbline;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/") + QLatin1String(name);
}

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFile(path);
    if (!finished.wait(60000))
        return false;
    return finished.first().first().toBool();
}

QStringList tabNames(const TableTabs* tabs)
{
    QStringList names;
    for (int tab = 0; tab < tabs->count(); ++tab)
        names << tabs->tabText(tab);
    return names;
}

} // namespace

class TestTableTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void oneTabPerTable();
    void aSingleTableHidesTheTabBar();
    void statusBarShowsTheCurrentTable();
    void editMenuCopiesFromTheCurrentTab();
    void anotherFileReplacesTheTabs();
    void aFailedLoadKeepsTheTabsAndTheCurrentTab();
    void tabStateSurvivesAReloadOfTheSameSource();
};

void TestTableTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tabletabs"));
}

void TestTableTabs::init()
{
    QSettings().clear();
}

void TestTableTabs::oneTabPerTable()
{
    MainWindow window;
    window.show();
    window.openDataset(testing::popoloDataset());
    TableTabs* tabs = window.tabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabNames(tabs),
             (QStringList{QStringLiteral("persons"), QStringLiteral("organizations"), QStringLiteral("memberships")}));
    QVERIFY(tabs->tabBar()->isVisible());
    QCOMPARE(tabs->currentIndex(), 0);
    // Each tab has its own grid over its own model over its own table.
    QCOMPARE(tabs->model(0)->rowCount(), 5);
    QCOMPARE(tabs->model(1)->rowCount(), 3);
    QCOMPARE(tabs->model(2)->rowCount(), 6);
    QCOMPARE(tabs->model(2)->columnCount(), 3);
    QVERIFY(tabs->grid(0) != tabs->grid(2));
    QCOMPARE(tabs->grid(2)->model(), tabs->rowView(2));
    QCOMPARE(tabs->rowView(2)->tableModel(), tabs->model(2));
    QCOMPARE(tabs->model(1)->index(0, 1).data().toString(), QStringLiteral("Labour"));
    QCOMPARE(tabs->tabOf(QStringLiteral("memberships")), 2);
    QCOMPARE(tabs->tabOf(QStringLiteral("posts")), -1);
    QVERIFY(tabs->tabToolTip(0).contains(QStringLiteral("5 rows")));
    // Every grid starts on its first cell; the window's grid() is the current tab's.
    QCOMPARE(tabs->grid(2)->currentIndex(), tabs->grid(2)->model()->index(0, 0));
    tabs->setCurrentIndex(2);
    QCOMPARE(window.grid(), tabs->grid(2));
    QCOMPARE(window.tableModel(), tabs->model(2));
}

void TestTableTabs::aSingleTableHidesTheTabBar()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.tabs()->count(), 1); // an empty grid before any file
    QVERIFY(!window.tabs()->tabBar()->isVisible());
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    QCOMPARE(window.tabs()->count(), 1);
    QVERIFY(!window.tabs()->tabBar()->isVisible());
    QCOMPARE(window.tableModel()->rowCount(), 6);
}

void TestTableTabs::statusBarShowsTheCurrentTable()
{
    MainWindow window;
    window.show();
    window.openDataset(testing::popoloDataset());
    QVERIFY2(window.sourceStatusText().startsWith(QStringLiteral("5 rows | 2 columns")),
             qPrintable(window.sourceStatusText()));
    window.tabs()->setCurrentIndex(2);
    QVERIFY2(window.sourceStatusText().startsWith(QStringLiteral("6 rows | 3 columns")),
             qPrintable(window.sourceStatusText()));
    QTest::keyClick(window.tabs()->tabBar(), Qt::Key_Left);
    QCOMPARE(window.tabs()->currentIndex(), 1);
    QVERIFY2(window.sourceStatusText().startsWith(QStringLiteral("3 rows | 2 columns")),
             qPrintable(window.sourceStatusText()));
}

void TestTableTabs::editMenuCopiesFromTheCurrentTab()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDataset(testing::popoloDataset());
    window.tabs()->setCurrentIndex(1);
    DataGridView* grid = window.grid();
    QCOMPARE(grid, window.tabs()->grid(1));
    grid->setFocus();
    grid->setCurrentIndex(window.grid()->model()->index(2, 1));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Liberal Democrat\n"));

    auto* edit = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuEdit"));
    QVERIFY(edit);
    // Undo and Redo of the document, then only the current grid's actions.
    QCOMPARE(edit->actions().value(0), window.actions()->undo());
    QCOMPARE(edit->actions().value(1), window.actions()->redo());
    QVERIFY(edit->actions().contains(grid->copyAction()));
    window.tabs()->setCurrentIndex(0);
    QVERIFY(edit->actions().contains(window.tabs()->grid(0)->copyAction()));
    QVERIFY(!edit->actions().contains(grid->copyAction()));
}

void TestTableTabs::anotherFileReplacesTheTabs()
{
    MainWindow window;
    window.show();
    window.openDataset(testing::popoloDataset());
    QCOMPARE(window.tabs()->count(), 3);
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    QCOMPARE(window.tabs()->count(), 1);
    QCOMPARE(window.tableModel()->rowCount(), 6);
    QCOMPARE(window.tableModel()->index(0, 0).data().toString(), QStringLiteral("13/00858/HCC3S"));
    QVERIFY(!window.tabs()->tabBar()->isVisible());
    window.openDataset(testing::popoloDataset());
    QCOMPARE(window.tabs()->count(), 3);
    QCOMPARE(window.tabs()->currentIndex(), 0);
}

void TestTableTabs::aFailedLoadKeepsTheTabsAndTheCurrentTab()
{
    MainWindow window;
    window.show();
    window.openDataset(testing::popoloDataset());
    window.tabs()->setCurrentIndex(2);
    window.grid()->setCurrentIndex(window.grid()->model()->index(4, 1));
    const auto before = window.dataset();
    QVERIFY(!openAndWait(window, fixture("unterminated-quote.csv")));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("loadErrorBox"));
    QVERIFY(box);
    box->close();
    QCOMPARE(window.dataset(), before);
    QCOMPARE(window.tabs()->count(), 3);
    QCOMPARE(window.tabs()->currentIndex(), 2);
    QCOMPARE(window.grid()->currentIndex(), window.grid()->model()->index(4, 1));
}

void TestTableTabs::tabStateSurvivesAReloadOfTheSameSource()
{
    // TableTabs on its own: a newer read of the same source keeps grids (and so their state).
    TableTabs tabs;
    auto first = testing::popoloDataset();
    tabs.setDataset(first);
    // A guarded pointer, never a raw address: once the old grids are deleted, the allocator may hand a new grid
    // the very address an old one had, so comparing addresses would fail now and then.
    QPointer<DataGridView> memberships = tabs.grid(2);
    memberships->setColumnWidth(0, 211);
    tabs.setCurrentIndex(2);
    const TableTabs::State state = tabs.saveState();
    QSignalSpy gridChanged(&tabs, &TableTabs::currentGridChanged);
    tabs.setDataset(testing::popoloDataset(), true);
    QCOMPARE(gridChanged.count(), 1);
    QCOMPARE(tabs.grid(2), memberships.data());
    tabs.restoreState(state);
    QCOMPARE(tabs.currentIndex(), 2);
    QCOMPARE(tabs.grid(2)->columnWidth(0), 211);
    // Without sameSource the grids are new: the old ones are gone.
    tabs.setDataset(testing::popoloDataset());
    QVERIFY(memberships.isNull());
    QVERIFY(tabs.grid(2));
    QCOMPARE(tabs.currentIndex(), 0);
    tabs.setDataset(nullptr);
    QCOMPARE(tabs.count(), 1);
    QVERIFY(tabs.currentGrid());
    QCOMPARE(tabs.currentModel()->rowCount(), 0);
}

QTEST_MAIN(TestTableTabs)
#include "tst_tabletabs.moc"
