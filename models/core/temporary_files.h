#pragma once

#include <QString>

namespace plumbline {

/// Installs handlers for SIGTERM, SIGINT and SIGHUP that remove the temporary files registered with
/// TemporaryFileGuard, then let the signal end the process as it would have (default action, re-raised).
/// Call once from main(); without it, guards only record files and the process ends as before.
void installTemporaryFileCleanup();

/// Registers a temporary file (a library's output being written beside its target) for removal if the
/// process is stopped by a signal; unregisters it on destruction, after which the owner has renamed or removed
/// it. Up to 32 files at once (more are not registered, and may be left behind by a signal). Thread-safe; the
/// signal handler only reads the fixed table and calls unlink(2), both async-signal-safe.
class TemporaryFileGuard final
{
public:
    explicit TemporaryFileGuard(const QString& path);
    ~TemporaryFileGuard();
    TemporaryFileGuard(const TemporaryFileGuard&) = delete;
    TemporaryFileGuard& operator=(const TemporaryFileGuard&) = delete;

private:
    int m_slot = -1;
};

} // namespace plumbline
