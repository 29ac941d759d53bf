#include "checks/popolo/seats_check.h"

#include "checks/popolo/popolo_index.h"
#include "table/table.h"
#include "values/text_util.h"

#include <QJsonObject>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace plumbline::popolo {

namespace {

/// The most people holding memberships of a group at once, the first day that happens and who they are.
struct Peak
{
    int people = 0;
    std::int32_t day = kOpenStart;
    std::vector<std::int32_t> memberships; ///< active on that day, in row order
};

/// Sweep over start and end days: ends are exclusive (a handover day is not an overlap) and processed before
/// starts on the same day; people are counted once however many memberships they hold.
Peak peakOf(const PopoloIndex& index, const std::vector<std::int32_t>& group)
{
    std::vector<std::tuple<std::int32_t, int, std::int32_t>> events; // day, 0 = end / 1 = start, membership
    events.reserve(group.size() * 2);
    for (const std::int32_t i : group) {
        const Period& p = index.memberships[std::size_t(i)].period;
        if (p.start.hi >= p.end.lo)
            continue; // never definitely longer than a day
        events.emplace_back(p.start.hi, 1, i);
        events.emplace_back(p.end.lo, 0, i);
    }
    std::sort(events.begin(), events.end());
    std::unordered_map<std::string_view, int> active;
    Peak peak;
    int people = 0;
    for (const auto& [day, start, i] : events) {
        const std::string_view person = index.memberships[std::size_t(i)].personId;
        if (!start) {
            if (--active[person] == 0)
                --people;
        } else if (active[person]++ == 0 && ++people > peak.people) {
            peak.people = people;
            peak.day = day;
        }
    }
    for (const std::int32_t i : group) {
        const Period& p = index.memberships[std::size_t(i)].period;
        if (p.start.hi < p.end.lo && p.start.hi <= peak.day && peak.day < p.end.lo)
            peak.memberships.push_back(i);
    }
    return peak;
}

/// Indexes of memberships grouped by a key, groups in key order, rows ascending within a group.
template <typename Key>
std::vector<std::vector<std::int32_t>> groupBy(const PopoloIndex& index, Key key)
{
    std::vector<std::int32_t> order;
    for (std::size_t i = 0; i < index.memberships.size(); ++i)
        if (std::get<1>(key(index.memberships[i])).size() > 0)
            order.push_back(std::int32_t(i));
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        const auto ka = key(index.memberships[std::size_t(a)]);
        const auto kb = key(index.memberships[std::size_t(b)]);
        return ka != kb ? ka < kb : a < b;
    });
    std::vector<std::vector<std::int32_t>> groups;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 ||
            key(index.memberships[std::size_t(order[i])]) != key(index.memberships[std::size_t(order[i - 1])]))
            groups.emplace_back();
        groups.back().push_back(order[i]);
    }
    return groups;
}

std::unordered_map<std::string_view, std::size_t> rowsById(const Table& table)
{
    std::unordered_map<std::string_view, std::size_t> rows;
    const int id = table.columnIndex(QStringLiteral("id"));
    if (id >= 0)
        for (std::size_t row = 0; row < table.rowCount(); ++row)
            rows.emplace(textutil::trim(table.cell(row, id)), row);
    return rows;
}

QString holders(const PopoloIndex& index, const std::vector<std::int32_t>& memberships)
{
    QStringList names;
    bool undated = true;
    for (const std::int32_t i : memberships) {
        const Membership& m = index.memberships[std::size_t(i)];
        undated = undated && m.start.text.empty() && m.end.text.empty();
        const QString who = m.person >= 0 ? textutil::toQString(index.persons[std::size_t(m.person)].name)
                                          : textutil::toQString(m.personId);
        names << QStringLiteral("%1 (membership row %2)").arg(who).arg(m.row + 1);
    }
    QString text = names.join(QLatin1String(", "));
    if (undated && memberships.size() > 1)
        text += QStringLiteral("; none of these memberships has dates to tell them apart");
    return text;
}

} // namespace

std::unique_ptr<Check> SeatsCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<SeatsCheck>();
    check->m_legislature =
        params.choice("check", {QStringLiteral("area"), QStringLiteral("legislature")}) == QLatin1String("legislature");
    check->m_defaultSeats = int(params.number("default-seats", 1));
    const QJsonObject seats = params.object("area-seats");
    for (auto it = seats.begin(); it != seats.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            params.fail(QStringLiteral("area-seats"), QStringLiteral("'%1': expected a number of seats").arg(it.key()));
        check->m_areaSeats.insert(it.key(), it.value().toInt());
    }
    check->m_seatsColumn = params.string("seats-column", QStringLiteral("seats"));
    check->m_multiMemberShare = params.number("multi-member-share", 0.5);
    check->m_classification = params.string("classification", QStringLiteral("legislature"));
    return check;
}

