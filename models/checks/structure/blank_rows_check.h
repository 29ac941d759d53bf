#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `blank-rows`: rows whose fields were all empty in the file (Table::blankRows()).
class BlankRowsCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext&) override { return {}; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    /// Incremental: the findings describe the file's blank rows as read, which a cell edit does not change (rows
    /// inserted or deleted, or columns added, re-run the rule whole).
    void buildIndex(const Table&) override {}
    std::vector<RecordId> recheck(const Table&, const std::vector<RecordId>&, FindingSink&) override { return {}; }
};

} // namespace plumbline
