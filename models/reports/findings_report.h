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
/// reports the device's errorString()). Streams: memory stays flat however many findings there are.
///
/// JSON (docs/check-output.md): {"file", "packs", "summary": {"by_rule": {id: n}, "by_severity": {"error": n,
/// "warning": n, "notice": n, "info": n}}, "findings": [{"rule", "severity", "table", "row", "record",
/// "column", "value", "message", "suggestion"}]} — row, record, column and suggestion are null when absent.
/// CSV: the same finding fields as columns, RFC 4180 quoting. Text: one line per finding and a summary.
bool writeFindingsReport(QIODevice& out, ReportFormat format, const ReportInfo& info, const FindingStore& store);

} // namespace plumbline
