#pragma once

#include "core/result.h"
#include "findings/finding_store.h"
#include "findings/severity.h"
#include "project/finding_key.h"

#include <QObject>
#include <QString>

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

namespace plumbline {

class ProjectFile;

/// Where a finding stands in a review. Open: to be dealt with. Fixed: it was there and an edit made it go away
/// (set when a validation no longer finds it). Waived: accepted as it is, with a reason. False positive: the rule
/// is wrong about this value. Waived and false-positive findings are hidden by default but counted.
enum class TriageState { Open, Fixed, Waived, FalsePositive };

/// "open", "fixed", "waived", "false_positive" (as stored and exported).
QString triageStateName(TriageState state);
/// "Open", "Fixed", "Waived", "False positive" (translated, for people).
QString triageStateLabel(TriageState state);
bool parseTriageState(const QString& name, TriageState* state);
inline bool isHiddenState(TriageState state)
{
    return state == TriageState::Waived || state == TriageState::FalsePositive;
}

struct TriageDecision
{
    FindingKey key;
    TriageState state = TriageState::Open;
    QString reason;
    QString user;
    QString time; ///< UTC, ISO 8601
};

/// Hidden findings of one store, and how many of each kind.
struct TriageView
{
    std::vector<bool> hidden; ///< per store index: waived or false positive
    std::array<std::uint64_t, kSeverityCount> hiddenBySeverity{};
    std::uint64_t waived = 0;
    std::uint64_t falsePositive = 0;
    std::uint64_t hiddenCount() const { return waived + falsePositive; }
};

/// The triage decisions of a project, in memory and in its file: every change is written at once in one
/// transaction (the decision and a line in the triage log, which the audit trail shows). Without a file (a
/// document that is not a project yet) decisions live in memory only. Lives on one thread.
class TriageBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageBook)

public:
    explicit TriageBook(QObject* parent = nullptr);

    /// Uses file from now on (not owned; null: memory only) and reads its decisions.
    std::optional<Error> attach(ProjectFile* file);

    const std::vector<TriageDecision>& decisions() const { return m_decisions; }
    /// The decision on key, or null (open).
    const TriageDecision* find(const FindingKey& key) const;
    const TriageDecision* find(std::uint64_t hash, const FindingKey& key) const;
    TriageState stateOf(const FindingKey& key) const;

    /// Records decisions (one transaction). Waiving needs a reason: an Error says so and nothing is written.
    /// Open removes the decision (the log keeps it).
    std::optional<Error> decide(const std::vector<TriageDecision>& decisions);

    /// Takes decisions read elsewhere (a project read by the CLI) into memory, writing nothing.
    void adopt(const std::vector<TriageDecision>& decisions) { remember(decisions); }

    /// Which findings of store are hidden (waived or false positive), with counts.
    TriageView view(const FindingStore& store) const;

    /// Writes decisions (and their log lines) into file's open transaction.
    static std::optional<Error> writeDecisions(ProjectFile& file, const std::vector<TriageDecision>& decisions);
    /// Decisions may be read but not made (a read-only project).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    /// Decisions changed (a decision, a merge, a run that marked findings fixed).
    void changed();

private:
    friend class RunHistory;
    /// Applies decisions in memory (after they were written).
    void remember(const std::vector<TriageDecision>& decisions);
    /// Writes decisions into the open transaction of the file.
    std::optional<Error> write(const std::vector<TriageDecision>& decisions);

    ProjectFile* m_file = nullptr;
    bool m_readOnly = false;
    std::vector<TriageDecision> m_decisions;
    std::unordered_multimap<std::uint64_t, std::size_t> m_byHash;
};

} // namespace plumbline
