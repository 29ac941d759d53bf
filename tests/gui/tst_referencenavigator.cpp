// Specification of following references between tables: memberships.person_id → persons.id is followed
// with F12, Ctrl+Return, Ctrl+click or the context menu; Alt+Left goes back; a dangling reference says so and
// moves nothing; a big target table is indexed on a worker. Runs under QT_QPA_PLATFORM=offscreen.
#include "multi_table_fixture.h"

#include "grid/data_grid_view.h"
#include "itemmodels/table_model.h"
#include "navigation/reference_navigator.h"
#include "shell/main_actions.h"
#include "shell/main_window.h"
#include "tables/table_tabs.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace plumbline;

namespace {

constexpr int kPersons = 0;
constexpr int kOrganizations = 1;
constexpr int kMemberships = 2;

/// A window showing the fixture with the memberships tab current and the cell (row, column) current.
struct Fixture
{
    MainWindow window;

    Fixture()
    {
        window.show();
        window.openDataset(testing::popoloDataset());
    }
    void goTo(int tab, int row, int column)
    {
        window.tabs()->setCurrentIndex(tab);
        window.grid()->setFocus();
        window.grid()->setCurrentIndex(window.grid()->model()->index(row, column));
    }
    int tab() const { return window.tabs()->currentIndex(); }
    QModelIndex current() const { return window.grid()->currentIndex(); }
    QString currentText() const { return current().data().toString(); }
};

} // namespace

class TestReferenceNavigator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void referenceCellsLookLikeLinks();
    void followActionNamesTheTarget();
    void f12FollowsAndSelectsTheRow();
    void ctrlReturnFollowsToo();
    void ctrlClickFollows();
    void contextMenuOffersGoTo();
    void backReturnsStepByStep();
    void danglingReferenceSaysSoAndStays();
    void emptyOrPlainCellsDoNotFollow();
    void aBigTargetIsIndexedOnAWorker();
    void aNewDatasetForgetsTheHistory();
    void singular_data();
    void singular();
};

void TestReferenceNavigator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_referencenavigator"));
}

void TestReferenceNavigator::init()
{
    QSettings().clear();
}

void TestReferenceNavigator::referenceCellsLookLikeLinks()
{
    Fixture f;
    const TableModel* memberships = f.window.tabs()->model(kMemberships);
    const auto isLink = [&](int row, int column) {
        return memberships->index(row, column).data(int(TableModel::Role::IsReference)).toBool();
    };
    QVERIFY(isLink(0, 0));  // person_id
    QVERIFY(isLink(0, 1));  // on_behalf_of_id
    QVERIFY(!isLink(0, 2)); // start_date
    QVERIFY(!isLink(5, 1)); // an empty on_behalf_of_id has nothing to follow
    QVERIFY(memberships->index(0, 0).data(Qt::FontRole).value<QFont>().underline());
    QVERIFY(memberships->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("person")));
    QVERIFY(!f.window.tabs()->model(kPersons)->index(0, 0).data(int(TableModel::Role::IsReference)).toBool());
}

