// plumbline-cli report FILE|PROJECT [--pack NAME|PACK.json]... [--schema SCHEMA.json] [--today DATE] [--threads N]
// [--fix-list OUT.xlsx|OUT.csv] [--html OUT] [--json OUT]
#include "cli_command.h"
#include "cli_parse.h"

#include "core/user_name.h"
#include "document/document.h"
#include "project/review_report.h"
#include "project/review_source.h"
#include "reports/fix_list_writer.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTextStream>

namespace plumbline::cli {

namespace {

int writeReview(const QString& path, const ReviewReportInput& input, bool html)
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
                                    QStringLiteral("A Frictionless Table Schema (or datapackage.json) whose rules run "
                                                   "too."),
                                    QStringLiteral("SCHEMA.json"));
    const QCommandLineOption fixList(QStringLiteral("fix-list"),
                                     QStringLiteral("Write a fix list: the file back with a problems column beside "
                                                    "each column that has findings, and a summary by rule (the first "
                                                    "sheet of an .xlsx, or OUT-summary.csv beside a .csv)."),
                                     QStringLiteral("OUT.xlsx|OUT.csv"));
    const QCommandLineOption html(QStringLiteral("html"),
                                  QStringLiteral("Write a self-contained HTML review report: summary, charts, "
                                                 "findings per rule with the records' keys and triage state, waivers "
                                                 "with their reasons, the edits made."),
                                  QStringLiteral("OUT.html"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the same review report as JSON (every finding listed)."),
                                  QStringLiteral("OUT.json"));
    const QCommandLineOption today(
        QStringLiteral("today"), QStringLiteral("The date rules treat as today (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    parser.addOptions({pack, schema, fixList, html, json, today, threads});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file or project to report on."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Check a file or project and write reports: a fix list for people "
                                                   "who work in a spreadsheet, and a review report (HTML, JSON) that "
                                                   "shows a project's triage decisions, validation runs and edits; "
                                                   "its totals equal 'check' on the same input. Exit status: 0 when "
                                                   "written, 2 on a usage or I/O error.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to report on")))
        return *exit;
    if (!parser.isSet(fixList) && !parser.isSet(html) && !parser.isSet(json))
        return fail(QStringLiteral("say what to write: --fix-list OUT.xlsx|OUT.csv, --html OUT or --json OUT"));
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
    // A project is reported with the rules it keeps (as check does) unless others are named.
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
    const FindingStore& findings = *document.findings();

    if (parser.isSet(fixList)) {
        const QString out = parser.value(fixList);
        if (auto failure = writeFixList(out, document.dataset(), findings, progress))
            return fail(failure->toString());
        const auto summary = fixListSummary(findings);
        QTextStream(stdout) << QStringLiteral("%1: fix list with %2 findings of %3 rules%4\n")
                                   .arg(out)
                                   .arg(findings.size())
                                   .arg(summary.size())
                                   .arg(out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                            ? QStringLiteral("; summary in %1").arg(fixListSummaryPath(out))
                                            : QString());
    }
    if (!parser.isSet(html) && !parser.isSet(json))
        return Success;

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
        if (const int exit = writeReview(parser.value(html), input, true))
            return exit;
    if (parser.isSet(json))
        if (const int exit = writeReview(parser.value(json), input, false))
            return exit;
    return Success;
}

} // namespace plumbline::cli