void SeatsCheck::run(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const
{
    if (m_legislature)
        runLegislature(index, table, sink);
    else
        runAreas(index, table, sink, progress);
}

void SeatsCheck::runAreas(const PopoloIndex& index, const Table& areas, FindingSink& sink, Progress& progress) const
{
    const auto groups = groupBy(index, [](const Membership& m) { return std::tie(m.termId, m.areaId); });
    const auto areaRows = rowsById(areas);
    const int idColumn = areas.columnIndex(QStringLiteral("id"));
    const int seatsColumn = areas.columnIndex(m_seatsColumn);
    // Seat counts given in any form (per area, a seats column, a default other than one) are taken as they are.
    const bool explicitSeats = !m_areaSeats.isEmpty() || seatsColumn >= 0 || m_defaultSeats != 1;
    auto seatsOf = [&](std::string_view area) {
        if (const auto it = m_areaSeats.constFind(textutil::toQString(area)); it != m_areaSeats.constEnd())
            return *it;
        if (const auto row = areaRows.find(area); seatsColumn >= 0 && row != areaRows.end())
            if (const auto n = textutil::parseInteger(areas.cell(row->second, seatsColumn)))
                return int(*n);
        return m_defaultSeats;
    };
    struct Over
    {
        std::size_t group;
        Peak peak;
        int seats;
    };
    std::vector<Over> over;
    std::unordered_set<std::string_view> areasHeld, areasOver;
    int largest = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (progress.canceled())
            return;
        const std::string_view area = index.memberships[std::size_t(groups[g].front())].areaId;
        areasHeld.insert(area);
        const int seats = seatsOf(area);
        Peak peak = peakOf(index, groups[g]);
        largest = std::max(largest, peak.people);
        if (peak.people > seats) {
            areasOver.insert(area);
            over.push_back({g, std::move(peak), seats});
        }
    }
    if (!explicitSeats && areasOver.size() >= 2 &&
        double(areasOver.size()) > m_multiMemberShare * double(areasHeld.size())) {
        const std::string message =
            QStringLiteral("%1 of the %2 areas have several members at once (up to %3), so the areas look multi-member "
                           "and were not checked against %4 seat each. Give the seats per area (the rule's area-seats, "
                           "or a %5 column in the areas table) to check them.")
                .arg(areasOver.size())
                .arg(areasHeld.size())
                .arg(largest)
                .arg(m_defaultSeats)
                .arg(m_seatsColumn)
                .toStdString();
        sink.addTableLevel(-1, {},
                           FindingExtra().asMessage(message).withSeverity(std::min(Severity::Notice, sink.severity())));
        return;
    }
    for (const Over& o : over) {
        const Membership& first = index.memberships[std::size_t(groups[o.group].front())];
        const QString when =
            first.termId.empty() ? QString() : QStringLiteral(" in %1").arg(textutil::toQString(first.termId));
        const std::string detail = QStringLiteral("%1 members at once%2 for %3 seat%4: %5")
                                       .arg(o.peak.people)
                                       .arg(when)
                                       .arg(o.seats)
                                       .arg(o.seats == 1 ? QString() : QStringLiteral("s"))
                                       .arg(holders(index, o.peak.memberships))
                                       .toStdString();
        if (const auto row = areaRows.find(first.areaId); row != areaRows.end())
            sink.add(row->second, idColumn, first.areaId, FindingExtra().withDetail(detail));
        else
            sink.addTableLevel(-1, first.areaId, FindingExtra().withDetail(detail));
    }
}

