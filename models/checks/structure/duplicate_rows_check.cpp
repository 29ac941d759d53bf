#include "checks/structure/duplicate_rows_check.h"

#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>

namespace plumbline {

std::unique_ptr<Check> DuplicateRowsCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<DuplicateRowsCheck>();
    check->m_options.trim = params.boolean("trim", false);
    check->m_options.caseSensitive = params.boolean("case-sensitive", true);
    check->m_options.skipBlank = true;
    check->m_ignoreNames = params.strings("ignore");
    return check;
}

QString DuplicateRowsCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    m_key.clear();
    for (const auto& c : m_columns)
        m_key.insert(m_key.end(), c.begin(), c.end());
    if (context.rule.columns.isEmpty())
        for (int c = 0; c < context.table.columnCount(); ++c)
            m_key.push_back(c);
    m_ignored.clear();
    for (const auto& name : m_ignoreNames)
        if (const int c = context.table.columnIndex(name); c >= 0)
            m_ignored.push_back(c);
    std::erase_if(m_key, [&](int c) { return std::find(m_ignored.begin(), m_ignored.end(), c) != m_ignored.end(); });
    return m_key.empty() ? QStringLiteral("no column to compare") : QString();
}

void DuplicateRowsCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    // Hash only the few plain (high-cardinality) columns with the shortest values: rows that differ there
    // cannot be duplicates, and the candidates are then compared on every column.
    std::vector<std::pair<double, int>> plain;
    const std::size_t rows = table.rowCount();
    for (int c : m_key) {
        const Column& column = table.column(c);
        if (column.isDictionary())
            continue;
        std::size_t bytes = 0;
        const std::size_t step = std::max<std::size_t>(1, rows / 1000);
        std::size_t sampled = 0;
        for (std::size_t row = 0; row < rows; row += step, ++sampled)
            bytes += table.cell(row, c).size();
        plain.emplace_back(sampled ? double(bytes) / double(sampled) : 0.0, c);
    }
    std::sort(plain.begin(), plain.end());
    std::vector<int> hashed;
    for (std::size_t i = 0; i < plain.size() && i < 3; ++i)
        hashed.push_back(plain[i].second);
    if (hashed.empty())
        hashed = m_key;
    KeyOptions options = m_options;
    options.skipBlank = false; // blankness is judged on the whole row below
    const auto groups = groupRows(table, hashed, options, progress, 2, m_key);
    for (const auto& group : groups)
        reportGroup(table, group, sink);
}

void DuplicateRowsCheck::reportGroup(const Table& table, const std::vector<std::size_t>& group, FindingSink& sink) const
{
    bool blank = true;
    for (int c : m_key)
        blank = blank && textutil::isBlank(table.cell(group.front(), c));
    if (blank)
        return; // the blank-rows rule reports empty rows
    const QString first = QStringLiteral("row %1").arg(group.front() + 1);
    for (std::size_t i = 1; i < group.size(); ++i) {
        // Rows that differ only in ignored columns (their own ids): say which values tell them apart.
        QStringList differing, names;
        for (int c : m_ignored) {
            if (table.cell(group.front(), c) == table.cell(group[i], c))
                continue;
            differing << QStringLiteral("%1 %2").arg(table.columnName(c), table.cellText(group.front(), c));
            names << table.columnName(c);
        }
        const std::string detail = (differing.isEmpty() ? first
                                                        : QStringLiteral("%1 (%2) in every field but %3")
                                                              .arg(first, differing.join(QLatin1String(", ")),
                                                                   names.join(QLatin1String(" and "))))
                                       .toStdString();
        sink.add(group[i], -1, std::string_view(), FindingExtra().withDetail(detail));
    }
}

void DuplicateRowsCheck::buildIndex(const Table& table)
{
    // Rows blank in every compared column take no part, as in checkSet.
    KeyOptions options = m_options;
    options.skipBlank = true;
    m_index.build(table, m_key, options);
}

std::vector<RecordId> DuplicateRowsCheck::recheck(const Table& table, const std::vector<RecordId>& records,
                                                  FindingSink& sink)
{
    return m_index.updateGroups(table, records,
                                [&](const std::vector<std::size_t>& rows) { reportGroup(table, rows, sink); });
}

} // namespace plumbline
