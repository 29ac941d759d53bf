#include "reports/findings_report.h"

#include "io/parallel_for.h"
#include "reports/message_writer.h"
#include "reports/report_buffer.h"
#include "reports/report_text.h"
#include "table/table.h"

#include <QThread>

#include <array>

namespace plumbline {

using namespace reporttext;

bool parseReportFormat(const QString& name, ReportFormat* format)
{
    if (name == QLatin1String("text"))
        *format = ReportFormat::Text;
    else if (name == QLatin1String("json"))
        *format = ReportFormat::Json;
    else if (name == QLatin1String("csv"))
        *format = ReportFormat::Csv;
    else
        return false;
    return true;
}

namespace {

std::string jsonOf(const QString& s)
{
    std::string out;
    appendJsonString(out, s.toStdString());
    return out;
}

std::string csvOf(const QString& s)
{
    std::string out;
    appendCsvField(out, s.toStdString());
    return out;
}

/// Everything a finding line repeats, escaped once per rule, severity and table rather than once per finding.
struct Names
{
    struct Rule
    {
        std::string json, csv, text; // text: the id padded to 14 characters
        std::string issueJson;       // `, "issue_type": "…"`, or empty when the rule has none
        std::string issueCsv;
    };
    struct Table
    {
        std::string json, csv;
        std::vector<std::string> columnJson; // the column's name as a JSON string, or null for an unnamed column
        std::vector<std::string> columnCsv;
        int idColumn = -1; // JSON-sourced records named by their own `id`; -1 = by record id
    };
    std::vector<Rule> rules;
    std::array<std::string, kSeverityCount> severityJson, severityCsv, severityText;
    std::vector<Table> tables;

