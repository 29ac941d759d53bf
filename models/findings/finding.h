#pragma once

#include "findings/severity.h"
#include "table/record_id.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace plumbline {

/// One finding as a plain value, for reports, item models and tests. The store keeps findings in a compact
/// form (FindingRecord) and materialises this on demand.
struct Finding
{
    QString rule; ///< rule id, e.g. "PA-18"
    Severity severity = Severity::Error;
    QString table;
    RecordId record = kNoRecord; ///< stable record id; kNoRecord for table-level findings
    qint64 row = 0;      ///< 1-based data row (header not counted) the record is on now; 0 for table-level findings
    QStringList columns; ///< the column(s) concerned, primary first; empty for row- or table-level findings
    QString value;       ///< the offending value (long values are shortened)
    QString message;     ///< the rule's message filled with the value, the row number and the row's key
    QString suggestion;  ///< the suggested corrected value; empty when the rule gives none
    bool hasSuggestion = false;
};

} // namespace plumbline
