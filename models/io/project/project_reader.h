#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/dataset_reader.h"
#include "io/project/journal_apply.h"
#include "io/project/journal_entry.h"
#include "io/project/project_file.h"
#include "table/dataset.h"

#include <memory>

namespace plumbline {

class ProjectFile;

/// A project as read from its file: the loaded data (the base, no edits), the journal of the current epoch and
/// the open file. For sessions, which replay the journal through their Document.
struct ProjectContents
{
    std::unique_ptr<ProjectFile> file;
    Dataset base;
    std::vector<JournalEntry> journal;
    int epoch = 1;
};

/// Opens and reads a project: base data and journal. Errors say what is wrong in plain words.
Result<ProjectContents> readProjectContents(const QString& path, ProjectAccess access, Progress& progress);

/// The reader for the format table: the project's data with its journal applied (what the user last saw), for
/// `info`, `check`, `export` and `report` on a project. A journal that does not fit its data is an Error naming
/// the step.
Result<Dataset> readProjectFile(const QString& path, const QString& formatId, const ReadOptions& options,
                                Progress& progress);

/// True when the file at path starts like a project (an SQLite database marked with Plumbline's application id).
bool looksLikeProject(const QByteArray& head);

} // namespace plumbline
