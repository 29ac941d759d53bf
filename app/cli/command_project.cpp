// plumbline-cli project reimport PROJECT [--source FILE] [--output PROJECT]
#include "cli_command.h"
#include "cli_parse.h"

#include "core/user_name.h"
#include "project/review_source.h"
#include "project/source_reimport.h"

#include <QTextStream>

namespace plumbline::cli {

namespace {

int runReimport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Import this file instead of the one the project was made from."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Write the re-imported project here and leave the project as it "
                                                   "is (default: replace the project)."),
                                    QStringLiteral("PROJECT"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("List what would be carried over and what not; write nothing."));
    parser.addOptions({source, output, dryRun});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project (.plumbline)."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Re-import a project's source file (after it changed on disk) and "
                                                   "carry the project's edits over to it, matching records by their "
                                                   "key (reference, id, ...). Lists the edits that no longer apply: "
                                                   "their row is gone or the value they changed is different now.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the project")))
        return *exit;
    const QString path = parser.positionalArguments().constFirst();
    if (!isProjectPath(path))
        return fail(QStringLiteral("%1 is not a Plumbline project").arg(path));
    ReimportOptions options;
    options.source = parser.value(source);
    options.output = parser.value(output);
    options.user = currentUserName();
    options.dryRun = parser.isSet(dryRun);
    options.sourceHint = QStringLiteral("name the file to import with --source");
    NullProgress progress;
    auto result = reimportProject(path, options, progress);
    if (!result)
        return fail(result.error().toString());
    const ReimportPlan& plan = result.value().plan;
    QTextStream out(stdout);
    if (options.dryRun)
        out << "Would re-import " << result.value().sourcePath << " into " << result.value().outputPath
            << " (nothing written)\n";
    else
        out << "Re-imported " << result.value().sourcePath << " into " << result.value().outputPath << '\n';
    for (const TableMatch& m : plan.matches) {
        if (m.keyColumn.isEmpty())
            out << "  " << m.table << ": records matched by row position (the table has no key column)\n";
        else
            out << "  " << m.table << ": records matched by " << m.keyColumn
                << (m.duplicateKeys ? QStringLiteral(" (%1 keys repeated; paired in file order)").arg(m.duplicateKeys)
                                    : QString())
                << '\n';
    }
    out << "  " << plan.cellsReapplied << " cell edit(s) carried over, " << plan.cellsAlreadyInSource
        << " already so in the source, " << plan.rowsDeleted << " row deletion(s) carried over, " << plan.rowsAdded
        << " inserted row(s) and " << plan.columnsAdded << " added column(s) carried over, " << plan.notApplied.size()
        << " not carried over\n";
    if (!plan.decisions.empty() || plan.decisionsDropped)
        out << "  " << plan.decisions.size() << " triage decision(s) kept, " << plan.decisionsDropped
            << " dropped (their rows are gone)\n";
    if (!plan.notApplied.empty()) {
        out << "Not carried over:\n";
        for (const NotReapplied& n : plan.notApplied) {
            out << "  " << n.table << ' ' << n.key;
            if (!n.column.isEmpty())
                out << ' ' << n.column;
            if (n.reason != NotReapplied::Reason::ColumnAdded)
                out << ": \u201c" << n.before << "\u201d \u2192 \u201c" << n.after << "\u201d";
            out << " (" << n.reasonText() << ")\n";
        }
    }
    return Success;
}

} // namespace

int runProject(const QStringList& args)
{
    if (args.size() >= 3 && args[2] == QLatin1String("reimport")) {
        QStringList rest = args;
        rest.removeAt(2);
        rest[1] = QStringLiteral("project reimport");
        return runReimport(rest);
    }
    QTextStream err(stderr);
    err << "Usage: plumbline-cli project reimport PROJECT [--source FILE] [--output PROJECT]\n";
    return args.size() >= 3 && (args[2] == QLatin1String("--help") || args[2] == QLatin1String("-h")) ? Success
                                                                                                      : UsageOrIoError;
}

} // namespace plumbline::cli
