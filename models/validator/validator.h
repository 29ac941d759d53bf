#pragma once

#include "checks/check.h"
#include "core/progress.h"
#include "findings/finding_store.h"
#include "rules/rule_set.h"
#include "table/dataset.h"

#include <QString>

#include <memory>
#include <vector>

namespace plumbline {

class TextProfiles;

struct ValidationOptions
{
    int threads = 0;               ///< worker threads; 0 = one per core
    std::size_t blockRows = 32768; ///< rows per row-local task
};

/// Whether a rule ran on a table, and if not, why (a missing column, a kind that does not apply).
struct RuleOutcome
{
    QString rule;
    QString table;
    QString skipped; ///< empty when the rule ran
};

/// Everything one validation run produced.
struct ValidationResult
{
    FindingStore findings;
    std::vector<RuleOutcome> outcomes;
    bool canceled = false;           ///< findings are partial and must be discarded
    double seconds = 0;              ///< wall time of validate()
    double cpuSeconds = 0;           ///< CPU time of the process during validate() (all threads)
    double bindCpuSeconds = 0;       ///< of which preparing the checks (compiling, evaluating dictionaries)
    std::vector<double> ruleSeconds; ///< CPU time spent in each rule's checks (index = rule order; binding excluded)
};

/// Runs a RuleSet over a Dataset.
///
/// Row-local checks run over blocks of rows on a thread pool (all rules of a table per block, so a block's
/// cells stay in cache); set checks (unique, duplicates, foreign keys, overlaps) run as their own tasks with
/// hash indexes. Findings are merged in task order and sorted (table, row, rule order, column), so the output
/// is the same whatever the thread count. Progress is reported in work units; cancel is polled per block and
/// inside set checks. The Validator holds no mutable state: one instance may serve several runs at once.
///
/// Incremental use (the fixing issue): after an edit, revalidate() re-checks only the touched records with
/// row-local rules and replaces their findings; set rules of that table are re-run whole for now (each is
/// one hash pass, ~50 ms per million rows), and so are the cross-table (CheckScope::Dataset) rules of every
/// table, since they read the edited one. A later step can keep the set checks' indexes between runs.
class Validator
{
public:
    Validator(RuleSet rules, CheckEnv env, ValidationOptions options = {});

    const RuleSet& rules() const { return m_rules; }

    ValidationResult validate(const Dataset& dataset, Progress& progress) const;

    /// Re-checks `records` of the named table after an edit and updates result.findings in place (row-local
    /// findings of those records are replaced; set-rule findings of the table are recomputed).
    void revalidate(const Dataset& dataset, const QString& table, const std::vector<RecordId>& records,
                    ValidationResult& result, Progress& progress) const;

private:
    struct Bound;
    /// Creates and binds the checks of the rules that apply to a table (in parallel). profiles must outlive them.
    std::vector<Bound> bindTable(const std::shared_ptr<Table>& table, const TextProfiles& profiles,
                                 const SourceInfo* source, std::vector<RuleOutcome>* outcomes,
                                 const Dataset* dataset) const;

    RuleSet m_rules;
    CheckEnv m_env;
    ValidationOptions m_options;
};

} // namespace plumbline
