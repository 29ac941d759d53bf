// Specification of the main window, driven the way a user drives it: open a file through openFile() (the code
// path of File → Open, Open Recent, drag and drop and the command line), wait for the background load, then
// look at the grid, the headers, the status bar and the keyboard. Runs under QT_QPA_PLATFORM=offscreen.
#include "grid/data_grid_view.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "loading/dataset_loader.h"
#include "settings/app_settings.h"
#include "shell/about_dialog.h"
#include "shell/main_window.h"
#include "shell/recent_files.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/stat.h>

using namespace plumbline;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/") + QLatin1String(name);
}

/// Writes a CSV of rows data rows (id, name, amount, date, notes) and returns its path.
QString writeGeneratedCsv(const QTemporaryDir& dir, const QString& name, int rows)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray chunk = "id,name,amount,date,notes\n";
    for (int row = 1; row <= rows; ++row) {
        chunk += QByteArray::number(row) + ",Name " + QByteArray::number(row % 977) + ',' +
                 QByteArray::number(row * 7 % 10000) + '.' + QByteArray::number(row % 100) + ",2014-0" +
                 QByteArray::number(1 + row % 9) + "-1" + QByteArray::number(row % 10) +
                 ",Some free text that makes the row longer than a few bytes\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

/// Opens path and waits until the load has ended; returns loadFinished's ok argument.
bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFile(path);
    if (!finished.wait(60000))
        return false;
    return finished.first().first().toBool();
}

QString cell(const MainWindow& window, int row, int column)
{
    return window.tableModel()->index(row, column).data().toString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensAFileIntoTheGrid();
    void headersShowNameAndInferredType();
    void opensTheRealWindows1252Register();
    void statusBarDescribesTheSource();
    void rowsHaveOneFixedHeight();
    void columnsAreSizedFromASampleAndCapped();
    void keyboardNavigation_data();
    void keyboardNavigation();
    void pageDownAndUpMoveByAScreen();
    void copyPutsTheSelectionOnTheClipboardAsTsv();
    void aBadFileShowsAnErrorAndKeepsThePreviousTable_data();
    void aBadFileShowsAnErrorAndKeepsThePreviousTable();
    void cancelKeepsThePreviousTable();
    void aBigFileShowsAPreviewThenTheWholeTable();
    void aNewerLoadSupersedesAnOlderOne();
    void openedFilesAreRemembered();
    void recentFilesAreCappedAndPruned();
    void droppingAFileOpensIt();
    void geometryIsRestored();
    void menusHaveTheStandardShortcuts();
    void aboutNamesTheVersions();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, never the user's
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    QSettings().clear();
}

void TestMainWindow::opensAFileIntoTheGrid()
{
    MainWindow window;
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    QCOMPARE(window.tableModel()->rowCount(), 6);
    QCOMPARE(window.tableModel()->columnCount(), 5);
    QCOMPARE(window.tabs()->currentRowView()->tableModel(), window.tableModel());
    QCOMPARE(cell(window, 0, 0), QStringLiteral("13/00858/HCC3S"));
    QCOMPARE(cell(window, 1, 4), QStringLiteral("Quarry, phase 2"));
    QCOMPARE(cell(window, 3, 4), QStringLiteral("Caf\u00e9 \u2013 St John\u2019s"));
    QCOMPARE(window.tableModel()->index(2, 4).data(Qt::EditRole).toString(), QStringLiteral("Line one\nline two"));
    QCOMPARE(window.windowTitle(), QStringLiteral("applications.csv[*] \u2014 Plumbline"));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.dataset());
    QCOMPARE(window.grid()->currentIndex(), window.grid()->model()->index(0, 0));
    QVERIFY(!window.isLoading());
}

void TestMainWindow::headersShowNameAndInferredType()
{
    MainWindow window;
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    const TableModel* model = window.tableModel();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("reference\ntext"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("decision_date\ndate"));
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("ground_area\ndecimal"));
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
    // Both header lines fit: the header is at least two text lines high.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.grid()->horizontalHeader()->height() >= 2 * window.grid()->fontMetrics().height());
}

