#include "diff/diff_report.h"

#include "reports/report_buffer.h"
#include "table/table.h"

namespace plumbline {

namespace {

QString count(std::size_t n)
{
    return QString::number(n);
}

QString keyLabel(const DiffReportInput& in)
{
    return in.rows->newKeyColumns.join(QLatin1String(" + "));
}

/// The key of a row in either version, read from the key columns the diff used (resolved once).
class RowKeys
{
public:
    explicit RowKeys(const DiffReportInput& in)
        : m_in(in), m_old(resolveDiffKey(*in.oldTable, {in.rows->oldKeyColumns, {}})),
          m_new(resolveDiffKey(*in.newTable, {in.rows->newKeyColumns, {}}))
    {
    }
    std::string oldKey(std::size_t row) const { return diffKeyOf(*m_in.oldTable, row, m_old); }
    std::string newKey(std::size_t row) const { return diffKeyOf(*m_in.newTable, row, m_new); }

private:
    const DiffReportInput& m_in;
    std::vector<int> m_old;
    std::vector<int> m_new;
};

QString rowsText(const std::vector<std::size_t>& rows)
{
    QStringList list;
    for (const auto r : rows)
        list << QString::number(r + 1);
    return list.join(QLatin1String(", "));
}

// ---------------------------------------------------------------------------------------------------- text

bool writeText(QIODevice& device, const DiffReportInput& in)
{
    ReportBuffer out(device);
    const RowKeys keys(in);
    const TableDiff& d = *in.rows;
    const QString key = keyLabel(in);
    out.text(
        QStringLiteral("%1 → %2 (table %3, records matched by %4)\n").arg(in.oldFile, in.newFile, d.newTable, key));
    out.text(QStringLiteral("  %1 records before, %2 after: %3 added, %4 removed, %5 changed, %6 unchanged\n")
                 .arg(count(d.oldRecords), count(d.newRecords), count(d.added.size()), count(d.removed.size()),
                      count(d.changed.size()), count(d.unchanged)));
    if (!d.addedColumns.isEmpty())
        out.text(QStringLiteral("  columns added: %1\n").arg(d.addedColumns.join(QLatin1String(", "))));
    if (!d.removedColumns.isEmpty())
        out.text(QStringLiteral("  columns removed: %1\n").arg(d.removedColumns.join(QLatin1String(", "))));
    if (d.blankKeys)
        out.text(QStringLiteral("  %1 records with a blank %2 were matched by their whole content\n")
                     .arg(count(d.blankKeys), key));
    for (const auto& dup : d.duplicates)
        out.text(
            QStringLiteral("duplicate %1 '%2' is on more than one record: %3\n")
                .arg(key, QString::fromStdString(dup.key),
                     (dup.oldRows.empty() ? QString() : QStringLiteral("old rows %1").arg(rowsText(dup.oldRows))) +
                         (dup.oldRows.empty() || dup.newRows.empty() ? QString() : QStringLiteral("; ")) +
                         (dup.newRows.empty() ? QString() : QStringLiteral("new rows %1").arg(rowsText(dup.newRows)))));
    for (const auto row : d.added)
        out.text(QStringLiteral("added     row %1  %2 %3\n")
                     .arg(row + 1)
                     .arg(key, QString::fromStdString(keys.newKey(row))));
    for (const auto row : d.removed)
        out.text(QStringLiteral("removed   row %1  %2 %3\n")
                     .arg(row + 1)
                     .arg(key, QString::fromStdString(keys.oldKey(row))));
    for (const auto& c : d.changed) {
        QStringList cells;
        for (const auto& cell : c.cells)
            cells << QStringLiteral("%1 '%2' → '%3'")
                         .arg(cell.column, QString::fromStdString(cell.oldValue),
                              QString::fromStdString(cell.newValue));
        out.text(QStringLiteral("changed   row %1 → %2  %3 %4: %5\n")
                     .arg(c.oldRow + 1)
                     .arg(c.newRow + 1)
                     .arg(key, QString::fromStdString(c.key), cells.join(QLatin1String("; "))));
    }
    if (in.findings) {
        const FindingDiff& f = *in.findings;
        out.text(QStringLiteral("\nFindings: %1 new, %2 gone, %3 unchanged%4\n")
                     .arg(count(f.added.size()), count(f.gone.size()), count(f.unchanged),
                          f.allRecords ? QString()
                                       : QStringLiteral(" (added, changed and removed records; --all-findings "
                                                        "compares every record)")));
        for (const auto i : f.added) {
            const auto& r = in.newFindings->record(i);
            out.text(QStringLiteral("new       %1 %2 %3\n")
                         .arg(severityName(r.severity).leftJustified(8), in.newFindings->rules()[r.rule].id,
                              in.newFindings->message(i)));
        }
        for (const auto i : f.gone) {
            const auto& r = in.oldFindings->record(i);
            out.text(QStringLiteral("gone      %1 %2 %3\n")
                         .arg(severityName(r.severity).leftJustified(8), in.oldFindings->rules()[r.rule].id,
                              in.oldFindings->message(i)));
        }
    }
    return out.finish();
}

// ---------------------------------------------------------------------------------------------------- JSON

void jsonFinding(ReportBuffer& out, const FindingStore& store, std::size_t i)
{
    const auto& r = store.record(i);
    const auto& columns = store.tables()[r.table].columns;
    out.raw("{\"rule\": ");
    out.jsonString(store.rules()[r.rule].id);
    out.raw(", \"severity\": ");
    out.jsonString(severityName(r.severity));
    out.raw(", \"row\": ");
    if (r.row)
        out.number(r.row);
    else
        out.raw("null");
    out.raw(", \"column\": ");
    if (r.column >= 0 && r.column < columns.size())
        out.jsonString(columns[r.column]);
    else
        out.raw("null");
    out.raw(", \"value\": ");
    out.jsonString(store.text(r.value));
    out.raw(", \"message\": ");
    out.jsonString(store.message(i));
    out.raw("}");
}

void jsonRows(ReportBuffer& out, const std::vector<std::size_t>& rows)
{
    out.raw("[");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i)
            out.raw(", ");
        out.number(qint64(rows[i] + 1));
    }
    out.raw("]");
}

