// plumbline-cli audit PROJECT [--format csv|json] [--output FILE]
#include "cli_command.h"
#include "cli_parse.h"

#include "project/audit_trail.h"
#include "project/review_source.h"

#include <QFile>
#include <QSaveFile>

namespace plumbline::cli {

int runAudit(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QStringLiteral("Write the trail to this file (atomically) instead of standard output."),
        QStringLiteral("FILE"));
    parser.addOptions({format, output});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project (.plumbline) to read."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Print a project's audit trail: every cell changed (edits, undos "
                                                   "and redos), row and column added or removed, and triage "
                                                   "decision, with the record's key, the old and new value, the rule "
                                                   "or action, the user and the time.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the project to read")))
        return *exit;
    AuditFormat auditFormat = AuditFormat::Csv;
    if (parser.value(format) == QLatin1String("json"))
        auditFormat = AuditFormat::Json;
    else if (parser.value(format) != QLatin1String("csv"))
        return fail(QStringLiteral("unknown --format '%1' (use csv or json)").arg(parser.value(format)));

    const QString path = parser.positionalArguments().constFirst();
    if (!isProjectPath(path))
        return fail(QStringLiteral("%1 is not a Plumbline project; only a project keeps an audit trail (make one "
                                   "with 'plumbline-cli export FILE --to NAME.plumbline')")
                        .arg(path));
    NullProgress progress;
    const auto trail = projectAuditTrail(path, progress);
    if (!trail)
        return fail(trail.error().toString());
    if (parser.isSet(output)) {
        QSaveFile out(parser.value(output));
        if (!out.open(QIODevice::WriteOnly) || !writeAuditTrail(out, auditFormat, trail.value()) || !out.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), out.errorString()));
        return Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || !writeAuditTrail(out, auditFormat, trail.value()))
        return fail(QStringLiteral("cannot write the trail: %1").arg(out.errorString()));
    return Success;
}

} // namespace plumbline::cli
