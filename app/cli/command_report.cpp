// plumbline-cli report FILE|PROJECT [--pack NAME|PACK.json]... [--schema S] [--today DATE] --html OUT [--json OUT]
#include "cli_command.h"
#include "cli_parse.h"

#include "core/user_name.h"
#include "document/document.h"
#include "project/review_report.h"
#include "project/review_source.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTextStream>

namespace plumbline::cli {

namespace {

int writeReport(const QString& path, const ReviewReportInput& input, bool html)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    const bool written = html ? writeReviewHtml(out, input) : writeReviewJson(out, input);
    if (!written || !out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return Success;
}

} // namespace

int runReport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption pack(QStringLiteral("pack"),
                                  QStringLiteral("A rule pack to run: a built-in name or a .json file. Repeat for "
                                                 "several. Default: a project's own rules, else chosen from the "
                                                 "headers."),
                                  QStringLiteral("NAME|PACK.json"));
    const QCommandLineOption schema(QStringLiteral("schema"),
                                    QStringLiteral("A Frictionless Table Schema to check "
                                                   "against as well."),
                                    QStringLiteral("SCHEMA.json"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The date rules treat as today (YYYY-MM-DD), for reproducible runs."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption html(QStringLiteral("html"),
                                  QStringLiteral("Write a self-contained HTML review report (summary, charts, "
                                                 "findings per rule with their triage state, waivers, edits)."),
                                  QStringLiteral("OUT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the same report as JSON (every finding listed)."),
                                  QStringLiteral("OUT"));
    parser.addOptions({pack, schema, today, threads, html, json});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The data file or project to report on."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Validate a file or project and write a review report. A "
                                                   "project's report shows its triage decisions, validation runs "
                                                   "and edits; its totals equal 'check' on the same input.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to report on")))
        return *exit;
    if (!parser.isSet(html) && !parser.isSet(json))
        return fail(QStringLiteral("nothing to write: give --html OUT and/or --json OUT (see --help)"));
    bool threadsOk = false;
    const int threadCount = parser.value(threads).toInt(&threadsOk);
    if (!threadsOk || threadCount < 0)
        return fail(QStringLiteral("--threads expects a number ≥ 0"));

    const QString file = parser.positionalArguments().constFirst();
    NullProgress progress;
    auto source = readReviewSource(file, progress);
    if (!source)
        return fail(source.error().toString());
    ReviewSource& review = source.value();
    ValidationSetup setup = review.hasSetup ? review.setup : ValidationSetup{};
    if (parser.isSet(pack) || parser.isSet(schema)) {
        setup.packs = parser.values(pack);
        setup.schemaFiles = parser.values(schema);
    }
    setup.threads = threadCount;
    if (parser.isSet(today)) {
        setup.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!setup.today.isValid())
            return fail(QStringLiteral("--today expects a date as YYYY-MM-DD"));
    }
    Document document(review.dataset);
    document.setValidationSetup(setup);
    Error error;
    if (!document.validateNow(progress, &error))
        return fail(error.toString());

    ReviewReportInput input;
    input.file = file;
    input.sourcePath = review.sourcePath;
    input.sourceSha256 = review.sourceSha256;
    input.generated = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    input.user = currentUserName();
    input.packs = document.lastRun()->validator->rules().packs;
    input.store = document.findings();
    input.decisions = review.decisions;
    TriageBook book;
    book.adopt(review.decisions);
    input.view = book.view(*input.store);
    input.runs = review.runs;
    for (const AuditRow& row : review.trail)
        if (row.kind != QLatin1String("triage"))
            input.edits.push_back(row);
    if (parser.isSet(html))
        if (const int exit = writeReport(parser.value(html), input, true))
            return exit;
    if (parser.isSet(json))
        if (const int exit = writeReport(parser.value(json), input, false))
            return exit;
    return Success;
}

} // namespace plumbline::cli
