// plumbline-cli handover export PROJECT --output FILE.json
// plumbline-cli handover merge PROJECT FILE.json [--take mine|theirs]
#include "cli_command.h"
#include "cli_parse.h"

#include "core/user_name.h"
#include "document/document.h"
#include "io/project/base_data.h"
#include "io/project/project_file.h"
#include "project/handover_file.h"
#include "project/handover_merge.h"
#include "project/project_session.h"
#include "project/review_source.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTextStream>

namespace plumbline::cli {

namespace {

int runExportHandover(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("The JSON file to write."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project (.plumbline)."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Write a project's triage decisions and cell edits as a small JSON "
                                                   "file to hand the review to a colleague (see 'handover merge').")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the project")))
        return *exit;
    if (!parser.isSet(output))
        return fail(QStringLiteral("name the file to write with --output"));
    const QString path = parser.positionalArguments().constFirst();
    if (!isProjectPath(path))
        return fail(QStringLiteral("%1 is not a Plumbline project").arg(path));
    NullProgress progress;
    auto source = readReviewSource(path, progress);
    if (!source)
        return fail(source.error().toString());
    const HandoverFile handover = makeHandover(
        *source.value().dataset, recordKeySpec(*source.value().dataset, source.value().setup), source.value().decisions,
        currentUserName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), source.value().sourceSha256);
    QSaveFile out(parser.value(output));
    if (!out.open(QIODevice::WriteOnly) || out.write(writeHandoverJson(handover)) < 0 || !out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), out.errorString()));
    QTextStream(stdout) << "Wrote " << handover.edits.size() << " edit(s) and " << handover.triage.size()
                        << " triage decision(s) to " << parser.value(output) << '\n';
    return Success;
}

int runMergeHandover(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption take(
        QStringLiteral("take"),
        QStringLiteral("Settle every conflict: mine (keep this project's) or theirs (take the "
                       "file's). Without it, conflicts are listed and nothing is changed."),
        QStringLiteral("mine|theirs"));
    parser.addOption(take);
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project (.plumbline) to merge into."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A colleague's hand-over file (JSON)."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Merge a colleague's hand-over file into a project: their edits "
                                                   "become one undoable command, their decisions join the project's. "
                                                   "The same cell edited to two values, or the same finding decided "
                                                   "two ways, is a conflict: listed (exit code 1, nothing changed) "
                                                   "unless --take settles it.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 2, QStringLiteral("the project and the hand-over file")))
        return *exit;
    std::optional<HandoverChoice> choice;
    if (parser.isSet(take)) {
        if (parser.value(take) == QLatin1String("mine"))
            choice = HandoverChoice::Mine;
        else if (parser.value(take) == QLatin1String("theirs"))
            choice = HandoverChoice::Theirs;
        else
            return fail(QStringLiteral("unknown --take '%1' (use mine or theirs)").arg(parser.value(take)));
    }
    const QString path = parser.positionalArguments().at(0);
    if (!isProjectPath(path))
        return fail(QStringLiteral("%1 is not a Plumbline project").arg(path));
    auto theirs = readHandoverFile(parser.positionalArguments().at(1));
    if (!theirs)
        return fail(theirs.error().toString());
    NullProgress progress;
    auto session = ProjectSession::open(path, currentUserName(), progress);
    if (!session)
        return fail(session.error().toString());
    ProjectSession& s = *session.value();
    if (s.isReadOnly())
        return fail(QStringLiteral("%1 can only be read: %2. Nothing was changed.").arg(path, s.readOnlyReason()));
    const QString sha256 = projectSourceFact(*s.file(), QStringLiteral("sha256"));
    if (!theirs.value().sourceSha256.isEmpty() && !sha256.isEmpty() && theirs.value().sourceSha256 != sha256)
        QTextStream(stderr) << "plumbline-cli: note: the hand-over comes from a project made from another version "
                               "of the source file; edits whose record has another key here are skipped\n";
    const HandoverMergePlan plan = planHandoverMerge(
        *s.document(), recordKeySpec(s.document()->dataset(), s.validationSetup()), *s.triage(), theirs.value());
    QTextStream out(stdout);
    if (!plan.theirTable.isEmpty())
        out << "note: their table \u201c" << plan.theirTable << "\u201d is taken to be this project's table \u201c"
            << plan.ourTable << "\u201d\n";
    for (const QString& skipped : plan.skipped)
        out << "skipped: " << skipped << '\n';
    if (!plan.conflicts.empty()) {
        out << plan.conflicts.size() << " conflict(s):\n";
        for (const HandoverConflict& c : plan.conflicts) {
            if (c.kind == HandoverConflict::Kind::Cell)
                out << "  cell " << c.table << ", " << c.key << ", " << c.column;
            else
                out << "  finding " << c.column << " in " << c.table
                    << (c.key.isEmpty() ? QString() : QStringLiteral(", ") + c.key);
            out << ": mine \u201c" << c.mine << "\u201d, theirs \u201c" << c.theirs << "\u201d\n";
        }
        if (!choice) {
            out << "Nothing was changed; settle the conflicts with --take mine or --take theirs.\n";
            return FindingsAtOrAboveThreshold;
        }
    }
    const std::vector<HandoverChoice> choices(plan.conflicts.size(), choice.value_or(HandoverChoice::Mine));
    const QString who = theirs.value().user.isEmpty() ? QStringLiteral("a colleague") : theirs.value().user;
    auto applied = applyHandoverMerge(*s.document(), *s.triage(), plan, choices,
                                      QStringLiteral("Merge the review of %1").arg(who));
    if (!applied)
        return fail(applied.error().toString());
    s.close();
    out << "Merged " << applied.value().cells << " cell edit(s) and " << applied.value().decisions
        << " triage decision(s) from " << who << "; " << plan.alreadyEqual << " already the same, "
        << plan.skipped.size() << " skipped, " << plan.conflicts.size() << " conflict(s)"
        << (plan.conflicts.empty() ? QString() : QStringLiteral(" settled as %1").arg(parser.value(take))) << '\n';
    return Success;
}

} // namespace

int runHandover(const QStringList& args)
{
    const QString sub = args.value(2);
    if (sub == QLatin1String("export") || sub == QLatin1String("merge")) {
        QStringList rest = args;
        rest.removeAt(2);
        rest[1] = QStringLiteral("handover ") + sub;
        return sub == QLatin1String("export") ? runExportHandover(rest) : runMergeHandover(rest);
    }
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QTextStream(help ? stdout : stderr)
        << "Usage: plumbline-cli handover export PROJECT --output FILE.json\n"
           "       plumbline-cli handover merge PROJECT FILE.json [--take mine|theirs]\n";
    return help ? Success : UsageOrIoError;
}

} // namespace plumbline::cli
