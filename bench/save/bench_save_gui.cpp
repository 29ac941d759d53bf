// The first save of a big file as a project from the window (File → New Project…): how long the GUI thread is
// held at most (the longest gap between ticks of a 10 ms timer, as the window's own StallMeter measures it) and how
// long the save takes in all, for the window's save (the file written on a worker) and, with --sync, for the core's
// ProjectSession::saveTo called on the GUI thread (what the window did before).
//
// Usage: plumbline-bench-save-gui FILE OUT.plumbline [--sync | --idle]   (offscreen; run through
// bench/bench_save_gui.sh)
#include "document/document.h"
#include "huge_page_malloc.h"
#include "loading/stall_meter.h"
#include "project/project_controller.h"
#include "project/project_session.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using namespace plumbline;

int main(int argc, char** argv)
{
    // As the window does (app/gui/main.cpp), so that this measures what a user gets.
    plumbline::restartWithHugePageMalloc(argc, argv, plumbline::HugePageRestart::Always);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings of its own: nothing of the user's touched
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_save_gui"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: plumbline-bench-save-gui FILE OUT.plumbline [--sync]\n";
        return 2;
    }
    const QString file = args.at(1);
    const QString out = args.at(2);
    const bool sync = args.contains(QStringLiteral("--sync"));
    const bool idle = args.contains(QStringLiteral("--idle")); // no save: what the window stalls anyway
    AppSettings().validateAfterLoad.setValue(false);           // the save alone is measured
    QFile::remove(out);

    MainWindow window;
    window.resize(1280, 760);
    window.show();
    QEventLoop loaded;
    bool ok = false;
    QObject::connect(&window, &MainWindow::loadFinished, &loaded, [&](bool done) {
        ok = done;
        loaded.quit();
    });
    window.openFile(file);
    loaded.exec();
    if (!ok || !window.document()) {
        QTextStream(stderr) << "could not open " << file << '\n';
        return 1;
    }
    QEventLoop settle; // let the first paint and the column types settle
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();

    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    // The save starts from the event loop, as a menu command does, so the meter's ticks are measured around it.
    QTimer::singleShot(0, &window, [&] {
        if (idle) {
            QEventLoop wait;
            QTimer::singleShot(5000, &wait, &QEventLoop::quit);
            wait.exec();
        } else if (sync) {
            NullProgress progress;
            ok = !window.project()->session()->saveTo(out, progress);
        } else {
            ok = window.project()->newProject(out);
        }
        QTimer::singleShot(50, &app, &QCoreApplication::quit); // a few more ticks after it ends
    });
    app.exec();
    const qint64 total = clock.elapsed() - 50;
    const qint64 stall = meter.stop();
    QTextStream(stdout) << (idle   ? "idle (5 s, no save)"
                            : sync ? "saveTo on the GUI thread"
                                   : "New Project (background save)")
                        << ": " << (ok ? "saved" : "FAILED") << ", longest GUI stall " << stall << " ms, save " << total
                        << " ms\n";
    return ok ? 0 : 1;
}
