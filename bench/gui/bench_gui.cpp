// plumbline-bench-gui: the window's responsiveness on a big register, driven the way a user drives it. Opens FILE
// in the real MainWindow (offscreen), waits until it is loaded and validated, then runs each review operation —
// the row filter's "rows with findings", a regex search on one column, sorting by a text and a date column, F8
// jumps, a column profile, the Rules panel's rule details, the dashboard, scrolling by pages — and prints for each
// the time to its result (from the action to the rows swapped in or the panel filled) and the longest time the
// GUI thread's event loop could not run meanwhile (StallWatchdog), as a Markdown table.
// Usage: QT_QPA_PLATFORM=offscreen plumbline-bench-gui FILE [--scroll-pages N] [--open-only]
#include "charts/chart_card.h"
#include "document/document.h"
#include "findings/finding_store.h"
#include "grid/data_grid_view.h"
#include "grid/row_filter_bar.h"
#include "huge_page_malloc.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "panels/dashboard/dashboard_dock.h"
#include "panels/findings/findings_dock.h"
#include "panels/profile/profile_dock.h"
#include "panels/rules/rules_dock.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "table/table.h"
#include "tasks/stall_watchdog.h"
#include "validation/finding_navigator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace plumbline;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Row
{
    QString operation;
    QString target; // "≤ 200 ms", or empty
    double targetMs = 0;
    double resultMs = -1; // -1: no result (timed out)
    double stallMs = 0;
    double stallCpuMs = 0;  // the GUI thread's own CPU time during the longest stall
    double stallWaitMs = 0; // and its time waiting for a core
    QString stallWhat;
    QString note;
};

std::vector<Row> g_rows;

/// Runs the event loop until done() is true or timeoutMs passes; false on the timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 120000)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

/// Lets the loop run for ms (paints, queued signals) without measuring anything.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Times one operation: action() starts it, done() says when its result is on screen; the watchdog runs from just
/// before the action until a short settle after the result (the paint of the result counts).
Row measure(StallWatchdog& watchdog, const QString& name, double targetMs, const std::function<void()>& action,
            const std::function<bool()>& done, const QString& note = {})
{
    Row row{name, targetMs > 0 ? QStringLiteral("\u2264 %1 ms").arg(targetMs) : QString(), targetMs, -1, 0, 0, 0, {},
            note};
    settle(50);
    watchdog.start();
    QElapsedTimer clock;
    clock.start();
    action();
    if (waitUntil(done))
        row.resultMs = double(clock.nsecsElapsed()) / 1e6;
    settle(30);
    watchdog.stop();
    row.stallMs = watchdog.longestMs();
    row.stallCpuMs = watchdog.longestCpuMs();
    row.stallWaitMs = watchdog.longestRunQueueMs();
    row.stallWhat = watchdog.longestWhat();
    out() << "  " << name << ": "
          << (row.resultMs < 0 ? QStringLiteral("timed out")
                               : QString::number(row.resultMs, 'f', 0) + QStringLiteral(" ms"))
          << ", longest stall " << QString::number(row.stallMs, 'f', 0) << " ms (GUI thread busy "
          << QString::number(row.stallCpuMs, 'f', 0) << " ms of it, waiting for a core "
          << QString::number(row.stallWaitMs, 'f', 0) << " ms)"
          << (row.stallWhat.isEmpty() ? QString() : QStringLiteral(" (") + row.stallWhat + QLatin1Char(')'))
          << Qt::endl;
    g_rows.push_back(row);
    return row;
}

/// Waits for the grid's next mapping swap after action().
Row measureMapping(StallWatchdog& watchdog, MainWindow& window, const QString& name, double targetMs,
                   const std::function<void()>& action, const QString& note = {})
{
    RowViewModel* rows = window.grid()->rowView();
    bool swapped = false;
    const auto c = QObject::connect(rows, &RowViewModel::mappingChanged, [&swapped] { swapped = true; });
    Row row = measure(
        watchdog, name, targetMs, action, [&] { return swapped && !rows->isBuilding(); }, note);
    QObject::disconnect(c);
    if (row.resultMs >= 0)
        g_rows.back().note = (note.isEmpty() ? QString() : note + QStringLiteral("; ")) +
                             QStringLiteral("%L1 rows").arg(rows->rowCount());
    return row;
}

void backToAllRows(MainWindow& window)
{
    window.filterBar()->clearAll();
    waitUntil([&] { return !window.grid()->rowView()->isBuilding(); });
    settle(50);
}

/// A click on a column's header, as the user sorts.
void clickHeader(DataGridView* grid, int column)
{
    QHeaderView* header = grid->horizontalHeader();
    grid->scrollTo(grid->model()->index(grid->rowView()->rowCount() > 0 ? 0 : -1, column));
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

QString fmt(double ms)
{
    return ms < 0 ? QStringLiteral("\u2014") : QString::number(ms, 'f', 0);
}

} // namespace

