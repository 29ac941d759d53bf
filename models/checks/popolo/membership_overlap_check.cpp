#include "checks/popolo/membership_overlap_check.h"

#include "checks/popolo/popolo_index.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <tuple>

namespace plumbline::popolo {

namespace {

bool sameExceptPerson(const Membership& a, const Membership& b)
{
    return a.partyId == b.partyId && a.areaId == b.areaId && a.postId == b.postId && a.role == b.role &&
           a.start.text == b.start.text && a.end.text == b.end.text;
}

/// "row 1304 (scottish-national-party, uk.org.publicwhip/cons/211, until 2015-09-30)".
QString describe(const Membership& m)
{
    QStringList parts;
    if (!m.partyId.empty())
        parts << textutil::toQString(m.partyId);
    if (!m.areaId.empty())
        parts << textutil::toQString(m.areaId);
    if (!m.start.text.empty() && !m.end.text.empty())
        parts << QStringLiteral("%1 to %2").arg(textutil::toQString(m.start.text), textutil::toQString(m.end.text));
    else if (!m.start.text.empty())
        parts << QStringLiteral("from %1").arg(textutil::toQString(m.start.text));
    else if (!m.end.text.empty())
        parts << QStringLiteral("until %1").arg(textutil::toQString(m.end.text));
    else
        parts << QStringLiteral("no dates");
    return QStringLiteral("row %1 (%2)").arg(m.row + 1).arg(parts.join(QLatin1String(", ")));
}

} // namespace

std::unique_ptr<Check> MembershipOverlapCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<MembershipOverlapCheck>();
    check->m_possibly = readWeakerSeverity(params, "possibly", Severity::Notice, rule);
    return check;
}

void MembershipOverlapCheck::run(const PopoloIndex& index, const Table&, FindingSink& sink, Progress& progress) const
{
    const auto& ms = index.memberships;
    // Group by (person, organization, term) with one sort of indexes instead of a map of strings.
    std::vector<std::int32_t> order;
    order.reserve(ms.size());
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (!ms[i].personId.empty())
            order.push_back(std::int32_t(i));
    auto key = [&](std::int32_t i) {
        const Membership& m = ms[std::size_t(i)];
        return std::tie(m.personId, m.organizationId, m.termId);
    };
    std::sort(order.begin(), order.end(),
              [&](std::int32_t a, std::int32_t b) { return key(a) != key(b) ? key(a) < key(b) : a < b; });
    std::vector<const Membership*> group;
    for (std::size_t first = 0; first < order.size();) {
        std::size_t last = first + 1;
        while (last < order.size() && key(order[last]) == key(order[first]))
            ++last;
        if (progress.canceled())
            return;
        group.clear();
        for (std::size_t i = first; i < last; ++i)
            group.push_back(&ms[std::size_t(order[i])]);
        checkGroup(group, index.membershipColumns, sink);
        first = last;
    }
}

void MembershipOverlapCheck::checkGroup(const std::vector<const Membership*>& group, const MembershipColumns& c,
                                        FindingSink& sink) const
{
    std::vector<bool> reported(group.size(), false); // by position in group
    for (std::size_t i = 0; i < group.size(); ++i) {
        for (std::size_t j = i + 1; j < group.size(); ++j) {
            const Membership* a = group[i];
            const Membership* b = group[j];
            std::size_t ia = i;
            std::size_t ib = j;
            if (sameExceptPerson(*a, *b))
                continue; // an exact duplicate: OVL-01
            const bool sure = a->period.definitelyOverlaps(b->period);
            if (!sure && (!m_possibly || !a->period.possiblyOverlaps(b->period)))
                continue;
            if (std::tie(b->period.start.lo, b->row) < std::tie(a->period.start.lo, a->row)) {
                std::swap(a, b);
                std::swap(ia, ib);
            }
            FindingExtra extra;
            extra.severity = sure ? sink.severity() : *m_possibly;
            const QString termText =
                a->termId.empty() ? QString() : QStringLiteral(" in %1").arg(textutil::toQString(a->termId));
            // The earlier membership runs on past the later one's start: ending it the day before is the fix.
            if (!reported[ia] && a->end.text.empty() && b->start.ok) {
                const std::string detail =
                    QStringLiteral("has no end date but overlaps the same person's membership %1%2")
                        .arg(describe(*b), termText)
                        .toStdString();
                const std::string suggestion = isoDay(b->start.date.earliest - 1).toStdString();
                extra.detail = detail;
                extra.suggestion = std::string_view(suggestion);
                sink.add(a->row, c.end, {}, extra);
                reported[ia] = true;
            } else if (!reported[ib]) {
                const std::string detail = QStringLiteral("overlaps the same person's membership %1%2")
                                               .arg(describe(*a), termText)
                                               .toStdString();
                extra.detail = detail;
                sink.add(b->row, b->start.text.empty() ? c.personId : c.start,
                         b->start.text.empty() ? b->personId : b->start.text, extra);
                reported[ib] = true;
            }
        }
    }
}

std::string MembershipOverlapCheck::groupKey(const Table& table, std::size_t row, const MembershipColumns& c)
{
    const std::string_view person = popoloCell(table, row, c.personId);
    if (person.empty())
        return {};
    std::string key;
    // Length-prefixed parts: no id can make two groups' keys equal.
    for (const std::string_view part :
         {person, popoloCell(table, row, c.organizationId), popoloCell(table, row, c.termId)})
        key.append(std::to_string(part.size())).append(1, ':').append(part);
    return key;
}

