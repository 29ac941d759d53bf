#include "checks/general/conflicting_duplicates_check.h"

#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>

namespace plumbline {

std::unique_ptr<Check> ConflictingDuplicatesCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<ConflictingDuplicatesCheck>();
    check->m_options.caseSensitive = params.boolean("case-sensitive", true);
    check->m_options.trim = true;
    check->m_ignoreNames = params.strings("ignore");
    return check;
}

QString ConflictingDuplicatesCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_key.clear();
    m_compared.clear();
    for (const auto& c : m_columns)
        m_key.push_back(c.front());
    std::vector<int> ignored;
    for (const auto& name : m_ignoreNames)
        if (const int c = context.resolver.resolve(name); c >= 0)
            ignored.push_back(c);
    for (int c = 0; c < context.table.columnCount(); ++c)
        if (std::find(m_key.begin(), m_key.end(), c) == m_key.end() &&
            std::find(ignored.begin(), ignored.end(), c) == ignored.end())
            m_compared.push_back(c);
    return {};
}

void ConflictingDuplicatesCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const auto groups = groupRows(table, m_key, m_options, progress);
    auto quoted = [](std::string_view v) { return QStringLiteral("'%1'").arg(textutil::toQString(v)); };
    for (const auto& group : groups) {
        for (std::size_t row : group) {
            // Compare with the other rows of the group; describe the first one that differs.
            for (std::size_t other : group) {
                if (other == row)
                    continue;
                QStringList differences;
                int firstColumn = -1;
                for (int c : m_compared) {
                    const auto a = table.cell(row, c);
                    const auto b = table.cell(other, c);
                    if (cellsEqual(a, b, m_options))
                        continue;
                    if (firstColumn < 0)
                        firstColumn = c;
                    if (differences.size() < 3)
                        differences << QStringLiteral("%1 is %2 here and %3 on row %4")
                                           .arg(table.columnName(c), quoted(a), quoted(b))
                                           .arg(other + 1);
                }
                if (firstColumn < 0)
                    continue;
                const std::string detail = differences.join(QLatin1String("; ")).toStdString();
                sink.add(row, firstColumn, table.cell(row, firstColumn),
                         FindingExtra().withDetail(detail).withColumn2(m_key.front()));
                break;
            }
        }
    }
}

} // namespace plumbline
