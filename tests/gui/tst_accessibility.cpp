// Accessibility of the main window with a file loaded and validated: every interactive element a screen reader
// reaches has a name, the grid exposes its cells (with their findings in words), the findings panel says each
// finding's severity in words, and every menu of the menu bar and every action in it has a keyboard route.
#include "keyboard_routes.h"

#include "grid/data_grid_view.h"
#include "itemmodels/findings_tree_model.h"
#include "itemmodels/table_model.h"
#include "panels/findings/findings_dock.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "validation/finding_navigator.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace plumbline;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/editing/") + name;
}

/// Roles a user operates (as opposed to labels, panes and separators).
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::MenuItem:
    case QAccessible::MenuBar:
    case QAccessible::PopupMenu:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::ToolBar:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface* iface)
{
    QString path;
    for (QObject* o = iface->object(); o; o = o->parent())
        if (!o->objectName().isEmpty())
            path.prepend(QLatin1Char('/') + o->objectName());
    const QString className = iface->object() ? QString::fromLatin1(iface->object()->metaObject()->className())
                                              : QStringLiteral("(no object)");
    return QStringLiteral("%1 role %2 at %3")
        .arg(className)
        .arg(int(iface->role()), 0, 16)
        .arg(path.isEmpty() ? QStringLiteral("?") : path);
}

/// Walks the tree below iface; interactive, visible elements without a name go to unnamed. Table cells are left
/// to the grid test: a table is named, its cells are its data.
void walk(QAccessibleInterface* iface, QStringList& unnamed, int& visited, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    ++visited;
    if (iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed << describe(iface);
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, visited, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyInteractiveElementHasAName();
    void theGridExposesItsCellsAndTheirFindings();
    void theFindingsPanelSaysTheSeverityInWords();
    void everyMenuAndActionHasAKeyboardRoute();
    void theKeyboardMovesBetweenPanes();

private:
    MainWindow* m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, never the user's
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    AppSettings().rulePack.setValue(fixture(QStringLiteral("pack.json")));
    m_window = new MainWindow;
    m_window->resize(1200, 760);
    m_window->show();
    m_window->findingNavigator()->dock()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy validated(m_window, &MainWindow::validationFinished);
    m_window->openFile(fixture(QStringLiteral("register.csv")));
    QVERIFY(validated.wait(60000));
    QVERIFY(validated.first().first().toBool());
    QTRY_VERIFY(m_window->findingNavigator()->dock()->model()->rowCount() > 0); // arranged off the GUI thread
}

void TestAccessibility::cleanupTestCase()
{
    delete m_window;
    AppSettings().rulePack.reset();
}

void TestAccessibility::everyInteractiveElementHasAName()
{
    QStringList unnamed;
    int visited = 0;
    walk(QAccessible::queryAccessibleInterface(m_window), unnamed, visited);
    // The menus are popups, not children of the window's interface: walk each menu bar menu too.
    for (QAction* action : m_window->menuBar()->actions())
        if (action->menu())
            walk(QAccessible::queryAccessibleInterface(action->menu()), unnamed, visited);
    QVERIFY2(visited > 50, qPrintable(QString::number(visited))); // the walk really went through the window
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n  ") + unnamed.join(u"\n  ")));
}

void TestAccessibility::theGridExposesItsCellsAndTheirFindings()
{
    DataGridView* grid = m_window->grid();
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(grid);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Table);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    QAccessibleTableInterface* table = iface->tableInterface();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), grid->model()->rowCount());
    QCOMPARE(table->columnCount(), grid->model()->columnCount());
    QAccessibleInterface* cell = table->cellAt(0, 0);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), grid->model()->index(0, 0).data().toString());

    // A cell with a finding describes it in words ("error E-DECISION: …").
    const QAbstractItemModel* model = grid->model();
    bool found = false;
    for (int row = 0; row < model->rowCount() && !found; ++row)
        for (int column = 0; column < model->columnCount() && !found; ++column) {
            if (!model->index(row, column).data(int(TableModel::Role::FindingSeverity)).isValid())
                continue;
            found = true;
            const QString description = table->cellAt(row, column)->text(QAccessible::Description);
            QVERIFY2(description.contains(QStringLiteral("error")) || description.contains(QStringLiteral("warning")),
                     qPrintable(description));
        }
    QVERIFY(found);
}

void TestAccessibility::theFindingsPanelSaysTheSeverityInWords()
{
    QTreeView* view = m_window->findingNavigator()->dock()->view();
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view);
    QVERIFY(iface && iface->tableInterface());
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    // Grouped, the first line is a group's heading and the first finding the line under it (the worst group opens).
    const bool grouped = m_window->findingNavigator()->dock()->model()->grouping() != FindingsTreeModel::Grouping::None;
    QAccessibleInterface* severity =
        iface->tableInterface()->cellAt(grouped ? 1 : 0, FindingsTreeModel::SeverityColumn);
    QVERIFY(severity);
    const QStringList words = {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("notice"),
                               QStringLiteral("info")};
    QVERIFY2(words.contains(severity->text(QAccessible::Name)), qPrintable(severity->text(QAccessible::Name)));
}

void TestAccessibility::everyMenuAndActionHasAKeyboardRoute()
{
    const QStringList missing = testing::missingKeyboardRoutes(m_window->menuBar());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no keyboard route:\n  ") + missing.join(u"\n  ")));
}

void TestAccessibility::theKeyboardMovesBetweenPanes()
{
    // Tab moves between the grid's cells, so F6 and Shift+F6 move between the panes.
    m_window->activateWindow();
    m_window->grid()->setFocus();
    QVERIFY(m_window->grid()->hasFocus());
    QTreeView* findings = m_window->findingNavigator()->dock()->view();
    QTest::keyClick(m_window->grid(), Qt::Key_F6);
    QTRY_VERIFY(findings->hasFocus());
    QTest::keyClick(findings, Qt::Key_F6); // the history is hidden: round to the grid
    QTRY_VERIFY(m_window->grid()->hasFocus());
    QTest::keyClick(m_window->grid(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(findings->hasFocus());
}

QTEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"
