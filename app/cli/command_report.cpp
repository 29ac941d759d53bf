// plumbline-cli report FILE [--pack NAME|PACK.json]... [--schema SCHEMA.json] --fix-list OUT.xlsx|OUT.csv
// [--today DATE] [--threads N]
#include "cli_command.h"
#include "cli_parse.h"

#include "document/document.h"
#include "io/dataset_reader.h"
#include "reports/fix_list_writer.h"

#include <QTextStream>

namespace plumbline::cli {

int runReport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption pack(QStringLiteral("pack"),
                                  QStringLiteral("A rule pack to run: a built-in name or a .json file. Repeat for "
                                                 "several. Default: chosen from the headers."),
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
    const QCommandLineOption today(
        QStringLiteral("today"), QStringLiteral("The date rules treat as today (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    parser.addOptions({pack, schema, fixList, today, threads});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to report on."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Check a file and write a report for people who work in a "
                                                   "spreadsheet: a fix list with each cell's problems beside it. Exit "
                                                   "status: 0 when written, 2 on a usage or I/O error.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to report on")))
        return *exit;
    if (!parser.isSet(fixList))
        return fail(QStringLiteral("say what to write: --fix-list OUT.xlsx or OUT.csv"));
    ValidationSetup setup;
    setup.packs = parser.values(pack);
    setup.schemaFiles = parser.values(schema);
    bool threadsOk = false;
    setup.threads = parser.value(threads).toInt(&threadsOk);
    if (!threadsOk || setup.threads < 0)
        return fail(QStringLiteral("--threads expects a number ≥ 0"));
    if (parser.isSet(today)) {
        setup.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!setup.today.isValid())
            return fail(QStringLiteral("--today expects a date as YYYY-MM-DD"));
    }
    const QString file = parser.positionalArguments().constFirst();
    NullProgress progress;
    auto dataset = readDataset(file, ReadOptions{}, progress);
    if (!dataset)
        return fail(dataset.error().toString());
    Document document(std::make_shared<Dataset>(std::move(dataset).value()));
    document.setValidationSetup(setup);
    Error error;
    if (!document.validateNow(progress, &error))
        return fail(error.toString());
    const FindingStore& findings = *document.findings();
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
    return Success;
}

} // namespace plumbline::cli
