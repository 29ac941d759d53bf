#pragma once

#include "core/result.h"
#include "document/validation_setup.h"

#include <QString>

#include <optional>

class QTemporaryDir;

namespace plumbline {

class ProjectFile;

/// Keeps the rules a project is validated with inside it: the setup (built-in pack names, the date rules treat
/// as today) and a copy of every pack and Table Schema file it names, so that the review is checked with the
/// same rules on another computer or after the files changed. Replaces any snapshot already there (call inside
/// or outside a transaction).
std::optional<Error> writeRuleSnapshot(ProjectFile& file, const ValidationSetup& setup);

/// The project's setup, with each file it names pointing at the original when it still holds the same text,
/// else at a copy written into dir (which must outlive the validations that use it). A project without a
/// snapshot gives the default setup (packs chosen from the headers).
Result<ValidationSetup> readRuleSnapshot(const ProjectFile& file, QTemporaryDir& dir);

} // namespace plumbline
