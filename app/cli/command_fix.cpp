// plumbline-cli fix FILE [--pack NAME|PACK.json]... --apply RULE[,RULE...]|safe --output OUT [--dry-run]
// [--format text|json]
#include "cli_command.h"
#include "cli_parse.h"

#include "document/document.h"
#include "fixes/fix_apply.h"
#include "fixes/fix_planner.h"
#include "io/dataset_reader.h"
#include "io/dataset_writer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <ctime>
#include <map>

namespace plumbline::cli {

namespace {

/// Safe fixes can enable one another (a trimmed status becomes a codelist synonym to map): re-plan on the
/// re-checked findings until nothing changes, this many times at most.
constexpr int kMaxPasses = 5;
constexpr std::size_t kSampleCells = 10;

struct SampleCell
{
    QString rule;
    QString table;
    qint64 row = 0; ///< 1-based data row
    QString key;    ///< the user's key on that row, if the table has one
    QString column;
    QString before;
    QString after;
};

/// CPU seconds of the whole process (all threads): steadier than wall time on a busy machine.
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QString shown(const std::string& text)
{
    QString s = QString::fromStdString(text);
    if (s.size() > 60)
        s = s.left(59) + QChar(0x2026);
    s.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    s.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

} // namespace

int runFix(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption pack(QStringLiteral("pack"),
                                  QStringLiteral("A rule pack to run: a built-in name (see 'plumbline-cli packs') or a "
                                                 ".json file. Repeat for several. Default: chosen from the headers."),
                                  QStringLiteral("NAME|PACK.json"));
    const QCommandLineOption apply(
        QStringLiteral("apply"),
        QStringLiteral("The rules whose quick fixes to apply, separated by commas, or 'safe' for every fix that needs "
                       "no judgement. A named rule whose fixes need judgement is refused."),
        QStringLiteral("RULE[,RULE...]|safe"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QStringLiteral("The file to write; its extension picks the format (%1). Rows no fix touched are copied "
                       "exactly as read.")
            .arg(exportFormats().join(QStringLiteral(", "))),
        QStringLiteral("OUT"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Write nothing; print the counts and a sample of the changes."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Summary format: text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The date rules treat as today (YYYY-MM-DD), for reproducible runs."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    QStringLiteral("Print the time spent loading, validating, planning, applying and "
                                                   "writing on standard error."));
    parser.addOptions({pack, apply, output, dryRun, format, today, timing});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to fix."));
    if (auto exit =
            parseSubcommand(parser, args,
                            QStringLiteral("Validate a file, apply the quick fixes of the named rules (or every "
                                           "safe fix) and write the result. Prints the cells changed per "
                                           "rule. Exit status: 0 done, 2 on a usage or I/O error or a refused "
                                           "rule.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to fix")))
        return *exit;
    if (!parser.isSet(apply))
        return fail(QStringLiteral("missing --apply RULE[,RULE...]|safe (see --help)"));
    if (!parser.isSet(output) && !parser.isSet(dryRun))
        return fail(QStringLiteral("missing --output OUT (or --dry-run to write nothing)"));
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text"))
        return fail(QStringLiteral("unknown --format '%1' (use text or json)").arg(parser.value(format)));
    ValidationSetup setup;
    setup.packs = parser.values(pack);
    if (parser.isSet(today)) {
        setup.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!setup.today.isValid())
            return fail(QStringLiteral("--today expects a date as YYYY-MM-DD"));
    }
    const bool allSafe = parser.value(apply).trimmed() == QLatin1String("safe");
    QStringList ruleIds;
    if (!allSafe)
        for (const QString& id : parser.value(apply).split(QLatin1Char(','), Qt::SkipEmptyParts))
            ruleIds << id.trimmed();
    if (!allSafe && ruleIds.isEmpty())
        return fail(QStringLiteral("--apply names no rule"));

    const QString file = parser.positionalArguments().constFirst();
    NullProgress progress;
    QElapsedTimer clock;
    clock.start();
    auto dataset = readDataset(file, ReadOptions{}, progress);
    if (!dataset)
        return fail(dataset.error().toString());
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    Document document(std::make_shared<Dataset>(std::move(dataset).value()));
    document.setValidationSetup(setup);
    Error error;
    if (!document.validateNow(progress, &error))
        return fail(error.toString());
    const double validateSeconds = double(clock.nsecsElapsed()) / 1e9;

    // Every named rule must run on this file and have fixes that need no judgement.
    const RuleSet& rules = document.lastRun()->validator->rules();
    for (const QString& id : ruleIds) {
        const auto it = std::find_if(rules.rules.begin(), rules.rules.end(), [&](const Rule& r) { return r.id == id; });
        if (it == rules.rules.end())
            return fail(QStringLiteral("no rule '%1' runs on %2 (the packs in use: %3; see 'plumbline-cli packs')")
                            .arg(id, file, rules.packs.join(QStringLiteral(", "))));
        switch (FixPlanner::ruleFixes(*it)) {
        case FixPlanner::RuleFixes::None:
            return fail(QStringLiteral("%1 has no quick fix%2")
                            .arg(id, it->fix.kind() == Fix::Kind::Action
                                         ? QStringLiteral(" (%1)").arg(it->fix.describe())
                                         : QString()));
        case FixPlanner::RuleFixes::Judgement:
            return fail(QStringLiteral("%1's fixes need judgement, so they are not applied in bulk; review them one by "
                                       "one in the GUI")
                            .arg(id));
        case FixPlanner::RuleFixes::Safe:
            break;
        }
    }

    std::map<QString, std::size_t> perRule;
    std::size_t cells = 0;
    std::vector<SampleCell> sample;
    double planSeconds = 0;
    double applySeconds = 0;
    double recheckSeconds = 0; // the set rules re-run on a snapshot after each pass
    double planCpu = 0;
    double applyCpu = 0;
    int passes = 0;
    for (; passes < kMaxPasses; ++passes) {
        clock.restart();
        double cpu = processCpuSeconds();
        const FixPlanner planner = FixPlanner::forDocument(document);
        const std::vector<FixPlan> plans = planner.plansForRules(ruleIds, true);
        const FixPreview preview = previewPlans(document.dataset(), plans, kSampleCells);
        planSeconds += double(clock.nsecsElapsed()) / 1e9;
        planCpu += processCpuSeconds() - cpu;
        if (preview.cellCount == 0)
            break;
        const FindingStore& store = *document.findings();
        for (const CellPreview& c : preview.cells) {
            if (sample.size() >= kSampleCells)
                break;
            const Table& table = document.table(c.table);
            const TableInfo* info =
                std::size_t(c.table) < store.tables().size() ? &store.tables()[std::size_t(c.table)] : nullptr;
            SampleCell s{plans[c.source].rule,       table.name(),    c.row + 1,     QString(),
                         table.columnName(c.column), shown(c.before), shown(c.after)};
            if (info && info->keyColumn >= 0 && info->keyColumn < table.columnCount())
                s.key = table.cellText(std::size_t(c.row), info->keyColumn);
            sample.push_back(std::move(s));
        }
        clock.restart();
        cpu = processCpuSeconds();
        const FixOutcome outcome = applyPlans(document, plans, fixCommandText(plans, preview.cellCount));
        applySeconds += double(clock.nsecsElapsed()) / 1e9;
        applyCpu += processCpuSeconds() - cpu;
        clock.restart();
        document.waitUntilChecked();
        recheckSeconds += double(clock.nsecsElapsed()) / 1e9;
        cells += outcome.cells;
        for (const auto& [rule, n] : outcome.cellsPerRule)
            perRule[rule] += n;
        if (outcome.cells == 0)
            break;
    }

    // What the named rules (or all) still propose that needs a person.
    std::map<QString, std::size_t> left;
    {
        const FixPlanner planner = FixPlanner::forDocument(document);
        for (const FixPlan& p : planner.plansForRules(ruleIds, false))
            if (!p.safe)
                ++left[p.rule];
    }

    clock.restart();
    QString warning;
    if (!parser.isSet(dryRun)) {
        if (const auto failed =
                exportDataset(document.dataset(), parser.value(output), ExportOptions{}, progress, &warning))
            return fail(failed->toString());
    }
    const double writeSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!warning.isEmpty())
        QTextStream(stderr) << "plumbline-cli: warning: " << warning << '\n';

    QTextStream out(stdout);
    if (json) {
        QJsonObject root;
        root.insert(QStringLiteral("file"), file);
        root.insert(QStringLiteral("output"), parser.isSet(dryRun) ? QJsonValue() : QJsonValue(parser.value(output)));
        root.insert(QStringLiteral("dry_run"), parser.isSet(dryRun));
        root.insert(QStringLiteral("cells_changed"), qint64(cells));
        QJsonObject byRule;
        for (const auto& [rule, n] : perRule)
            byRule.insert(rule, qint64(n));
        root.insert(QStringLiteral("by_rule"), byRule);
        QJsonObject needsJudgement;
        for (const auto& [rule, n] : left)
            needsJudgement.insert(rule, qint64(n));
        root.insert(QStringLiteral("needs_judgement"), needsJudgement);
        QJsonArray changes;
        for (const SampleCell& s : sample)
            changes.append(QJsonObject{{QStringLiteral("rule"), s.rule},
                                       {QStringLiteral("table"), s.table},
                                       {QStringLiteral("row"), s.row},
                                       {QStringLiteral("key"), s.key},
                                       {QStringLiteral("column"), s.column},
                                       {QStringLiteral("before"), s.before.mid(1, s.before.size() - 2)},
                                       {QStringLiteral("after"), s.after.mid(1, s.after.size() - 2)}});
        root.insert(QStringLiteral("sample"), changes);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        const QString counted =
            QStringLiteral("%1 %2").arg(cells).arg(cells == 1 ? QStringLiteral("cell") : QStringLiteral("cells"));
        if (parser.isSet(dryRun))
            out << QStringLiteral("Would change %1 in %2 (dry run: nothing written)\n").arg(counted, file);
        else
            out << QStringLiteral("Changed %1; wrote %2\n").arg(counted, parser.value(output));
        for (const auto& [rule, n] : perRule)
            out << "  " << rule.leftJustified(36) << ' ' << QString::number(n).rightJustified(8) << '\n';
        if (!left.empty()) {
            std::size_t total = 0;
            for (const auto& [rule, n] : left)
                total += n;
            out << QStringLiteral("%1 more %2 a person's judgement (not applied):\n")
                       .arg(total)
                       .arg(total == 1 ? QStringLiteral("fix needs") : QStringLiteral("fixes need"));
            for (const auto& [rule, n] : left)
                out << "  " << rule.leftJustified(36) << ' ' << QString::number(n).rightJustified(8) << '\n';
        }
        if (parser.isSet(dryRun) && !sample.empty()) {
            out << "Sample of the changes:\n";
            for (const SampleCell& s : sample)
                out << QStringLiteral("  %1 row %2%3, %4: %5 -> %6  (%7)\n")
                           .arg(s.table)
                           .arg(s.row)
                           .arg(s.key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.key), s.column, s.before,
                                s.after, s.rule);
        }
    }
    if (parser.isSet(timing))
        QTextStream(stderr) << QStringLiteral("load %1 s, validate %2 s, plan %3 s, apply %4 s, re-check %5 s (%6 "
                                              "passes), write %7 s; CPU: plan %8 s, apply %9 s\n")
                                   .arg(loadSeconds, 0, 'f', 3)
                                   .arg(validateSeconds, 0, 'f', 3)
                                   .arg(planSeconds, 0, 'f', 3)
                                   .arg(applySeconds, 0, 'f', 3)
                                   .arg(recheckSeconds, 0, 'f', 3)
                                   .arg(passes)
                                   .arg(writeSeconds, 0, 'f', 3)
                                   .arg(planCpu, 0, 'f', 3)
                                   .arg(applyCpu, 0, 'f', 3);
    return Success;
}

} // namespace plumbline::cli