void TestMainWindow::opensTheRealWindows1252Register()
{
    const QString path = QStringLiteral(PLUMBLINE_SHARED_DATA "/planning/Existing_NoDups_NotLessThanZero.csv");
    if (!QFileInfo::exists(path))
        QSKIP("the shared data folder (../shared/data) is not present");
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, path));
    QCOMPARE(window.tableModel()->rowCount(), 1890);
    QCOMPARE(window.tableModel()->columnCount(), 21);
    // Line 241 of the file: 0x92 bytes are Windows-1252 right single quotes, not mojibake.
    QCOMPARE(cell(window, 239, 1), QStringLiteral("Top O\u2019 T\u2019 Town"));
    QCOMPARE(window.tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("LPA\ntext"));
    const QString status = window.sourceStatusText();
    QVERIFY2(status.startsWith(QLocale().toString(1890) +
                               QStringLiteral(" rows | 21 columns | windows-1252 | comma | CRLF | loaded in ")),
             qPrintable(status));
}

void TestMainWindow::statusBarDescribesTheSource()
{
    MainWindow window;
    QVERIFY(window.sourceStatusText().isEmpty());
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    const QString status = window.sourceStatusText();
    QVERIFY2(status.startsWith(QStringLiteral("6 rows | 5 columns | UTF-8 | comma | LF | loaded in ")),
             qPrintable(status));
    QVERIFY(window.loadProgressText().isEmpty());
}

void TestMainWindow::rowsHaveOneFixedHeight()
{
    MainWindow window;
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    const QHeaderView* rows = window.grid()->verticalHeader();
    QCOMPARE(rows->sectionResizeMode(0), QHeaderView::Fixed);
    // The multi-line cell in row 3 does not make its row taller.
    QCOMPARE(rows->sectionSize(2), rows->defaultSectionSize());
    QCOMPARE(rows->sectionSize(0), rows->defaultSectionSize());
}

void TestMainWindow::columnsAreSizedFromASampleAndCapped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Column "late" is short in the first 100 rows and very long after: the sample must not look that far.
    QByteArray text = "short,long,late\n";
    for (int row = 0; row < 300; ++row)
        text += "a," + QByteArray(row == 5 ? 2000 : 3, 'x') + ',' + QByteArray(row >= 150 ? 400 : 2, 'y') + '\n';
    file.write(text);
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, path));
    const DataGridView* grid = window.grid();
    QCOMPARE(grid->columnWidth(1), grid->maxColumnWidth());
    QVERIFY(grid->columnWidth(0) >= grid->minColumnWidth());
    QVERIFY(grid->columnWidth(0) < grid->maxColumnWidth());
    QVERIFY2(grid->columnWidth(2) < grid->maxColumnWidth() / 2, "rows past the sample must not widen a column");
}

void TestMainWindow::keyboardNavigation_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("startRow");
    QTest::addColumn<int>("startColumn");
    QTest::addColumn<int>("expectedRow");    // -1: the last row
    QTest::addColumn<int>("expectedColumn"); // -1: the last column

    QTest::newRow("down") << int(Qt::Key_Down) << 0 << 0 << 0 << 1 << 0;
    QTest::newRow("right") << int(Qt::Key_Right) << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("up at the top stays") << int(Qt::Key_Up) << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("end goes to the last column") << int(Qt::Key_End) << 0 << 5 << 1 << 5 << -1;
    QTest::newRow("home goes to the first column") << int(Qt::Key_Home) << 0 << 5 << 3 << 5 << 0;
    QTest::newRow("ctrl+end goes to the last cell")
        << int(Qt::Key_End) << int(Qt::ControlModifier) << 0 << 0 << -1 << -1;
    QTest::newRow("ctrl+home goes to the first cell")
        << int(Qt::Key_Home) << int(Qt::ControlModifier) << 700 << 3 << 0 << 0;
}

