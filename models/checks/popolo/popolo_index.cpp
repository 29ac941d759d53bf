#include "checks/popolo/popolo_index.h"

#include "table/dataset.h"
#include "table/table.h"
#include "values/text_util.h"

namespace plumbline::popolo {

namespace {

std::string_view cellOf(const Table& table, std::size_t row, int column)
{
    return column < 0 ? std::string_view() : textutil::trim(table.cell(row, column));
}

int columnOf(const Table* table, const char* name)
{
    return table ? table->columnIndex(QLatin1String(name)) : -1;
}

} // namespace

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
    cell.text = cellOf(table, row, column);
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
        const int id = columnOf(t, "id"), name = columnOf(t, "name"), gender = columnOf(t, "gender");
        const int birth = columnOf(t, "birth_date"), death = columnOf(t, "death_date");
        persons.reserve(t->rowCount());
        for (std::size_t row = 0; row < t->rowCount(); ++row) {
            Person p;
            p.row = std::uint32_t(row);
            p.id = cellOf(*t, row, id);
            p.name = cellOf(*t, row, name);
            p.gender = cellOf(*t, row, gender);
            p.birth = readDate(*t, row, birth);
            p.death = readDate(*t, row, death);
            if (!p.id.empty())
                personById.emplace(p.id, std::int32_t(persons.size())); // the first of duplicate ids wins (ID-01)
            persons.push_back(p);
        }
    }
    if (const Table* t = eventsTable) {
        const int id = columnOf(t, "id"), classification = columnOf(t, "classification");
        const int organization = columnOf(t, "organization_id");
        const int start = columnOf(t, "start_date"), end = columnOf(t, "end_date");
        for (std::size_t row = 0; row < t->rowCount(); ++row) {
            Event e;
            e.row = std::uint32_t(row);
            e.id = cellOf(*t, row, id);
            e.classification = cellOf(*t, row, classification);
            e.organizationId = cellOf(*t, row, organization);
            e.start = readDate(*t, row, start);
            e.end = readDate(*t, row, end);
            if (e.start.ok)
                e.period.start = e.start.bound();
            if (e.end.ok)
                e.period.end = e.end.bound();
            if (!e.id.empty())
                eventById.emplace(e.id, std::int32_t(events.size()));
            events.push_back(e);
        }
    }
    if (const Table* t = membershipsTable) {
        MembershipColumns& c = membershipColumns;
        c.personId = columnOf(t, "person_id");
        c.organizationId = columnOf(t, "organization_id");
        c.partyId = columnOf(t, "on_behalf_of_id");
        c.areaId = columnOf(t, "area_id");
        c.termId = columnOf(t, "legislative_period_id");
        c.postId = columnOf(t, "post_id");
        c.role = columnOf(t, "role");
        c.start = columnOf(t, "start_date");
        c.end = columnOf(t, "end_date");
        memberships.reserve(t->rowCount());
        for (std::size_t row = 0; row < t->rowCount(); ++row) {
            Membership m;
            m.row = std::uint32_t(row);
            m.personId = cellOf(*t, row, c.personId);
            m.organizationId = cellOf(*t, row, c.organizationId);
            m.partyId = cellOf(*t, row, c.partyId);
            m.areaId = cellOf(*t, row, c.areaId);
            m.termId = cellOf(*t, row, c.termId);
            m.postId = cellOf(*t, row, c.postId);
            m.role = cellOf(*t, row, c.role);
            m.start = readDate(*t, row, c.start);
            m.end = readDate(*t, row, c.end);
            if (const auto it = personById.find(m.personId); it != personById.end())
                m.person = it->second;
            if (const auto it = eventById.find(m.termId); it != eventById.end())
                m.term = it->second;
            if (m.term >= 0)
                m.period = events[std::size_t(m.term)].period;
            if (m.start.ok)
                m.period.start = m.start.bound();
            if (m.end.ok)
                m.period.end = m.end.bound();
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
