#include "checks/check_registry.h"

#include "checks/general/codelist_active_check.h"
#include "checks/general/codelist_check.h"
#include "checks/general/compare_check.h"
#include "checks/general/completeness_check.h"
#include "checks/general/conditional_check.h"
#include "checks/general/conflicting_duplicates_check.h"
#include "checks/general/contains_check.h"
#include "checks/general/foreign_key_check.h"
#include "checks/general/format_consistency_check.h"
#include "checks/general/functional_dependency_check.h"
#include "checks/general/length_check.h"
#include "checks/general/overlap_check.h"
#include "checks/general/pattern_check.h"
#include "checks/general/placeholder_check.h"
#include "checks/general/range_check.h"
#include "checks/general/required_check.h"
#include "checks/general/schema_type_check.h"
#include "checks/general/sql_check.h"
#include "checks/general/type_check.h"
#include "checks/general/unique_check.h"
#include "checks/planning/combined_value_check.h"
#include "checks/planning/coordinates_check.h"
#include "checks/planning/count_in_text_check.h"
#include "checks/planning/day_month_order_check.h"
#include "checks/planning/determination_period_check.h"
#include "checks/planning/duplicate_location_check.h"
#include "checks/planning/geometry_check.h"
#include "checks/planning/reference_suffix_check.h"
#include "checks/planning/within_boundary_check.h"
#include "checks/popolo/honorific_check.h"
#include "checks/popolo/similar_names_check.h"
#include "checks/structure/blank_rows_check.h"
#include "checks/structure/duplicate_rows_check.h"
#include "checks/structure/encoding_check.h"
#include "checks/structure/formula_check.h"
#include "checks/structure/header_check.h"
#include "checks/structure/ragged_rows_check.h"
#include "checks/structure/whitespace_check.h"
// Popolo and cross-table kinds (the political catalogue: REF, ID, DATE, OVL, NAME, VOC)
#include "checks/general/sensitive_data_check.h"
#include "checks/popolo/contact_value_check.h"
#include "checks/popolo/date_precision_check.h"
#include "checks/popolo/duplicate_links_check.h"
#include "checks/popolo/duplicate_organizations_check.h"
#include "checks/popolo/duplicate_persons_check.h"
#include "checks/popolo/id_style_check.h"
#include "checks/popolo/identifier_scheme_check.h"
#include "checks/popolo/identity_party_check.h"
#include "checks/popolo/membership_dates_check.h"
#include "checks/popolo/membership_overlap_check.h"
#include "checks/popolo/name_case_check.h"
#include "checks/popolo/seats_check.h"
#include "checks/popolo/unreferenced_check.h"

