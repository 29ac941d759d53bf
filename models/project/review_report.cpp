#include "project/review_report.h"

#include "reports/report_buffer.h"
#include "reports/svg_chart.h"
#include "table/table.h"

#include <QDateTime>
#include <QLocale>

#include <map>
#include <unordered_map>

namespace plumbline {

namespace {

constexpr Severity kOrder[] = {Severity::Error, Severity::Warning, Severity::Notice, Severity::Info};

QString severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("#c62828");
    case Severity::Warning:
        return QStringLiteral("#e08a00");
    case Severity::Notice:
        return QStringLiteral("#1e66d0");
    case Severity::Info:
        return QStringLiteral("#808080");
    }
    return QStringLiteral("#808080");
}

/// Each finding's decision (or null), by store index.
std::vector<const TriageDecision*> decisionsOf(const FindingStore& store, const std::vector<TriageDecision>& decisions)
{
    std::vector<const TriageDecision*> out(store.size(), nullptr);
    if (decisions.empty())
        return out;
    std::unordered_multimap<std::uint64_t, const TriageDecision*> byHash;
    for (const TriageDecision& d : decisions)
        byHash.emplace(d.key.hash(), &d);
    FindingKeyHasher hasher(store);
    for (std::size_t i = 0; i < store.size(); ++i) {
        const auto [first, last] = byHash.equal_range(hasher.hash(i));
        if (first == last)
            continue;
        const FindingKey key = findingKeyOf(store, i);
        for (auto it = first; it != last; ++it)
            if (it->second->key == key)
                out[i] = it->second;
    }
    return out;
}

QString esc(const QString& text)
{
    return escapeMarkup(text);
}

