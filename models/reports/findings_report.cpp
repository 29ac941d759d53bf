#include "reports/findings_report.h"

#include "reports/report_buffer.h"
#include "table/table.h"

#include <optional>

namespace plumbline {

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

/// A JSON-sourced record's own `id` (Popolo persons, organizations …), or nothing: other records are named by
/// their stable record id.
std::optional<std::string_view> ownId(const FindingStore& store, const FindingRecord& r)
{
    const TableInfo& info = store.tables()[r.table];
    if (r.record == kNoRecord || !info.table || !info.table->jsonLayout())
        return std::nullopt;
    const int id = info.table->columnIndex(QStringLiteral("id"));
    const std::int64_t row = id < 0 ? -1 : info.table->rowOf(r.record);
    if (row < 0)
        return std::nullopt;
    const std::string_view value = info.table->cell(std::size_t(row), id);
    if (value.empty())
        return std::nullopt;
    return value;
}

QString primaryColumn(const FindingStore& store, std::size_t i)
{
    const auto& r = store.record(i);
    const auto& columns = store.tables()[r.table].columns;
    return r.column >= 0 && r.column < columns.size() ? columns[r.column] : QString();
}

bool writeJson(QIODevice& device, const ReportInfo& info, const FindingStore& store)
{
    ReportBuffer out(device);
    out.raw("{\n  \"file\": ");
    out.jsonString(info.file);
    out.raw(",\n  \"packs\": [");
    for (qsizetype i = 0; i < info.packs.size(); ++i) {
        if (i)
            out.raw(", ");
        out.jsonString(info.packs[i]);
    }
    out.raw("],\n  ");
    if (!info.jsonMembers.isEmpty()) {
        out.raw(std::string_view(info.jsonMembers.constData(), std::size_t(info.jsonMembers.size())));
        out.raw(",\n  ");
    }
    out.raw("\"summary\": {\n    \"by_rule\": {");
    bool first = true;
    for (std::uint32_t r = 0; r < store.rules().size(); ++r) {
        const auto n = store.countForRule(r);
        if (n == 0)
            continue;
        out.raw(first ? "\n      " : ",\n      ");
        first = false;
        out.jsonString(store.rules()[r].id);
        out.raw(": ");
        out.number(qint64(n));
    }
    out.raw(first ? "},\n    \"by_severity\": {" : "\n    },\n    \"by_severity\": {");
    for (int s = kSeverityCount - 1; s >= 0; --s) {
        out.raw(s == kSeverityCount - 1 ? "\n      " : ",\n      ");
        out.jsonString(severityName(Severity(s)));
        out.raw(": ");
        out.number(qint64(store.count(Severity(s))));
    }
    out.raw("\n    }\n  },\n  \"findings\": [");
    for (std::size_t i = 0; i < store.size(); ++i) {
        const auto& r = store.record(i);
        out.raw(i ? ",\n    {\"rule\": " : "\n    {\"rule\": ");
        out.jsonString(store.rules()[r.rule].id);
        out.raw(", \"severity\": ");
        out.jsonString(severityName(r.severity));
        out.raw(", \"table\": ");
        out.jsonString(store.tables()[r.table].name);
        out.raw(", \"row\": ");
        if (r.row == 0)
            out.raw("null");
        else
            out.number(r.row);
        out.raw(", \"record\": ");
        if (const auto id = ownId(store, r))
            out.jsonString(*id);
        else if (r.record == kNoRecord)
            out.raw("null");
        else
            out.number(r.record);
        out.raw(", \"column\": ");
        const QString column = primaryColumn(store, i);
        if (column.isEmpty())
            out.raw("null");
        else
            out.jsonString(column);
        out.raw(", \"value\": ");
        out.jsonString(store.text(r.value));
        out.raw(", \"message\": ");
        out.jsonString(store.message(i));
        out.raw(", \"suggestion\": ");
        if (r.hasSuggestion())
            out.jsonString(store.text(r.suggestion));
        else
            out.raw("null");
        out.raw("}");
    }
    out.raw(store.size() ? "\n  ]\n}\n" : "]\n}\n");
    return out.finish();
}

bool writeCsv(QIODevice& device, const FindingStore& store)
{
    ReportBuffer out(device);
    out.raw("rule,severity,table,row,record,column,value,message,suggestion\n");
    for (std::size_t i = 0; i < store.size(); ++i) {
        const auto& r = store.record(i);
        out.csvField(store.rules()[r.rule].id);
        out.raw(",");
        out.csvField(severityName(r.severity));
        out.raw(",");
        out.csvField(store.tables()[r.table].name);
        out.raw(",");
        if (r.row)
            out.number(r.row);
        out.raw(",");
        if (const auto id = ownId(store, r))
            out.csvField(*id);
        else if (r.record != kNoRecord)
            out.number(r.record);
        out.raw(",");
        out.csvField(primaryColumn(store, i));
        out.raw(",");
        out.csvField(store.text(r.value));
        out.raw(",");
        out.csvField(store.message(i));
        out.raw(",");
        if (r.hasSuggestion())
            out.csvField(store.text(r.suggestion));
        out.raw("\n");
    }
    return out.finish();
}

bool writeText(QIODevice& device, const ReportInfo& info, const FindingStore& store)
{
    ReportBuffer out(device);
    for (std::size_t i = 0; i < store.size(); ++i) {
        const auto& r = store.record(i);
        out.text(severityName(r.severity).leftJustified(8));
        out.text(store.rules()[r.rule].id.leftJustified(14));
        out.raw(" ");
        out.text(store.message(i));
        if (r.hasSuggestion()) {
            out.raw("  \xE2\x86\x92 suggested: '"); // →
            out.raw(store.text(r.suggestion));
            out.raw("'");
        }
        out.raw("\n");
    }
    if (store.size())
        out.raw("\n");
    out.text(QStringLiteral("%1: %2 finding%3 (%4 errors, %5 warnings, %6 notices, %7 info) from %8\n")
                 .arg(info.file)
                 .arg(store.size())
                 .arg(store.size() == 1 ? QString() : QStringLiteral("s"))
                 .arg(store.count(Severity::Error))
                 .arg(store.count(Severity::Warning))
                 .arg(store.count(Severity::Notice))
                 .arg(store.count(Severity::Info))
                 .arg(info.packs.join(QLatin1String(", "))));
    for (std::uint32_t rule = 0; rule < store.rules().size(); ++rule) {
        const auto n = store.countForRule(rule);
        if (n == 0)
            continue;
        const auto& info2 = store.rules()[rule];
        out.text(QStringLiteral("  %1 %2  %3\n")
                     .arg(QString::number(n).rightJustified(8), info2.id.leftJustified(14), info2.title));
    }
    if (!info.textFooter.isEmpty())
        out.text(info.textFooter.endsWith(QLatin1Char('\n')) ? info.textFooter : info.textFooter + QLatin1Char('\n'));
    return out.finish();
}

} // namespace

bool writeFindingsReport(QIODevice& out, ReportFormat format, const ReportInfo& info, const FindingStore& store)
{
    switch (format) {
    case ReportFormat::Json:
        return writeJson(out, info, store);
    case ReportFormat::Csv:
        return writeCsv(out, store);
    case ReportFormat::Text:
        return writeText(out, info, store);
    }
    return false;
}

} // namespace plumbline
