#pragma once

#include "sample/planning_sample_vocabulary.h"
#include "sample/sample_random.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace plumbline::planningsample {

/// Column order of the generated register (18 columns, planning.data.gov.uk field names).
enum Field {
    Reference,
    OrganisationField,
    Name,
    Description,
    Type,
    AddressText,
    Postcode,
    Uprn,
    Point,
    GroundArea,
    StartDate,
    DecisionDate,
    EndDate,
    Status,
    Decision,
    DecisionType,
    DocumentationUrl,
    EntryDate,
    FieldCount
};
extern const std::array<std::string_view, FieldCount> kFieldNames;

/// First and last received date of the sample and the extract date every entry-date is capped at.
std::int64_t firstStartDay();
std::int64_t lastStartDay();
std::int64_t extractDay();

/// One generated row: the text of each field plus the facts it was made from, which defects use.
/// Strings are reused from row to row (clear() keeps their capacity), so generation does not allocate.
struct PlanningRow
{
    std::array<std::string, FieldCount> fields;
    int authority = 0;
    int locality = 0;
    int typeIndex = 0;
    int latE6 = 0;
    int lonE6 = 0;
    std::int64_t startDay = 0;
    std::int64_t decisionDay = -1; ///< -1 when there is no decision
    int statusIndex = 0;           ///< into kStatuses
    int decisionIndex = -1;        ///< into kDecisions, -1 when none
};

/// What a defect needs from the row before it is generated.
struct RowHints
{
    int authority = -1;         ///< force this authority (index into authorities())
    bool decided = false;       ///< force status decided with a decision and decision-date
    bool successorOnly = false; ///< force an authority that replaced abolished ones, after it started
};

/// Generates clean rows in received-date order. Reference numbers run on per style-and-year counters, so the
/// generator is stateful and rows must be generated in order 0, 1, 2, ...
class PlanningRowGenerator final
{
public:
    PlanningRowGenerator(SampleRandom& random, std::int64_t rows);

    void generate(std::int64_t index, const RowHints& hints, PlanningRow& row);
    /// Decisions later than the statutory 56 days in perMillion of the rows; negative (the default) keeps the
    /// natural shape, in which about 1 in 20 of the longer determinations overruns.
    void setLateDecisionsPerMillion(std::int64_t perMillion) { m_latePerMillion = perMillion; }

    /// Approximate OSGB36 easting/northing (metres) of a WGS84 point, integer arithmetic only: good to a few
    /// kilometres, enough to look like a grid reference that landed in a degrees column.
    static void approximateOsgb(int latE6, int lonE6, std::int64_t* easting, std::int64_t* northing);

private:
    struct PatternToken
    {
        enum Kind { Literal, YY, YYYY, MM, N4, N5, N6, Suffix, Tag } kind;
        std::string literal;
    };

    int pickAuthority(const RowHints& hints, std::int64_t startDay);
    void makeReference(PlanningRow& row, const Authority& authority, const Locality& locality);
    void makeDescription(PlanningRow& row);
    void makeAddress(PlanningRow& row, const Authority& authority, const Locality& locality);
    void makeDates(PlanningRow& row, const RowHints& hints);
    void makeUrl(PlanningRow& row, const Authority& authority);

    SampleRandom& m_random;
    std::int64_t m_rows;
    std::int64_t m_latePerMillion = -1;
    std::vector<std::uint32_t> m_authorityWeights;
    std::uint32_t m_authorityTotal = 0;
    std::vector<std::vector<PatternToken>> m_patterns;      // per style
    std::vector<int> m_counterGroup;                        // per style: styles sharing a pattern share numbers
    std::vector<std::array<std::uint32_t, 100>> m_counters; // per group, per year 2000..2099
    std::string m_scratch;
    std::unordered_set<std::uint64_t> m_points; // (lat, lon) in 1e-6 degrees already used: PA-27 wants no repeats
};

} // namespace plumbline::planningsample