    explicit Names(const FindingStore& store)
    {
        for (const auto& rule : store.rules()) {
            Rule r{jsonOf(rule.id), csvOf(rule.id), rule.id.leftJustified(14).toStdString(), {}, csvOf(rule.issueType)};
            if (!rule.issueType.isEmpty())
                r.issueJson = ", \"issue_type\": " + jsonOf(rule.issueType);
            rules.push_back(std::move(r));
        }
        for (int s = 0; s < kSeverityCount; ++s) {
            severityJson[std::size_t(s)] = jsonOf(severityName(Severity(s)));
            severityCsv[std::size_t(s)] = csvOf(severityName(Severity(s)));
            severityText[std::size_t(s)] = severityName(Severity(s)).leftJustified(8).toStdString();
        }
        for (const auto& info : store.tables()) {
            Table t{jsonOf(info.name), csvOf(info.name), {}, {}, -1};
            for (const auto& column : info.columns) {
                t.columnJson.push_back(column.isEmpty() ? std::string("null") : jsonOf(column));
                t.columnCsv.push_back(csvOf(column));
            }
            if (info.table && info.table->jsonLayout())
                t.idColumn = info.table->columnIndex(QStringLiteral("id"));
            tables.push_back(std::move(t));
        }
    }
};

/// A JSON-sourced record's own `id` (Popolo persons, organizations …), or empty: other records are named by
/// their stable record id.
std::string_view ownId(const FindingStore& store, const Names& names, const FindingRecord& r)
{
    const int id = names.tables[r.table].idColumn;
    if (id < 0 || r.record == kNoRecord)
        return {};
    const Table& table = *store.tables()[r.table].table;
    const std::int64_t row = table.rowOf(r.record);
    return row < 0 ? std::string_view() : table.cell(std::size_t(row), id);
}

/// Findings are formatted in chunks on all cores and written in order: the output is the same whatever the
/// thread count, and memory holds a few chunks, not the report.
template <class Format>
void writeFindings(ReportBuffer& out, std::size_t count, int threads, const Format& format)
{
    constexpr std::size_t kChunk = 4096;
    const int workers = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    if (workers == 1 || count <= kChunk) {
        for (std::size_t i = 0; i < count; ++i) {
            format(out.text(), i);
            out.flushIfFull();
        }
        return;
    }
    const std::size_t chunks = (count + kChunk - 1) / kChunk;
    const std::size_t batch = std::size_t(workers) * 4;
    std::vector<std::string> texts(std::min(batch, chunks));
    for (std::size_t first = 0; first < chunks; first += batch) {
        const std::size_t n = std::min(batch, chunks - first);
        parallelFor(workers, n, [&](std::size_t k) {
            std::string& text = texts[k];
            text.clear();
            const std::size_t begin = (first + k) * kChunk;
            const std::size_t end = std::min(count, begin + kChunk);
            for (std::size_t i = begin; i < end; ++i)
                format(text, i);
        });
        for (std::size_t k = 0; k < n; ++k)
            out.block(texts[k]);
    }
}

bool writeJson(QIODevice& device, const ReportInfo& info, const FindingStore& store, int threads)
{
    ReportBuffer out(device);
    std::string& head = out.text();
    head += "{\n  \"file\": ";
    head += jsonOf(info.file);
    head += ",\n  \"packs\": [";
    for (qsizetype i = 0; i < info.packs.size(); ++i) {
        if (i)
            head += ", ";
        head += jsonOf(info.packs[i]);
    }
    head += "],\n  ";
    if (!info.jsonMembers.isEmpty()) {
        head.append(info.jsonMembers.constData(), std::size_t(info.jsonMembers.size()));
        head += ",\n  ";
    }
    head += "\"summary\": {\n    \"by_rule\": {";
    bool first = true;
    for (std::uint32_t r = 0; r < store.rules().size(); ++r) {
        const auto n = store.countForRule(r);
        if (n == 0)
            continue;
        head += first ? "\n      " : ",\n      ";
        first = false;
        head += jsonOf(store.rules()[r].id);
        head += ": ";
        appendNumber(head, std::int64_t(n));
    }
    head += first ? "},\n    \"by_severity\": {" : "\n    },\n    \"by_severity\": {";
    for (int s = kSeverityCount - 1; s >= 0; --s) {
        head += s == kSeverityCount - 1 ? "\n      " : ",\n      ";
        head += jsonOf(severityName(Severity(s)));
        head += ": ";
        appendNumber(head, std::int64_t(store.count(Severity(s))));
    }
    head += "\n    }";
    // Only when a rule was summarised, so that other reports keep their shape.
    first = true;
    for (std::uint32_t r = 0; r < store.rules().size(); ++r) {
        const auto n = store.summarisedRows(r);
        if (n == 0)
            continue;
        head += first ? ",\n    \"summarised\": {\n      " : ",\n      ";
        first = false;
        head += jsonOf(store.rules()[r].id);
        head += ": ";
        appendNumber(head, std::int64_t(n));
    }
    if (!first)
        head += "\n    }";
    head += "\n  },\n  \"findings\": [";

    const Names names(store);
    const MessageWriter messages(store);
    writeFindings(out, store.size(), threads, [&](std::string& text, std::size_t i) {
        const auto& r = store.record(i);
        const Names::Table& table = names.tables[r.table];
        text += i ? ",\n    {\"rule\": " : "\n    {\"rule\": ";
        text += names.rules[r.rule].json;
        text += ", \"severity\": ";
        text += names.severityJson[std::size_t(r.severity)];
        text += ", \"table\": ";
        text += table.json;
        text += ", \"row\": ";
        if (r.row == 0)
            text += "null";
        else
            appendNumber(text, r.row);
        text += ", \"record\": ";
        if (const auto id = ownId(store, names, r); !id.empty())
            appendJsonString(text, id);
        else if (r.record == kNoRecord)
            text += "null";
        else
            appendNumber(text, r.record);
        text += ", \"column\": ";
        if (r.column >= 0 && std::size_t(r.column) < table.columnJson.size())
            text += table.columnJson[std::size_t(r.column)];
        else
            text += "null";
        text += ", \"value\": ";
        appendJsonString(text, store.text(r.value));
        text += ", \"message\": ";
        std::string message;
        messages.append(message, i);
        appendJsonString(text, message);
        text += ", \"suggestion\": ";
        if (r.hasSuggestion())
            appendJsonString(text, store.text(r.suggestion));
        else
            text += "null";
        text += names.rules[r.rule].issueJson;
        if (r.isSummary()) {
            text += ", \"summary_rows\": ";
            appendNumber(text, std::int64_t(store.summaryCount(i)));
        }
        text += '}';
    });
    out.raw(store.size() ? "\n  ]\n}\n" : "]\n}\n");
    return out.finish();
}

bool writeCsv(QIODevice& device, const FindingStore& store, int threads)
{
    ReportBuffer out(device);
    out.raw("rule,severity,table,row,record,column,value,message,suggestion,issue_type\n");
    const Names names(store);
    const MessageWriter messages(store);
    writeFindings(out, store.size(), threads, [&](std::string& text, std::size_t i) {
        const auto& r = store.record(i);
        const Names::Table& table = names.tables[r.table];
        text += names.rules[r.rule].csv;
        text += ',';
        text += names.severityCsv[std::size_t(r.severity)];
        text += ',';
        text += table.csv;
        text += ',';
        if (r.row)
            appendNumber(text, r.row);
        text += ',';
        if (const auto id = ownId(store, names, r); !id.empty())
            appendCsvField(text, id);
        else if (r.record != kNoRecord)
            appendNumber(text, r.record);
        text += ',';
        if (r.column >= 0 && std::size_t(r.column) < table.columnCsv.size())
            text += table.columnCsv[std::size_t(r.column)];
        text += ',';
        appendCsvField(text, store.text(r.value));
        text += ',';
        std::string message;
        messages.append(message, i);
        appendCsvField(text, message);
        text += ',';
        if (r.hasSuggestion())
            appendCsvField(text, store.text(r.suggestion));
        text += ',';
        text += names.rules[r.rule].issueCsv;
        text += '\n';
    });
    return out.finish();
}

bool writeText(QIODevice& device, const ReportInfo& info, const FindingStore& store, int threads)
{
    ReportBuffer out(device);
    const Names names(store);
    const MessageWriter messages(store);
    writeFindings(out, store.size(), threads, [&](std::string& text, std::size_t i) {
        const auto& r = store.record(i);
        text += names.severityText[std::size_t(r.severity)];
        text += names.rules[r.rule].text;
        text += ' ';
        messages.append(text, i);
        if (r.hasSuggestion()) {
            text += "  \xE2\x86\x92 suggested: '"; // →
            text += store.text(r.suggestion);
            text += '\'';
        }
        text += '\n';
    });
    if (store.size())
        out.raw("\n");
    out.raw(QStringLiteral("%1: %2 finding%3 (%4 errors, %5 warnings, %6 notices, %7 info) from %8\n")
                .arg(info.file)
                .arg(store.size())
                .arg(store.size() == 1 ? QString() : QStringLiteral("s"))
                .arg(store.count(Severity::Error))
                .arg(store.count(Severity::Warning))
                .arg(store.count(Severity::Notice))
                .arg(store.count(Severity::Info))
                .arg(info.packs.join(QLatin1String(", ")))
                .toStdString());
    for (std::uint32_t rule = 0; rule < store.rules().size(); ++rule) {
        const auto n = store.countForRule(rule);
        if (n == 0)
            continue;
        const auto& ruleInfo = store.rules()[rule];
        const auto rows = store.summarisedRows(rule);
        // A summarised rule shows the rows it found, as the summary finding's message does: the rows behind its
        // summaries plus its other findings (a column finding beside single rows of another column).
        std::uint64_t summaryFindings = 0;
        for (const FindingSummary& s : store.summaries())
            summaryFindings += s.rule == rule && s.listed;
        const QString count = QString::number(rows ? rows + (n - summaryFindings) : n).rightJustified(8);
        const QString title = rows ? QStringLiteral("%1 (summarised)").arg(ruleInfo.title) : ruleInfo.title;
        out.raw(QStringLiteral("  %1 %2  %3\n").arg(count, ruleInfo.id.leftJustified(14), title).toStdString());
    }
    if (!info.textFooter.isEmpty())
        out.raw((info.textFooter.endsWith(QLatin1Char('\n')) ? info.textFooter : info.textFooter + QLatin1Char('\n'))
                    .toStdString());
    return out.finish();
}

} // namespace

bool writeFindingsReport(QIODevice& out, ReportFormat format, const ReportInfo& info, const FindingStore& store,
                         int threads)
{
    switch (format) {
    case ReportFormat::Json:
        return writeJson(out, info, store, threads);
    case ReportFormat::Csv:
        return writeCsv(out, store, threads);
    case ReportFormat::Text:
        return writeText(out, info, store, threads);
    }
    return false;
}

} // namespace plumbline