void SeatsCheck::runLegislature(const PopoloIndex& index, const Table& organizations, FindingSink& sink) const
{
    const int idColumn = organizations.columnIndex(QStringLiteral("id"));
    const int classColumn = organizations.columnIndex(QStringLiteral("classification"));
    const int seatsColumn = organizations.columnIndex(m_seatsColumn);
    const int eventSeats = index.eventsTable ? index.eventsTable->columnIndex(m_seatsColumn) : -1;
    if (idColumn < 0 || seatsColumn < 0)
        return;
    const auto allGroups = groupBy(index, [](const Membership& m) { return std::tie(m.organizationId, m.termId); });
    std::unordered_map<std::string_view, std::vector<const std::vector<std::int32_t>*>> groupsOf; // by organization
    for (const auto& group : allGroups)
        groupsOf[index.memberships[std::size_t(group.front())].organizationId].push_back(&group);
    for (std::size_t row = 0; row < organizations.rowCount(); ++row) {
        const std::string_view id = textutil::trim(organizations.cell(row, idColumn));
        const auto seats = textutil::parseInteger(organizations.cell(row, seatsColumn));
        if (id.empty() || !seats ||
            (classColumn >= 0 && !m_classification.isEmpty() &&
             textutil::toQString(textutil::trim(organizations.cell(row, classColumn)))
                     .compare(m_classification, Qt::CaseInsensitive) != 0))
            continue;
        const auto found = groupsOf.find(id);
        if (found == groupsOf.end())
            continue;
        // The organization's seats describe its latest term: the one that starts last.
        const Event* latest = nullptr;
        for (const auto* group : found->second) {
            const Membership& m = index.memberships[std::size_t(group->front())];
            if (m.term < 0)
                continue;
            const Event& e = index.events[std::size_t(m.term)];
            if (!latest || e.period.start.lo > latest->period.start.lo)
                latest = &e;
        }
        for (const auto* groupOfTerm : found->second) {
            const auto& group = *groupOfTerm;
            const Membership& m = index.memberships[std::size_t(group.front())];
            const Event* term = m.term >= 0 ? &index.events[std::size_t(m.term)] : nullptr;
            std::optional<long long> termSeats;
            if (term && eventSeats >= 0)
                termSeats = textutil::parseInteger(index.eventsTable->cell(term->row, eventSeats));
            if (!termSeats && term == latest)
                termSeats = seats;
            if (!termSeats)
                continue;
            const Peak peak = peakOf(index, group);
            const QString termName =
                m.termId.empty() ? QStringLiteral("memberships without a term") : textutil::toQString(m.termId);
            if (peak.people > *termSeats) {
                const std::string detail =
                    QStringLiteral("%1: %2 members at once%3 for %4 seat%5")
                        .arg(termName)
                        .arg(peak.people)
                        .arg(peak.day > kOpenStart ? QStringLiteral(" on %1").arg(isoDay(peak.day)) : QString())
                        .arg(*termSeats)
                        .arg(*termSeats == 1 ? QString() : QStringLiteral("s"))
                        .toStdString();
                sink.add(row, seatsColumn, organizations.cell(row, seatsColumn), FindingExtra().withDetail(detail));
                continue;
            }
            if (qint64(group.size()) <= *termSeats)
                continue;
            // More rows than seats but never more people at once: say why, so nobody "fixes" a party switch.
            std::unordered_map<std::string_view, std::vector<std::int32_t>> byPerson;
            std::unordered_map<std::string_view, std::unordered_set<std::string_view>> byArea;
            for (const std::int32_t i : group) {
                byPerson[index.memberships[std::size_t(i)].personId].push_back(i);
                if (!index.memberships[std::size_t(i)].areaId.empty())
                    byArea[index.memberships[std::size_t(i)].areaId].insert(index.memberships[std::size_t(i)].personId);
            }
            int switchers = 0, handovers = 0;
            QString example;
            for (const std::int32_t i : group) {
                const auto& list = byPerson[index.memberships[std::size_t(i)].personId];
                if (list.size() < 2 || list.front() != i)
                    continue;
                ++switchers;
                if (example.isEmpty()) {
                    QStringList rows;
                    for (const std::int32_t j : list)
                        rows << QString::number(index.memberships[std::size_t(j)].row + 1);
                    const Membership& first = index.memberships[std::size_t(i)];
                    example =
                        QStringLiteral(", e.g. %1, membership rows %2")
                            .arg(first.person >= 0 ? textutil::toQString(index.persons[std::size_t(first.person)].name)
                                                   : textutil::toQString(first.personId),
                                 rows.join(QLatin1String(" and ")));
                }
            }
            for (const auto& [area, people] : byArea)
                handovers += people.size() > 1 ? 1 : 0;
            const std::string message =
                QStringLiteral("%1 has %2 memberships for %3 seats, but never more than %4 members at once: %5 "
                               "member(s) hold more than one membership (party switches%6) and %7 seat(s) changed "
                               "hands (by-elections). This is expected, not an error.")
                    .arg(termName)
                    .arg(group.size())
                    .arg(*termSeats)
                    .arg(peak.people)
                    .arg(switchers)
                    .arg(example)
                    .arg(handovers)
                    .toStdString();
            sink.add(row, seatsColumn, organizations.cell(row, seatsColumn),
                     FindingExtra().asMessage(message).withSeverity(std::min(Severity::Notice, sink.severity())));
        }
    }
}

} // namespace plumbline::popolo
