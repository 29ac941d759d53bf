#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace plumbline {

/// Why path cannot be read as an input file, or nothing when it is a regular file (symbolic links are
/// followed). Call it before opening anything a user or a pack names: opening a named pipe (FIFO) blocks until
/// some other program writes to it, and a pipe, socket or device may never end, so reading one could hang for
/// ever. The Error names path and says what it is instead ("a named pipe", "a device", "a folder").
std::optional<Error> checkRegularFile(const QString& path);

} // namespace plumbline
