// Multi-table files end to end in the main window: an SQLite database made here with QtSql, the real Kenya
// EveryPolitician Popolo file, and the in-memory fixture exported to SQLite and XLSX and opened again — one
// tab per table, relations followed with F12 and back with Alt+Left. Runs under QT_QPA_PLATFORM=offscreen.
#include "multi_table_fixture.h"

#include "grid/data_grid_view.h"
#include "itemmodels/table_model.h"
#include "navigation/reference_navigator.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "tables/table_tabs.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace plumbline;

namespace {

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFile(path);
    return finished.wait(60000) && finished.first().first().toBool();
}

QStringList tabNames(const TableTabs* tabs)
{
    QStringList names;
    for (int tab = 0; tab < tabs->count(); ++tab)
        names << tabs->tabText(tab);
    return names;
}

/// Puts the current cell on (table, row, column name) and presses F12.
void followFrom(MainWindow& window, const QString& table, int row, const QString& column)
{
    window.tabs()->setCurrentIndex(window.tabs()->tabOf(table));
    const int c = window.tableModel()->table()->columnIndex(column);
    window.grid()->setFocus();
    window.grid()->setCurrentIndex(window.grid()->model()->index(row, c));
    QTest::keyClick(window.grid(), Qt::Key_F12);
}

QString currentTable(const MainWindow& window)
{
    return window.tabs()->currentTable()->name();
}

QString currentCell(const MainWindow& window)
{
    return window.grid()->currentIndex().data().toString();
}

} // namespace

class TestMultiTableFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sqliteDatabaseOpensWithATabPerTable();
    void popoloFileFollowsMembershipsToPersons();
    void exportedWorkbookAndDatabaseOpenAgain_data();
    void exportedWorkbookAndDatabaseOpenAgain();

private:
    QTemporaryDir m_dir;
};

void TestMultiTableFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_multitablefiles"));
    QVERIFY(m_dir.isValid());
}

void TestMultiTableFiles::init()
{
    QSettings().clear();
    AppSettings().validateAfterLoad.setValue(false); // these tests are about tables and references
}

void TestMultiTableFiles::sqliteDatabaseOpensWithATabPerTable()
{
    const QString path = m_dir.filePath(QStringLiteral("council.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const char* sql : {"CREATE TABLE wards (code TEXT PRIMARY KEY, name TEXT)",
                                "CREATE TABLE applications (reference TEXT, ward TEXT REFERENCES wards(code), "
                                "decision TEXT)",
                                "INSERT INTO wards VALUES ('E05000001', 'Abbey'), ('E05000002', 'Bridge'), "
                                "('E05000003', 'Castle')",
                                "INSERT INTO applications VALUES ('24/0001', 'E05000003', 'granted'), "
                                "('24/0002', 'E05000001', 'refused'), ('24/0003', 'E09999999', 'granted')"})
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, path));
    QStringList names = tabNames(window.tabs());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("applications"), QStringLiteral("wards")}));

    followFrom(window, QStringLiteral("applications"), 0, QStringLiteral("ward"));
    QCOMPARE(currentTable(window), QStringLiteral("wards"));
    QCOMPARE(currentCell(window), QStringLiteral("E05000003"));
    QVERIFY2(window.sourceStatusText().startsWith(QStringLiteral("3 rows | 2 columns")),
             qPrintable(window.sourceStatusText()));
    QTest::keyClick(window.grid(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(currentTable(window), QStringLiteral("applications"));
    // A ward code with no ward is a dangling reference.
    followFrom(window, QStringLiteral("applications"), 2, QStringLiteral("ward"));
    QCOMPARE(currentTable(window), QStringLiteral("applications"));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Dangling reference")));
}

void TestMultiTableFiles::popoloFileFollowsMembershipsToPersons()
{
    const QString kenya = QStringLiteral(PLUMBLINE_SHARED_DATA "/political/kenya-assembly-ep-popolo-v1.0.json");
    if (!QFileInfo::exists(kenya))
        QSKIP("../shared/data is not here; the Kenya Popolo file is needed for this test");
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, kenya));
    const QStringList names = tabNames(window.tabs());
    for (const char* table : {"persons", "organizations", "memberships", "events", "areas"})
        QVERIFY2(names.contains(QLatin1String(table)), qPrintable(names.join(u',')));
    // SOURCES.md: 350 persons, 352 memberships.
    QCOMPARE(window.tabs()->model(window.tabs()->tabOf(QStringLiteral("persons")))->rowCount(), 350);
    QCOMPARE(window.tabs()->model(window.tabs()->tabOf(QStringLiteral("memberships")))->rowCount(), 352);

    // Every membership's person is found (Kenya has no dangling person ids), and back returns each time.
    const int memberships = window.tabs()->tabOf(QStringLiteral("memberships"));
    const auto table = window.tabs()->table(memberships);
    const int personColumn = table->columnIndex(QStringLiteral("person_id"));
    for (int row : {0, 107, 351}) {
        const QString person = QString::fromUtf8(table->cell(std::size_t(row), personColumn).data(),
                                                 qsizetype(table->cell(std::size_t(row), personColumn).size()));
        followFrom(window, QStringLiteral("memberships"), row, QStringLiteral("person_id"));
        QCOMPARE(currentTable(window), QStringLiteral("persons"));
        QCOMPARE(currentCell(window), person);
        QTest::keyClick(window.grid(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(currentTable(window), QStringLiteral("memberships"));
        QCOMPARE(window.grid()->currentIndex().row(), row);
    }
    followFrom(window, QStringLiteral("memberships"), 0, QStringLiteral("on_behalf_of_id"));
    QCOMPARE(currentTable(window), QStringLiteral("organizations"));
    followFrom(window, QStringLiteral("memberships"), 0, QStringLiteral("legislative_period_id"));
    QCOMPARE(currentTable(window), QStringLiteral("events"));
    QCOMPARE(currentCell(window), QStringLiteral("term/11"));
}

void TestMultiTableFiles::exportedWorkbookAndDatabaseOpenAgain_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("keepsRelations");
    QTest::newRow("xlsx") << QStringLiteral("fixture.xlsx") << false;
    QTest::newRow("sqlite") << QStringLiteral("fixture.sqlite") << true;
}

void TestMultiTableFiles::exportedWorkbookAndDatabaseOpenAgain()
{
    QFETCH(QString, fileName);
    QFETCH(bool, keepsRelations);
    const QString path = m_dir.filePath(fileName);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDataset(testing::popoloDataset());
    QSignalSpy exported(&window, &MainWindow::exportFinished);
    QVERIFY(window.exportTo(path)); // no table chosen: both formats hold every table
    QVERIFY(exported.wait(30000));
    QVERIFY(exported.first().first().toBool());

    QVERIFY(openAndWait(window, path));
    QStringList names = tabNames(window.tabs());
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("memberships"), QStringLiteral("organizations"), QStringLiteral("persons")}));
    QCOMPARE(window.tabs()->model(window.tabs()->tabOf(QStringLiteral("memberships")))->rowCount(), 6);
    followFrom(window, QStringLiteral("memberships"), 0, QStringLiteral("person_id"));
    if (keepsRelations) {
        QCOMPARE(currentTable(window), QStringLiteral("persons"));
        QCOMPARE(currentCell(window), QStringLiteral("p-3"));
    } else {
        QCOMPARE(currentTable(window),
                 QStringLiteral("memberships")); // a workbook has no relations to follow
    }
}

QTEST_MAIN(TestMultiTableFiles)
#include "tst_multitablefiles.moc"
