#include "checks/popolo/popolo_index.h"

#include "table/dataset.h"
#include "table/table.h"
#include "values/text_util.h"

namespace plumbline::popolo {

namespace {

int popoloColumnOf(const Table* table, const char* name)
{
    return table ? table->columnIndex(QLatin1String(name)) : -1;
}

} // namespace

std::string_view popoloCell(const Table& table, std::size_t row, int column)
{
    return column < 0 ? std::string_view() : textutil::trim(table.cell(row, column));
}

MembershipColumns membershipColumnsOf(const Table& table)
{
    MembershipColumns c;
    c.personId = popoloColumnOf(&table, "person_id");
    c.organizationId = popoloColumnOf(&table, "organization_id");
    c.partyId = popoloColumnOf(&table, "on_behalf_of_id");
    c.areaId = popoloColumnOf(&table, "area_id");
    c.termId = popoloColumnOf(&table, "legislative_period_id");
    c.postId = popoloColumnOf(&table, "post_id");
    c.role = popoloColumnOf(&table, "role");
    c.start = popoloColumnOf(&table, "start_date");
    c.end = popoloColumnOf(&table, "end_date");
    return c;
}

Membership readMembership(const Table& table, std::size_t row, const MembershipColumns& c)
{
    Membership m;
    m.row = std::uint32_t(row);
    m.personId = popoloCell(table, row, c.personId);
    m.organizationId = popoloCell(table, row, c.organizationId);
    m.partyId = popoloCell(table, row, c.partyId);
    m.areaId = popoloCell(table, row, c.areaId);
    m.termId = popoloCell(table, row, c.termId);
    m.postId = popoloCell(table, row, c.postId);
    m.role = popoloCell(table, row, c.role);
    m.start = readDate(table, row, c.start);
    m.end = readDate(table, row, c.end);
    applyTermPeriod(m, nullptr);
    return m;
}

void applyTermPeriod(Membership& m, const Period* termPeriod)
{
    m.period = termPeriod ? *termPeriod : Period();
    if (m.start.ok)
        m.period.start = m.start.bound();
    if (m.end.ok)
        m.period.end = m.end.bound();
}

EventColumns eventColumnsOf(const Table& table)
{
    EventColumns c;
    c.id = popoloColumnOf(&table, "id");
    c.classification = popoloColumnOf(&table, "classification");
    c.organizationId = popoloColumnOf(&table, "organization_id");
    c.start = popoloColumnOf(&table, "start_date");
    c.end = popoloColumnOf(&table, "end_date");
    return c;
}

Event readEvent(const Table& table, std::size_t row, const EventColumns& c)
{
    Event e;
    e.row = std::uint32_t(row);
    e.id = popoloCell(table, row, c.id);
    e.classification = popoloCell(table, row, c.classification);
    e.organizationId = popoloCell(table, row, c.organizationId);
    e.start = readDate(table, row, c.start);
    e.end = readDate(table, row, c.end);
    if (e.start.ok)
        e.period.start = e.start.bound();
    if (e.end.ok)
        e.period.end = e.end.bound();
    return e;
}

const Table* findTable(const Dataset& dataset, const QString& name)
{
    if (const auto exact = dataset.table(name))
        return exact.get();
    const QString folded = textutil::foldKey(name);
    for (const auto& t : dataset.tables)
        if (textutil::foldKey(t->name()) == folded)
            return t.get();
    return nullptr;
}

DateCell readDate(const Table& table, std::size_t row, int column)
{
    DateCell cell;
    cell.text = popoloCell(table, row, column);
    if (cell.text.empty())
        return cell;
    const values::DateParse parsed = values::parseDate(cell.text);
    cell.ok = parsed.ok();
    cell.date = parsed.date;
    return cell;
}

QString isoDay(std::int32_t day)
{
    return QString::fromStdString(values::toIsoString(values::ImpreciseDate::fromDays(day)));
}

PopoloIndex::PopoloIndex(const Dataset& dataset)
{
    personsTable = findTable(dataset, QStringLiteral("persons"));
    membershipsTable = findTable(dataset, QStringLiteral("memberships"));
    eventsTable = findTable(dataset, QStringLiteral("events"));
    organizationsTable = findTable(dataset, QStringLiteral("organizations"));
    areasTable = findTable(dataset, QStringLiteral("areas"));

    if (const Table* t = personsTable) {
        const int id = popoloColumnOf(t, "id"), name = popoloColumnOf(t, "name"), gender = popoloColumnOf(t, "gender");
        const int birth = popoloColumnOf(t, "birth_date"), death = popoloColumnOf(t, "death_date");
        persons.reserve(t->rowCount());
        for (std::size_t row = 0; row < t->rowCount(); ++row) {
            Person p;
            p.row = std::uint32_t(row);
            p.id = popoloCell(*t, row, id);
            p.name = popoloCell(*t, row, name);
            p.gender = popoloCell(*t, row, gender);
            p.birth = readDate(*t, row, birth);
            p.death = readDate(*t, row, death);
            if (!p.id.empty())
                personById.emplace(p.id, std::int32_t(persons.size())); // the first of duplicate ids wins (ID-01)
            persons.push_back(p);
        }
    }
    if (const Table* t = eventsTable) {
        const EventColumns c = eventColumnsOf(*t);
        for (std::size_t row = 0; row < t->rowCount(); ++row) {
            const Event e = readEvent(*t, row, c);
            if (!e.id.empty())
                eventById.emplace(e.id, std::int32_t(events.size()));
            events.push_back(e);
        }
    }
    if (const Table* t = membershipsTable) {
        membershipColumns = membershipColumnsOf(*t);
        memberships.reserve(t->rowCount());
        for (std::size_t row = 0; row < t->rowCount(); ++row) {
            Membership m = readMembership(*t, row, membershipColumns);
            if (const auto it = personById.find(m.personId); it != personById.end())
                m.person = it->second;
            if (const auto it = eventById.find(m.termId); it != eventById.end())
                m.term = it->second;
            applyTermPeriod(m, m.term >= 0 ? &events[std::size_t(m.term)].period : nullptr);
            memberships.push_back(m);
        }
    }
    // Memberships per person as one offsets array (counting sort), not a vector per person.
    m_personStart.assign(persons.size() + 1, 0);
    for (const auto& m : memberships)
        if (m.person >= 0)
            ++m_personStart[std::size_t(m.person) + 1];
    for (std::size_t i = 1; i < m_personStart.size(); ++i)
        m_personStart[i] += m_personStart[i - 1];
    m_byPerson.resize(std::size_t(m_personStart.back()));
    std::vector<std::int32_t> fill(m_personStart.begin(), m_personStart.end() - 1);
    for (std::size_t i = 0; i < memberships.size(); ++i)
        if (const std::int32_t p = memberships[i].person; p >= 0)
            m_byPerson[std::size_t(fill[std::size_t(p)]++)] = std::int32_t(i);
}

QString PopoloIndex::describePerson(std::int32_t person) const
{
    const Person& p = persons[std::size_t(person)];
    if (p.name.empty())
        return textutil::toQString(p.id);
    return QStringLiteral("%1 (%2)").arg(textutil::toQString(p.name), textutil::toQString(p.id));
}

} // namespace plumbline::popolo
