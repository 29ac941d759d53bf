#include "checks/popolo/unreferenced_check.h"

#include "checks/popolo/popolo_index.h"
#include "rules/column_resolver.h"
#include "table/dataset.h"
#include "table/table.h"
#include "values/text_util.h"

#include <QJsonArray>
#include <QJsonObject>

#include <string_view>

namespace plumbline {

std::unique_ptr<Check> UnreferencedCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<UnreferencedCheck>();
    check->m_sources = readTableColumnRefs(params, "referenced-by", true);
    check->m_where = RowFilter::read(params, "where");
    return check;
}

QString UnreferencedCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_dataset = context.dataset;
    if (!m_dataset)
        return QStringLiteral("needs the other tables of the dataset");
    QStringList present;
    for (const auto& s : m_sources)
        if (const Table* t = popolo::findTable(*m_dataset, s.table); t && t->columnIndex(s.column) >= 0)
            present << QStringLiteral("%1.%2").arg(t->name(), s.column);
    if (present.isEmpty())
        return QStringLiteral("no table of the dataset has a column that refers to it");
    m_detail = present.join(QLatin1String(", ")).toStdString();
    return m_where.bind(context.resolver);
}

void UnreferencedCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    std::unordered_set<std::string_view> used;
    for (const auto& s : m_sources) {
        const Table* t = popolo::findTable(*m_dataset, s.table);
        const int c = t ? t->columnIndex(s.column) : -1;
        if (c < 0)
            continue;
        for (std::size_t row = 0; row < t->rowCount(); ++row)
            used.insert(textutil::trim(t->cell(row, c)));
    }
    if (progress.canceled())
        return;
    const int key = column(0);
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const auto value = textutil::trim(table.cell(row, key));
        if (value.empty() || used.count(value))
            continue;
        if (!m_where.passes(table, row))
            continue;
        sink.add(row, key, value, FindingExtra().withDetail(m_detail));
    }
}

} // namespace plumbline
