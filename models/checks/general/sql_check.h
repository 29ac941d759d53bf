#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `sql`: a predicate evaluated by SQLite over the table, for rules no other kind covers. The rule's columns
/// are loaded (as TEXT, under their logical names) into an in-memory table `t` whose rowid is the 1-based row;
/// every row for which "where" is true gets a finding on the first column. Params: "where" (required, one SQL
/// expression, e.g. "CAST(\"ground-area\" AS REAL) > 1e6 AND \"development-scale\" = 'minor'").
/// Optional "timeout" (seconds, default 60) and "memory-mb" (default 512) bound one run on one table.
/// The expression is compiled when the pack loads. At run time a progress handler stops the query on cancel,
/// at the deadline, or once SQLite's heap has grown by more than the memory limit since the query started;
/// no value may exceed 64 MiB. A query stopped that way, or failing (an integer overflow in abs(), a value
/// too big), is reported through FindingSink::failRule with SQLite's reason, never as "no findings".
class SqlCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    QStringList m_names;
    QString m_where;
    double m_timeoutSeconds = 60;
    qint64 m_memoryBytes = qint64(512) << 20;
};

} // namespace plumbline