void TestMainWindow::keyboardNavigation()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, startRow);
    QFETCH(int, startColumn);
    QFETCH(int, expectedRow);
    QFETCH(int, expectedColumn);

    const QString path = writeGeneratedCsv(m_dir, QStringLiteral("navigation.csv"), 1000);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, path));
    DataGridView* grid = window.grid();
    const int rows = grid->model()->rowCount();
    const int columns = grid->model()->columnCount();
    QCOMPARE(rows, 1000);
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(startRow, startColumn));
    QTest::keyClick(grid, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(grid->currentIndex().row(), expectedRow < 0 ? rows - 1 : expectedRow);
    QCOMPARE(grid->currentIndex().column(), expectedColumn < 0 ? columns - 1 : expectedColumn);
    // The current cell is scrolled into view.
    QVERIFY(grid->viewport()->rect().intersects(grid->visualRect(grid->currentIndex())));
}

void TestMainWindow::pageDownAndUpMoveByAScreen()
{
    const QString path = writeGeneratedCsv(m_dir, QStringLiteral("paging.csv"), 1000);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, path));
    DataGridView* grid = window.grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 2));
    const int rowsOnScreen = grid->viewport()->height() / grid->verticalHeader()->defaultSectionSize();
    QVERIFY(rowsOnScreen > 5);
    QTest::keyClick(grid, Qt::Key_PageDown);
    const int afterOnePage = grid->currentIndex().row();
    QVERIFY2(afterOnePage >= rowsOnScreen - 2 && afterOnePage <= rowsOnScreen + 1,
             qPrintable(QStringLiteral("%1 rows on screen, moved to row %2").arg(rowsOnScreen).arg(afterOnePage)));
    QCOMPARE(grid->currentIndex().column(), 2);
    QTest::keyClick(grid, Qt::Key_PageDown);
    const int afterTwoPages = grid->currentIndex().row();
    QVERIFY(afterTwoPages >= afterOnePage + rowsOnScreen - 2);
    QTest::keyClick(grid, Qt::Key_PageUp);
    // QTableView pages by whole rows on screen, so up and down may differ by the partly visible row.
    QVERIFY(qAbs(grid->currentIndex().row() - afterOnePage) <= 1);
}

void TestMainWindow::copyPutsTheSelectionOnTheClipboardAsTsv()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    DataGridView* grid = window.grid();

    grid->setFocus();
    grid->selectionModel()->select(QItemSelection(grid->model()->index(1, 3), grid->model()->index(2, 4)),
                                   QItemSelectionModel::ClearAndSelect);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier);
    // The line break inside a cell is quoted so that a spreadsheet pastes it into one cell.
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("20696\tQuarry, phase 2\n1.16\t\"Line one\nline two\"\n"));

    QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("ground_area\tnotes\n20696\tQuarry, phase 2\n1.16\t\"Line one\nline two\"\n"));

    // Two separate cells: the bounding rectangle, with the unselected cells left empty.
    grid->selectionModel()->select(grid->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    grid->selectionModel()->select(grid->model()->index(1, 1), QItemSelectionModel::Select);
    window.grid()->copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("13/00858/HCC3S\t\n\tRefused\n"));
}

void TestMainWindow::aBadFileShowsAnErrorAndKeepsThePreviousTable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("where"); // what the error must say about the place

    QTest::newRow("unterminated quote") << fixture("unterminated-quote.csv")
                                        << fixture("unterminated-quote.csv") + QStringLiteral(":3");
    QTest::newRow("missing file") << QDir(m_dir.path()).filePath(QStringLiteral("no-such-file.csv"))
                                  << QDir(m_dir.path()).filePath(QStringLiteral("no-such-file.csv"));
    // A named pipe would block the open until some program writes to it: refused, never waited for. Without an
    // extension the format is sniffed, which must not open it either (that would freeze the window).
    for (const QString& name : {QStringLiteral("pipe.csv"), QStringLiteral("pipe")}) {
        const QString fifo = QDir(m_dir.path()).filePath(name);
        QVERIFY(QFile::exists(fifo) || ::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QTest::newRow(qPrintable(QStringLiteral("named pipe %1").arg(name)))
            << fifo << fifo + QStringLiteral(": This is a named pipe");
    }
}

