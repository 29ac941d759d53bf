#pragma once

// Runs plumbline-cli (PLUMBLINE_CLI) as a user would and keeps what it printed, for the CLI tests.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace plumbline::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process did not finish normally within the time limit
    QByteArray out;
    QByteArray err;
};

/// Runs plumbline-cli with args (in workingDirectory when given) and waits up to five minutes (the 1M-row cases
/// are slow under ASan).
inline CliRun runCli(const QStringList& args, const QString& workingDirectory = QString())
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PLUMBLINE_CLI), args);
    CliRun run;
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace plumbline::test
