#pragma once

#include "core/result.h"
#include "findings/finding_store.h"
#include "findings/severity.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace plumbline {

struct FindingKey;
class ProjectFile;
class TriageBook;

/// One validation run as a project remembers it: when, by whom, with which packs, the counts (per severity and
/// per rule, every rule that ran listed even at zero) and how it compared with the run before.
struct RunRecord
{
    qint64 id = 0;
    QString time; ///< UTC, ISO 8601
    QString user;
    QStringList packs;
    std::uint64_t total = 0;
    std::array<std::uint64_t, kSeverityCount> bySeverity{}; ///< indexed by Severity
    std::uint64_t newCount = 0;                             ///< findings the run before did not have (its rules only)
    std::uint64_t resolvedCount = 0; ///< findings of the run before that are gone (this run's rules only)
    std::uint64_t hidden = 0;        ///< waived or false positive
    QMap<QString, std::uint64_t> byRule;
    bool first = false; ///< no run before it to compare with
};

/// The validation runs of a project. Recording a run compares its findings' keys with the previous run's
/// (kept in the file) for the "N new, M resolved since …" banner, marks the findings that went away as fixed in
/// the triage book (unless decided otherwise) and reopens fixed ones that came back, all in one transaction.
/// Without a file (not a project yet) runs are kept in memory.
class RunHistory
{
public:
    /// Uses file from now on (not owned; null: memory only) and reads its runs.
    std::optional<Error> attach(ProjectFile* file);
    /// Oldest first.
    const std::vector<RunRecord>& runs() const { return m_runs; }

    /// Records a run of store with packs, by user at time (UTC, ISO 8601). triage gets the fixed and reopened
    /// findings (and gives the hidden count).
    Result<RunRecord> record(const FindingStore& store, const QStringList& packs, TriageBook& triage,
                             const QString& user, const QString& time);

    /// Re-keys the last run's finding keys after a re-import gave the records new ids: follow rewrites a key's
    /// table and record, and returns false when its record is gone (the key is dropped). The keys are kept in
    /// memory from then on, for writeTo(); damaged or missing keys leave none (the next run then counts all as new).
    void followRecords(const std::function<bool(FindingKey&)>& follow);

    /// Writes the runs kept in memory (and the last run's keys) into file's open transaction: an unsaved
    /// session becoming a project.
    std::optional<Error> writeTo(ProjectFile& file) const;

private:
    /// The last run's keys as kept: in the file when there is one, else in memory (empty when none).
    QByteArray lastKeys() const;

    ProjectFile* m_file = nullptr;
    std::vector<RunRecord> m_runs;
    QByteArray m_lastKeys; // the previous run's keys, when not in a file
};

/// "3 new, 12 resolved since 4 March 2026 10:02", or for a first run "41 findings (first run)".
QString runBannerText(const RunRecord& run, const RunRecord* previous);

} // namespace plumbline
