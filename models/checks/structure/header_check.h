#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `header`: problems with the header row, by param "check":
///   "problems" (default) — header cells that were blank or repeated in the file (the reader named the column;
///                Table::renamedHeaders()) and header names with leading or trailing spaces, one finding each;
///   "naming"   — the headers mix naming styles (CamelCase, kebab-case, snake_case, spaced words): one finding;
///   "mapping"  — how the pack reads the headers (PA-02): one finding listing the headers read through a
///                synonym ("CaseReference → reference") and, at "unknown" severity (default notice), one
///                listing the headers that are not fields of the pack.
class HeaderCheck final : public Check, public IncrementalCheck
{
public:
    enum class Aspect { Problems, Naming, Mapping };
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    /// Incremental: the findings describe the header as read, which a cell edit does not change (rows inserted or
    /// deleted, or columns added, re-run the rule whole).
    void buildIndex(const Table&) override {}
    std::vector<RecordId> recheck(const Table&, const std::vector<RecordId>&, FindingSink&) override { return {}; }

private:
    Aspect m_aspect = Aspect::Problems;
    bool m_whitespace = true;
    Severity m_unknownSeverity = Severity::Notice;
    QStringList m_mapped;  // "CaseReference → reference", computed in bind()
    QStringList m_unknown; // headers no logical name reaches
};

} // namespace plumbline
