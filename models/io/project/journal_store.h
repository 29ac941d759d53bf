#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/project/journal_entry.h"

#include <optional>
#include <vector>

namespace plumbline {

class ProjectFile;

/// Appends one journal entry (its operations and cells) to the project in one transaction: after a crash the
/// entry is wholly there or wholly absent. Sets entry.sequence. The project must be open ReadWrite.
std::optional<Error> appendJournalEntry(ProjectFile& project, JournalEntry& entry);

/// Appends several entries in one transaction (a new project carrying the history of the session it came from).
std::optional<Error> appendJournalEntries(ProjectFile& project, std::vector<JournalEntry>& entries);

/// The journal entries of one epoch (0: every epoch), oldest first, checked for shape (kinds, UTF-8 values,
/// operations in order); whether they fit the tables is for the replay to find out.
Result<std::vector<JournalEntry>> readJournal(const ProjectFile& project, int epoch, Progress& progress);

} // namespace plumbline
