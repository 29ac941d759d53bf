#include "checks/general/unique_check.h"

#include "table/table.h"

namespace plumbline {

std::unique_ptr<Check> UniqueCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<UniqueCheck>();
    for (const auto& m : rule.missingValues)
        check->m_options.missingValues.push_back(m.toStdString());
    check->m_options.caseSensitive = params.boolean("case-sensitive", true);
    check->m_options.trim = params.boolean("trim", true);
    // true: rows whose key is blank in every column stay out; "any": rows with a blank in any key column do
    // (a name shared by an organisation's unnamed records is not a duplicate name).
    const QJsonValue ignoreBlank = params.value("ignore-blank");
    if (ignoreBlank.isString() && ignoreBlank.toString() == QLatin1String("any"))
        check->m_options.skipAnyBlank = true;
    else if (ignoreBlank.isBool())
        check->m_options.skipBlank = ignoreBlank.toBool();
    else if (!ignoreBlank.isUndefined())
        params.fail(QStringLiteral("ignore-blank"), QStringLiteral("expected true, false or \"any\""));
    return check;
}

std::vector<int> UniqueCheck::keyColumns() const
{
    std::vector<int> columns;
    for (const auto& c : m_columns)
        columns.push_back(c.front());
    return columns;
}

void UniqueCheck::report(const Table& table, const std::vector<int>& columns, const std::vector<std::size_t>& group,
                         std::size_t row, FindingSink& sink) const
{
    const std::string others = describeRows(group, row).toStdString();
    sink.add(row, columns.front(), table.cell(row, columns.front()),
             FindingExtra().withDetail(others).withColumn2(columns.size() > 1 ? columns[1] : -1));
}

void UniqueCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const std::vector<int> columns = keyColumns();
    const auto groups = groupRows(table, columns, m_options, progress);
    for (const auto& group : groups)
        for (std::size_t row : group)
            report(table, columns, group, row, sink);
}

void UniqueCheck::buildIndex(const Table& table)
{
    m_index.build(table, keyColumns(), m_options);
}

std::vector<RecordId> UniqueCheck::recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink)
{
    const std::vector<int> columns = keyColumns();
    return m_index.updateGroups(table, records, [&](const std::vector<std::size_t>& rows) {
        for (std::size_t row : rows)
            report(table, columns, rows, row, sink);
    });
}

} // namespace plumbline
