// plumbline: the GUI. Thin on purpose: application identity, arguments, the main window.
#include "core/temporary_files.h"
#include "huge_page_malloc.h"
#include "l10n/ui_language.h"
#include "panels/findings/findings_dock.h"
#include "rules/builtin_resources.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "style/readable_palette.h"
#include "style/theme.h"
#include "tasks/stall_watchdog.h"
#include "validation/finding_navigator.h"
#include "version_text.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

namespace {

/// --screenshot: once the load has finished — and the validation after it, when that is on — (or at once
/// without a file), grab the window to png and quit; after a validation the first (worst) finding is
/// activated so the picture shows it in the grid. Used for the docs and to look at the GUI without a
/// display. Exit code 0 only if the load worked and png was written.
void arrangeScreenshot(plumbline::MainWindow& window, const QString& png, bool fileGiven)
{
    auto grab = [&window, png](bool ok) {
        // Let layouts and the grid settle (scroll bars, header sizes) before grabbing.
        QTimer::singleShot(300, &window, [&window, png, ok] {
            const bool saved = window.grab().save(png);
            QTextStream err(stderr);
            if (window.firstRowsMs() >= 0)
                err << "plumbline: first rows on screen after " << window.firstRowsMs() << " ms\n";
            if (!saved)
                err << "plumbline: could not write " << png << '\n';
            QCoreApplication::exit(saved && ok ? 0 : 1);
        });
    };
    if (fileGiven)
        QObject::connect(&window, &plumbline::MainWindow::loadFinished, &window, [&window, grab](bool ok) {
            if (ok && window.isValidating())
                QObject::connect(&window, &plumbline::MainWindow::validationFinished, &window, [&window, grab](bool) {
                    // Show the worst finding the way a user would reach it: activated in the
                    // findings list.
                    window.findingNavigator()->dock()->activateRow(0);
                    grab(true);
                });
            else
                grab(ok);
        });
    else
        grab(true);
}

/// The application icon: the desktop theme's (an installed package puts it in hicolor), else the copy
/// compiled into the core, so a build tree shows it too.
QIcon applicationIcon()
{
    plumbline::ensureBuiltinResources();
    QIcon builtin;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtin.addFile(QStringLiteral(":/plumbline/icons/hicolor/%1x%1/apps/plumbline.png").arg(size));
    return QIcon::fromTheme(QStringLiteral("plumbline"), builtin);
}

} // namespace

int main(int argc, char** argv)
{
    // Any file may be opened later from a dialog, so always: before any thread or Qt object exists.
    plumbline::restartWithHugePageMalloc(argc, argv, plumbline::HugePageRestart::Always);
    QApplication app(argc, argv);
    plumbline::installTemporaryFileCleanup(); // an export stopped by SIGTERM leaves no temporary file behind
    // Organisation and application name locate QSettings (recent files, window geometry).
    QApplication::setOrganizationName(QStringLiteral("Plumbline"));
    QApplication::setApplicationName(QStringLiteral("Plumbline"));
    QApplication::setApplicationVersion(QStringLiteral(PLUMBLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("plumbline"));
    QApplication::setWindowIcon(applicationIcon());
    // Text readable at WCAG AA on every background, whatever the desktop's palette.
    QApplication::setPalette(plumbline::style::readablePalette(QApplication::palette()));
    // Before the first widget: widgets translate their texts as they are built.
    plumbline::l10n::installTranslators(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Data-quality workbench for planning and political datasets"));
    parser.addHelpOption();
    // Our own --version: Qt's prints only the application's version, this adds the libraries'.
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Displays version information."));
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A file to open."),
                                 QCoreApplication::translate("main", "[file]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Grab the window to <png> once the file has loaded, then quit."),
                                  QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    const QCommandLineOption colours(QStringLiteral("theme"),
                                     QStringLiteral("Colours for this run: system, light or dark (else the setting)."),
                                     QStringLiteral("name"));
    parser.addOption(colours);
    QCommandLineOption panels(
        QStringLiteral("show"),
        QStringLiteral("Panels to show for this run, by name: profile, dashboard, findings, history."),
        QStringLiteral("panels"));
    panels.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(panels);
    parser.process(app);
    if (parser.isSet(version)) {
        QTextStream(stdout) << plumbline::versionText(QStringLiteral("plumbline"));
        return 0;
    }

    plumbline::theme::apply(plumbline::theme::fromName(parser.isSet(colours) ? parser.value(colours)
                                                                             : plumbline::AppSettings().theme.value()));
    plumbline::MainWindow window;
    // PLUMBLINE_STALL_WATCHDOG=1: every time the window cannot respond for over 50 ms is logged, for bug reports.
    plumbline::StallWatchdog::fromEnvironment(&app);
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(screenshot))
        window.resize(1280, 720); // the same size every time, whatever geometry was saved
    QList<QDockWidget*> shownPanels;
    for (const QString& panel : parser.value(panels).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto* dock = window.findChild<QDockWidget*>(panel.trimmed() + QStringLiteral("Dock"))) {
            dock->show();
            shownPanels << dock;
        }
    // Panels asked for stay in front of the findings they share a place with, after the run that fills both.
    const auto raisePanels = [shownPanels] {
        for (QDockWidget* dock : shownPanels)
            dock->raise();
    };
    QObject::connect(&window, &plumbline::MainWindow::loadFinished, &window, raisePanels, Qt::QueuedConnection);
    QObject::connect(&window, &plumbline::MainWindow::validationFinished, &window, raisePanels, Qt::QueuedConnection);
    window.show();
    if (parser.isSet(screenshot))
        arrangeScreenshot(window, parser.value(screenshot), !files.isEmpty());
    if (!files.isEmpty())
        window.openFile(QFileInfo(files.first()).absoluteFilePath());
    return QApplication::exec();
}
