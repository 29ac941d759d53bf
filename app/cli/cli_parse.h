#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace plumbline::cli {

/// Parses a subcommand's arguments (args as handed to Command::run: program, subcommand, options...).
/// Adds --help; prints help on stdout or the parse error on stderr. Returns the exit code when the command
/// should stop now (0 after --help, UsageOrIoError on a parse error), nullopt to carry on.
std::optional<int> parseSubcommand(QCommandLineParser& parser, const QStringList& args, const QString& description);

/// Checks the number of positional arguments; prints a usage error and returns UsageOrIoError when wrong.
std::optional<int> expectPositionals(const QCommandLineParser& parser, qsizetype count, const QString& what);

} // namespace plumbline::cli
