#include "cli_parse.h"

#include "cli_command.h"

#include <QTextStream>

namespace plumbline::cli {

std::optional<int> parseSubcommand(QCommandLineParser& parser, const QStringList& args, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    parser.addOption(help);
    // QCommandLineParser takes the first argument as the program; fold the subcommand into it.
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0));
    if (!parser.parse(rest))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // helpText() names the executable path; show the command as the user types it.
        const QString usage = QStringLiteral("Usage: ") + args.value(0);
        if (text.startsWith(usage))
            text.replace(0, usage.size(), QStringLiteral("Usage: plumbline-cli ") + args.value(1));
        QTextStream(stdout) << text;
        return Success;
    }
    return std::nullopt;
}

std::optional<int> expectPositionals(const QCommandLineParser& parser, qsizetype count, const QString& what)
{
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() < count)
        return fail(QStringLiteral("missing %1 (see --help)").arg(what));
    if (positionals.size() > count)
        return fail(QStringLiteral("unexpected argument '%1' (see --help)").arg(positionals.value(count)));
    return std::nullopt;
}

} // namespace plumbline::cli
