#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `completeness`: a column (or each column for "*") is mostly empty — one table-level finding per column
/// whose share of blank cells exceeds "max-blank" (default 0.5; 1 means only all-blank columns).
/// {detail} reads "3,827 of 3,971 rows (96%)".
/// Incremental: a blank bit per record and a count per column; an edit that changes a reported count (or the
/// number of rows) replaces the rule's table-level findings, without a pass over the table.
class CompletenessCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    void buildIndex(const Table& table) override;
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

private:
    /// Blank cells of column c of table, over its view rows.
    std::size_t countBlank(const Table& table, int c) const;
    /// Reports column c when blank of rows cells are blank and that is too many.
    void report(int c, std::size_t blank, std::size_t rows, FindingSink& sink) const;
    bool fires(std::size_t blank, std::size_t rows) const;

    double m_maxBlank = 0.5;
    std::vector<int> m_targets;
    // The index: per target, which records are blank (by record id) and how many view rows are.
    std::vector<std::vector<bool>> m_blankOf;
    std::vector<std::size_t> m_blankCount;
    std::size_t m_rows = 0;
};

} // namespace plumbline