namespace plumbline {

const std::vector<CheckKindInfo>& CheckRegistry::kinds()
{
    // The summaries are marked for translation (context CheckKinds): the rule editor shows them in the user's
    // language; the CLI prints them as written here.
    static const std::vector<CheckKindInfo> all = {
        {"required", QT_TRANSLATE_NOOP("CheckKinds", "The column is present and its cells are filled in"), 1, -1,
         &RequiredCheck::create},
        {"type",
         QT_TRANSLATE_NOOP("CheckKinds", "Values are of a datatype: integer, decimal, date, flag, URL, e-mail, CURIE, "
                                         "UPRN, postcode, GSS code, QID…"),
         1, -1, &TypeCheck::create},
        {"schema-type",
         QT_TRANSLATE_NOOP("CheckKinds", "Values have the lexical form of a Frictionless Table Schema type and format"),
         1, -1, &SchemaTypeCheck::create},
        {"pattern", QT_TRANSLATE_NOOP("CheckKinds", "Values match (or do not match) an RE2 regular expression"), 1, -1,
         &PatternCheck::create},
        {"formula-text",
         QT_TRANSLATE_NOOP("CheckKinds", "Values a spreadsheet would run as a formula when it opens the file as CSV"),
         1, -1, &FormulaCheck::create},
        {"codelist",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "Values belong to a codelist; synonyms and other spellings map to the canonical value"),
         1, -1, &CodelistCheck::create},
        {"codelist-active",
         QT_TRANSLATE_NOOP("CheckKinds", "The codelist entry a value names existed on the row's date (or today)"), 1, 2,
         &CodelistActiveCheck::create},
        {"contains",
         QT_TRANSLATE_NOOP("CheckKinds", "Values contain (or lack) a character or a piece of text; a fast byte search"),
         1, -1, &ContainsCheck::create},
        {"placeholder", QT_TRANSLATE_NOOP("CheckKinds", "Values that only stand for nothing: NULL, N/A, ?, ---"), 1, -1,
         &PlaceholderCheck::create},
        {"range",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "Numbers or dates lie between a minimum and a maximum (dates may be relative to today)"),
         1, -1, &RangeCheck::create},
        {"length", QT_TRANSLATE_NOOP("CheckKinds", "Values have between min and max characters"), 1, -1,
         &LengthCheck::create},
        {"unique", QT_TRANSLATE_NOOP("CheckKinds", "The columns together form a key no two rows share"), 1, -1,
         &UniqueCheck::create},
        {"compare",
         QT_TRANSLATE_NOOP("CheckKinds", "The first column compares with the second (<, <=, =, …); dates as intervals"),
         2, 2, &CompareCheck::create},
        {"overlap", QT_TRANSLATE_NOOP("CheckKinds", "Within a group, the rows' date periods do not overlap"), 1, -1,
         &OverlapCheck::create},
        {"conditional",
         QT_TRANSLATE_NOOP("CheckKinds", "When the first column matches a condition, the second must match another"), 2,
         2, &ConditionalCheck::create},
        {"foreign-key", QT_TRANSLATE_NOOP("CheckKinds", "Values exist in a codelist table or in another column"), 1, 1,
         &ForeignKeyCheck::create},
        {"geometry",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "WKT/GeoJSON geometry parses, has the right type, is valid, in WGS84 and in England"),
         1, -1, &GeometryCheck::create},
        {"coordinates",
         QT_TRANSLATE_NOOP(
             "CheckKinds",
             "A pair of coordinate columns is in a known system, as declared, in England, not an outlier"),
         2, 2, &CoordinatesCheck::create},
        {"whitespace",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "Stray, doubled, no-break or invisible spaces, tabs, line breaks and control characters"),
         1, -1, &WhitespaceCheck::create},
        {"encoding",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "Invalid UTF-8, replacement characters and mojibake; a file that is not UTF-8"),
         1, -1, &EncodingCheck::create},
        {"honorific", QT_TRANSLATE_NOOP("CheckKinds", "A name starts with a title (Dr, Hon, Eng, Captain…)"), 1, -1,
         &HonorificCheck::create},
        {"similar-names",
         QT_TRANSLATE_NOOP("CheckKinds", "Rows with different ids whose names are probably the same person"), 2, 2,
         &SimilarNamesCheck::create},
        {"duplicate-rows", QT_TRANSLATE_NOOP("CheckKinds", "A row repeats an earlier row"), 0, -1,
         &DuplicateRowsCheck::create},
        {"conflicting-duplicates", QT_TRANSLATE_NOOP("CheckKinds", "Rows share a key but disagree on other columns"), 1,
         -1, &ConflictingDuplicatesCheck::create},
        {"functional-dependency",
         QT_TRANSLATE_NOOP("CheckKinds", "Each value of the first column goes with one value of the second"), 2, 2,
         &FunctionalDependencyCheck::create},
        {"format-consistency", QT_TRANSLATE_NOOP("CheckKinds", "Values follow the column's dominant format"), 1, 1,
         &FormatConsistencyCheck::create},
        {"determination-period",
         QT_TRANSLATE_NOOP("CheckKinds", "Days from start to decision exceed the statutory period (8, 13 or 16 weeks)"),
         2, 2, &DeterminationPeriodCheck::create},
        {"count-in-text",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "A count in free text (\"erection of 9 dwellings\") agrees with a number column"),
         2, 2, &CountInTextCheck::create},
        {"duplicate-location",
         QT_TRANSLATE_NOOP("CheckKinds", "Rows under different references with the same point or >95% the same area"),
         2, 2, &DuplicateLocationCheck::create},
        {"day-month-order",
         QT_TRANSLATE_NOOP("CheckKinds", "A date column with month-first evidence (06/13/2013) beside ambiguous dates"),
         1, -1, &DayMonthOrderCheck::create},
        {"within-boundary",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "A point or geometry lies inside its organisation's boundary (a GeoJSON file of LPAs)"),
         2, 2, &WithinBoundaryCheck::create},
        {"reference-suffix",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "The type code in a reference (…/FUL, …/HOU) agrees with the application type"),
         2, 2, &ReferenceSuffixCheck::create},
        {"combined-value",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "One cell holds several values of a field that takes one (two dates, two UPRNs)"),
         1, -1, &CombinedValueCheck::create},
        {"completeness", QT_TRANSLATE_NOOP("CheckKinds", "A column is mostly empty"), 1, -1,
         &CompletenessCheck::create},
        {"header", QT_TRANSLATE_NOOP("CheckKinds", "Header cells are blank, repeated or padded with spaces"), 0, 0,
         &HeaderCheck::create},
        {"ragged-rows", QT_TRANSLATE_NOOP("CheckKinds", "Rows have more or fewer fields than the header"), 0, 0,
         &RaggedRowsCheck::create},
        {"blank-rows", QT_TRANSLATE_NOOP("CheckKinds", "Rows are entirely empty"), 0, 0, &BlankRowsCheck::create},
        {"sql", QT_TRANSLATE_NOOP("CheckKinds", "An SQL predicate evaluated by SQLite over the table"), 1, -1,
         &SqlCheck::create},
        {"unreferenced",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "Rows whose key no other table refers to (a person without memberships, an unused party)"),
         1, 1, &UnreferencedCheck::create},
        {"identifier-scheme",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "Identifiers of a scheme: Wikidata QID syntax, one id on two owners, two ids on one owner"),
         3, 3, &IdentifierSchemeCheck::create},
        {"id-style", QT_TRANSLATE_NOOP("CheckKinds", "The ids of a collection follow one scheme (party/x beside TNA)"),
         1, 1, &IdStyleCheck::create},
        {"date-precision",
         QT_TRANSLATE_NOOP("CheckKinds", "Dates mixing year, month and day precision; 1 January placeholders"), 0, -1,
         &DatePrecisionCheck::create},
        {"name-case",
         QT_TRANSLATE_NOOP("CheckKinds", "Names with a family name in capitals, or all in capitals or lower case"), 1,
         -1, &NameCaseCheck::create},
        {"duplicate-organizations",
         QT_TRANSLATE_NOOP("CheckKinds", "Organizations that are probably one (aliases, acronyms, names within names)"),
         2, 2, &DuplicateOrganizationsCheck::create},
        {"contact-value",
         QT_TRANSLATE_NOOP("CheckKinds", "E-mail, Twitter and Facebook values are well formed and written one way"), 1,
         2, &ContactValueCheck::create},
        {"duplicate-links", QT_TRANSLATE_NOOP("CheckKinds", "One owner lists the same page twice (http and https)"), 2,
         2, &DuplicateLinksCheck::create},
        {"sensitive-data",
         QT_TRANSLATE_NOOP("CheckKinds", "A column holds special-category personal data (ethnicity, religion …)"), 1,
         -1, &SensitiveDataCheck::create},
        {"membership-dates",
         QT_TRANSLATE_NOOP(
             "CheckKinds",
             "Popolo memberships against their term and person: outside the term, born after, too young, after death"),
         0, 0, &popolo::MembershipDatesCheck::create},
        {"membership-overlap",
         QT_TRANSLATE_NOOP("CheckKinds", "Popolo: one person's memberships of one organization and term overlap"), 0, 0,
         &popolo::MembershipOverlapCheck::create},
        {"seats",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "Popolo: more people hold an area's or a legislature's seats at once than it has"),
         0, 0, &popolo::SeatsCheck::create},
        {"duplicate-persons",
         QT_TRANSLATE_NOOP("CheckKinds", "Popolo: two person records that are probably one person (not homonyms)"), 0,
         0, &popolo::DuplicatePersonsCheck::create},
        {"identity-as-party",
         QT_TRANSLATE_NOOP("CheckKinds",
                           "An organization classified as a party whose name is an identity label persons carry (TWA)"),
         1, 1, &popolo::IdentityPartyCheck::create},
    };
    return all;
}

const CheckKindInfo* CheckRegistry::find(const QString& name)
{
    for (const auto& kind : kinds())
        if (name == QLatin1String(kind.name))
            return &kind;
    return nullptr;
}

Result<std::unique_ptr<Check>> CheckRegistry::create(const Rule& rule, const CheckEnv& env, const QString& rulePath)
{
    const CheckKindInfo* kind = find(rule.kind);
    if (!kind)
        return Error{QString(), 0, 0, QStringLiteral("%1.kind: unknown check kind '%2'").arg(rulePath, rule.kind)};
    ParamReader params(rule.params, rulePath + QStringLiteral(".params"));
    auto check = kind->create(params, rule, env);
    if (params.ok()) {
        const QStringList unknown = params.unreadKeys();
        if (!unknown.isEmpty())
            params.fail(unknown.front(), QStringLiteral("unknown parameter for the %1 check").arg(rule.kind));
    }
    if (!params.ok() || !check)
        return Error{QString(), 0, 0,
                     params.ok() ? QStringLiteral("%1: cannot create the check").arg(rulePath) : params.error()};
    return check;
}

} // namespace plumbline