void TestMainWindow::aBadFileShowsAnErrorAndKeepsThePreviousTable()
{
    QFETCH(QString, path);
    QFETCH(QString, where);

    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    const auto before = window.dataset();
    const QString statusBefore = window.sourceStatusText();
    window.grid()->setCurrentIndex(window.grid()->model()->index(3, 2));

    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QVERIFY(!openAndWait(window, path));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(where), qPrintable(message));

    auto* box = window.findChild<QMessageBox*>(QStringLiteral("loadErrorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->informativeText(), message);
    QVERIFY(box->text().contains(QFileInfo(path).fileName()));

    // Nothing of the open data is lost.
    QCOMPARE(window.dataset(), before);
    QCOMPARE(window.tableModel()->rowCount(), 6);
    QCOMPARE(cell(window, 0, 0), QStringLiteral("13/00858/HCC3S"));
    QCOMPARE(window.windowTitle(), QStringLiteral("applications.csv[*] \u2014 Plumbline"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.sourceStatusText(), statusBefore);
    QCOMPARE(window.grid()->currentIndex(), window.grid()->model()->index(3, 2));
    box->close();
}

void TestMainWindow::cancelKeepsThePreviousTable()
{
    const QString big = writeGeneratedCsv(m_dir, QStringLiteral("cancel.csv"), 400000);
    QVERIFY(QFileInfo(big).size() > DatasetLoader::kPreviewMinFileSize);
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    const auto before = window.dataset();

    // Cancel at the first rows on screen (the preview), while the rest is still loading: the same moment a
    // user would press the button.
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QSignalSpy firstRows(&window, &MainWindow::firstRowsShown);
    bool previewSeen = false;
    connect(&window, &MainWindow::firstRowsShown, this, [&](qint64, bool preview) {
        previewSeen = preview;
        if (!preview)
            return;
        QCOMPARE(window.tableModel()->columnCount(), 5);
        QVERIFY(window.loadProgressText().startsWith(QStringLiteral("Showing the first rows")));
        auto* cancel = window.findChild<QToolButton*>(QStringLiteral("loadProgressCancel"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    window.openFile(big);
    QVERIFY(finished.wait(60000));
    QVERIFY2(previewSeen, "the preview should arrive long before a 400,000-row file is read");
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(window.dataset(), before);
    QCOMPARE(window.tableModel()->rowCount(), 6);
    QCOMPARE(window.tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("reference\ntext"));
    QCOMPARE(window.windowTitle(), QStringLiteral("applications.csv[*] \u2014 Plumbline"));
    QVERIFY(!window.isWindowModified());
    QVERIFY(!window.isLoading());
    QVERIFY(window.loadProgressText().isEmpty());
    // The worker notices and returns; nothing arrives later to replace the table.
    QTRY_VERIFY_WITH_TIMEOUT(!window.loader()->isWorkerRunning(), 30000);
    QTest::qWait(50);
    QCOMPARE(window.tableModel()->rowCount(), 6);
    QCOMPARE(finished.count(), 1);

    // Canceling at once, before any rows, works as well.
    finished.clear();
    window.openFile(big);
    window.cancelLoad();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(window.dataset(), before);
}

void TestMainWindow::aBigFileShowsAPreviewThenTheWholeTable()
{
    const QString big = writeGeneratedCsv(m_dir, QStringLiteral("preview.csv"), 200000);
    MainWindow window;
    window.show();
    QSignalSpy firstRows(&window, &MainWindow::firstRowsShown);
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    int previewRows = 0;
    connect(&window, &MainWindow::firstRowsShown, this, [&](qint64, bool preview) {
        if (!preview)
            return;
        previewRows = window.tableModel()->rowCount();
        // The user moves while the rest loads; the swap must keep the place.
        window.grid()->setCurrentIndex(window.grid()->model()->index(42, 3));
    });
    window.openFile(big);
    QVERIFY(finished.wait(60000));
    QCOMPARE(firstRows.count(), 1);
    QCOMPARE(firstRows.first().at(1).toBool(), true);
    QVERIFY(previewRows > 100);
    QVERIFY(previewRows < 200000);
    QCOMPARE(window.tableModel()->rowCount(), 200000);
    QCOMPARE(window.grid()->currentIndex(), window.grid()->model()->index(42, 3));
    QCOMPARE(cell(window, 199999, 0), QStringLiteral("200000"));
    QVERIFY(window.sourceStatusText().startsWith(QLocale().toString(200000) + QStringLiteral(" rows")));
    qInfo("first rows after %lld ms; preview of %d rows", window.firstRowsMs(), previewRows);
}

void TestMainWindow::aNewerLoadSupersedesAnOlderOne()
{
    const QString big = writeGeneratedCsv(m_dir, QStringLiteral("superseded.csv"), 200000);
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFile(big);
    window.openFile(fixture("applications.csv"));
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.loader()->isWorkerRunning(), 30000);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1); // the superseded load says nothing
    QCOMPARE(window.tableModel()->rowCount(), 6);
    QCOMPARE(window.windowTitle(), QStringLiteral("applications.csv[*] \u2014 Plumbline"));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::openedFilesAreRemembered()
{
    MainWindow window;
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    QCOMPARE(window.recentFiles()->files().value(0), QFileInfo(fixture("applications.csv")).absoluteFilePath());
    QVERIFY(!openAndWait(window, fixture("unterminated-quote.csv")));
    QCOMPARE(window.recentFiles()->files().size(), 1); // failed loads are not remembered
    QCOMPARE(AppSettings().recentFiles.value().size(), 1);

    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isEnabled());
    QCOMPARE(menu->actions().first()->data().toString(), QFileInfo(fixture("applications.csv")).absoluteFilePath());
}

void TestMainWindow::recentFilesAreCappedAndPruned()
{
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        paths.append(dir.filePath(QStringLiteral("f%1.csv").arg(i)));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    RecentFiles recent;
    for (const QString& path : paths)
        recent.add(path);
    QStringList files = recent.files();
    QCOMPARE(files.size(), AppSettings::kMaxRecentFiles);
    QCOMPARE(files.first(), paths.last());
    recent.add(paths[5]); // again: moves to the front, no duplicate
    files = recent.files();
    QCOMPARE(files.first(), paths[5]);
    QCOMPARE(files.count(paths[5]), 1);

    QVERIFY(QFile::remove(paths[11]));
    files = recent.files();
    QVERIFY(!files.contains(paths[11]));
    QVERIFY(!AppSettings().recentFiles.value().contains(paths[11])); // pruned in the settings too
    recent.clear();
    QVERIFY(recent.files().isEmpty());
}

void TestMainWindow::droppingAFileOpensIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture("applications.csv"))});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(finished.wait(10000));
    QCOMPARE(window.tableModel()->rowCount(), 6);

    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::geometryIsRestored()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(910, 610);
        QTRY_COMPARE(window.size(), QSize(910, 610));
        window.close();
    }
    QVERIFY(!AppSettings().mainWindowGeometry.value().isEmpty());
    MainWindow again;
    QCOMPARE(again.size(), QSize(910, 610));
}

void TestMainWindow::menusHaveTheStandardShortcuts()
{
    MainWindow window;
    auto* open = window.findChild<QAction*>(QStringLiteral("actionOpen"));
    auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
    QVERIFY(open && quit);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(window.grid()->copyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_C));
}

void TestMainWindow::aboutNamesTheVersions()
{
    MainWindow window;
    window.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    auto* dialog = window.findChild<AboutDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString text = dialog->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
    QVERIFY(text.contains(QStringLiteral("Plumbline 9.8.7")));
    QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
