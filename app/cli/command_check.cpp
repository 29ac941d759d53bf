// plumbline-cli check FILE [--pack NAME|PACK.json]... [--schema SCHEMA.json] [--format text|json|csv] [--output F]
// [--fail-on LEVEL] [--fail-below QUALITY] [--changed-since OLD [--key COLUMNS]] [--detail RULE|all]...
#include "cli_command.h"
#include "cli_exit.h"
#include "cli_parse.h"

#include "diff/compare_versions.h"
#include "document/document.h"
#include "io/dataset_reader.h"
#include "io/output_file_device.h"
#include "project/review_source.h"
#include "quality/platform_issue_types.h"
#include "quality/quality_level.h"
#include "reports/findings_report.h"

#include <QJsonDocument>

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <QFile>
#include <QTextStream>

namespace plumbline::cli {

int runCheck(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption pack(
        QStringLiteral("pack"),
        QStringLiteral("A rule pack to run: a built-in name or one of yours (see 'plumbline-cli packs') or a "
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
    const QCommandLineOption detail(
        QStringLiteral("detail"),
        QStringLiteral("List the rows behind a summary finding one by one: an info rule that fires on many rows "
                       "(at least 10 % of a table's rows and 1,000 rows) is reported as one summary finding. "
                       "A rule id (or its start up to a dash when that names one rule: PA-17), or 'all'. Repeat for "
                       "several."),
        QStringLiteral("RULE|all"));
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
    const QCommandLineOption userPacks(
        QStringLiteral("user-packs"),
        QStringLiteral("Also run your own rule packs (the GUI's rule editor writes them; 'plumbline-cli packs' lists "
                       "them), as the GUI does: your changed copies replace the built-in rules they copy."));
    parser.addOptions({pack, format, output, failOn, failBelow, changedSince, key, threads, today, timing, schema,
                       detail, userPacks});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to check."));
    if (auto exit =
            parseSubcommand(parser, args,
                            QStringLiteral("Validate a file against rule packs and report every finding. Exit "
                                           "status: 0 when nothing is at or above --fail-on, 1 when something "
                                           "is, 2 on a usage or I/O error or a rule that could not be checked.")))
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
    setup.userPacks = parser.isSet(userPacks);
    if (parser.isSet(today)) {
        setup.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!setup.today.isValid())
            return fail(QStringLiteral("--today expects a date as YYYY-MM-DD"));
    }

    const QString file = parser.positionalArguments().constFirst();
    NullProgress progress;
    QElapsedTimer clock;
    clock.start();
    // A project is checked with the rules it keeps (as its window shows them) unless others are named.
    auto source = readReviewSource(file, progress);
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!source)
        return fail(source.error().toString());
    if (source.value().hasSetup && !parser.isSet(pack) && !parser.isSet(schema)) {
        const ValidationSetup kept = source.value().setup;
        setup.packs = kept.packs;
        setup.schemaFiles = kept.schemaFiles;
        if (!parser.isSet(today))
            setup.today = kept.today;
    }
    const Dataset& dataset = *source.value().dataset;
    if (parser.isSet(changedSince)) {
        auto old = readDataset(parser.value(changedSince), ReadOptions{}, progress);
        if (!old)
            return fail(old.error().toString());
        QStringList keyColumns;
        for (const auto& k : parser.value(key).split(QLatin1Char(','), Qt::SkipEmptyParts))
            keyColumns << k.trimmed();
        auto only = plumbline::changedSince(old.value(), dataset, keyColumns, setup, progress);
        if (!only)
            return fail(only.error().toString());
        setup.only = only.value();
    } else if (parser.isSet(key)) {
        return fail(QStringLiteral("--key goes with --changed-since"));
    }
    Document document(source.value().dataset);
    document.setValidationSetup(setup);
    Error error;
    if (!document.validateNow(progress, &error))
        return fail(error.toString());
    const ValidationRun& run = *document.lastRun();
    // A Data Package's Table Schemas always run; a --schema file adds its own pack.
    for (const auto& notice : run.notices)
        QTextStream(stderr) << QStringLiteral("plumbline-cli: note: %1\n").arg(notice);
    const ValidationResult& result = run.result;
    const Validator& validator = *run.validator;
    std::shared_ptr<const FindingStore> store = document.findings();
    if (parser.isSet(detail)) {
        QStringList rules;
        for (const QString& given : parser.values(detail)) {
            if (given == QLatin1String("all") || store->ruleIndex(given) >= 0) {
                rules << given;
                continue;
            }
            // A short id names the one rule whose id it starts, up to a dash: PA-17 for PA-17-determination-time.
            QStringList matches;
            for (const RuleInfo& rule : store->rules())
                if (rule.id.startsWith(given + QLatin1Char('-')))
                    matches << rule.id;
            if (matches.size() > 1)
                return fail(QStringLiteral("--detail: '%1' names several rules (%2); give one of them")
                                .arg(given, matches.join(QStringLiteral(", "))));
            if (matches.isEmpty())
                return fail(QStringLiteral("--detail: no rule '%1' ran on %2 (plumbline-cli packs lists the rules)")
                                .arg(given, file));
            rules << matches.front();
        }
        if (rules.contains(QLatin1String("all")))
            rules.clear();
        store = document.findingsInDetail(rules);
    }
    const FindingStore& findings = *store;
    ReportInfo info{file, validator.rules().packs, {}, {}};
    // The quality ladder is the platform's: it applies when rules that speak its issue types ran.
    const bool planning = std::any_of(findings.rules().begin(), findings.rules().end(), [](const RuleInfo& r) {
        return !r.issueType.isEmpty() && findPlatformIssueType(r.issueType);
    });
    std::optional<QualityAssessment> quality;
    if (planning) {
        quality = assessQuality(*document.findings(), document.dataset());
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
        // OutputFile, as the exports use: atomic, and a full disk is named as such.
        OutputFile out(parser.value(output));
        if (auto opened = out.open())
            return fail(opened->toString());
        OutputFileDevice device(out);
        const bool written = writeFindingsReport(device, reportFormat, info, findings, threadCount);
        if (auto committed = out.commit())
            return fail(committed->toString());
        if (!written)
            return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), device.errorString()));
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) ||
            !writeFindingsReport(out, reportFormat, info, findings, threadCount))
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
        std::vector<std::pair<double, QString>> binding;
        for (std::size_t i = 0; i < result.ruleBindSeconds.size(); ++i)
            binding.emplace_back(result.ruleBindSeconds[i], validator.rules().rules[i].id);
        std::sort(binding.rbegin(), binding.rend());
        for (std::size_t i = 0; i < std::min<std::size_t>(5, binding.size()) && binding[i].first >= 0.001; ++i)
            QTextStream(stderr)
                << QStringLiteral("      %1 s  binding %2\n").arg(binding[i].first, 6, 'f', 3).arg(binding[i].second);
        for (std::size_t i = 0; i < std::min<std::size_t>(12, slow.size()) && slow[i].first >= 0.001; ++i)
            QTextStream(stderr) << QStringLiteral("  %1 s  %2\n").arg(slow[i].first, 6, 'f', 3).arg(slow[i].second);
    }
    // A rule that could not run to the end makes the report incomplete: say which, and never exit 0 or 1.
    const auto failures = result.failures();
    for (const auto& failure : failures)
        QTextStream(stderr) << QStringLiteral("plumbline-cli: error: rule %1 could not be checked on table %2, so "
                                              "its findings are incomplete: %3\n")
                                   .arg(failure.rule, failure.table, failure.failed);
    if (!failures.empty())
        return endWithoutFreeing(UsageOrIoError);
    if (quality && int(quality->level) < int(qualityFloor))
        return endWithoutFreeing(FindingsAtOrAboveThreshold);
    if (level == QLatin1String("never"))
        return endWithoutFreeing(Success);
    return endWithoutFreeing(findings.countAtLeast(threshold) > 0 ? FindingsAtOrAboveThreshold : Success);
}

} // namespace plumbline::cli