bool writeJson(QIODevice& device, const DiffReportInput& in)
{
    ReportBuffer out(device);
    const RowKeys keys(in);
    const TableDiff& d = *in.rows;
    out.raw("{\n  \"old\": ");
    out.jsonString(in.oldFile);
    out.raw(",\n  \"new\": ");
    out.jsonString(in.newFile);
    out.raw(",\n  \"table\": ");
    out.jsonString(d.newTable);
    out.raw(",\n  \"key\": [");
    for (qsizetype i = 0; i < d.newKeyColumns.size(); ++i) {
        if (i)
            out.raw(", ");
        out.jsonString(d.newKeyColumns[i]);
    }
    out.raw("],\n  \"summary\": {\"old_records\": ");
    out.number(qint64(d.oldRecords));
    out.raw(", \"new_records\": ");
    out.number(qint64(d.newRecords));
    out.raw(", \"added\": ");
    out.number(qint64(d.added.size()));
    out.raw(", \"removed\": ");
    out.number(qint64(d.removed.size()));
    out.raw(", \"changed\": ");
    out.number(qint64(d.changed.size()));
    out.raw(", \"unchanged\": ");
    out.number(qint64(d.unchanged));
    out.raw(", \"duplicate_keys\": ");
    out.number(qint64(d.duplicates.size()));
    out.raw(", \"blank_keys\": ");
    out.number(qint64(d.blankKeys));
    out.raw("},\n  \"columns\": {\"added\": [");
    for (qsizetype i = 0; i < d.addedColumns.size(); ++i) {
        if (i)
            out.raw(", ");
        out.jsonString(d.addedColumns[i]);
    }
    out.raw("], \"removed\": [");
    for (qsizetype i = 0; i < d.removedColumns.size(); ++i) {
        if (i)
            out.raw(", ");
        out.jsonString(d.removedColumns[i]);
    }
    out.raw("]},\n  \"duplicates\": [");
    for (std::size_t i = 0; i < d.duplicates.size(); ++i) {
        out.raw(i ? ",\n    {\"key\": " : "\n    {\"key\": ");
        out.jsonString(d.duplicates[i].key);
        out.raw(", \"old_rows\": ");
        jsonRows(out, d.duplicates[i].oldRows);
        out.raw(", \"new_rows\": ");
        jsonRows(out, d.duplicates[i].newRows);
        out.raw("}");
    }
    out.raw(d.duplicates.empty() ? "],\n  \"added\": [" : "\n  ],\n  \"added\": [");
    for (std::size_t i = 0; i < d.added.size(); ++i) {
        out.raw(i ? ",\n    {\"row\": " : "\n    {\"row\": ");
        out.number(qint64(d.added[i] + 1));
        out.raw(", \"key\": ");
        out.jsonString(keys.newKey(d.added[i]));
        out.raw("}");
    }
    out.raw(d.added.empty() ? "],\n  \"removed\": [" : "\n  ],\n  \"removed\": [");
    for (std::size_t i = 0; i < d.removed.size(); ++i) {
        out.raw(i ? ",\n    {\"row\": " : "\n    {\"row\": ");
        out.number(qint64(d.removed[i] + 1));
        out.raw(", \"key\": ");
        out.jsonString(keys.oldKey(d.removed[i]));
        out.raw("}");
    }
    out.raw(d.removed.empty() ? "],\n  \"changed\": [" : "\n  ],\n  \"changed\": [");
    for (std::size_t i = 0; i < d.changed.size(); ++i) {
        const auto& c = d.changed[i];
        out.raw(i ? ",\n    {\"key\": " : "\n    {\"key\": ");
        out.jsonString(c.key);
        out.raw(", \"old_row\": ");
        out.number(qint64(c.oldRow + 1));
        out.raw(", \"new_row\": ");
        out.number(qint64(c.newRow + 1));
        out.raw(", \"cells\": [");
        for (std::size_t j = 0; j < c.cells.size(); ++j) {
            out.raw(j ? ", {\"column\": " : "{\"column\": ");
            out.jsonString(c.cells[j].column);
            out.raw(", \"old\": ");
            out.jsonString(c.cells[j].oldValue);
            out.raw(", \"new\": ");
            out.jsonString(c.cells[j].newValue);
            out.raw("}");
        }
        out.raw("]}");
    }
    out.raw(d.changed.empty() ? "],\n  \"findings\": " : "\n  ],\n  \"findings\": ");
    if (!in.findings) {
        out.raw("null\n}\n");
        return out.finish();
    }
    const FindingDiff& f = *in.findings;
    out.raw("{\"scope\": ");
    out.jsonString(std::string_view(f.allRecords ? "all" : "changed"));
    out.raw(", \"unchanged\": ");
    out.number(qint64(f.unchanged));
    out.raw(",\n    \"new\": [");
    for (std::size_t i = 0; i < f.added.size(); ++i) {
        out.raw(i ? ",\n      " : "\n      ");
        jsonFinding(out, *in.newFindings, f.added[i]);
    }
    out.raw(f.added.empty() ? "],\n    \"gone\": [" : "\n    ],\n    \"gone\": [");
    for (std::size_t i = 0; i < f.gone.size(); ++i) {
        out.raw(i ? ",\n      " : "\n      ");
        jsonFinding(out, *in.oldFindings, f.gone[i]);
    }
    out.raw(f.gone.empty() ? "]}\n}\n" : "\n    ]}\n}\n");
    return out.finish();
}

