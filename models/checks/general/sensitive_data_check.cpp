#include "checks/general/sensitive_data_check.h"

#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <unordered_map>

namespace plumbline {

std::unique_ptr<Check> SensitiveDataCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<SensitiveDataCheck>();
}

QString SensitiveDataCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    m_targets.clear();
    for (const auto& resolved : m_columns)
        for (const int c : resolved)
            m_targets.push_back(c);
    if (m_targets.empty())
        return QStringLiteral("no column matches %1").arg(context.rule.columns.join(QLatin1String(", ")));
    return {};
}

void SensitiveDataCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    for (const int column : m_targets) {
        if (progress.canceled())
            return;
        std::unordered_map<std::string_view, std::size_t> counts;
        std::size_t filled = 0;
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            const auto v = textutil::trim(table.cell(row, column));
            if (v.empty())
                continue;
            ++filled;
            ++counts[v];
        }
        if (filled == 0)
            continue;
        std::vector<std::pair<std::string_view, std::size_t>> sorted(counts.begin(), counts.end());
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        QStringList top;
        for (std::size_t i = 0; i < sorted.size() && i < 5; ++i)
            top << QStringLiteral("%1 %2").arg(textutil::toQString(sorted[i].first)).arg(sorted[i].second);
        if (sorted.size() > 5)
            top << QStringLiteral("%1 more values").arg(sorted.size() - 5);
        const std::string detail = QStringLiteral("%1 of %2 rows (%3)")
                                       .arg(filled)
                                       .arg(table.rowCount())
                                       .arg(top.join(QLatin1String(", ")))
                                       .toStdString();
        sink.addTableLevel(column, {}, FindingExtra().withDetail(detail));
    }
}

} // namespace plumbline
