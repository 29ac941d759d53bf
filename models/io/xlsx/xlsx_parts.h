#pragma once

#include "core/result.h"
#include "io/xlsx/excel_date.h"

#include <QString>

#include <vector>

namespace plumbline {

class XlsxArchive;

/// One worksheet as the workbook lists it.
struct XlsxSheetRef
{
    QString name;
    QString part; ///< zip entry of the sheet XML, e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false;
};

/// What the package-level parts say: sheets in workbook order, the date system, where strings and styles are,
/// and for every cell style (the c/@s index) whether its number format shows a date or time.
struct XlsxWorkbookInfo
{
    std::vector<XlsxSheetRef> sheets;
    bool date1904 = false;
    QString sharedStringsPart; ///< empty if the workbook has none
    QString stylesPart;        ///< empty if the workbook has none
    std::vector<ExcelDateKind> styleDateKinds;
};

/// Reads [Content_Types]-independent structure: _rels/.rels → workbook part → its relationships → sheets,
/// then the styles part. Chart sheets and external targets are skipped. Errors name the part.
Result<XlsxWorkbookInfo> readXlsxWorkbookInfo(XlsxArchive& archive, const QString& file);

} // namespace plumbline
