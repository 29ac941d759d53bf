#include "checks/duplicate_rows_check.h"

#include "table/table.h"

namespace plumbline {

std::unique_ptr<Check> DuplicateRowsCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<DuplicateRowsCheck>();
    check->m_options.trim = params.boolean("trim", false);
    check->m_options.caseSensitive = params.boolean("case-sensitive", true);
    check->m_options.skipBlank = true;
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
    return m_key.empty() ? QStringLiteral("no column to compare") : QString();
}

void DuplicateRowsCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const auto groups = groupRows(table, m_key, m_options, progress);
    for (const auto& group : groups) {
        const std::string first = QStringLiteral("row %1").arg(group.front() + 1).toStdString();
        for (std::size_t i = 1; i < group.size(); ++i)
            sink.add(group[i], -1, std::string_view(), FindingExtra().withDetail(first));
    }
}

} // namespace plumbline
