#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace plumbline {

struct XlsxReadOptions
{
    QStringList sheets; ///< only these sheets, in workbook order (empty = every worksheet)
    /// Cap on the bytes the workbook may unpack to and, separately, on the cell text kept: beyond it the read
    /// fails with an Error (zip bombs, shared strings repeated millions of times).
    qint64 maxUncompressedBytes = qint64(4) << 30;
};

/// Reads an Excel .xlsx workbook: every worksheet (or options.sheets) becomes a table named after the sheet,
/// in workbook order; the first non-empty row is the header. Sheet XML is streamed, never held as a DOM.
/// Never throws; errors name the file, the part or sheet and, for cell problems, the cell ("Sheet1!C17",
/// with Error::line/column = the cell's row and column). Progress is in uncompressed bytes; cancellation
/// returns an Error saying so.
Result<Dataset> readXlsxFile(const QString& path, const XlsxReadOptions& options, Progress& progress);

/// The same over bytes in memory (tests, the fuzzer). name is used in errors.
Result<Dataset> readXlsxBytes(QByteArrayView bytes, const QString& name, const XlsxReadOptions& options,
                              Progress& progress);

} // namespace plumbline
