#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `ragged-rows`: rows with more or fewer fields than the header (Table::raggedRows()); {detail} reads
/// "12 fields where the header has 10".
class RaggedRowsCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext&) override { return {}; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
};

} // namespace plumbline
