#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/table.h"

#include <QString>

#include <optional>

namespace plumbline {

/// Writes table as a JSON array of objects, one per row in view order (edits applied, deleted rows left out),
/// keys in column order, every value a string (an empty cell is ""). The output is streamed — one object per
/// line, never a whole-document tree — and written atomically: a failed or canceled write leaves any previous
/// file at path untouched. Output is valid UTF-8: bytes of a cell that are not valid UTF-8 become U+FFFD.
/// Progress is reported in rows; canceled() is polled between blocks of rows.
std::optional<Error> writeJsonArray(const Table& table, const QString& path, Progress& progress);

} // namespace plumbline
