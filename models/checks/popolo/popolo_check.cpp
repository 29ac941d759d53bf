#include "checks/popolo/popolo_check.h"

#include "checks/popolo/popolo_index.h"
#include "table/table.h"
#include "values/text_util.h"

#include <QMutex>

#include <mutex>
#include <unordered_map>

namespace plumbline::popolo {

struct PopoloCheck::SharedIndex
{
    std::once_flag built;
    std::unique_ptr<const PopoloIndex> index;
};

namespace {

/// Live shared indexes by dataset. An entry lives as long as the checks of one run hold it; a later run (after
/// edits) finds it expired and joins the dataset afresh.
std::shared_ptr<PopoloCheck::SharedIndex> sharedIndexFor(const Dataset* dataset);

} // namespace

QString PopoloCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    m_dataset = context.dataset;
    if (!m_dataset)
        return QStringLiteral("needs the whole Popolo dataset (persons, memberships, events)");
    m_index = sharedIndexFor(m_dataset);
    const QStringList allowed = tables();
    for (const auto& name : allowed)
        if (textutil::foldKey(name) == textutil::foldKey(context.table.name()))
            return {};
    return QStringLiteral("reports on the %1 table only").arg(allowed.join(QLatin1String(" or ")));
}

namespace {

std::shared_ptr<PopoloCheck::SharedIndex> sharedIndexFor(const Dataset* dataset)
{
    static QMutex mutex;
    static std::unordered_map<const Dataset*, std::weak_ptr<PopoloCheck::SharedIndex>> live;
    const QMutexLocker lock(&mutex);
    for (auto it = live.begin(); it != live.end();)
        it = it->second.expired() ? live.erase(it) : std::next(it);
    if (auto existing = live[dataset].lock())
        return existing;
    auto created = std::make_shared<PopoloCheck::SharedIndex>();
    live[dataset] = created;
    return created;
}

} // namespace

void PopoloCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    std::call_once(m_index->built, [&] { m_index->index = std::make_unique<const PopoloIndex>(*m_dataset); });
    if (!progress.canceled())
        run(*m_index->index, table, sink, progress);
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
