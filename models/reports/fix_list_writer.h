#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "findings/finding_store.h"
#include "table/dataset.h"

#include <QString>

#include <optional>
#include <vector>

namespace plumbline {

/// One line of a fix list's summary: the findings of one rule.
struct FixListRule
{
    QString rule;
    Severity severity = Severity::Info; ///< the worst severity among its findings
    QString issueType;
    QString title;
    std::uint64_t count = 0;
    QStringList columns; ///< the columns its findings are in, in table order
    QString example;     ///< the first finding's message
};

/// The summary of a fix list, errors first, then by count (most first), then rule order.
std::vector<FixListRule> fixListSummary(const FindingStore& store);

/// The header of the problems column written beside `column` ("decision-date — problems").
QString problemsColumnName(const QString& column);

/// Writes a fix list: the user's own table back, with after each column that has findings a column
/// "<column> — problems" holding the messages for that cell (one per line, "error: …", without the row prefix),
/// and a last column "row — problems" for findings about a whole row; plus the summary (fixListSummary).
///
/// By path's extension: `.xlsx` — a workbook whose first sheet "Summary" lists the rules (severity, issue type,
/// rule, title, count, columns, example) and then one sheet per table (problem columns shaded, header bold and
/// frozen); `.csv` — the first table to path and the summary to "<path without .csv>-summary.csv" (UTF-8, RFC 4180).
/// Table-level findings appear in the summary only. store's table indexes are dataset's. Written atomically (a
/// failure leaves the previous files as they were); an Error names the file and the reason.
std::optional<Error> writeFixList(const QString& path, const Dataset& dataset, const FindingStore& store,
                                  Progress& progress);

/// The companion summary path of a CSV fix list: "out.csv" → "out-summary.csv".
QString fixListSummaryPath(const QString& csvPath);

} // namespace plumbline
