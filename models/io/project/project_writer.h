#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/dataset_writer.h"
#include "io/project/journal_entry.h"
#include "table/dataset.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace plumbline {

class ProjectFile;

/// What a new project holds besides the dataset's base data.
struct ProjectContentsToWrite
{
    std::vector<JournalEntry> journal; ///< the edit history so far (replayed on open)
    QString sha256;                    ///< of the source file; computed from the file when empty and unchanged
    /// Called inside the creation transaction after the data and journal are in (rule snapshot, triage,
    /// runs); an Error aborts the creation.
    std::function<std::optional<Error>(ProjectFile&)> extra;
};

/// Creates the project file at path: the dataset's base data (writeBaseData), the journal entries and any extra
/// content, built in a temporary file beside path and renamed into place when complete, so a failure or a
/// crash leaves whatever was at path untouched. Refuses to replace a project another program has open.
std::optional<Error> createProjectFile(const QString& path, const Dataset& dataset, ProjectContentsToWrite contents,
                                       Progress& progress);

/// The dataset's edits (added columns, removed and inserted rows, edited cells; inserted records numbered
/// after the loaded ones) as one journal entry that recreates them on the loaded data; none when unedited.
std::vector<JournalEntry> journalOfEdits(const Dataset& dataset, const QString& text, const QString& user,
                                         const QString& time);

/// SHA-256 (lower-case hex) of the file at path, or an empty string when it cannot be read.
QString fileSha256(const QString& path);

/// The export entry for the format table: `export FILE --to P.plumbline` makes a project of FILE.
std::optional<Error> exportProject(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                   Progress& progress, QString* warning);

} // namespace plumbline
