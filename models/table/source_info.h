#pragma once

#include "table/text_encoding.h"

#include <cstdint>
#include <QDateTime>
#include <QString>
#include <utility>
#include <vector>

namespace plumbline {

/// Where a dataset came from and how its bytes were laid out, so `info` can report it and a faithful
/// export can reproduce it. Filled by the reader; immutable afterwards.
struct SourceInfo
{
    QString path;
    QString format;     ///< "csv", "tsv", "json", ...
    qint64 size = 0;    ///< bytes, at load time
    QDateTime modified; ///< at load time; a faithful export checks it before copying source bytes
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false;
    char delimiter = ','; ///< CSV/TSV only
    char quote = '"';
    LineEnding lineEnding = LineEnding::LF;
    bool hasHeader = true;
    double loadSeconds = 0; ///< wall time of the read, for the status bar
    /// SQLite only: the (table, column) names whose cells included BLOBs. The reader shows a BLOB as its SQL
    /// literal, X'0A1B…'; a SQLite export writes such cells of these columns back as BLOBs.
    std::vector<std::pair<QString, QString>> blobColumns;
    /// "gzip" when the file was unpacked while reading (.csv.gz): line numbers and the table's byte layout (if
    /// any) refer to the unpacked text, so a faithful export cannot copy bytes from the file. Else empty.
    QString compression;
};

/// Per-table byte layout of a delimited text source: the faithful writer copies untouched records from the
/// source file using these offsets. Offsets are into the source file as stored on disk (before decoding).
struct TextLayout
{
    std::uint64_t headerStart = 0;        ///< after any BOM
    std::uint64_t headerEnd = 0;          ///< first byte after the header record's line ending
    std::vector<std::uint64_t> rowStarts; ///< data rows + 1 entries; the last is the end of the final record
    bool finalLineEnding = true;          ///< whether the last record ends with a line ending
};

} // namespace plumbline