void TestReferenceNavigator::followActionNamesTheTarget()
{
    Fixture f;
    QAction* follow = f.window.actions()->followReference();
    f.goTo(kMemberships, 0, 0);
    QVERIFY(follow->isEnabled());
    QCOMPARE(follow->text(), QStringLiteral("Go to person"));
    f.goTo(kMemberships, 0, 1);
    QCOMPARE(follow->text(), QStringLiteral("Go to organization"));
    f.goTo(kMemberships, 0, 2);
    QVERIFY(!follow->isEnabled());
    QVERIFY(follow->shortcuts().contains(QKeySequence(Qt::Key_F12)));
    QVERIFY(follow->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    QCOMPARE(f.window.actions()->back()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
}

void TestReferenceNavigator::f12FollowsAndSelectsTheRow()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.goTo(kMemberships, 0, 0); // p-3
    QTest::keyClick(f.window.grid(), Qt::Key_F12);
    QCOMPARE(f.tab(), kPersons);
    QCOMPARE(f.current().row(), 2);
    QCOMPARE(f.current().column(), 0);
    QCOMPARE(f.currentText(), QStringLiteral("p-3"));
    QCOMPARE(f.window.tableModel()->index(2, 1).data().toString(), QStringLiteral("Florence Nightingale"));
    // The whole target row is selected, and the grid has the focus for the next key.
    QVERIFY(f.window.grid()->selectionModel()->isRowSelected(2, QModelIndex()));
    QCOMPARE(f.window.grid()->selectionModel()->selectedIndexes().size(), 2);
    QVERIFY(f.window.grid()->hasFocus());
    QVERIFY(f.window.statusBar()->currentMessage().contains(QStringLiteral("row 3 of persons")));
    QVERIFY(f.window.actions()->back()->isEnabled());

    // The organization column goes to organizations.
    f.goTo(kMemberships, 2, 1); // party/ld
    QTest::keyClick(f.window.grid(), Qt::Key_F12);
    QCOMPARE(f.tab(), kOrganizations);
    QCOMPARE(f.current().row(), 2);
    QCOMPARE(f.window.tableModel()->index(2, 1).data().toString(), QStringLiteral("Liberal Democrat"));
}

void TestReferenceNavigator::ctrlReturnFollowsToo()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.goTo(kMemberships, 4, 0); // p-2
    QTest::keyClick(f.window.grid(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(f.tab(), kPersons);
    QCOMPARE(f.current().row(), 1);
}

void TestReferenceNavigator::ctrlClickFollows()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.goTo(kMemberships, 0, 2);
    DataGridView* grid = f.window.grid();
    const QRect cell = grid->visualRect(f.window.grid()->model()->index(2, 0)); // p-5
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
    QCOMPARE(f.tab(), kPersons);
    QCOMPARE(f.current().row(), 4);
    // A Ctrl+click on a plain cell is the usual selection gesture: no jump.
    const QRect name = f.window.grid()->visualRect(f.window.grid()->model()->index(1, 1));
    QTest::mouseClick(f.window.grid()->viewport(), Qt::LeftButton, Qt::ControlModifier, name.center());
    QCOMPARE(f.tab(), kPersons);
}

void TestReferenceNavigator::contextMenuOffersGoTo()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.goTo(kMemberships, 1, 0); // p-1
    DataGridView* grid = f.window.grid();
    QStringList texts;
    QTimer::singleShot(50, this, [&texts] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction* action : menu->actions())
            texts << action->text();
        menu->actions().first()->trigger();
        menu->close();
    });
    const QRect cell = grid->visualRect(f.window.grid()->model()->index(1, 0));
    emit grid->customContextMenuRequested(cell.center());
    QVERIFY2(texts.value(0) == QStringLiteral("Go to person"), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(grid->copyAction()->text()));
    QTRY_COMPARE(f.tab(), kPersons);
    QCOMPARE(f.current().row(), 0);
}

void TestReferenceNavigator::backReturnsStepByStep()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.goTo(kMemberships, 3, 1); // party/lab
    QTest::keyClick(f.window.grid(), Qt::Key_F12);
    QCOMPARE(f.tab(), kOrganizations);
    QCOMPARE(f.current().row(), 0);
    f.goTo(kMemberships, 5, 0); // p-4
    QTest::keyClick(f.window.grid(), Qt::Key_F12);
    QCOMPARE(f.tab(), kPersons);
    QCOMPARE(f.current().row(), 3);

    QTest::keyClick(f.window.grid(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(f.tab(), kMemberships);
    QCOMPARE(f.current(), f.window.grid()->model()->index(5, 0));
    // Back selects the cell it returns to, not the row.
    QCOMPARE(f.window.grid()->selectionModel()->selectedIndexes().size(), 1);
    QTest::keyClick(f.window.grid(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(f.tab(), kMemberships);
    QCOMPARE(f.current(), f.window.grid()->model()->index(3, 1));
    QVERIFY(!f.window.actions()->back()->isEnabled());
    QVERIFY(!f.window.navigator()->canGoBack());
    f.window.navigator()->back(); // nothing left: a message, no move
    QCOMPARE(f.current(), f.window.grid()->model()->index(3, 1));
}

void TestReferenceNavigator::danglingReferenceSaysSoAndStays()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    f.goTo(kMemberships, 3, 0); // p-404
    QSignalSpy messages(f.window.navigator(), &ReferenceNavigator::statusMessage);
    QTest::keyClick(f.window.grid(), Qt::Key_F12);
    QCOMPARE(f.tab(), kMemberships);
    QCOMPARE(f.current(), f.window.grid()->model()->index(3, 0));
    QCOMPARE(messages.count(), 1);
    const QString message = messages.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("Dangling reference")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("p-404")));
    QVERIFY(message.contains(QStringLiteral("memberships.person_id")));
    QCOMPARE(f.window.statusBar()->currentMessage(), message);
    QVERIFY(!f.window.navigator()->canGoBack());
}

