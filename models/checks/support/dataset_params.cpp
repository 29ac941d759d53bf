#include "checks/support/dataset_params.h"

#include "rules/column_resolver.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plumbline {

std::vector<TableColumnRef> readTableColumnRefs(ParamReader& params, const char* key, bool required)
{
    std::vector<TableColumnRef> refs;
    const QJsonValue value = params.value(key);
    if (required && (!value.isArray() || value.toArray().isEmpty()))
        params.fail(QLatin1String(key),
                    QStringLiteral("expected an array of {\"table\": …, \"column\": …} naming the columns"));
    for (const auto& entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        if (!o.value(QLatin1String("table")).isString() || !o.value(QLatin1String("column")).isString()) {
            params.fail(QLatin1String(key), QStringLiteral("each entry needs a table and a column"));
            break;
        }
        refs.push_back({o.value(QLatin1String("table")).toString(), o.value(QLatin1String("column")).toString()});
    }
    return refs;
}

RowFilter RowFilter::read(ParamReader& params, const char* key)
{
    RowFilter filter;
    QJsonObject where = params.object(key);
    if (where.isEmpty())
        return filter;
    filter.m_column = where.take(QLatin1String("column")).toString();
    QString error;
    filter.m_predicate = ValuePredicate::parse(where, &error);
    if (filter.m_column.isEmpty())
        params.fail(QLatin1String(key), QStringLiteral("\"column\" names the column to test"));
    else if (!filter.m_predicate)
        params.fail(QLatin1String(key), error);
    return filter;
}

QString RowFilter::bind(const ColumnResolver& resolver)
{
    m_index = m_predicate ? resolver.resolve(m_column) : -1;
    if (m_predicate && m_index < 0)
        return QStringLiteral("no column matches '%1'").arg(m_column);
    return {};
}

} // namespace plumbline
