#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `sql`: a predicate evaluated by SQLite over the table, for rules no other kind covers. The rule's columns
/// are loaded (as TEXT, under their logical names) into an in-memory table `t` whose rowid is the 1-based row;
/// every row for which "where" is true gets a finding on the first column. Params: "where" (required, one SQL
/// expression, e.g. "CAST(\"ground-area\" AS REAL) > 1e6 AND \"development-scale\" = 'minor'").
/// The expression is compiled when the pack loads; a progress handler lets cancel stop a runaway query.
class SqlCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    QStringList m_names;
    QString m_where;
};

} // namespace plumbline
