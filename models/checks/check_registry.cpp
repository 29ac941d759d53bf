#include "checks/check_registry.h"

#include "checks/codelist_active_check.h"
#include "checks/codelist_check.h"
#include "checks/compare_check.h"
#include "checks/conditional_check.h"
#include "checks/conflicting_duplicates_check.h"
#include "checks/duplicate_rows_check.h"
#include "checks/foreign_key_check.h"
#include "checks/format_consistency_check.h"
#include "checks/functional_dependency_check.h"
#include "checks/geometry_check.h"
#include "checks/length_check.h"
#include "checks/overlap_check.h"
#include "checks/pattern_check.h"
#include "checks/person_name_checks.h"
#include "checks/range_check.h"
#include "checks/required_check.h"
#include "checks/sql_check.h"
#include "checks/structure_checks.h"
#include "checks/type_check.h"
#include "checks/unique_check.h"
#include "checks/whitespace_check.h"

namespace plumbline {

const std::vector<CheckKindInfo>& CheckRegistry::kinds()
{
    static const std::vector<CheckKindInfo> all = {
        {"required", "The column is present and its cells are filled in", 1, -1, &RequiredCheck::create},
        {"type", "Values are of a datatype: integer, decimal, date, flag, URL, e-mail, CURIE, UPRN, postcode, GSS code, QID…",
         1, -1, &TypeCheck::create},
        {"pattern", "Values match (or do not match) an RE2 regular expression", 1, -1, &PatternCheck::create},
        {"codelist", "Values belong to a codelist; synonyms and other spellings map to the canonical value", 1, -1,
         &CodelistCheck::create},
        {"codelist-active", "The codelist entry a value names existed on the row's date (or today)", 1, 2,
         &CodelistActiveCheck::create},
        {"range", "Numbers or dates lie between a minimum and a maximum (dates may be relative to today)", 1, -1,
         &RangeCheck::create},
        {"length", "Values have between min and max characters", 1, -1, &LengthCheck::create},
        {"unique", "The columns together form a key no two rows share", 1, -1, &UniqueCheck::create},
        {"compare", "The first column compares with the second (<, <=, =, …); dates as intervals", 2, 2,
         &CompareCheck::create},
        {"overlap", "Within a group, the rows' date periods do not overlap", 1, -1, &OverlapCheck::create},
        {"conditional", "When the first column matches a condition, the second must match another", 2, 2,
         &ConditionalCheck::create},
        {"foreign-key", "Values exist in a codelist table or in another column", 1, 1, &ForeignKeyCheck::create},
        {"geometry", "WKT/GeoJSON geometry parses, has the right type, is valid, in WGS84 and in England", 1, -1,
         &GeometryCheck::create},
        {"coordinates", "A pair of coordinate columns is in a known system, as declared, in England, not an outlier", 2, 2,
         &CoordinatesCheck::create},
        {"whitespace", "Stray, doubled, no-break or invisible spaces, tabs, line breaks and control characters", 1, -1,
         &WhitespaceCheck::create},
        {"encoding", "Invalid UTF-8, replacement characters and mojibake; a file that is not UTF-8", 1, -1,
         &EncodingCheck::create},
        {"honorific", "A name starts with a title (Dr, Hon, Eng, Captain…)", 1, -1, &HonorificCheck::create},
        {"similar-names", "Rows with different ids whose names are probably the same person", 2, 2,
         &SimilarNamesCheck::create},
        {"duplicate-rows", "A row repeats an earlier row", 0, -1, &DuplicateRowsCheck::create},
        {"conflicting-duplicates", "Rows share a key but disagree on other columns", 1, -1,
         &ConflictingDuplicatesCheck::create},
        {"functional-dependency", "Each value of the first column goes with one value of the second", 2, 2,
         &FunctionalDependencyCheck::create},
        {"format-consistency", "Values follow the column's dominant format", 1, 1, &FormatConsistencyCheck::create},
        {"completeness", "A column is mostly empty", 1, -1, &CompletenessCheck::create},
        {"header", "Header cells are blank, repeated or padded with spaces", 0, 0, &HeaderCheck::create},
        {"ragged-rows", "Rows have more or fewer fields than the header", 0, 0, &RaggedRowsCheck::create},
        {"blank-rows", "Rows are entirely empty", 0, 0, &BlankRowsCheck::create},
        {"sql", "An SQL predicate evaluated by SQLite over the table", 1, -1, &SqlCheck::create},
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
        return Error{QString(), 0, 0, params.ok() ? QStringLiteral("%1: cannot create the check").arg(rulePath) : params.error()};
    return check;
}

} // namespace plumbline
