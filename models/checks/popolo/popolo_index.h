#pragma once

#include "values/imprecise_date.h"

#include <QString>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plumbline {
class Table;
struct Dataset;
} // namespace plumbline

/// A read-only join of a Popolo dataset's persons, memberships and events (legislative periods) for the
/// cross-table rules (DATE-03…07, OVL-02…04, NAME-01): every membership resolved to its person and term, with its
/// effective period — its own dates where it has them, else its term's (EveryPolitician leaves out membership
/// dates equal to the term's), else open. Built in one pass per table with hash indexes; ids are string_views
/// into the tables' cells, so the index lives no longer than the dataset snapshot it was built from (one
/// validation run). Tables or columns that are missing read as empty.
namespace plumbline::popolo {

constexpr std::int32_t kOpenStart = INT32_MIN / 2; ///< an open start: −∞
constexpr std::int32_t kOpenEnd = INT32_MAX / 2;   ///< an open end: +∞

/// One end of a period as the interval of days it may mean: `1954` is [1954-01-01, 1954-12-31].
struct Bound
{
    std::int32_t lo = 0;
    std::int32_t hi = 0;
};

/// A period with imprecise ends. A day is definitely inside when start.hi ≤ day ≤ end.lo and possibly inside
/// when start.lo ≤ day ≤ end.hi.
struct Period
{
    Bound start{kOpenStart, kOpenStart};
    Bound end{kOpenEnd, kOpenEnd};

    bool openStart() const { return start.hi <= kOpenStart; }
    bool openEnd() const { return end.lo >= kOpenEnd; }
    /// Two periods share more than a handover day for every reading of their ends (a period ending on the day
    /// the next starts is a handover, not an overlap).
    bool definitelyOverlaps(const Period& other) const
    {
        return std::max(start.hi, other.start.hi) < std::min(end.lo, other.end.lo);
    }
    /// They share more than a handover day for some reading.
    bool possiblyOverlaps(const Period& other) const
    {
        return std::max(start.lo, other.start.lo) < std::min(end.hi, other.end.hi);
    }
};

/// A parsed date cell: `ok` is false for blank or unparseable text (DATE-01 reports those).
struct DateCell
{
    std::string_view text;
    values::ImpreciseDate date;
    bool ok = false;
    Bound bound() const { return Bound{date.earliest, date.latest}; }
};

struct Person
{
    std::uint32_t row = 0; ///< view row in the persons table
    std::string_view id;
    std::string_view name;
    std::string_view gender;
    DateCell birth;
    DateCell death;
};

struct Event
{
    std::uint32_t row = 0;
    std::string_view id;
    std::string_view classification;
    std::string_view organizationId;
    DateCell start;
    DateCell end;
    Period period;
};

struct Membership
{
    std::uint32_t row = 0;    ///< view row in the memberships table
    std::int32_t person = -1; ///< index into PopoloIndex::persons, -1 when person_id does not resolve
    std::int32_t term = -1;   ///< index into PopoloIndex::events, -1 when legislative_period_id does not resolve
    std::string_view personId;
    std::string_view organizationId;
    std::string_view partyId; ///< on_behalf_of_id
    std::string_view areaId;
    std::string_view termId; ///< legislative_period_id
    std::string_view postId;
    std::string_view role;
    DateCell start; ///< the membership's own dates
    DateCell end;
    Period period; ///< own dates, else the term's, else open
};

/// Column indexes of the memberships table (-1 = absent), for findings on a membership's cells.
struct MembershipColumns
{
    int personId = -1, organizationId = -1, partyId = -1, areaId = -1, termId = -1, postId = -1, role = -1, start = -1,
        end = -1;
};

class PopoloIndex
{
public:
    explicit PopoloIndex(const Dataset& dataset);

    const Table* personsTable = nullptr;
    const Table* membershipsTable = nullptr;
    const Table* eventsTable = nullptr;
    const Table* organizationsTable = nullptr;
    const Table* areasTable = nullptr;
    MembershipColumns membershipColumns;

    std::vector<Person> persons;
    std::vector<Membership> memberships;
    std::vector<Event> events;
    std::unordered_map<std::string_view, std::int32_t> personById;
    std::unordered_map<std::string_view, std::int32_t> eventById;

    /// Indexes into memberships of one person's memberships, in row order.
    std::span<const std::int32_t> membershipsOf(std::int32_t person) const
    {
        return {m_byPerson.data() + m_personStart[std::size_t(person)],
                m_byPerson.data() + m_personStart[std::size_t(person) + 1]};
    }
    /// "Shakila Abdalla (52048028-…)" for messages; the id alone when the person has no name.
    QString describePerson(std::int32_t person) const;

private:
    std::vector<std::int32_t> m_personStart; // persons.size() + 1 offsets into m_byPerson
    std::vector<std::int32_t> m_byPerson;
};

/// The table of this name in the dataset (exact, else with case and punctuation folded), or null.
const Table* findTable(const Dataset& dataset, const QString& name);
/// A date cell, parsed (interval semantics).
DateCell readDate(const Table& table, std::size_t row, int column);
/// The Popolo columns of a memberships table.
MembershipColumns membershipColumnsOf(const Table& table);
/// One membership as PopoloIndex reads it (ids trimmed, own dates parsed, period from its own dates only); person
/// and term are left unresolved (-1) for the caller.
Membership readMembership(const Table& table, std::size_t row, const MembershipColumns& columns);
/// The effective period of a membership whose term (if it resolves) has termPeriod: own dates where it has them,
/// else the term's, else open.
void applyTermPeriod(Membership& membership, const Period* termPeriod);
/// The Popolo columns of an events table that make a term: id, classification, organization_id, dates.
struct EventColumns
{
    int id = -1, classification = -1, organizationId = -1, start = -1, end = -1;
};
EventColumns eventColumnsOf(const Table& table);
/// One event (a term) as PopoloIndex reads it, with its period.
Event readEvent(const Table& table, std::size_t row, const EventColumns& columns);
/// A cell trimmed; empty for a missing column (-1).
std::string_view popoloCell(const Table& table, std::size_t row, int column);
/// "1954-09-23" for a day, "1954" for a year: the ISO text of a day number.
QString isoDay(std::int32_t day);

} // namespace plumbline::popolo
