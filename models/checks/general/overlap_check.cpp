#include "checks/general/overlap_check.h"

#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/imprecise_date.h"
#include "values/text_util.h"

#include <algorithm>
#include <limits>

namespace plumbline {

std::unique_ptr<Check> OverlapCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<OverlapCheck>();
    check->m_startName = params.requiredString("start");
    check->m_endName = params.requiredString("end");
    check->m_touching = params.boolean("touching", false);
    check->m_distinctName = params.string("distinct");
    check->m_options.skipAnyBlank = true;
    check->m_possibly = params.severityOrNone("possibly", Severity::Warning, rule.severity);
    return check;
}

QString OverlapCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_start = context.resolver.resolve(m_startName);
    m_end = context.resolver.resolve(m_endName);
    if (m_start < 0)
        return QStringLiteral("no column matches '%1'").arg(m_startName);
    if (m_end < 0)
        return QStringLiteral("no column matches '%1'").arg(m_endName);
    m_distinct = -1;
    if (!m_distinctName.isEmpty()) {
        m_distinct = context.resolver.resolve(m_distinctName);
        if (m_distinct < 0)
            return QStringLiteral("no column matches '%1'").arg(m_distinctName);
    }
    return {};
}

std::vector<int> OverlapCheck::keyColumns() const
{
    std::vector<int> key;
    for (const auto& c : m_columns)
        key.push_back(c.front());
    return key;
}

void OverlapCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    for (const auto& group : groupRows(table, keyColumns(), m_options, progress))
        checkGroup(table, group, sink);
}

void OverlapCheck::buildIndex(const Table& table)
{
    m_index.build(table, keyColumns(), m_options);
}

std::vector<RecordId> OverlapCheck::recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink)
{
    // Every group that gained or lost a record is compared again in full, as checkSet() compares it.
    return m_index.updateGroups(table, records,
                                [&](const std::vector<std::size_t>& rows) { checkGroup(table, rows, sink); });
}

void OverlapCheck::checkGroup(const Table& table, const std::vector<std::size_t>& group, FindingSink& sink) const
{
    constexpr std::int32_t kMin = std::numeric_limits<std::int32_t>::min() / 2;
    constexpr std::int32_t kMax = std::numeric_limits<std::int32_t>::max() / 2;
    struct Period
    {
        std::size_t row;
        // Earliest and latest readings of each end; open ends are ±∞.
        std::int32_t startEarly, startLate, endEarly, endLate;
    };
    auto parse = [&](std::string_view text, bool isStart, std::int32_t* early, std::int32_t* late) {
        if (textutil::isBlank(text)) {
            *early = *late = isStart ? kMin : kMax;
            return true;
        }
        const auto d = values::parseDate(text);
        if (!d.ok())
            return false;
        *early = d.date.earliest;
        *late = d.date.latest;
        return true;
    };
    std::vector<Period> periods;
    for (std::size_t row : group) {
        Period p{row, 0, 0, 0, 0};
        if (parse(table.cell(row, m_start), true, &p.startEarly, &p.startLate) &&
            parse(table.cell(row, m_end), false, &p.endEarly, &p.endLate))
            periods.push_back(p);
    }
    std::sort(periods.begin(), periods.end(), [](const Period& a, const Period& b) {
        return a.startEarly != b.startEarly ? a.startEarly < b.startEarly : a.row < b.row;
    });
    // Two periods overlap for some reading when each can start no later than the other can end.
    const std::int32_t gap = m_touching ? 1 : 0; // touching: end day == start day is allowed
    auto possibly = [&](const Period& a, const Period& b) {
        return a.startEarly <= b.endLate - gap && b.startEarly <= a.endLate - gap;
    };
    auto definitely = [&](const Period& a, const Period& b) {
        return a.startLate <= b.endEarly - gap && b.startLate <= a.endEarly - gap;
    };
    for (std::size_t i = 0; i < periods.size(); ++i) {
        for (std::size_t j = 0; j < periods.size(); ++j) {
            if (i == j || !possibly(periods[i], periods[j]))
                continue;
            if (m_distinct >= 0 && textutil::trim(table.cell(periods[i].row, m_distinct)) ==
                                       textutil::trim(table.cell(periods[j].row, m_distinct)))
                continue;
            const bool sure = definitely(periods[i], periods[j]);
            if (!sure && !m_possibly)
                continue;
            const Period& p = periods[i];
            const Period& q = periods[j];
            auto show = [&](std::size_t row, int column) {
                const auto v = textutil::trim(table.cell(row, column));
                return v.empty() ? QStringLiteral("open") : textutil::toQString(v);
            };
            const std::string detail = QStringLiteral("row %1 (%2 to %3)")
                                           .arg(q.row + 1)
                                           .arg(show(q.row, m_start), show(q.row, m_end))
                                           .toStdString();
            const std::string here =
                QStringLiteral("%1 to %2").arg(show(p.row, m_start), show(p.row, m_end)).toStdString();
            sink.add(p.row, m_start, here,
                     FindingExtra().withDetail(detail).withColumn2(m_end).withSeverity(sure ? sink.severity()
                                                                                            : *m_possibly));
            break;
        }
    }
}

} // namespace plumbline
