#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `ragged-rows`: rows with more or fewer fields than the header (Table::raggedRows()); {detail} reads
/// "12 fields where the header has 10".
class RaggedRowsCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext&) override { return {}; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    /// Incremental: the findings describe the file's ragged rows as read, which a cell edit does not change (rows
    /// inserted or deleted, or columns added, re-run the rule whole).
    void buildIndex(const Table&) override {}
    std::vector<RecordId> recheck(const Table&, const std::vector<RecordId>&, FindingSink&) override { return {}; }
};

} // namespace plumbline
