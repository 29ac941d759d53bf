// plumbline-cli diff OLD NEW [--key COL[,COL]] [--table T] [--format text|json|csv] [--output F] [--pack P]...
// [--all-findings | --no-findings] [--today D] [--threads N] [--timing]
#include "cli_command.h"
#include "cli_exit.h"
#include "cli_parse.h"

#include "diff/compare_versions.h"
#include "diff/diff_report.h"
#include "io/dataset_reader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace plumbline::cli {

int runDiff(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("The column(s) that identify a record, comma-separated for a composite "
                                                "key (organisation,reference). Default: the pack's key column, else "
                                                "reference."),
                                 QStringLiteral("COLUMNS"));
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("The table to compare (default: the only one, or the first both "
                                                  "versions have)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Report format: text (default), json or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Write the report to this file (atomically)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption pack(QStringLiteral("pack"),
                                  QStringLiteral("A rule pack to check both versions with (default: chosen from the "
                                                 "headers). Repeat for several."),
                                  QStringLiteral("NAME|PACK.json"));
    const QCommandLineOption allFindings(QStringLiteral("all-findings"),
                                         QStringLiteral("Compare the findings of every record, not only of the added, "
                                                        "changed and removed ones."));
    const QCommandLineOption noFindings(QStringLiteral("no-findings"),
                                        QStringLiteral("Compare the records only; do not check either version."));
    const QCommandLineOption today(
        QStringLiteral("today"), QStringLiteral("The date rules treat as today (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    QStringLiteral("Print the time spent loading, comparing and checking on standard "
                                                   "error."));
    parser.addOptions({key, table, format, output, pack, allFindings, noFindings, today, threads, timing});
    parser.addPositionalArgument(QStringLiteral("old"), QStringLiteral("The earlier version."));
    parser.addPositionalArgument(QStringLiteral("new"), QStringLiteral("The later version."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Compare two versions of a file: records added, removed and changed "
                                                   "(cell by cell, matched by key, not by position), and the findings "
                                                   "that are new, gone or unchanged. Exit status: 0 when the versions "
                                                   "hold the same records, 1 when they differ, 2 on a usage or I/O "
                                                   "error.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 2, QStringLiteral("the old and the new version")))
        return *exit;
    ReportFormat reportFormat;
    if (!parseReportFormat(parser.value(format), &reportFormat))
        return fail(QStringLiteral("unknown --format '%1' (use text, json or csv)").arg(parser.value(format)));
    if (parser.isSet(allFindings) && parser.isSet(noFindings))
        return fail(QStringLiteral("--all-findings and --no-findings exclude each other"));
    CompareOptions options;
    for (const auto& k : parser.value(key).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.key << k.trimmed();
    options.table = parser.value(table);
    options.setup.packs = parser.values(pack);
    bool threadsOk = false;
    options.setup.threads = parser.value(threads).toInt(&threadsOk);
    if (!threadsOk || options.setup.threads < 0)
        return fail(QStringLiteral("--threads expects a number ≥ 0"));
    if (parser.isSet(today)) {
        options.setup.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.setup.today.isValid())
            return fail(QStringLiteral("--today expects a date as YYYY-MM-DD"));
    }
    options.findings = parser.isSet(noFindings)    ? CompareOptions::Findings::None
                       : parser.isSet(allFindings) ? CompareOptions::Findings::All
                                                   : CompareOptions::Findings::Changed;

    const QString oldFile = parser.positionalArguments().at(0);
    const QString newFile = parser.positionalArguments().at(1);
    NullProgress progress;
    QElapsedTimer clock;
    clock.start();
    // The versions load one after the other, each on every core. Side by side (each on half the cores) took
    // more CPU time, mostly the kernel's (both loads' fresh memory faulted in at once), and 45-70 MB more memory,
    // for no gain in wall time (docs/benchmarks.md, "Comparing two versions").
    const ReadOptions readOptions;
    auto oldData = readDataset(oldFile, readOptions, progress);
    if (!oldData)
        return fail(oldData.error().toString());
    auto newData = readDataset(newFile, readOptions, progress);
    if (!newData)
        return fail(newData.error().toString());
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    auto compared = compareVersions(std::make_shared<const Dataset>(std::move(oldData).value()),
                                    std::make_shared<const Dataset>(std::move(newData).value()), options, progress);
    if (!compared)
        return fail(compared.error().toString());
    const Comparison& c = compared.value();
    const double compareSeconds = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();

    DiffReportInput input;
    input.oldFile = oldFile;
    input.newFile = newFile;
    input.oldTable = c.oldTable.get();
    input.newTable = c.newTable.get();
    input.rows = &c.rows;
    if (c.findings) {
        input.findings = &*c.findings;
        input.oldFindings = &c.oldRun->result.findings;
        input.newFindings = &c.newRun->result.findings;
    }
    if (parser.isSet(output)) {
        QSaveFile out(parser.value(output));
        if (!out.open(QIODevice::WriteOnly) || !writeDiffReport(out, reportFormat, input) || !out.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), out.errorString()));
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !writeDiffReport(out, reportFormat, input))
            return fail(QStringLiteral("cannot write the report: %1").arg(out.errorString()));
    }
    if (parser.isSet(timing)) {
        // The two versions are checked side by side (compareVersions): the longer of the two is what it took.
        const double checkSeconds = c.oldRun ? std::max(c.oldRun->result.seconds, c.newRun->result.seconds) : 0.0;
        QTextStream(stderr) << QStringLiteral(
                                   "load %1 s, compare and check %2 s (of which checking %3 s), report %4 s; "
                                   "%5 + %6 records, %7 changed, %8 added, %9 removed\n")
                                   .arg(loadSeconds, 0, 'f', 3)
                                   .arg(compareSeconds, 0, 'f', 3)
                                   .arg(checkSeconds, 0, 'f', 3)
                                   .arg(double(clock.nsecsElapsed()) / 1e9, 0, 'f', 3)
                                   .arg(c.rows.oldRecords)
                                   .arg(c.rows.newRecords)
                                   .arg(c.rows.changed.size())
                                   .arg(c.rows.added.size())
                                   .arg(c.rows.removed.size());
    }
    // Both versions, their validations and the comparison are hundreds of megabytes in many blocks: freeing them
    // one by one only to exit costs time the user waits for. The report is written and committed; flush what is
    // buffered and end the process.
    return endWithoutFreeing(c.rows.isEmpty() ? Success : FindingsAtOrAboveThreshold);
}

} // namespace plumbline::cli
