#include "checks/general/conditional_check.h"

#include "table/table.h"

namespace plumbline {

std::unique_ptr<Check> ConditionalCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<ConditionalCheck>();
    for (const char* key : {"when", "then"}) {
        if (!params.has(key)) {
            params.fail(QLatin1String(key),
                        QStringLiteral("is required (a condition such as {\"in\": [\"withdrawn\"]})"));
            params.value(key);
            continue;
        }
        QString error;
        auto predicate = ValuePredicate::parse(params.object(key), &error);
        if (!predicate)
            params.fail(QLatin1String(key), error);
        (std::string_view(key) == "when" ? check->m_when : check->m_then) = std::move(predicate);
    }
    return check;
}

QString ConditionalCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_whenColumn.bind(context.table, column(0), *m_when);
    m_thenColumn.bind(context.table, column(1), *m_then);
    return {};
}

void ConditionalCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    const int when = column(0);
    const int then = column(1);
    for (std::size_t row = first; row < last; ++row) {
        if (!m_whenColumn.test(table, row) || m_thenColumn.test(table, row))
            continue;
        sink.add(row, then, table.cell(row, then), FindingExtra().withDetail(table.cell(row, when)).withColumn2(when));
    }
}

} // namespace plumbline
