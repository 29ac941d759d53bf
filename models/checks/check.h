#pragma once

#include "core/progress.h"
#include "findings/finding_sink.h"
#include "rules/rule.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace plumbline {

class CodelistRepository;
class RowBits;
class ColumnResolver;
class Table;
class TextProfiles;
struct Dataset;
struct SourceInfo;

/// What a check may use when it is created from a rule (at pack load, to validate parameters, and per run).
struct CheckEnv
{
    std::shared_ptr<CodelistRepository> codelists; ///< never null in a validator; may be null to validate only
    QString baseDir;                               ///< directory of the pack file (relative codelist paths)
    QDate today;                                   ///< "today" for relative bounds; tests pin it
};

/// What a check learns about the table it will run on.
struct BindContext
{
    const Table& table;
    const Rule& rule;
    std::vector<std::vector<int>> columns;  ///< per rule column: the resolved indexes ("*" gives many; none = absent)
    const ColumnResolver& resolver;         ///< to resolve column names that appear in params
    const SourceInfo* source = nullptr;     ///< file-level facts (encoding); may be null
    const TextProfiles* profiles = nullptr; ///< shared per-column text facts; may be null
    const Dataset* dataset = nullptr;       ///< every table of the source (cross-table checks); may be null
};

/// How a check walks the table.
enum class CheckScope {
    Row, ///< a function of one row: run over row blocks on all cores, re-run per edited record
    Set, ///< needs the whole table (unique, foreign key, overlap, duplicates): runs once per table, hash indexes
    /// Needs other tables too (BindContext::dataset: references, memberships against terms and persons). Runs
    /// once like Set, its findings belong to the bound table (the rule's `table`); an edit to any table re-runs it.
    Dataset
};

/// A check kind's rule, compiled from its parameters, then bound to one table.
///
/// Contract: the validator creates one Check per (rule, table), calls bind() once, then either checkRows() on
/// disjoint row blocks from several threads at once (Row scope; must be const and thread-safe) or checkSet()
/// once (Set and Dataset scopes). Checks read the table only through Table::cell / Column so edits in the
/// overlay are seen.
class Check
{
public:
    virtual ~Check() = default;
    virtual CheckScope scope() const { return CheckScope::Row; }

    /// Prepares for a table. Returns an empty string when the rule applies, else why it does not (shown as
    /// "not applicable": e.g. "no column matches 'decision-date'"). The default needs every rule column.
    virtual QString bind(const BindContext& context);
    /// Row scope: checks view rows [first, last).
    virtual void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const;
    /// Set and Dataset scopes: checks the whole table; polls progress.canceled() and returns early when set.
    virtual void checkSet(const Table& table, FindingSink& sink, Progress& progress) const;

protected:
    /// The first resolved index of rule column i, or -1.
    int column(std::size_t i) const { return i < m_columns.size() && !m_columns[i].empty() ? m_columns[i][0] : -1; }
    std::vector<std::vector<int>> m_columns;
};

/// A set check that can keep its findings current after edits without re-running over the whole table, by
/// keeping a hash index of its key. The validator builds the index when the run is interactive
/// (ValidationOptions::keepIndexes); afterwards the document calls recheck() after each edit, on its own thread.
class IncrementalCheck
{
public:
    virtual ~IncrementalCheck() = default;
    /// Builds the index over table: the data checkSet() just saw.
    virtual void buildIndex(const Table& table) = 0;
    /// Brings the index up to date for the edited records (any order; inserted and deleted ones included) and
    /// appends to sink the findings of every record whose findings of this rule may have changed. Returns those
    /// records, sorted and unique.
    virtual std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records,
                                          FindingSink& sink) = 0;
    /// False when this instance cannot keep its findings current (a kind that is incremental only in some of its
    /// modes); the validator then re-runs it whole.
    virtual bool keepsIndex() const { return true; }
};

/// A row-local check of single values: each rule column (or every column for "*") is checked cell by cell.
/// Dictionary-encoded columns are checked once per distinct value (docs/architecture.md: regex and codelist checks run
/// per distinct value); edited cells are checked as they are. Blank cells are skipped unless checksBlank().
class ValueCheck : public Check
{
public:
    /// The outcome for one value when it is a problem.
    struct Verdict
    {
        std::optional<std::string> suggestion;
        std::string detail;
        std::optional<Severity> severity;
        bool ownMessage = false; ///< detail is the whole message (placeholders allowed), not the rule's template
        bool tentative = false;  ///< the suggestion is a likely repair a person confirms, not a certain one
    };

    QString bind(const BindContext& context) override;
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;

protected:
    /// True when value (a cell, never blank unless checksBlank()) is a problem; fills verdict.
    virtual bool test(std::string_view value, Verdict& verdict) const = 0;
    virtual bool checksBlank() const { return false; }
    /// True when a tidy value (printable ASCII, no edge or doubled spaces) can never be a finding, so plain
    /// columns can skip such cells using TextProfiles.
    virtual bool skipsTidyText() const { return false; }
    /// The base rows of a plain column that cannot be findings (one bit per row, computed lazily), or null. The
    /// default gives the
    /// tidy-text rows when skipsTidyText(); kinds with other shared facts override it (tidy points).
    virtual const RowBits* skippableRows(const BindContext& context, int column) const;
    /// Called by bind() before the dictionary is evaluated; false with *reason when the rule does not apply.
    virtual bool prepare(const BindContext&, QString*) { return true; }
    /// The columns bind() chose to check.
    std::vector<int> checkedColumns() const;
    /// Checks every checked column of one view row with test(), never with the verdicts bind() cached per
    /// distinct value: for kinds whose verdicts change as the table does (an incremental foreign key).
    void checkRowAfresh(const Table& table, std::size_t row, FindingSink& sink) const;

private:
    struct Target
    {
        int column;
        std::vector<std::int32_t> codeVerdict; // dictionary columns: verdict index per code, -1 = fine
        const RowBits* tidy = nullptr;         // plain columns: rows that cannot be findings
    };
    void report(FindingSink& sink, std::size_t row, int column, std::string_view value, const Verdict& v) const;
    /// True when value is one of the rule's missing values (Rule::missingValues), which count as blank.
    bool isMissing(std::string_view value) const;

    std::vector<Target> m_targets;
    std::vector<Verdict> m_verdicts;
    std::vector<std::string> m_missing; // the rule's missing values, usually none
};

} // namespace plumbline
