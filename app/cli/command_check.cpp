// plumbline-cli check FILE [--pack NAME|PACK.json]... [--schema SCHEMA.json] [--format text|json|csv] [--output F]
// [--fail-on LEVEL] [--fail-below QUALITY] [--changed-since OLD [--key COLUMNS]]
#include "cli_command.h"
#include "cli_parse.h"

#include "diff/compare_versions.h"
#include "document/document.h"
#include "io/dataset_reader.h"
#include "quality/platform_issue_types.h"
#include "quality/quality_level.h"
#include "reports/findings_report.h"

#include <QJsonDocument>

#include <QElapsedTimer>

#include <algorithm>
#include <optional>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace plumbline::cli {

int runCheck(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption pack(QStringLiteral("pack"),
                                  QStringLiteral("A rule pack to run: a built-in name (see 'plumbline-cli packs') or a "
                                                 ".json file. Repeat for several. Default: chosen from the headers. "
                                                 "The structure pack always runs."),
                                  QStringLiteral("NAME|PACK.json"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Report format: text (default), json or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QStringLiteral("Write the report to this file (atomically) instead of standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    QStringLiteral("Exit with 1 when there is a finding at or above this severity: "
                                                   "error (default), warning, notice, or never."),
                                    QStringLiteral("LEVEL"), QStringLiteral("error"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The date rules treat as today (YYYY-MM-DD), for reproducible runs."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption timing(
        QStringLiteral("timing"),
        QStringLiteral("Print the time spent loading, validating and writing on standard error."));
    const QCommandLineOption schema(QStringLiteral("schema"),
                                    QStringLiteral("A Frictionless Table Schema (or a datapackage.json) whose fields, "
                                                   "constraints and keys become a rule pack for this file. A Data "
                                                   "Package's own schemas are used without this option."),
                                    QStringLiteral("SCHEMA.json"));
    const QCommandLineOption failBelow(
        QStringLiteral("fail-below"),
        QStringLiteral("Exit with 1 when the planning.data.gov.uk quality level is below this: 1 (some data), 2 "
                       "(authoritative data from the LPA), 3 (good for ODP) or 4 (trustworthy)."),
        QStringLiteral("QUALITY"));
    const QCommandLineOption changedSince(
        QStringLiteral("changed-since"),
        QStringLiteral("Check only the records added or changed since OLD, an earlier version of the file (matched "
                       "by key, see 'diff'); rules over the whole table keep their findings on those records."),
        QStringLiteral("OLD"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("With --changed-since: the column(s) that identify a record, "
                                                "comma-separated (default: the pack's key, else reference)."),
                                 QStringLiteral("COLUMNS"));
    parser.addOptions({pack, format, output, failOn, failBelow, changedSince, key, threads, today, timing, schema});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to check."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Validate a file against rule packs and report every finding. Exit "
                                                   "status: 0 when nothing is at or above --fail-on, 1 when something "
                                                   "is, 2 on a usage or I/O error.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to check")))
        return *exit;

    ReportFormat reportFormat;
    if (!parseReportFormat(parser.value(format), &reportFormat))
        return fail(QStringLiteral("unknown --format '%1' (use text, json or csv)").arg(parser.value(format)));
    const QString level = parser.value(failOn);
    Severity threshold = Severity::Error;
    if (level != QLatin1String("never") && !parseSeverity(level, &threshold))
        return fail(QStringLiteral("unknown --fail-on '%1' (use error, warning, notice or never)").arg(level));
    QualityLevel qualityFloor = QualityLevel::NoData;
    if (parser.isSet(failBelow) && !parseQualityLevel(parser.value(failBelow), &qualityFloor))
        return fail(QStringLiteral("unknown --fail-below '%1' (use 1, 2, 3 or 4)").arg(parser.value(failBelow)));
    bool threadsOk = false;
    const int threadCount = parser.value(threads).toInt(&threadsOk);
    if (!threadsOk || threadCount < 0)
        return fail(QStringLiteral("--threads expects a number ≥ 0"));
    ValidationSetup setup;
    setup.packs = parser.values(pack);
    setup.schemaFiles = parser.values(schema);
    setup.threads = threadCount;
    if (parser.isSet(today)) {
        setup.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!setup.today.isValid())
            return fail(QStringLiteral("--today expects a date as YYYY-MM-DD"));
    }

    const QString file = parser.positionalArguments().constFirst();
    NullProgress progress;
    QElapsedTimer clock;
    clock.start();
    auto dataset = readDataset(file, ReadOptions{}, progress);
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!dataset)
        return fail(dataset.error().toString());
    if (parser.isSet(changedSince)) {
        auto old = readDataset(parser.value(changedSince), ReadOptions{}, progress);
        if (!old)
            return fail(old.error().toString());
        QStringList keyColumns;
        for (const auto& k : parser.value(key).split(QLatin1Char(','), Qt::SkipEmptyParts))
            keyColumns << k.trimmed();
        auto only = plumbline::changedSince(old.value(), dataset.value(), keyColumns, setup, progress);
        if (!only)
            return fail(only.error().toString());
        setup.only = only.value();
    } else if (parser.isSet(key)) {
        return fail(QStringLiteral("--key goes with --changed-since"));
    }
    Document document(std::make_shared<Dataset>(std::move(dataset).value()));
    document.setValidationSetup(setup);
    Error error;
    if (!document.validateNow(progress, &error))
        return fail(error.toString());
    const ValidationRun& run = *document.lastRun();
    // A Data Package's Table Schemas always run; a --schema file adds its own pack.
    for (const auto& notice : run.notices)
        QTextStream(stderr) << QStringLiteral("plumbline-cli: note: %1\n").arg(notice);
    const ValidationResult& result = run.result;
    const FindingStore& findings = *document.findings();
    const Validator& validator = *run.validator;
    ReportInfo info{file, validator.rules().packs, {}, {}};
    // The quality ladder is the platform's: it applies when rules that speak its issue types ran.
    const bool planning = std::any_of(findings.rules().begin(), findings.rules().end(), [](const RuleInfo& r) {
        return !r.issueType.isEmpty() && findPlatformIssueType(r.issueType);
    });
    std::optional<QualityAssessment> quality;
    if (planning) {
        quality = assessQuality(findings, document.dataset());
        if (setup.only)
            quality->notes << QStringLiteral("Only the records added or changed since %1 were checked; the level is "
                                             "theirs, not the whole file's.")
                                  .arg(parser.value(changedSince));
        info.jsonMembers = "\"quality\": " + QJsonDocument(quality->toJson()).toJson(QJsonDocument::Compact);
        info.textFooter = QStringLiteral("Quality: %1").arg(quality->summary());
        for (const auto& note : quality->notes)
            info.textFooter += QStringLiteral("\n  note: %1").arg(note);
    } else if (parser.isSet(failBelow)) {
        return fail(QStringLiteral("--fail-below needs a planning dataset: no rule that ran names a "
                                   "planning.data.gov.uk issue type"));
    }
    clock.restart();

    if (parser.isSet(output)) {
        QSaveFile out(parser.value(output));
        if (!out.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), out.errorString()));
        if (!writeFindingsReport(out, reportFormat, info, findings) || !out.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), out.errorString()));
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !writeFindingsReport(out, reportFormat, info, findings))
            return fail(QStringLiteral("cannot write the report: %1").arg(out.errorString()));
    }
    if (parser.isSet(timing)) {
        std::size_t rows = 0;
        for (const auto& t : document.dataset().tables)
            rows += t->rowCount();
        QTextStream(stderr)
            << QStringLiteral(
                   "load %1 s, validate %2 s wall / %7 s CPU (%3 rules, %4 rows, %5 findings), report %6 s\n")
                   .arg(loadSeconds, 0, 'f', 3)
                   .arg(result.seconds, 0, 'f', 3)
                   .arg(validator.rules().rules.size())
                   .arg(rows)
                   .arg(findings.size())
                   .arg(double(clock.nsecsElapsed()) / 1e9, 0, 'f', 3)
                   .arg(result.cpuSeconds, 0, 'f', 3);
        // The slowest rules (CPU time; binding, e.g. evaluating a dictionary, is not included).
        std::vector<std::pair<double, QString>> slow;
        for (std::size_t i = 0; i < result.ruleSeconds.size(); ++i)
            slow.emplace_back(result.ruleSeconds[i], validator.rules().rules[i].id);
        std::sort(slow.rbegin(), slow.rend());
        QTextStream(stderr) << QStringLiteral("  %1 s  (preparing the checks)\n").arg(result.bindCpuSeconds, 6, 'f', 3);
        for (std::size_t i = 0; i < std::min<std::size_t>(12, slow.size()) && slow[i].first >= 0.001; ++i)
            QTextStream(stderr) << QStringLiteral("  %1 s  %2\n").arg(slow[i].first, 6, 'f', 3).arg(slow[i].second);
    }
    if (quality && int(quality->level) < int(qualityFloor))
        return FindingsAtOrAboveThreshold;
    if (level == QLatin1String("never"))
        return Success;
    return findings.countAtLeast(threshold) > 0 ? FindingsAtOrAboveThreshold : Success;
}

} // namespace plumbline::cli
