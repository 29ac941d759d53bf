#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/text_encoding.h"
#include "table/dataset.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace plumbline {

/// What the user may force; anything unset is sniffed from the bytes.
struct CsvReadOptions
{
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter; ///< ',', ';', '\t' or '|'
    std::optional<bool> header;    ///< whether the first record is a header
    int threads = 0;               ///< 0 = one per core
};

/// Reads a CSV/TSV file into a one-table Dataset. Never throws; bad input yields an Error naming file,
/// line and column (1-based, in the source file). Progress is reported in bytes; when progress.canceled()
/// turns true the read stops and returns an Error whose message says it was canceled.
Result<Dataset> readCsvFile(const QString& path, const CsvReadOptions& options, Progress& progress);

/// The same parser over bytes in memory (tests, the fuzzer, the clipboard). name is used in errors.
/// faithful export from such a dataset re-serialises, as there is no source file to copy from.
Result<Dataset> readCsvBytes(QByteArrayView bytes, const QString& name, const CsvReadOptions& options,
                             Progress& progress);

} // namespace plumbline
