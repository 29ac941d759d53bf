#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

/// The fixed vocabulary of the planning sample generator: authorities and their places, application types,
/// reference styles and codelists. Public so that tests (and rule-pack tests) can check generated values
/// against the same lists the generator draws from. See docs/sample-data.md.
namespace plumbline::planningsample {

/// Application types, in the order of kApplicationTypes (codes from the MHCLG application-type codelist).
enum class ApplicationType {
    Householder,
    Full,
    OutlineAll,
    OutlineSome,
    ReservedMatters,
    ListedBuilding,
    Advertising,
    DemolitionConArea,
    LdcExisting,
    LdcProposed,
    PriorApproval,
    Variation,
    ApprovalOfCondition,
    TreePreservationOrder,
    TreesInConArea,
    NonMaterialAmendment,
    PermissionInPrinciple
};
inline constexpr int kApplicationTypeCount = 17;

/// planning-application-type codes, indexed by ApplicationType.
extern const std::array<std::string_view, kApplicationTypeCount> kApplicationTypes;
/// planning-application-status codelist.
extern const std::array<std::string_view, 4> kStatuses; // pending, decided, withdrawn, appealed
/// planning-decision codelist.
extern const std::array<std::string_view, 4> kDecisions; // granted, refused, split-decision, not-required
/// planning-decision-type codelist.
extern const std::array<std::string_view, 2> kDecisionTypes; // delegated, committee

/// One place inside an authority: the cluster its points, outward codes and addresses come from.
struct Locality
{
    const char* name;
    std::array<const char*, 3> outward; ///< 1–3 real outward codes (unused slots null)
    int latE6;                          ///< centre latitude, microdegrees WGS84
    int lonE6;                          ///< centre longitude, microdegrees WGS84
    const char* predecessor = nullptr;  ///< CURIE of the abolished authority that covered it, if any
    const char* tag = nullptr;          ///< style-specific code (Peak District reference district)
};

/// How an authority writes references: a pattern with {YY} {YYYY} {MM} {N4} {N5} {N6} {SUF} {TAG} and a
/// table of type suffixes. Numbers come from one counter per style and year (or per style when !perYear),
/// so (organisation, reference) is unique and, as long as a counter stays within its digits, so is reference.
struct ReferenceStyle
{
    const char* pattern;
    const std::array<const char*, kApplicationTypeCount>* suffixes;
    bool perYear;
    int counterStart;
};

enum class UrlKind { IdoxKeyVal, ReferenceSlug, Reference, None };

struct Authority
{
    const char* curie;
    const char* name;
    const char* town; ///< post town used in addresses ("" = use the locality)
    int styleIndex;   ///< into referenceStyles()
    UrlKind urlKind;
    const char* urlPrefix; ///< host (IdoxKeyVal) or full prefix
    int weight;            ///< relative share of rows
    int startDays = 0;     ///< days since 1970 the authority came into being (0 = long before the sample)
    std::vector<Locality> localities;
};

const std::vector<Authority>& authorities();
const std::vector<ReferenceStyle>& referenceStyles();

/// Every organisation CURIE the generator emits in clean data, with the last day it existed
/// (days since 1970, or 0 if it still exists) and the first (0 if older than the sample).
struct Organisation
{
    std::string_view curie;
    std::int64_t startDays;
    std::int64_t endDays;
};
const std::vector<Organisation>& organisations();

/// Description templates for an application type. Tokens: {n} small count, {N} unit count, {m} metres,
/// {c} condition number, {t} tree species, {q} a quoted sign text. label is the short name used in `name`.
struct DescriptionTemplate
{
    const char* text;
    const char* label;
};
const std::vector<DescriptionTemplate>& descriptionTemplates(ApplicationType type);
/// Optional clauses appended to householder and full descriptions.
const std::vector<const char*>& descriptionExtras();

extern const std::array<std::string_view, 52> kStreetNames;
extern const std::array<std::string_view, 13> kStreetKinds;
extern const std::array<std::string_view, 14> kBuildingNames;
extern const std::array<std::string_view, 14> kTreeSpecies;
extern const std::array<std::string_view, 10> kSignTexts;

/// Letters allowed in the inward code of a postcode (GOV.UK rule: no C I K M O V).
inline constexpr std::string_view kInwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

} // namespace plumbline::planningsample
