#pragma once

#include "checks/check.h"
#include "checks/support/key_index.h"
#include "checks/support/param_reader.h"
#include "checks/support/row_keys.h"

namespace plumbline {

/// `duplicate-rows`: a row repeats an earlier row exactly (over the rule's columns, or every column when
/// none or "*" is given). The repeats get a finding naming the first row ({detail}); blank rows are left to
/// the blank-rows rule. Params: "trim" (default false), "case-sensitive" (default true), "ignore" (columns left
/// out of the comparison, e.g. a record's own "id": two memberships that differ only in their ids are one
/// membership listed twice; the detail then names the first row's value of each ignored column that differs,
/// "row 4 (id m-4) in every field but id"). Ignored columns that the table does not have are skipped.
/// Incremental: after an edit, only the rows sharing an edited row's old or new content are re-checked.
class DuplicateRowsCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    void buildIndex(const Table& table) override;
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

private:
    /// The findings of one group of equal rows (ascending view rows): every row after the first.
    void reportGroup(const Table& table, const std::vector<std::size_t>& group, FindingSink& sink) const;

    KeyOptions m_options;
    QStringList m_ignoreNames;
    std::vector<int> m_key;
    std::vector<int> m_ignored;
    KeyIndex m_index;
};

} // namespace plumbline
