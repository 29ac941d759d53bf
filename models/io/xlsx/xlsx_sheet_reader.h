#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/table.h"

#include <memory>

namespace plumbline {

class XlsxArchive;
class XlsxSharedStrings;
struct XlsxSheetRef;
struct XlsxWorkbookInfo;

/// Streams one worksheet's XML into a Table (see XlsxSheetBuilder for how cells become rows and columns).
/// Cell values: numbers in their shortest round-trip text, or ISO dates/times when the cell's style shows a
/// date; shared and inline strings (rich text runs joined); booleans as true/false; errors ("#N/A") and formula
/// string results as text; formulas as their cached value. Errors name the file, the sheet and the cell
/// ("Sheet1!C17"); the Error's line and column are the cell's sheet row and column.
/// progress gets done/total in uncompressed bytes (base and total cover the whole workbook).
Result<std::shared_ptr<Table>> readXlsxSheet(XlsxArchive& archive, const QString& file, const XlsxSheetRef& sheet,
                                             const XlsxWorkbookInfo& info, const XlsxSharedStrings& strings,
                                             qint64& budget, Progress& progress, qint64 progressBase,
                                             qint64 progressTotal);

} // namespace plumbline
