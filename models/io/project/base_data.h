#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QString>

#include <optional>

namespace plumbline {

class ProjectFile;

/// Writes dataset's loaded data into a project being created: every table's loaded columns in their in-memory
/// form (each column's text arena, offsets and dictionary codes as blobs, so reading them back is a few large
/// copies, not a parse), the notes and layouts a faithful export needs, relations, Table Schemas and the
/// source's facts (path, format, dialect, encoding, size, time and sha256, the SHA-256 of its bytes, which may
/// be empty when not known). Edits (the overlay, inserted or removed rows, added columns) are not base data:
/// they go into the journal. Progress is in bytes.
std::optional<Error> writeBaseData(ProjectFile& project, const Dataset& dataset, const QString& sha256,
                                   Progress& progress);

/// Reads the base data back as loaded (no edits), checking every part against the others (offsets against
/// text, codes against dictionaries, text for valid UTF-8, layouts against columns) since the file may come
/// from anywhere. Progress is in bytes; cancellation returns an Error.
Result<Dataset> readBaseData(const ProjectFile& project, Progress& progress);

/// One fact about the source (path, sha256, format, size, modified, ...), or an empty string.
QString projectSourceFact(const ProjectFile& project, const QString& key);
/// Sets one fact about the source; false on failure.
bool setProjectSourceFact(ProjectFile& project, const QString& key, const QString& value);

} // namespace plumbline