// ---------------------------------------------------------------------------------------------------- CSV

void csvLine(ReportBuffer& out, std::string_view change, std::string_view key, qint64 oldRow, qint64 newRow,
             const QString& column = {}, std::string_view before = {}, std::string_view after = {},
             const QString& rule = {}, const QString& severity = {}, const QString& message = {})
{
    out.csvField(change);
    out.raw(",");
    out.csvField(key);
    out.raw(",");
    if (oldRow > 0)
        out.number(oldRow);
    out.raw(",");
    if (newRow > 0)
        out.number(newRow);
    out.raw(",");
    out.csvField(column);
    out.raw(",");
    out.csvField(before);
    out.raw(",");
    out.csvField(after);
    out.raw(",");
    out.csvField(rule);
    out.raw(",");
    out.csvField(severity);
    out.raw(",");
    out.csvField(message);
    out.raw("\n");
}

void csvFinding(ReportBuffer& out, std::string_view change, const FindingStore& store, std::size_t i)
{
    const auto& r = store.record(i);
    const auto& columns = store.tables()[r.table].columns;
    const QString column = r.column >= 0 && r.column < columns.size() ? columns[r.column] : QString();
    const bool isNew = change == "finding-new";
    csvLine(out, change, {}, isNew ? 0 : qint64(r.row), isNew ? qint64(r.row) : 0, column, {}, store.text(r.value),
            store.rules()[r.rule].id, severityName(r.severity), store.message(i));
}

bool writeCsv(QIODevice& device, const DiffReportInput& in)
{
    ReportBuffer out(device);
    const RowKeys keys(in);
    const TableDiff& d = *in.rows;
    out.raw("change,key,old_row,new_row,column,old_value,new_value,rule,severity,message\n");
    for (const auto& dup : d.duplicates) {
        for (const auto r : dup.oldRows)
            csvLine(out, "duplicate-key", dup.key, qint64(r + 1), 0);
        for (const auto r : dup.newRows)
            csvLine(out, "duplicate-key", dup.key, 0, qint64(r + 1));
    }
    for (const auto row : d.added)
        csvLine(out, "added", keys.newKey(row), 0, qint64(row + 1));
    for (const auto row : d.removed)
        csvLine(out, "removed", keys.oldKey(row), qint64(row + 1), 0);
    for (const auto& c : d.changed)
        for (const auto& cell : c.cells)
            csvLine(out, "changed", c.key, qint64(c.oldRow + 1), qint64(c.newRow + 1), cell.column, cell.oldValue,
                    cell.newValue);
    if (in.findings) {
        for (const auto i : in.findings->added)
            csvFinding(out, "finding-new", *in.newFindings, i);
        for (const auto i : in.findings->gone)
            csvFinding(out, "finding-gone", *in.oldFindings, i);
    }
    return out.finish();
}

} // namespace

bool writeDiffReport(QIODevice& out, ReportFormat format, const DiffReportInput& in)
{
    switch (format) {
    case ReportFormat::Json:
        return writeJson(out, in);
    case ReportFormat::Csv:
        return writeCsv(out, in);
    case ReportFormat::Text:
        return writeText(out, in);
    }
    return false;
}

} // namespace plumbline
