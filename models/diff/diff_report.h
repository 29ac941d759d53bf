#pragma once

#include "diff/finding_diff.h"
#include "diff/table_diff.h"
#include "reports/findings_report.h"

#include <QIODevice>

namespace plumbline {

class Table;

/// What a comparison report shows: the two versions, their record diff and, when findings were compared, the
/// finding diff with both stores (for messages).
struct DiffReportInput
{
    QString oldFile;
    QString newFile;
    const Table* oldTable = nullptr;
    const Table* newTable = nullptr;
    const TableDiff* rows = nullptr;
    const FindingDiff* findings = nullptr; ///< null when findings were not compared
    const FindingStore* oldFindings = nullptr;
    const FindingStore* newFindings = nullptr;
};

/// Writes the comparison (docs/diff.md). Text: a summary, then one line per added, removed and changed record
/// (with its changed cells), duplicate keys and the new and gone findings. JSON: {"old", "new", "table", "key",
/// "summary", "columns", "duplicates", "added", "removed", "changed", "findings"}. CSV: one line per change
/// (`change,key,old_row,new_row,column,old_value,new_value,rule,severity,message`), rows 1-based. Streams; false
/// when the device fails.
bool writeDiffReport(QIODevice& out, ReportFormat format, const DiffReportInput& in);

} // namespace plumbline