QString formatCount(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

std::uint64_t editCount(const std::vector<AuditRow>& edits)
{
    std::uint64_t n = 0;
    for (const AuditRow& row : edits)
        if (row.kind == QLatin1String("edit"))
            ++n;
    return n;
}

const char* kStyle = R"css(
body { font-family: sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 2em; } h3 { font-size: 1.1em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; font-size: 0.9em; }
th { background: #f2f2f2; }
td.n { text-align: right; }
.sev { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 0.3em; }
.hidden-state { color: #777; }
.note { color: #555; }
)css";

} // namespace

QString findingUserKey(const FindingStore& store, std::size_t index)
{
    const FindingRecord& r = store.record(index);
    const TableInfo& info = store.tables()[r.table];
    if (r.record == kNoRecord || !info.table)
        return {};
    const int column = info.keyColumn >= 0 ? info.keyColumn : userKeyColumn(*info.table);
    if (column < 0 || column >= info.table->columnCount())
        return {};
    const Table& table = *info.table;
    const auto edited = table.overlay().find(r.record, column);
    const std::string_view value = edited ? *edited : table.baseCell(r.record, column);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

bool writeReviewHtml(QIODevice& device, const ReviewReportInput& input)
{
    ReportBuffer out(device);
    const FindingStore empty;
    const FindingStore& store = input.store ? *input.store : empty;
    const auto decisions = decisionsOf(store, input.decisions);
    const auto line = [&](const QString& html) { out.text(html + QLatin1Char('\n')); };

    line(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"));
    line(QStringLiteral("<title>Review of %1</title><style>%2</style></head><body>")
             .arg(esc(input.file), QString::fromUtf8(kStyle)));
    line(QStringLiteral("<h1>Review of %1</h1>").arg(esc(input.file)));
    line(QStringLiteral("<p class=\"note\">Generated %1 by %2 with Plumbline. Rule packs: %3.</p>")
             .arg(esc(input.generated), esc(input.user), esc(input.packs.join(QStringLiteral(", ")))));
    if (!input.sourcePath.isEmpty())
        line(QStringLiteral("<p class=\"note\">Source: %1%2</p>")
                 .arg(esc(input.sourcePath),
                      input.sourceSha256.isEmpty()
                          ? QString()
                          : QStringLiteral(" (SHA-256 <code>%1</code>)").arg(esc(input.sourceSha256))));

    // Summary.
    line(QStringLiteral("<h2>Summary</h2><table id=\"summary\">"));
    line(QStringLiteral("<tr><th>Findings</th><td class=\"n\" id=\"total\">%1</td></tr>").arg(store.size()));
    for (Severity s : kOrder)
        line(QStringLiteral("<tr><th><span class=\"sev\" style=\"background:%1\"></span>%2</th>"
                            "<td class=\"n\" id=\"count-%3\">%4</td></tr>")
                 .arg(severityColor(s), severityName(s), severityName(s))
                 .arg(store.count(s)));
    const std::uint64_t hidden = input.view.hiddenCount();
    line(
        QStringLiteral("<tr><th>Open (shown)</th><td class=\"n\" id=\"open\">%1</td></tr>").arg(store.size() - hidden));
    line(QStringLiteral("<tr><th>Waived</th><td class=\"n\" id=\"waived\">%1</td></tr>").arg(input.view.waived));
    line(QStringLiteral("<tr><th>False positives</th><td class=\"n\" id=\"false-positive\">%1</td></tr>")
             .arg(input.view.falsePositive));
    line(QStringLiteral("<tr><th>Cells edited</th><td class=\"n\" id=\"edits\">%1</td></tr>")
             .arg(editCount(input.edits)));
    line(QStringLiteral("<tr><th>Validation runs</th><td class=\"n\" id=\"runs\">%1</td></tr></table>")
             .arg(input.runs.size()));

    // Charts.
    line(QStringLiteral("<h2>Charts</h2>"));
    std::vector<SvgBar> bySeverity;
    for (Severity s : kOrder)
        bySeverity.push_back(SvgBar{severityName(s), double(store.count(s)), severityColor(s)});
    line(svgBarChart(QStringLiteral("Findings by severity"), bySeverity));
    std::vector<std::pair<std::uint64_t, std::uint32_t>> rules;
    for (std::uint32_t r = 0; r < store.rules().size(); ++r)
        if (store.countForRule(r) > 0)
            rules.emplace_back(store.countForRule(r), r);
    std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<SvgBar> byRule;
    for (std::size_t i = 0; i < rules.size() && i < 15; ++i)
        byRule.push_back(SvgBar{store.rules()[rules[i].second].id, double(rules[i].first),
                                severityColor(store.rules()[rules[i].second].severity)});
    if (!byRule.empty())
        line(svgBarChart(QStringLiteral("Rules with the most findings"), byRule));
    if (!input.runs.empty()) {
        QStringList labels;
        std::vector<SvgSeries> series{{QStringLiteral("all findings"), QStringLiteral("#444444"), {}},
                                      {QStringLiteral("errors"), severityColor(Severity::Error), {}},
                                      {QStringLiteral("warnings"), severityColor(Severity::Warning), {}}};
        for (const RunRecord& run : input.runs) {
            labels << QDateTime::fromString(run.time, Qt::ISODate).toString(QStringLiteral("d MMM HH:mm"));
            series[0].values.push_back(double(run.total));
            series[1].values.push_back(double(run.bySeverity[std::size_t(Severity::Error)]));
            series[2].values.push_back(double(run.bySeverity[std::size_t(Severity::Warning)]));
        }
        line(svgLineChart(QStringLiteral("Findings over the validation runs"), labels, series));
    }

    // Per rule.
    line(QStringLiteral("<h2>Findings by rule</h2>"));
    std::map<std::uint32_t, std::vector<std::size_t>> byRuleIndex;
    for (std::size_t i = 0; i < store.size(); ++i)
        byRuleIndex[store.record(i).rule].push_back(i);
    for (const auto& [ruleIndex, findings] : byRuleIndex) {
        const RuleInfo& rule = store.rules()[ruleIndex];
        line(QStringLiteral("<h3 id=\"rule-%1\">%2 \u2014 %3 (%4 %5)</h3>")
                 .arg(esc(rule.id), esc(rule.id), esc(rule.title), formatCount(findings.size()),
                      severityName(rule.severity)));
        line(QStringLiteral("<table data-rule=\"%1\" data-count=\"%2\"><tr><th>Table</th><th>Row</th><th>Key</th>"
                            "<th>Column</th><th>Value</th><th>Message</th><th>State</th></tr>")
                 .arg(esc(rule.id))
                 .arg(findings.size()));
        int shown = 0;
        for (const std::size_t i : findings) {
            if (shown++ >= input.htmlRowsPerRule)
                break;
            const FindingRecord& r = store.record(i);
            const TriageDecision* d = decisions[i];
            const TriageState state = d ? d->state : TriageState::Open;
            line(QStringLiteral("<tr%1><td>%2</td><td class=\"n\">%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                                "<td>%8</td></tr>")
                     .arg(isHiddenState(state) ? QStringLiteral(" class=\"hidden-state\"") : QString(),
                          esc(store.tables()[r.table].name), r.row ? QString::number(r.row) : QString(),
                          esc(findingUserKey(store, i)), esc(store.columnNames(i).join(QStringLiteral(", "))),
                          esc(store.qtext(r.value)), esc(store.message(i)),
                          esc(triageStateLabel(state) +
                              (d && !d->reason.isEmpty() ? QStringLiteral(": ") + d->reason : QString()))));
        }
        line(QStringLiteral("</table>"));
        if (int(findings.size()) > input.htmlRowsPerRule)
            line(QStringLiteral("<p class=\"note\">\u2026 and %1 more (the JSON report lists every finding).</p>")
                     .arg(formatCount(findings.size() - std::size_t(input.htmlRowsPerRule))));
    }

    // Decisions.
    line(QStringLiteral("<h2>Waivers and false positives</h2>"));
    line(QStringLiteral("<table id=\"decisions\"><tr><th>State</th><th>Rule</th><th>Table</th><th>Record</th>"
                        "<th>Columns</th><th>Value</th><th>Reason</th><th>By</th><th>When</th></tr>"));
    for (const TriageDecision& d : input.decisions)
        if (isHiddenState(d.state))
            line(QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"n\">%4</td><td>%5</td><td>%6</td>"
                                "<td>%7</td><td>%8</td><td>%9</td></tr>")
                     .arg(esc(triageStateLabel(d.state)), esc(d.key.rule), esc(d.key.table),
                          d.key.record < 0 ? QString() : QString::number(d.key.record + 1),
                          esc(d.key.columns.join(QStringLiteral(", "))), esc(d.key.value), esc(d.reason), esc(d.user),
                          esc(d.time)));
    line(QStringLiteral("</table>"));

    // Edits.
    line(QStringLiteral("<h2>Edits made</h2>"));
    line(QStringLiteral("<table id=\"edit-list\"><tr><th>When</th><th>By</th><th>What</th><th>Action</th><th>Rule</th>"
                        "<th>Table</th><th>Key</th><th>Column</th><th>Old value</th><th>New value</th></tr>"));
    int editsShown = 0;
    for (const AuditRow& row : input.edits) {
        if (editsShown++ >= input.htmlEditRows)
            break;
        line(QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                            "<td>%8</td><td>%9</td><td>%10</td></tr>")
                 .arg(esc(row.time), esc(row.user), esc(row.kind), esc(row.action), esc(row.rule), esc(row.table),
                      esc(row.key), esc(row.column), esc(row.oldValue))
                 .arg(esc(row.newValue)));
    }
    line(QStringLiteral("</table>"));
    if (int(input.edits.size()) > input.htmlEditRows)
        line(QStringLiteral("<p class=\"note\">\u2026 and %1 more (the JSON report and `plumbline-cli audit` list "
                            "every one).</p>")
                 .arg(formatCount(input.edits.size() - std::size_t(input.htmlEditRows))));
    line(QStringLiteral("</body></html>"));
    return out.finish();
}

bool writeReviewJson(QIODevice& device, const ReviewReportInput& input)
{
    ReportBuffer out(device);
    const FindingStore empty;
    const FindingStore& store = input.store ? *input.store : empty;
    const auto decisions = decisionsOf(store, input.decisions);
    const auto key = [&](const char* name) {
        out.jsonString(std::string_view(name));
        out.raw(": ");
    };
    const auto string = [&](const QString& s) { out.jsonString(s); };

    out.raw("{\n  ");
    key("format");
    string(QStringLiteral("plumbline-review"));
    out.raw(",\n  ");
    key("version");
    out.number(1);
    out.raw(",\n  ");
    key("file");
    string(input.file);
    out.raw(",\n  ");
    key("source");
    out.raw("{");
    key("path");
    string(input.sourcePath);
    out.raw(", ");
    key("sha256");
    string(input.sourceSha256);
    out.raw("},\n  ");
    key("generated");
    string(input.generated);
    out.raw(",\n  ");
    key("user");
    string(input.user);
    out.raw(",\n  ");
    key("packs");
    out.raw("[");
    for (qsizetype i = 0; i < input.packs.size(); ++i) {
        if (i)
            out.raw(", ");
        string(input.packs[i]);
    }
    out.raw("],\n  ");
    key("summary");
    out.raw("{\n    ");
    key("total");
    out.number(qint64(store.size()));
    out.raw(",\n    ");
    key("by_severity");
    out.raw("{");
    for (int k = 0; k < 4; ++k) {
        if (k)
            out.raw(", ");
        string(severityName(kOrder[k]));
        out.raw(": ");
        out.number(qint64(store.count(kOrder[k])));
    }
    out.raw("},\n    ");
    key("by_rule");
    out.raw("{");
    bool first = true;
    for (std::uint32_t r = 0; r < store.rules().size(); ++r) {
        if (store.countForRule(r) == 0)
            continue;
        if (!first)
            out.raw(", ");
        first = false;
        string(store.rules()[r].id);
        out.raw(": ");
        out.number(qint64(store.countForRule(r)));
    }
    out.raw("},\n    ");
    key("open");
    out.number(qint64(store.size() - input.view.hiddenCount()));
    out.raw(", ");
    key("waived");
    out.number(qint64(input.view.waived));
    out.raw(", ");
    key("false_positive");
    out.number(qint64(input.view.falsePositive));
    out.raw(", ");
    key("edits");
    out.number(qint64(editCount(input.edits)));
    out.raw(", ");
    key("runs");
    out.number(qint64(input.runs.size()));
    out.raw("\n  },\n  ");

    key("runs");
    out.raw("[");
    for (std::size_t i = 0; i < input.runs.size(); ++i) {
        const RunRecord& run = input.runs[i];
        out.raw(i ? ",\n    {" : "\n    {");
        key("time");
        string(run.time);
        out.raw(", ");
        key("user");
        string(run.user);
        out.raw(", ");
        key("total");
        out.number(qint64(run.total));
        out.raw(", ");
        key("errors");
        out.number(qint64(run.bySeverity[std::size_t(Severity::Error)]));
        out.raw(", ");
        key("warnings");
        out.number(qint64(run.bySeverity[std::size_t(Severity::Warning)]));
        out.raw(", ");
        key("new");
        out.number(qint64(run.newCount));
        out.raw(", ");
        key("resolved");
        out.number(qint64(run.resolvedCount));
        out.raw(", ");
        key("hidden");
        out.number(qint64(run.hidden));
        out.raw("}");
    }
    out.raw(input.runs.empty() ? "],\n  " : "\n  ],\n  ");

    key("findings");
    out.raw("[");
    for (std::size_t i = 0; i < store.size(); ++i) {
        const FindingRecord& r = store.record(i);
        const TriageDecision* d = decisions[i];
        out.raw(i ? ",\n    {" : "\n    {");
        key("rule");
        string(store.rules()[r.rule].id);
        out.raw(", ");
        key("severity");
        string(severityName(r.severity));
        out.raw(", ");
        key("table");
        string(store.tables()[r.table].name);
        out.raw(", ");
        key("row");
        if (r.row)
            out.number(qint64(r.row));
        else
            out.raw("null");
        out.raw(", ");
        key("record");
        if (r.record == kNoRecord)
            out.raw("null");
        else
            out.number(qint64(r.record));
        out.raw(", ");
        key("key");
        string(findingUserKey(store, i));
        out.raw(", ");
        key("columns");
        out.raw("[");
        const QStringList columns = store.columnNames(i);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c)
                out.raw(", ");
            string(columns[c]);
        }
        out.raw("], ");
        key("value");
        out.jsonString(store.text(r.value));
        out.raw(", ");
        key("message");
        string(store.message(i));
        out.raw(", ");
        key("state");
        string(triageStateName(d ? d->state : TriageState::Open));
        if (d && !d->reason.isEmpty()) {
            out.raw(", ");
            key("reason");
            string(d->reason);
        }
        out.raw("}");
    }
    out.raw(store.size() ? "\n  ],\n  " : "],\n  ");

    key("decisions");
    out.raw("[");
    for (std::size_t i = 0; i < input.decisions.size(); ++i) {
        const TriageDecision& d = input.decisions[i];
        out.raw(i ? ",\n    {" : "\n    {");
        key("state");
        string(triageStateName(d.state));
        out.raw(", ");
        key("rule");
        string(d.key.rule);
        out.raw(", ");
        key("table");
        string(d.key.table);
        out.raw(", ");
        key("record");
        if (d.key.record < 0)
            out.raw("null");
        else
            out.number(d.key.record);
        out.raw(", ");
        key("columns");
        out.raw("[");
        for (qsizetype c = 0; c < d.key.columns.size(); ++c) {
            if (c)
                out.raw(", ");
            string(d.key.columns[c]);
        }
        out.raw("], ");
        key("value");
        string(d.key.value);
        out.raw(", ");
        key("reason");
        string(d.reason);
        out.raw(", ");
        key("user");
        string(d.user);
        out.raw(", ");
        key("time");
        string(d.time);
        out.raw("}");
    }
    out.raw(input.decisions.empty() ? "],\n  " : "\n  ],\n  ");

    key("edits");
    out.raw("[");
    for (std::size_t i = 0; i < input.edits.size(); ++i) {
        const AuditRow& row = input.edits[i];
        out.raw(i ? ",\n    {" : "\n    {");
        const std::pair<const char*, QString> fields[] = {
            {"time", row.time},          {"user", row.user},         {"kind", row.kind}, {"action", row.action},
            {"rule", row.rule},          {"table", row.table},       {"key", row.key},   {"column", row.column},
            {"old_value", row.oldValue}, {"new_value", row.newValue}};
        bool firstField = true;
        for (const auto& [name, value] : fields) {
            if (!firstField)
                out.raw(", ");
            firstField = false;
            key(name);
            string(value);
        }
        out.raw(", ");
        key("record");
        if (row.record < 0)
            out.raw("null");
        else
            out.number(row.record);
        out.raw("}");
    }
    out.raw(input.edits.empty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.finish();
}

} // namespace plumbline
