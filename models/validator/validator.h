#pragma once

#include "checks/check.h"
#include "core/progress.h"
#include "findings/finding_store.h"
#include "rules/rule_set.h"
#include "table/dataset.h"

#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <vector>

namespace plumbline {

class TextProfiles;

/// Restricts a run to some records (`check NEW --changed-since OLD`): by table name, the records whose row-local
/// checks run. Set and cross-table checks still read the whole table, because a changed record can repeat or
/// contradict an unchanged one, but only their findings on these records are kept. Table-level findings (a missing
/// column, a summary) are kept; tables the filter does not name have no records checked.
struct RecordFilter
{
    std::map<QString, std::vector<RecordId>> records; ///< table name → records (any order)
    /// Keep every finding of set and cross-table rules (they ran on the whole table anyway): a comparison of two
    /// versions then sees a duplicate that disappeared with a removed record on the record that stayed.
    bool keepSetFindings = false;
};

struct ValidationOptions
{
    int threads = 0;                               ///< worker threads; 0 = one per core
    std::size_t blockRows = 32768;                 ///< rows per row-local task
    std::shared_ptr<const RecordFilter> only = {}; ///< null: every record of every table
    /// A row-local info rule that fires on at least summaryShare of a table's rows and on at least summaryMinRows
    /// rows is reported as one summary finding (FindingStore::summarise); a rule's own `summarise` overrides
    /// the threshold. false: every finding one by one (tests, comparisons).
    bool summarise = true;
    double summaryShare = 0.10;
    std::size_t summaryMinRows = 1000;
    /// A row-local rule whose findings on one column cover every row of a table of at least this many rows (a
    /// column left blank, or filled wrongly, throughout) is reported as one column-level finding that counts the
    /// rows, whatever its severity (docs/rule-packs.md, *Column findings*). Needs summarise.
    std::size_t columnSummaryMinRows = 50;
    /// Incremental set checks build their key indexes (an interactive document keeps findings current after
    /// edits with them; the CLI's one-off check does not need the memory).
    bool keepIndexes = false;
};

/// Whether a rule ran on a table, and if not, why (a missing column, a kind that does not apply).
struct RuleOutcome
{
    QString rule;
    QString table;
    QString skipped; ///< empty when the rule ran
    QString failed;  ///< set when the rule ran but could not finish (its findings are incomplete): why
};

class ValidationSession;

/// Everything one validation run produced.
struct ValidationResult
{
    /// The run's row-local checks, still bound, for re-checking edited records (null when canceled). Valid while
    /// the dataset that was validated lives (checks may keep pointers into it).
    std::shared_ptr<const ValidationSession> session;
    FindingStore findings;
    std::vector<RuleOutcome> outcomes;
    /// The outcomes whose rule failed at run time (RuleOutcome::failed set), in rule order; a caller must not
    /// present such a run as complete.
    std::vector<RuleOutcome> failures() const;
    bool canceled = false;           ///< findings are partial and must be discarded
    double seconds = 0;              ///< wall time of validate()
    double cpuSeconds = 0;           ///< CPU time of the process during validate() (all threads)
    double bindCpuSeconds = 0;       ///< of which preparing the checks (compiling, evaluating dictionaries)
    std::vector<double> ruleSeconds; ///< CPU time spent in each rule's checks (index = rule order; binding excluded)
    std::vector<double> ruleBindSeconds; ///< CPU time spent binding each rule's checks (index = rule order)
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
    const CheckEnv& env() const { return m_env; }

    ValidationResult validate(const Dataset& dataset, Progress& progress) const;

    /// Re-checks `records` of the named table after an edit and updates result.findings in place (row-local
    /// findings of those records are replaced; set-rule findings of the table are recomputed).
    void revalidate(const Dataset& dataset, const QString& table, const std::vector<RecordId>& records,
                    ValidationResult& result, Progress& progress) const;

    /// The findings of set rules re-run after an edit: for each store table index, which rules were re-run
    /// (drop[rule]) and their fresh findings.
    struct SetRerun
    {
        std::uint16_t table = 0;
        std::vector<bool> drop;
        std::unique_ptr<FindingSink> findings;
    };
    /// Re-runs, on dataset (a snapshot of the edited document), the set rules of the tables in `edited` (indexes
    /// into dataset.tables, which are also the store's table indexes) and the cross-table rules of every table.
    /// Canceled runs return an empty list.
    /// skip[rule] set: rules left out (kept current incrementally).
    std::vector<SetRerun> rerunSetRules(const Dataset& dataset, const std::vector<int>& edited, Progress& progress,
                                        const std::vector<bool>& skip = {}) const;