void MembershipOverlapCheck::buildCrossIndex(const Dataset& dataset, const Table& table)
{
    m_groups.clear();
    m_groupOf.clear();
    m_termEvents.clear();
    m_eventIdOf.clear();
    m_termMembers.clear();
    if (const Table* events = findTable(dataset, QStringLiteral("events"))) {
        const int id = eventColumnsOf(*events).id;
        for (std::size_t row = 0; row < events->rowCount(); ++row) {
            const RecordId record = events->recordId(row);
            if (record >= m_eventIdOf.size())
                m_eventIdOf.resize(std::size_t(record) + 1);
            const std::string_view term = popoloCell(*events, row, id);
            m_eventIdOf[record] = std::string(term);
            if (!term.empty())
                m_termEvents[std::string(term)].push_back(record);
        }
    }
    const MembershipColumns c = membershipColumnsOf(table);
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const RecordId record = table.recordId(row);
        if (record >= m_groupOf.size())
            m_groupOf.resize(std::size_t(record) + 1);
        m_groupOf[record] = groupKey(table, row, c);
        if (!m_groupOf[record].empty())
            m_groups[m_groupOf[record]].push_back(record);
        if (const std::string_view term = popoloCell(table, row, c.termId); !term.empty())
            m_termMembers[std::string(term)].push_back(record);
    }
}

bool MembershipOverlapCheck::readsTable(const Dataset& dataset, const Table& other) const
{
    return findTable(dataset, QStringLiteral("events")) == &other;
}

std::vector<RecordId> MembershipOverlapCheck::recheckCross(const Dataset& dataset, const Table& table,
                                                           const Table& edited, const std::vector<RecordId>& records,
                                                           FindingSink& sink)
{
    std::vector<RecordId> affected;
    std::vector<std::string> groups; // the groups to compare again
    const Table* events = findTable(dataset, QStringLiteral("events"));
    if (&edited == events) {
        // A term's id or dates changed: every group of a membership in its old or new id is compared again.
        const int id = eventColumnsOf(*events).id;
        std::vector<std::string> terms;
        for (const RecordId record : records) {
            if (record >= m_eventIdOf.size())
                m_eventIdOf.resize(std::size_t(record) + 1);
            const std::int64_t row = events->rowOf(record);
            std::string now = row >= 0 ? std::string(popoloCell(*events, std::size_t(row), id)) : std::string();
            std::string& before = m_eventIdOf[record];
            if (before != now) {
                if (!before.empty()) {
                    std::erase(m_termEvents[before], record);
                    terms.push_back(before);
                }
                if (!now.empty())
                    m_termEvents[now].push_back(record);
                before = now;
            }
            if (!now.empty())
                terms.push_back(std::move(now));
        }
        for (const std::string& term : terms)
            if (const auto it = m_termMembers.find(term); it != m_termMembers.end())
                for (const RecordId member : it->second)
                    if (member < m_groupOf.size() && !m_groupOf[member].empty())
                        groups.push_back(m_groupOf[member]);
    }
    const MembershipColumns c = membershipColumnsOf(table);
    if (&edited == &table) {
        for (const RecordId record : records) {
            if (record >= m_groupOf.size())
                m_groupOf.resize(std::size_t(record) + 1);
            affected.push_back(record);
            const std::int64_t row = table.rowOf(record);
            std::string now = row >= 0 ? groupKey(table, std::size_t(row), c) : std::string();
            std::string& before = m_groupOf[record];
            if (before != now) {
                if (const auto it = m_groups.find(before); it != m_groups.end()) {
                    std::erase(it->second, record);
                    if (it->second.empty())
                        m_groups.erase(it);
                }
                if (!before.empty())
                    groups.push_back(before);
                if (!now.empty())
                    m_groups[now].push_back(record);
                before = now;
            }
            if (!now.empty())
                groups.push_back(std::move(now));
            if (row >= 0)
                if (const std::string_view term = popoloCell(table, std::size_t(row), c.termId); !term.empty())
                    m_termMembers[std::string(term)].push_back(record);
        }
    }
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    const EventColumns eventColumns = events ? eventColumnsOf(*events) : EventColumns();
    std::vector<Membership> members;
    std::vector<const Membership*> group;
    for (const std::string& key : groups) {
        const auto it = m_groups.find(key);
        if (it == m_groups.end())
            continue;
        members.clear();
        for (const RecordId record : it->second) {
            affected.push_back(record);
            if (const std::int64_t row = table.rowOf(record); row >= 0)
                members.push_back(readMembership(table, std::size_t(row), c));
        }
        std::sort(members.begin(), members.end(),
                  [](const Membership& a, const Membership& b) { return a.row < b.row; });
        // Each membership takes its term's period: the first event (in view order) holding the term id.
        for (Membership& m : members) {
            std::optional<Event> term;
            if (const auto t = m_termEvents.find(std::string(m.termId)); events && t != m_termEvents.end()) {
                std::int64_t first = -1;
                for (const RecordId e : t->second)
                    if (const std::int64_t row = events->rowOf(e); row >= 0 && (first < 0 || row < first))
                        first = row;
                if (first >= 0)
                    term = readEvent(*events, std::size_t(first), eventColumns);
            }
            applyTermPeriod(m, term ? &term->period : nullptr);
        }
        group.clear();
        for (const Membership& m : members)
            group.push_back(&m);
        checkGroup(group, c, sink);
    }
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    return affected;
}

} // namespace plumbline::popolo
