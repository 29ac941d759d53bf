#include "checks/general/functional_dependency_check.h"

#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>

namespace plumbline {

std::unique_ptr<Check> FunctionalDependencyCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<FunctionalDependencyCheck>();
    check->m_options.caseSensitive = params.boolean("case-sensitive", true);
    check->m_suggest = params.boolean("suggest", true);
    check->m_ignoreBlank = params.boolean("ignore-blank", true);
    check->m_reportAll =
        params.choice("report", {QStringLiteral("minority"), QStringLiteral("all")}) == QLatin1String("all");
    return check;
}

void FunctionalDependencyCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int from = column(0);
    const int to = column(1);
    const auto groups = groupRows(table, {from}, m_options, progress);
    for (const auto& group : groups) {
        // Distinct values of the dependent column, with counts, in order of first appearance.
        struct Variant
        {
            std::string_view value;
            std::size_t count;
            std::size_t firstRow;
        };
        std::vector<Variant> variants;
        for (std::size_t row : group) {
            const auto v = table.cell(row, to);
            if (m_ignoreBlank && textutil::isBlank(v))
                continue;
            auto it = std::find_if(variants.begin(), variants.end(),
                                   [&](const Variant& x) { return cellsEqual(x.value, v, m_options); });
            if (it == variants.end())
                variants.push_back({v, 1, row});
            else
                ++it->count;
        }
        if (variants.size() < 2)
            continue;
        const auto majority =
            std::max_element(variants.begin(), variants.end(), [](const Variant& a, const Variant& b) {
                return a.count < b.count || (a.count == b.count && a.firstRow > b.firstRow);
            });
        QStringList parts;
        for (const auto& v : variants)
            parts << QStringLiteral("'%1' (%2)").arg(textutil::toQString(v.value)).arg(v.count);
        const std::string detail = parts.join(QLatin1String(", ")).toStdString();
        for (std::size_t row : group) {
            const auto v = table.cell(row, to);
            if (m_ignoreBlank && textutil::isBlank(v))
                continue;
            const bool isMajority = cellsEqual(v, majority->value, m_options);
            if (isMajority && !m_reportAll)
                continue;
            FindingExtra extra = FindingExtra().withDetail(detail).withColumn2(from);
            if (m_suggest && !isMajority)
                extra.suggestion = majority->value;
            sink.add(row, to, v, extra);
        }
    }
}

} // namespace plumbline
