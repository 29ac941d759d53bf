#pragma once

#include "checks/check.h"
#include "checks/support/key_index.h"
#include "checks/support/param_reader.h"
#include "checks/support/row_keys.h"

namespace plumbline {

/// `unique`: the rule's columns together form a key that no two rows share (composite keys such as
/// organisation + reference). Every row of a duplicated key gets a finding naming the other rows ({detail}).
/// Params: "case-sensitive" (default true), "trim" (default true), "ignore-blank" (default true: rows with
/// an all-blank key are left to the required rule; "any": rows with a blank in any key column are left out).
/// Incremental: after an edit, only the rows sharing the old or the new key of an edited row are re-checked,
/// through a KeyIndex.
class UniqueCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    void buildIndex(const Table& table) override;
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

private:
    std::vector<int> keyColumns() const;
    /// The finding of one row of a duplicated key (group: the key's rows, ascending).
    void report(const Table& table, const std::vector<int>& columns, const std::vector<std::size_t>& group,
                std::size_t row, FindingSink& sink) const;

    KeyOptions m_options;
    KeyIndex m_index;
};

} // namespace plumbline
