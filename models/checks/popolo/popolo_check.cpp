#include "checks/popolo/popolo_check.h"

#include "checks/popolo/popolo_index.h"
#include "checks/text_util.h"
#include "table/table.h"

namespace plumbline::popolo {

QString PopoloCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    m_dataset = context.dataset;
    if (!m_dataset)
        return QStringLiteral("needs the whole Popolo dataset (persons, memberships, events)");
    const QStringList allowed = tables();
    for (const auto& name : allowed)
        if (textutil::foldKey(name) == textutil::foldKey(context.table.name()))
            return {};
    return QStringLiteral("reports on the %1 table only").arg(allowed.join(QLatin1String(" or ")));
}

void PopoloCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const PopoloIndex index(*m_dataset);
    if (!progress.canceled())
        run(index, table, sink, progress);
}

std::optional<Severity> readWeakerSeverity(ParamReader& params, const char* key, Severity fallback, const Rule& rule)
{
    const QString text = params.string(key, severityName(fallback));
    if (text == QLatin1String("none"))
        return std::nullopt;
    Severity s = fallback;
    if (!parseSeverity(text, &s))
        params.fail(QLatin1String(key), QStringLiteral("expected a severity or \"none\""));
    return std::min(s, rule.severity);
}

} // namespace plumbline::popolo
