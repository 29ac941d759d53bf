#pragma once

#include "findings/finding_store.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace plumbline {

/// What a findings report says about the run besides the findings.
struct ReportInfo
{
    QString file;      ///< the checked file as the user named it
    QStringList packs; ///< packs that ran, in order
    /// What a caller adds to the report's head without touching the finding serialisation: JSON members written
    /// after "packs" (already serialised, e.g. `"quality": {…}`, no trailing comma), and lines written after the
    /// text summary.
    QByteArray jsonMembers = {};
    QString textFooter = {};
};

enum class ReportFormat { Text, Json, Csv };

/// "text", "json", "csv"; false if unknown.
bool parseReportFormat(const QString& name, ReportFormat* format);

/// Writes every finding of the store (in its order) in the format; false when the device fails (the caller
/// reports the device's errorString()). Findings are formatted in chunks on `threads` threads (0 = one per core)
/// and written in order, so the bytes are the same whatever the thread count and memory stays flat however many
/// findings there are.
///
/// JSON (docs/check-output.md): {"file", "packs", "summary": {"by_rule": {id: n}, "by_severity": {"error": n,
/// "warning": n, "notice": n, "info": n}, "summarised": {id: rows} (only when a rule was summarised)},
/// "findings": [{"rule", "severity", "table", "row", "record", "column", "value", "message", "suggestion",
/// "issue_type" (only when the rule has one), "summary_rows" (summary findings only)}]} — row, record, column
/// and suggestion are null when absent.
/// CSV: the same finding fields as columns, issue_type last, RFC 4180 quoting. Text: one line per finding and a
/// summary.
bool writeFindingsReport(QIODevice& out, ReportFormat format, const ReportInfo& info, const FindingStore& store,
                         int threads = 0);

} // namespace plumbline
