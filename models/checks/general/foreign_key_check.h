#pragma once

#include "checks/check.h"
#include "checks/support/cross_table_check.h"
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
/// Incremental in the same-table mode: it counts the rows holding each target key and remembers which records
/// refer to each key, so after an edit only the edited records and those referring to a key that appeared or
/// disappeared are checked again. Incremental in the "table" mode too (CrossTableIncrementalCheck): it keeps the
/// target records holding each key and the records referring to each key, so an edit to the referring table
/// re-checks the edited records, and an edit to the target table re-checks the records referring to the edited
/// rows' old and new keys when whether (or why not) those keys resolve changed.
class ForeignKeyCheck final : public ValueCheck, public IncrementalCheck, public CrossTableIncrementalCheck
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
    bool keepsIndex() const override { return scope() == CheckScope::Set; }
    void buildIndex(const Table& table) override;
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;
    bool keepsCrossIndex() const override { return !m_tableName.isEmpty() && m_targetKeyColumn >= 0; }
    void buildCrossIndex(const Dataset& dataset, const Table& table) override;
    bool readsTable(const Dataset& dataset, const Table& other) const override;
    std::vector<RecordId> recheckCross(const Dataset& dataset, const Table& table, const Table& edited,
                                       const std::vector<RecordId>& records, FindingSink& sink) override;

protected:
    bool prepare(const BindContext& context, QString* reason) override;
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    std::string key(std::string_view value) const;
    bool prepareTable(const BindContext& context, QString* reason);
    /// "table" mode: the target table in dataset (exact name, else folded), or null.
    std::shared_ptr<Table> targetTable(const Dataset& dataset) const;
    /// "table" mode: works out again whether key id resolves in target (or why not); true when that changed.
    bool refreshTargetKey(const Table& target, std::uint32_t id);
    /// The keys a cell refers to: one, or each part when a separator splits it; none for a blank cell.
    std::vector<std::string> referencedKeys(std::string_view value) const;
    /// The id of a key in the index, added when new.
    std::uint32_t keyId(const std::string& key);
    /// Notes that record refers to the keys of its checked cells now (earlier notes stay; they only cost a
    /// needless re-check).
    void noteReferences(const Table& table, std::size_t row, RecordId record);

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
    int m_targetKeyColumn = -1;                              // the target's key column, once resolved
    int m_targetWhereColumn = -1;                            // the column target-where tests, or -1
    // Same-table mode: the target column and, once buildIndex() ran, the index recheck() keeps current.
    int m_targetColumn = -1;
    static constexpr std::uint32_t kNoKey = 0xffffffffU;
    std::unordered_map<std::string, std::uint32_t> m_keyIds;
    std::vector<std::string> m_keyText;             // by key id
    std::vector<std::uint32_t> m_keyRows;           // by key id: rows whose target cell holds the key
    std::vector<std::vector<RecordId>> m_referrers; // by key id: records that referred to it (may be stale)
    std::vector<std::uint32_t> m_targetOf;          // by record id: the key of its target cell, or kNoKey
    // "table" mode, once buildCrossIndex() ran: by key id, the target table's records holding the key (m_targetOf
    // is then by the target's record ids).
    std::vector<std::vector<RecordId>> m_keyTargets;
};

} // namespace plumbline
