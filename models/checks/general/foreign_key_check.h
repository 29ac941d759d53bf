#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "checks/support/value_predicate.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace plumbline {

struct CodelistTable;

/// `foreign-key`: every value exists in a target — a column of a bundled or user codelist table ("codelist",
/// "codelist-column", default its first column; e.g. organisation CURIEs), another column of the same table
/// ("references", e.g. linked-applications → reference), or a column of another table of the dataset ("table"
/// with "references", default "id": memberships.person_id → persons.id). Params: "separator" (multi-valued
/// cells are split), "case-sensitive" (default true); with "table", "target-where" ({"column": "classification",
/// "equals": "legislative period"}, a ValuePredicate plus the column it tests) keeps only the target rows that
/// satisfy it. In "table" mode {detail} says why a value does not resolve ("is not an id in the events table";
/// "is in the events table, but its classification is 'general election'"; "cannot be resolved: there is no
/// posts table"). With "table", "missing-table": "skip" makes the rule not applicable when the dataset has no such
/// table (a parent dataset that may or may not have come with the file) instead of reporting every value.
/// "prefix" (e.g. "conservation-area") reads a CURIE of that prefix ("conservation-area:CA01") as its reference.
/// Codelist targets are checked row-locally, once per distinct value; a same-table target makes it a set check
/// (an edit to the target column affects other rows), another table a dataset check.
class ForeignKeyCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override
    {
        return !m_tableName.isEmpty()       ? CheckScope::Dataset
               : m_referencesName.isEmpty() ? CheckScope::Row
                                            : CheckScope::Set;
    }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

protected:
    bool prepare(const BindContext& context, QString* reason) override;
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    std::string key(std::string_view value) const;
    bool prepareTable(const BindContext& context, QString* reason);

    std::shared_ptr<const CodelistTable> m_codelist;
    int m_codelistColumn = 0;
    QString m_referencesName;
    std::string m_separator;
    std::string m_prefix; // "conservation-area:" (lower case), or empty
    bool m_caseSensitive = true;
    bool m_skipMissingTable = false;
    std::unordered_set<std::string> m_keys;
    // "table" mode: the target table, its rows' filter, and what to say about values that do not resolve.
    QString m_tableName;
    QString m_whereColumn;
    std::optional<ValuePredicate> m_where;
    std::unordered_map<std::string, std::string> m_filtered; // key of a target row the filter left out → its value
    std::string m_notFound;                                  // {detail} for a value with no target row
};

} // namespace plumbline
