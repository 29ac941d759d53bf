#pragma once

#include "findings/finding_store.h"
#include "project/audit_trail.h"
#include "project/run_history.h"
#include "project/triage_book.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace plumbline {

/// What a review report shows: the findings of a validation with their triage state, the validation runs, the
/// decisions and the edits. The same findings a `check` of the same input lists, so the totals agree.
struct ReviewReportInput
{
    QString file; ///< as the user named it
    QString sourcePath;
    QString sourceSha256;
    QString generated; ///< UTC, ISO 8601
    QString user;
    QStringList packs;
    std::shared_ptr<const FindingStore> store;
    std::vector<TriageDecision> decisions;
    TriageView view; ///< hidden findings of store
    std::vector<RunRecord> runs;
    std::vector<AuditRow> edits; ///< the audit trail without triage rows
    /// At most this many findings per rule are listed in the HTML (the JSON lists every one; the counts are
    /// always complete).
    int htmlRowsPerRule = 500;
    int htmlEditRows = 5000;
};

/// One self-contained HTML page (no scripts, styles or images from anywhere else; charts are inline SVG): a
/// summary, charts of findings by severity and rule and the trend over runs, one table per rule with the users'
/// keys and each finding's state, the waivers and false positives with their reasons, and the edits made.
/// Elements carrying totals have ids ("total", "count-error", …) and per-rule tables a data-rule attribute.
/// False when the device fails.
bool writeReviewHtml(QIODevice& out, const ReviewReportInput& input);

/// The same as JSON: {"format": "plumbline-review", "version": 1, "file", "source", "generated", "user", "packs",
/// "summary": {"total", "by_severity", "by_rule", "open", "waived", "false_positive", "edits", "runs"}, "runs",
/// "findings" (each with its key and state), "decisions", "edits"}. summary.by_rule and by_severity equal
/// `check`'s.
bool writeReviewJson(QIODevice& out, const ReviewReportInput& input);

/// The record's own key shown beside a finding (the table's key column, from the rule pack or guessed).
QString findingUserKey(const FindingStore& store, std::size_t index);

} // namespace plumbline
