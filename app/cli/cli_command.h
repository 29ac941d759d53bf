#pragma once

#include <QStringList>

namespace plumbline::cli {

/// Exit codes shared by every subcommand.
enum ExitCode { Success = 0, FindingsAtOrAboveThreshold = 1, UsageOrIoError = 2 };

/// One subcommand: `args` starts with the program name followed by the subcommand name, so each command can
/// hand it straight to its own QCommandLineParser (which then gives `--help` per subcommand).
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args);
};

int runInfo(const QStringList& args);
int runExport(const QStringList& args);
int runSample(const QStringList& args);
int runCheck(const QStringList& args);
int runPacks(const QStringList& args);
int runAudit(const QStringList& args);
int runCluster(const QStringList& args);
int runFix(const QStringList& args);
int runFind(const QStringList& args);
int runDiff(const QStringList& args);
int runReport(const QStringList& args);
int runProfile(const QStringList& args);
int runProject(const QStringList& args);
int runHandover(const QStringList& args);

/// Prints "plumbline-cli: message" on stderr and returns UsageOrIoError.
int fail(const QString& message);

} // namespace plumbline::cli
