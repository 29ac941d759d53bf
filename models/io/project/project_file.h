#pragma once

#include "core/result.h"
#include "io/sqlite/sqlite_handle.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace plumbline {

enum class ProjectAccess {
    ReadOnly,  ///< reading (the CLI's check, export, report, audit); the file is never written
    ReadWrite, ///< a review session: exclusive until closed, every command journaled as it happens
};

/// An open project database (.plumbline), checked before anything is read from it: an SQLite file (not
/// truncated), marked as a Plumbline project, of a format version this build understands, with every table it
/// needs as a real table (a view or trigger planted in a received file never runs: see applyDefensiveSettings).
///
/// ReadWrite holds SQLite's exclusive lock from open to close (WAL journal, synchronous FULL), so a second
/// window, a second computer on a shared drive or plumbline-cli opening the same project is refused with a
/// sentence that says so; a killed process releases the lock and its completed transactions survive.
/// A file from a newer version opens ReadOnly only (isNewerFormat()). Not thread-safe: one thread uses it at a
/// time (it may be handed from a loading worker to the GUI thread).
class ProjectFile final
{
public:
    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    /// Opens an existing project. Errors name the file and say in plain words what is wrong and that nothing
    /// was changed.
    static Result<std::unique_ptr<ProjectFile>> open(const QString& path, ProjectAccess access);
    /// Creates an empty project (the schema, format version and creation facts) at path, which must not exist:
    /// callers build a project in a temporary file and rename it into place. Journal OFF while it is filled;
    /// call finishCreation() before renaming.
    static Result<std::unique_ptr<ProjectFile>> create(const QString& path);
    /// Ends creation: switches the file to WAL, syncs and closes it.
    std::optional<Error> finishCreation();

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db.get(); }
    ProjectAccess access() const { return m_access; }
    int formatVersion() const { return m_version; }
    /// Written by a newer Plumbline: read what can be read, never write.
    bool isNewerFormat() const;
    /// Views or triggers Plumbline never writes are in the file (it was changed by another program; they cannot
    /// run, but such a file is only read). Their names, or empty.
    const QStringList& foreignSql() const { return m_foreignSql; }

    /// An Error naming the file: what (a sentence start) and SQLite's reason, in plain words for the usual
    /// cases (damaged file, disk full, locked).
    Error error(const QString& what) const;

    /// Runs sql (no results); false on failure (see error()).
    bool exec(const char* sql);
    /// BEGIN IMMEDIATE / COMMIT / ROLLBACK; false on failure.
    bool begin();
    bool commit();
    void rollback();

    /// A meta value, or def when absent.
    QString meta(const QString& key, const QString& def = {}) const;
    bool setMeta(const QString& key, const QString& value);

    /// Closes now; false if SQLite reported an error (the data written by committed transactions is safe).
    bool close();

private:
    ProjectFile() = default;
    std::optional<Error> checkProject();

    QString m_path;
    SqliteConnection m_db;
    ProjectAccess m_access = ProjectAccess::ReadOnly;
    int m_version = 0;
    QStringList m_foreignSql;
};

/// A sentence for a path that cannot be a project at all (missing, not SQLite, cut short), checked from its
/// first bytes without SQLite; nothing when the file looks like an SQLite database.
std::optional<Error> preflightProjectFile(const QString& path);

} // namespace plumbline
