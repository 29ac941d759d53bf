#include "checks/unreferenced_check.h"

#include "checks/popolo/popolo_index.h"
#include "checks/text_util.h"
#include "rules/column_resolver.h"
#include "table/dataset.h"
#include "table/table.h"

#include <QJsonArray>
#include <QJsonObject>

#include <string_view>

namespace plumbline {

std::unique_ptr<Check> UnreferencedCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<UnreferencedCheck>();
    const QJsonValue sources = params.value("referenced-by");
    if (!sources.isArray() || sources.toArray().isEmpty())
        params.fail(QStringLiteral("referenced-by"),
                    QStringLiteral("expected an array of {\"table\": …, \"column\": …} naming the referring columns"));
    for (const auto& s : sources.toArray()) {
        const QJsonObject o = s.toObject();
        if (!o.value(QLatin1String("table")).isString() || !o.value(QLatin1String("column")).isString()) {
            params.fail(QStringLiteral("referenced-by"), QStringLiteral("each entry needs a table and a column"));
            break;
        }
        check->m_sources.push_back({o.value(QLatin1String("table")).toString(), o.value(QLatin1String("column")).toString()});
    }
    QJsonObject where = params.object("where");
    if (!where.isEmpty()) {
        check->m_whereColumn = where.take(QLatin1String("column")).toString();
        QString error;
        check->m_where = ValuePredicate::parse(where, &error);
        if (check->m_whereColumn.isEmpty())
            params.fail(QStringLiteral("where"), QStringLiteral("\"column\" names the column to test"));
        else if (!check->m_where)
            params.fail(QStringLiteral("where"), error);
    }
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
    m_whereIndex = m_where ? context.resolver.resolve(m_whereColumn) : -1;
    if (m_where && m_whereIndex < 0)
        return QStringLiteral("no column matches '%1'").arg(m_whereColumn);
    return {};
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
        if (m_where && !m_where->test(table.cell(row, m_whereIndex)))
            continue;
        sink.add(row, key, value, FindingExtra().withDetail(m_detail));
    }
}

} // namespace plumbline
