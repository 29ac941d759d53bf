#pragma once

#include "core/result.h"

#include <QString>

#include <functional>
#include <optional>

namespace plumbline {

/// Writes the file at path atomically for a library that must be handed a file name (SQLite, libxlsxwriter):
/// write(tempPath) fills a fresh temporary file beside path, which then replaces path with rename(2), so readers
/// see the old file or the new one, never half of one. The result gets the old file's permissions, or a plain
/// new file's (0644 less the umask) where there was none. On any failure (write's Error, or one naming path and
/// the system's reason) the temporary file is removed and the file at path is left untouched. When the process is
/// stopped by SIGTERM, SIGINT or SIGHUP meanwhile, the temporary file is removed too if main() called
/// installTemporaryFileCleanup().
std::optional<Error> replaceAtomically(const QString& path,
                                       const std::function<std::optional<Error>(const QString& tempPath)>& write);

} // namespace plumbline
