// plumbline-cli: the headless face of the same core the GUI uses.
#include "cli_command.h"
#include "huge_page_malloc.h"
#include "version_text.h"

#include "core/temporary_files.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>
#include <cstdio>

namespace plumbline::cli {

int fail(const QString& message)
{
    QTextStream(stderr) << "plumbline-cli: " << message << '\n';
    return UsageOrIoError;
}

} // namespace plumbline::cli

namespace {

constexpr std::array<plumbline::cli::Command, 14> kCommands{{
    {"info", "Describe a file: format, encoding, delimiter, tables, columns and inferred types",
     plumbline::cli::runInfo},
    {"check", "Validate a file against rule packs and report the findings", plumbline::cli::runCheck},
    {"profile", "Profile the columns: types, blanks, distinct and top values, shapes, ranges",
     plumbline::cli::runProfile},
    {"fix", "Apply the quick fixes of chosen rules (or every safe fix) and write the result", plumbline::cli::runFix},
    {"find", "Find the cells that contain a text or match a pattern", plumbline::cli::runFind},
    {"diff", "Compare two versions of a file: records added, removed and changed, findings new and gone",
     plumbline::cli::runDiff},
    {"report", "Write reports: a fix list (each cell's problems beside it), a review report (--html, --json)",
     plumbline::cli::runReport},
    {"export", "Write a file in another format (format from the output's extension)", plumbline::cli::runExport},
    {"cluster", "Group a column's spelling variants (OpenRefine-style clustering) and suggest one value",
     plumbline::cli::runCluster},
    {"sample", "Generate a deterministic sample dataset", plumbline::cli::runSample},
    {"packs", "List the built-in rule packs and their rules", plumbline::cli::runPacks},
    {"audit", "Print a project's audit trail (edits and triage decisions) as CSV or JSON", plumbline::cli::runAudit},
    {"project", "Work on a project: 'project reimport' re-imports a changed source and carries the edits over",
     plumbline::cli::runProject},
    {"handover",
     "Hand a review to a colleague: 'handover export' writes decisions and edits as JSON, 'handover "
     "merge' takes a colleague's file in",
     plumbline::cli::runHandover},
}};

void printUsage(QTextStream& out)
{
    out << "Usage: plumbline-cli <command> [options]\n\nCommands:\n";
    for (const auto& command : kCommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(8) << ' ' << command.summary << '\n';
    out << "\nRun 'plumbline-cli <command> --help' for a command's options, 'plumbline-cli --version' for the\n"
           "versions of Plumbline and the libraries it uses.\n";
}

} // namespace

int main(int argc, char** argv)
{
    plumbline::restartWithHugePageMalloc(
        argc, argv, plumbline::HugePageRestart::ForLargeFileArgument); // for a large input; before any thread exists
    QCoreApplication app(argc, argv);
    plumbline::installTemporaryFileCleanup(); // an export stopped by SIGTERM leaves no temporary file behind
    QCoreApplication::setApplicationName(QStringLiteral("plumbline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUMBLINE_VERSION));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        QTextStream out(args.size() < 2 ? stderr : stdout);
        printUsage(out);
        return args.size() < 2 ? plumbline::cli::UsageOrIoError : plumbline::cli::Success;
    }
    if (args[1] == QLatin1String("--version")) {
        QTextStream(stdout) << plumbline::versionText(QStringLiteral("plumbline-cli"));
        return plumbline::cli::Success;
    }
    for (const auto& command : kCommands)
        if (args[1] == QLatin1String(command.name))
            return command.run(args);
    QTextStream err(stderr);
    err << "plumbline-cli: unknown command '" << args[1] << "'\n";
    printUsage(err);
    return plumbline::cli::UsageOrIoError;
}