    struct Bound;
    struct Task;

private:
    /// Creates and binds the checks of the rules that apply to a table (in parallel). profiles must outlive them.
    /// scopes: bit (1 << int(CheckScope)) set for the scopes to bind; others are left out, and so are the rules
    /// with skip[rule] set (kept current incrementally: binding a cross-table rule joins the tables again).
    std::vector<Bound> bindTable(const std::shared_ptr<Table>& table, const TextProfiles& profiles,
                                 const SourceInfo* source, std::vector<RuleOutcome>* outcomes, const Dataset* dataset,
                                 unsigned scopes = 7, const std::vector<bool>* skip = nullptr) const;

    /// Marks in store the rules whose findings in sinks (one per task) are many enough to be summarised.
    void summarise(const Dataset& dataset, const std::vector<Task>& tasks,
                   const std::vector<std::unique_ptr<FindingSink>>& sinks, FindingStore& store) const;
    /// Marks in store the (rule, column) pairs whose findings cover every row of a table (one column finding).
    void summariseColumns(const Dataset& dataset, const std::vector<Task>& tasks,
                          const std::vector<std::unique_ptr<FindingSink>>& sinks, FindingStore& store) const;
    /// Removes the bare findings of rules store did not summarise from sinks and, unless canceled, appends sinks
    /// with the same findings checked again in full.
    void recheckBare(const Dataset& dataset, const std::vector<std::vector<Bound>>& bound,
                     std::vector<std::unique_ptr<FindingSink>>& sinks, const FindingStore& store, bool canceled,
                     std::vector<std::atomic<qint64>>& ruleNanos) const;

    RuleSet m_rules;
    CheckEnv m_env;
    ValidationOptions m_options;
};

/// The row-local checks of one validation run, kept bound so that an edit re-checks only the records it
/// touched (microseconds a record) instead of the whole dataset. Checks read cells through the table they are
/// given, so the live, edited table can be passed; what they precomputed at bind time describes only the base
/// values, which never change.
class ValidationSession
{
public:
    ValidationSession();
    ~ValidationSession();
    ValidationSession(const ValidationSession&) = delete;
    ValidationSession& operator=(const ValidationSession&) = delete;

    /// Appends the row-local findings of these records (any order; deleted ones are skipped) of table (a dataset
    /// and store table index) to sink, which must be for the same table. Thread-safe (const).
    void checkRecords(const Table& table, std::uint16_t tableIndex, const std::vector<RecordId>& records,
                      FindingSink& sink) const;
    /// Appends the findings of one row-local rule (a store rule index) for these records (any order; deleted ones
    /// are skipped): the rows behind a summary finding, made again on demand. Thread-safe (const).
    void checkRule(const Table& table, std::uint16_t tableIndex, std::uint32_t rule,
                   const std::vector<RecordId>& records, FindingSink& sink) const;
    /// drop[rule] set for the rules whose findings checkRecords() produces (row-local on every table).
    const std::vector<bool>& rowLocalRules() const { return m_rowLocal; }

    /// What an incremental set rule changed after an edit: its rule, the records whose findings of that rule are
    /// replaced, and their findings.
    struct SetUpdate
    {
        std::uint16_t table = 0; ///< the store (and dataset) table index the records and findings belong to
        std::uint32_t rule = 0;
        std::vector<RecordId> records;
        std::unique_ptr<FindingSink> findings;
    };
    /// Brings the incremental set rules of a table up to date for edited records (their key indexes change: call
    /// on the document's thread only, never while another call runs).
    std::vector<SetUpdate> updateSets(const Table& table, std::uint16_t tableIndex,
                                      const std::vector<RecordId>& records) const;
    /// Brings the incremental cross-table rules up to date after records of dataset.tables[edited] changed
    /// (dataset: the live, edited one): the rules bound to that table and those of other tables that read it
    /// (a foreign key into it, a join of memberships with its terms). Each update names its table. Document's
    /// thread only, like updateSets().
    std::vector<SetUpdate> updateCrossTables(const Dataset& dataset, std::uint16_t edited,
                                             const std::vector<RecordId>& records) const;
    /// skip[rule] set for the rules updateSets() and updateCrossTables() keep current, which background re-runs
    /// leave out.
    const std::vector<bool>& incrementalRules() const { return m_incremental; }
    /// True when every set and cross-table rule bound in the run is kept current by updateSets() and
    /// updateCrossTables(): an edit that moves no rows then leaves nothing to re-run in the background.
    bool keepsEverySetRule() const { return m_everySetKept; }

private:
    friend class Validator;
    struct TableChecks;
    std::vector<std::unique_ptr<TableChecks>> m_tables;
    std::vector<bool> m_rowLocal;
    std::vector<bool> m_incremental;
    bool m_everySetKept = false;
};

} // namespace plumbline