void TestReferenceNavigator::emptyOrPlainCellsDoNotFollow()
{
    Fixture f;
    ReferenceNavigator* navigator = f.window.navigator();
    f.goTo(kMemberships, 5, 1); // empty on_behalf_of_id
    QVERIFY(!navigator->followCurrent());
    QVERIFY(navigator->followText(f.current()).isEmpty());
    f.goTo(kMemberships, 0, 2); // start_date
    QVERIFY(!navigator->followCurrent());
    f.goTo(kPersons, 0, 0); // a key, not a reference
    QVERIFY(!navigator->followCurrent());
    QCOMPARE(f.tab(), kPersons);
    QVERIFY(!navigator->follow(QModelIndex()));
}

void TestReferenceNavigator::aBigTargetIsIndexedOnAWorker()
{
    const int rows = int(ReferenceNavigator::kSyncIndexRows) + 50'000;
    std::vector<std::vector<std::string>> people;
    people.reserve(std::size_t(rows));
    for (int i = 0; i < rows; ++i)
        people.push_back({QByteArray("person-").append(QByteArray::number(i)).toStdString(), "someone"});
    auto dataset = std::make_shared<Dataset>();
    dataset->tables.push_back(
        testing::makeTable(QStringLiteral("persons"), {QStringLiteral("id"), QStringLiteral("name")}, people));
    dataset->tables.push_back(testing::makeTable(QStringLiteral("memberships"), {QStringLiteral("person_id")},
                                                 {{"person-249999"}, {"person-17"}}));
    dataset->relations.push_back(Relation{QStringLiteral("memberships"), QStringLiteral("person_id"),
                                          QStringLiteral("persons"), QStringLiteral("id")});
    MainWindow window;
    window.show();
    window.openDataset(dataset);
    window.tabs()->setCurrentIndex(1);
    window.grid()->setCurrentIndex(window.grid()->model()->index(0, 0));
    QVERIFY(window.navigator()->followCurrent());
    QVERIFY(window.navigator()->isIndexing());
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Indexing persons.id")));
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->currentIndex(), 0, 20000);
    QCOMPARE(window.grid()->currentIndex().row(), 249999);
    QVERIFY(!window.navigator()->isIndexing());
    // The index is kept: the next jump is immediate.
    window.navigator()->back();
    window.grid()->setCurrentIndex(window.grid()->model()->index(1, 0));
    QVERIFY(window.navigator()->followCurrent());
    QCOMPARE(window.tabs()->currentIndex(), 0);
    QCOMPARE(window.grid()->currentIndex().row(), 17);
}

void TestReferenceNavigator::aNewDatasetForgetsTheHistory()
{
    Fixture f;
    f.goTo(kMemberships, 0, 0);
    QVERIFY(f.window.navigator()->followCurrent());
    QVERIFY(f.window.navigator()->canGoBack());
    f.window.openDataset(testing::popoloDataset());
    QVERIFY(!f.window.navigator()->canGoBack());
    QVERIFY(!f.window.actions()->back()->isEnabled());
}

void TestReferenceNavigator::singular_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("noun");
    QTest::newRow("persons") << QStringLiteral("persons") << QStringLiteral("person");
    QTest::newRow("people") << QStringLiteral("people") << QStringLiteral("person");
    QTest::newRow("organizations") << QStringLiteral("organizations") << QStringLiteral("organization");
    QTest::newRow("parties") << QStringLiteral("parties") << QStringLiteral("party");
    QTest::newRow("addresses") << QStringLiteral("addresses") << QStringLiteral("address");
    QTest::newRow("areas") << QStringLiteral("areas") << QStringLiteral("area");
    QTest::newRow("already singular") << QStringLiteral("event") << QStringLiteral("event");
    QTest::newRow("capitals") << QStringLiteral("Persons") << QStringLiteral("person");
}

void TestReferenceNavigator::singular()
{
    QFETCH(QString, table);
    QFETCH(QString, noun);
    QCOMPARE(ReferenceNavigator::singular(table), noun);
}

QTEST_MAIN(TestReferenceNavigator)
#include "tst_referencenavigator.moc"