int main(int argc, char** argv)
{
    // As the window does (app/gui/main.cpp), so that this measures what a user gets.
    plumbline::restartWithHugePageMalloc(argc, argv, plumbline::HugePageRestart::Always);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Plumbline"));
    QApplication::setApplicationName(QStringLiteral("Plumbline"));
    // The user's settings are left alone: a settings folder of the test mode, cleared.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QStringList args = QApplication::arguments();
    int scrollPages = 300;
    // --open-only stops after the first measurement, so that a profiler sees the open and nothing else.
    const bool openOnly = args.removeAll(QStringLiteral("--open-only")) > 0;
    if (const int i = int(args.indexOf(QStringLiteral("--scroll-pages"))); i > 0 && i + 1 < args.size()) {
        scrollPages = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: plumbline-bench-gui FILE [--scroll-pages N] [--open-only]\n";
        return 2;
    }
    const QString path = QFileInfo(args.at(1)).absoluteFilePath();

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    StallWatchdog watchdog;

    // Open and validate: the load itself runs in the background; the swap of a million rows into the grid, the
    // findings into the panels and the models' resets are on the GUI thread.
    bool loaded = false, loadOk = false, validated = false;
    QObject::connect(&window, &MainWindow::loadFinished, [&](bool ok) {
        loaded = true;
        loadOk = ok;
    });
    QObject::connect(&window, &MainWindow::validationFinished, [&](bool) { validated = true; });
    out() << "# plumbline-bench-gui " << QFileInfo(path).fileName() << Qt::endl;
    measure(
        watchdog, QStringLiteral("open and validate"), 0, [&] { window.openFile(path); },
        [&] { return (loaded && !loadOk) || (loaded && validated); });
    if (!loadOk) {
        QTextStream(stderr) << "plumbline-bench-gui: could not open " << path << '\n';
        return 1;
    }
    settle(500);
    if (openOnly)
        return 0;
    const Table* table = window.tableModel()->table().get();
    const auto store = window.document()->findings();
    out() << "  " << table->rowCount() << " rows, " << table->columnCount() << " columns, "
          << (store ? store->size() : 0) << " findings" << Qt::endl;
    const int address = table->columnIndex(QStringLiteral("address-text"));
    const int description = table->columnIndex(QStringLiteral("description"));
    const int decisionDate = table->columnIndex(QStringLiteral("decision-date"));
    const int postcode = table->columnIndex(QStringLiteral("postcode"));
    if (address < 0 || description < 0 || decisionDate < 0 || postcode < 0) {
        QTextStream(stderr) << "plumbline-bench-gui: FILE must be a planning register (address-text, description, "
                               "decision-date, postcode)\n";
        return 2;
    }
    DataGridView* grid = window.grid();
    RowFilterBar* bar = window.filterBar();

    // The row filter bar: rows with findings.
    measureMapping(watchdog, window, QStringLiteral("filter: rows with findings"), 200, [&] {
        // A choice in the Show box: its activated() signal, as a click or a key gives.
        const int i = bar->showBox()->findData(int(RowFilterBar::Show::WithFindings));
        bar->showBox()->setCurrentIndex(i);
        emit bar->showBox()->activated(i);
    });
    backToAllRows(window);

    // A regex search over one column.
    {
        QSignalBlocker a(bar->searchColumnBox()), b(bar->regexButton());
        bar->searchColumnBox()->setCurrentIndex(bar->searchColumnBox()->findData(address));
        bar->regexButton()->setChecked(true);
    }
    const QString pattern = QStringLiteral("^[0-9]+ [A-Z][a-z]+ (Road|Lane),");
    measureMapping(
        watchdog, window, QStringLiteral("regex search on address-text"), 300,
        [&] {
            bar->searchField()->setText(pattern);
            bar->applySearch();
        },
        QStringLiteral("`%1`").arg(pattern));
    bar->searchField()->clear();
    backToAllRows(window);

    // Sorting by a click on the header.
    measureMapping(watchdog, window, QStringLiteral("sort by description (text), header click"), 1000,
                   [&] { clickHeader(grid, description); });
    const bool headerSorts = grid->rowView()->query().sortColumn == description;
    if (!headerSorts)
        g_rows.back().note += QStringLiteral("; the header click did not sort");
    measureMapping(watchdog, window, QStringLiteral("sort by decision-date (date), header click"), 500,
                   [&] { clickHeader(grid, decisionDate); });
    measureMapping(watchdog, window, QStringLiteral("sort by decision-date, descending (second click)"), 500,
                   [&] { clickHeader(grid, decisionDate); });
    backToAllRows(window);

    // F8 ×20 from the top-left cell.
    grid->setCurrentIndex(grid->model()->index(0, 0));
    settle(50);
    {
        std::vector<double> jumps;
        QAction* next = window.findingNavigator()->nextAction();
        Row row = measure(
            watchdog, QStringLiteral("F8 \u00d7 20 (slowest jump)"), 50,
            [&] {
                for (int i = 0; i < 20; ++i) {
                    QElapsedTimer clock;
                    clock.start();
                    next->trigger();
                    QCoreApplication::processEvents(); // the grid scrolls and paints
                    jumps.push_back(double(clock.nsecsElapsed()) / 1e6);
                }
            },
            [] { return true; });
        std::sort(jumps.begin(), jumps.end());
        g_rows.back().resultMs = jumps.back();
        g_rows.back().note = QStringLiteral("median %1 ms; on row %L2")
                                 .arg(jumps[jumps.size() / 2], 0, 'f', 1)
                                 .arg(grid->currentIndex().row() + 1);
        out() << "    jumps: median " << jumps[jumps.size() / 2] << " ms, slowest " << jumps.back() << " ms"
              << Qt::endl;
        Q_UNUSED(row)
    }

    // The profile of one column, as selecting one of its cells asks for it.
    ProfileDock* profile = window.profile();
    profile->show();
    profile->raise();
    settle(200);
    for (const int column : {postcode, decisionDate}) {
        bool shown = false;
        const auto c = QObject::connect(profile, &ProfileDock::profiled, [&shown] { shown = true; });
        measure(
            watchdog, QStringLiteral("profile of %1 (select a cell)").arg(table->columnName(column)), 300,
            [&] {
                grid->setCurrentIndex(grid->model()->index(grid->currentIndex().row(), column));
                profile->showColumn(column); // what the selection's short pause then does
            },
            [&] { return shown && !profile->isComputing(); });
        QObject::disconnect(c);
    }

    // The Rules panel: choosing rules shows their details with an example of a failing value.
    RulesDock* rules = window.rules();
    rules->show();
    rules->raise();
    waitUntil([&] { return !rules->isReading() && rules->view()->topLevelItemCount() > 0; });
    {
        QTreeWidget* view = rules->view();
        const int n = view->topLevelItemCount();
        measure(
            watchdog, QStringLiteral("Rules panel: choose each of %1 rules").arg(n), 0,
            [&] {
                for (int i = 0; i < n; ++i) {
                    view->setCurrentItem(view->topLevelItem(i));
                    QCoreApplication::processEvents();
                }
            },
            [] { return true; });
    }

    // The dashboard, shown and refreshed.
    DashboardDock* dashboard = window.dashboard();
    {
        bool refreshed = false;
        const auto c = QObject::connect(dashboard, &DashboardDock::refreshed, [&refreshed] { refreshed = true; });
        measure(
            watchdog, QStringLiteral("dashboard (show and refresh)"), 0,
            [&] {
                dashboard->show();
                dashboard->raise();
                dashboard->refresh();
            },
            [&] { return refreshed && !dashboard->isComputing(); });
        QObject::disconnect(c);
    }

    // Scrolling by pages from the top, then in long jumps to the end.
    grid->setFocus();
    grid->scrollToTop();
    settle(100);
    {
        QScrollBar* scroll = grid->verticalScrollBar();
        std::vector<double> steps;
        measure(
            watchdog, QStringLiteral("scroll: %1 pages, then 100 jumps to the end").arg(scrollPages), 0,
            [&] {
                const auto step = [&](const std::function<void()>& move) {
                    QElapsedTimer clock;
                    clock.start();
                    move();
                    grid->viewport()->repaint();
                    QCoreApplication::processEvents();
                    steps.push_back(double(clock.nsecsElapsed()) / 1e6);
                };
                for (int i = 0; i < scrollPages; ++i)
                    step([&] { QTest::keyClick(grid, Qt::Key_PageDown); });
                const int from = scroll->value();
                for (int i = 1; i <= 100; ++i)
                    step([&] { scroll->setValue(from + int(qint64(scroll->maximum() - from) * i / 100)); });
                step([&] { QTest::keyClick(grid, Qt::Key_End, Qt::ControlModifier); });
            },
            [] { return true; });
        std::sort(steps.begin(), steps.end());
        g_rows.back().resultMs = steps.back();
        g_rows.back().note = QStringLiteral("per step: median %1 ms, slowest %2 ms (move + paint)")
                                 .arg(steps[steps.size() / 2], 0, 'f', 1)
                                 .arg(steps.back(), 0, 'f', 1);
    }

    out() << Qt::endl
          << "| operation | target | time to result (ms) | longest GUI-thread stall (ms) | of it: GUI thread busy / "
             "waiting for a core (ms) | stall \u2264 50 ms? | longest stall after | notes |"
          << Qt::endl
          << "|---|---|---:|---:|---:|---|---|---|" << Qt::endl;
    for (const Row& r : g_rows) {
        const bool met = r.targetMs <= 0 || (r.resultMs >= 0 && r.resultMs <= r.targetMs);
        out() << "| " << r.operation << " | " << (r.target.isEmpty() ? QStringLiteral("\u2014") : r.target)
              << (r.targetMs > 0 ? (met ? QStringLiteral(" (met)") : QStringLiteral(" (**missed**)")) : QString())
              << " | " << fmt(r.resultMs) << " | " << fmt(r.stallMs) << " | " << fmt(r.stallCpuMs) << " / "
              << fmt(r.stallWaitMs) << " | " << (r.stallMs <= 50 ? QStringLiteral("yes") : QStringLiteral("**no**"))
              << " | " << (r.stallMs > 50 ? r.stallWhat : QString()) << " | " << r.note << " |" << Qt::endl;
    }
    return 0;
}
