#pragma once

#include "sample/planning_sample_row.h"

#include <array>
#include <string>

namespace plumbline::planningsample {

/// The realistic defects the planning sample injects, one per affected row. docs/sample-data.md describes each
/// (column, what it looks like, which kind of rule finds it); keep the two in step.
enum class PlanningDefect {
    MissingReference,      ///< reference is empty
    DuplicateReference,    ///< (organisation, reference) repeats an earlier row's
    NameIsReference,       ///< name is a copy of the reference (placeholder name)
    DecisionBeforeStart,   ///< decision-date is 1-90 days before start-date
    DayFirstDate,          ///< start-date written dd/mm/yyyy
    ImpossibleDate,        ///< decision-date that does not exist: 2023-02-30, 2021-04-31, 2022-13-05
    FarFutureDate,         ///< decision-date year with transposed digits: 2023 -> 2203
    StatusNotInCodelist,   ///< status "Live", "Registered", "Awaiting decision", "Determined"
    DecisionSynonym,       ///< decision "Approve", "Permitted", "Conditional Approval", "Refuse", ...
    CodelistCase,          ///< status or decision in another case: "Decided", "GRANTED"
    TrailingSpace,         ///< status or decision with a trailing space: "decided "
    WithdrawnWithDecision, ///< status withdrawn but a decision and decision-date are present
    UnknownOrganisation,   ///< organisation not in the codelist: prose name, unknown code, opendatacommunities URI
    AbolishedOrganisation, ///< organisation of an authority abolished before start-date (predecessor code)
    MalformedPostcode,     ///< postcode fails the GOV.UK format: "SW8 OAH", "SW8  1AH", "SW8 1AH.", "SW8 1A"
    LatLonSwapped,         ///< point written POINT (lat lon)
    OutsideEngland,        ///< point in Scotland, Northern Ireland, the North Sea or at (0 0)
    OsgbInWgs84,           ///< point holds an OSGB easting/northing instead of degrees
    StrayWhitespace,       ///< address-text with a leading, trailing or doubled space
    NonBreakingSpace,      ///< address-text with U+00A0 instead of a space after the house number
    Mojibake,              ///< description with UTF-8 read as Windows-1252: "applicantâ€™s", "â€œ", "cafÃ©"
    EmptyRequiredField,    ///< description, address-text, organisation, start-date or point is empty
    UprnExponent,          ///< uprn in spreadsheet exponent form: "1.00023E+11"
};
inline constexpr int kPlanningDefectCount = 23;

struct PlanningDefectInfo
{
    const char* id;     ///< stable kebab-case id, used in docs and tests
    const char* column; ///< the column the defect is in ("status or decision" where it varies)
    const char* rule;   ///< the kind of rule that should find it
};
const PlanningDefectInfo& planningDefectInfo(PlanningDefect defect);

/// State the defects need from earlier rows.
struct DefectContext
{
    bool haveClean = false; ///< whether a clean row with a reference has been generated yet
    int cleanAuthority = 0;
    std::string cleanReference;
    std::string cleanOrganisation;
};

/// Row hints a defect needs before the row is generated (e.g. a decision to corrupt).
RowHints hintsFor(PlanningDefect defect, const DefectContext& context);

/// Applies the defect to a freshly generated clean row. Returns false, leaving the row clean, when the defect
/// cannot apply to it (e.g. no earlier reference to duplicate); the caller then tries another kind.
bool applyDefect(PlanningDefect defect, PlanningRow& row, SampleRandom& random, const DefectContext& context);

} // namespace plumbline::planningsample
