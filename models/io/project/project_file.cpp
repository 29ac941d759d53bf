#include "io/project/project_file.h"

#include "io/project/project_schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace plumbline {

namespace {

QString notChanged()
{
    return QStringLiteral(" Nothing in it was changed.");
}

std::uint32_t bigEndian32(const QByteArray& bytes, int at)
{
    return (std::uint32_t(std::uint8_t(bytes[at])) << 24) | (std::uint32_t(std::uint8_t(bytes[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(bytes[at + 2])) << 8) | std::uint32_t(std::uint8_t(bytes[at + 3]));
}

bool isBusy(int code)
{
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

} // namespace

std::optional<Error> preflightProjectFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{path, 0, 0, QStringLiteral("The project file does not exist.")};
    if (!info.isFile())
        return Error{path, 0, 0, QStringLiteral("This is not a file (a folder or a device?), so not a project.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("The project file cannot be read: %1").arg(file.errorString())};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Error{path, 0, 0,
                     QStringLiteral("This is not a Plumbline project: it is not an SQLite database (it may be "
                                    "damaged, or another kind of file with the project's name).") +
                         notChanged()};
    // The header's page count is trustworthy when its "valid for" counter matches the change counter; a file
    // shorter than that many pages was cut short (a copy or a download that did not finish). A WAL file beside
    // it may still hold pages, so only a file without one is judged.
    std::uint32_t pageSize = (std::uint32_t(std::uint8_t(header[16])) << 8) | std::uint8_t(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t pages = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const qint64 expected = qint64(pages) * qint64(pageSize);
    if (countValid && pages > 0 && (!wal.exists() || wal.size() == 0) && info.size() < expected)
        return Error{path, 0, 0,
                     QStringLiteral("The project file is incomplete: it is %L1 bytes long where it should be %L2 "
                                    "(it was probably cut short while being copied or sent). Ask for it again.")
                             .arg(info.size())
                             .arg(expected) +
                         notChanged()};
    return std::nullopt;
}

ProjectFile::~ProjectFile() = default;

bool ProjectFile::isNewerFormat() const
{
    return m_version > kProjectFormatVersion;
}

Error ProjectFile::error(const QString& what) const
{
    const int code = m_db.get() ? sqlite3_extended_errcode(m_db.get()) & 0xff : SQLITE_ERROR;
    QString reason;
    switch (code) {
    case SQLITE_NOTADB:
        reason = QStringLiteral("the file is not an SQLite database, or it is encrypted");
        break;
    case SQLITE_CORRUPT:
        reason = QStringLiteral("the file is damaged (%1)").arg(m_db.errorMessage());
        break;
    case SQLITE_FULL:
        reason = QStringLiteral("the disk is full");
        break;
    case SQLITE_READONLY:
        reason = QStringLiteral("the file or its folder cannot be written");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        reason = QStringLiteral("the project is open in another Plumbline window or program (perhaps "
                                "plumbline-cli), here or on another computer; close it there first, since a "
                                "project is worked on by one program at a time");
        break;
    default:
        reason = m_db.errorMessage();
    }
    return Error{m_path, 0, 0, QStringLiteral("%1: %2.").arg(what, reason)};
}

bool ProjectFile::exec(const char* sql)
{
    return m_db.exec(sql);
}

bool ProjectFile::begin()
{
    return exec("BEGIN IMMEDIATE");
}

bool ProjectFile::commit()
{
    return exec("COMMIT");
}

void ProjectFile::rollback()
{
    if (!sqlite3_get_autocommit(m_db.get()))
        exec("ROLLBACK");
}

QString ProjectFile::meta(const QString& key, const QString& def) const
{
    SqliteStatement select;
    if (!select.prepare(m_db.get(), QStringLiteral("SELECT value FROM meta WHERE key = ?1")))
        return def;
    const QByteArray k = key.toUtf8();
    sqlite3_bind_text(select.get(), 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(select.get()) != SQLITE_ROW)
        return def;
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0)),
                             sqlite3_column_bytes(select.get(), 0));
}

bool ProjectFile::setMeta(const QString& key, const QString& value)
{
    SqliteStatement upsert;
    if (!upsert.prepare(m_db.get(), QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")))
        return false;
    const QByteArray k = key.toUtf8();
    const QByteArray v = value.toUtf8();
    sqlite3_bind_text(upsert.get(), 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(upsert.get(), 2, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    return sqlite3_step(upsert.get()) == SQLITE_DONE;
}

bool ProjectFile::close()
{
    return m_db.get() ? m_db.close() : true;
}

std::optional<Error> ProjectFile::checkProject()
{
    const QString opening = QStringLiteral("The project cannot be opened");
    SqliteStatement pragma;
    if (!pragma.prepare(m_db.get(), QStringLiteral("PRAGMA application_id")))
        return error(opening);
    const int status = sqlite3_step(pragma.get());
    if (status != SQLITE_ROW) {
        if (isBusy(status))
            return error(opening);
        return Error{m_path, 0, 0, error(opening).message + notChanged()};
    }
    const int applicationId = sqlite3_column_int(pragma.get(), 0);
    if (!pragma.prepare(m_db.get(), QStringLiteral("PRAGMA user_version")) || sqlite3_step(pragma.get()) != SQLITE_ROW)
        return error(opening);
    m_version = sqlite3_column_int(pragma.get(), 0);
    if (applicationId != kProjectApplicationId)
        return Error{m_path, 0, 0,
                     QStringLiteral("This is an SQLite database but not a Plumbline project. To look at its tables, "
                                    "open it as data (a file named .sqlite or .db).") +
                         notChanged()};
    if (m_version < 1)
        return Error{m_path, 0, 0, QStringLiteral("The project file has no format version: it is damaged.")};

    // Every table must be there as a table: a received file could put a view in a table's place.
    SqliteStatement schema;
    if (!schema.prepare(m_db.get(), QStringLiteral("SELECT name, type FROM sqlite_master")))
        return error(opening);
    QSet<QString> tables;
    QStringList planted;
    int step;
    while ((step = sqlite3_step(schema.get())) == SQLITE_ROW) {
        const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(schema.get(), 0));
        const auto* type = reinterpret_cast<const char*>(sqlite3_column_text(schema.get(), 1));
        if (!name || !type)
            continue;
        const QString n = QString::fromUtf8(name);
        if (std::string_view(type) == "table")
            tables.insert(n);
        else if (std::string_view(type) == "view" || std::string_view(type) == "trigger")
            planted << n;
    }
    if (step != SQLITE_DONE)
        return Error{m_path, 0, 0, error(opening).message + notChanged()};
    QStringList missing;
    for (const QString& name : projectTableNames())
        if (!tables.contains(name))
            missing << name;
    if (!missing.isEmpty() && !isNewerFormat())
        return Error{
            m_path, 0, 0,
            QStringLiteral("The project file is damaged: it lacks %1.").arg(missing.join(QStringLiteral(", "))) +
                notChanged()};
    // Plumbline never writes views or triggers; one in the file was put there by someone else. They cannot run
    // (the connection refuses them), but a file that has them was tampered with: say so and do not write.
    m_foreignSql = planted;
    if (!planted.isEmpty() && m_access == ProjectAccess::ReadWrite)
        return Error{m_path, 0, 0,
                     QStringLiteral("The project file holds SQL that Plumbline did not put there (%1), so it was "
                                    "changed by another program. Plumbline will not work in it; open it read-only "
                                    "and save a copy.")
                             .arg(planted.join(QStringLiteral(", "))) +
                         notChanged()};
    return std::nullopt;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString& path, ProjectAccess access)
{
    if (auto bad = preflightProjectFile(path))
        return *bad;
    std::unique_ptr<ProjectFile> project(new ProjectFile);
    project->m_path = path;
    project->m_access = ProjectAccess::ReadOnly;
    if (access == ProjectAccess::ReadWrite) {
        // Checked read-only first, so that a file this build must not write (newer, damaged, tampered with) is
        // never written, not even by a checkpoint when the connection closes.
        auto checked = open(path, ProjectAccess::ReadOnly);
        if (!checked)
            return checked.error();
        const bool newer = checked.value()->isNewerFormat();
        checked.value()->close();
        if (newer)
            return Error{path, 0, 0,
                         QStringLiteral("This project was saved by a newer version of Plumbline (project format %1; "
                                        "this version knows format %2). Update Plumbline to work on it; it can be "
                                        "opened read-only meanwhile.")
                                 .arg(checked.value()->formatVersion())
                                 .arg(kProjectFormatVersion) +
                             notChanged()};
        project->m_access = ProjectAccess::ReadWrite;
        if (!QFileInfo(path).isWritable())
            return Error{path, 0, 0,
                         QStringLiteral("The project file is read-only (its permissions or the disk it is on do not "
                                        "allow writing); open it read-only or save a copy elsewhere.")};
        if (!project->m_db.open(path, SQLITE_OPEN_READWRITE))
            return Error{path, 0, 0,
                         QStringLiteral("The project cannot be opened: %1").arg(project->m_db.errorMessage())};
        // Exclusive before the first read: the lock is taken then and held until close, so nobody else can
        // open the project meanwhile (and no shared-memory file is needed).
        if (!project->exec("PRAGMA locking_mode=EXCLUSIVE"))
            return project->error(QStringLiteral("The project cannot be opened"));
        if (auto bad = project->checkProject())
            return *bad;
        if (!project->exec("PRAGMA journal_mode=WAL") || !project->exec("PRAGMA synchronous=FULL"))
            return project->error(QStringLiteral("The project cannot be opened"));
        // A write takes the exclusive lock now, not at the first edit, and notes who has the project.
        if (!project->begin() ||
            !project->setMeta(QStringLiteral("last_opened"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) ||
            !project->commit()) {
            const Error failed = project->error(QStringLiteral("The project cannot be opened"));
            project->rollback();
            return failed;
        }
        return project;
    }
    if (!project->m_db.open(path, SQLITE_OPEN_READONLY))
        return Error{path, 0, 0,
                     QStringLiteral("The project cannot be opened: %1").arg(project->m_db.errorMessage()) +
                         notChanged()};
    project->exec("PRAGMA query_only=ON");
    if (auto bad = project->checkProject())
        return *bad;
    return project;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const QString& path)
{
    std::unique_ptr<ProjectFile> project(new ProjectFile);
    project->m_path = path;
    project->m_access = ProjectAccess::ReadWrite;
    project->m_version = kProjectFormatVersion;
    if (!project->m_db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        return Error{path, 0, 0, QStringLiteral("The project cannot be created: %1").arg(project->m_db.errorMessage())};
    // Large pages: the base tables are a few large blobs, read back in long runs. The file is private until it
    // is renamed into place, so it needs no journal while it is filled.
    const QByteArray setup = QStringLiteral("PRAGMA page_size=65536; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                                            "PRAGMA application_id=%1; PRAGMA user_version=%2; BEGIN;")
                                 .arg(kProjectApplicationId)
                                 .arg(kProjectFormatVersion)
                                 .toUtf8();
    if (!project->exec(setup.constData()) || !project->exec(projectSchemaSql()))
        return project->error(QStringLiteral("The project cannot be created"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!project->setMeta(QStringLiteral("format_version"), QString::number(kProjectFormatVersion)) ||
        !project->setMeta(QStringLiteral("created"), now) ||
        !project->setMeta(QStringLiteral("created_by"),
                          QStringLiteral("Plumbline %1").arg(QCoreApplication::applicationVersion())) ||
        !project->setMeta(QStringLiteral("epoch"), QStringLiteral("1")))
        return project->error(QStringLiteral("The project cannot be created"));
    return project;
}

std::optional<Error> ProjectFile::finishCreation()
{
    if (!exec("COMMIT"))
        return error(QStringLiteral("The project cannot be written"));
    // WAL is recorded in the file: every later session journals into it without rewriting the database.
    if (!exec("PRAGMA journal_mode=WAL") || !exec("PRAGMA wal_checkpoint(TRUNCATE)"))
        return error(QStringLiteral("The project cannot be written"));
    if (!close())
        return Error{m_path, 0, 0, QStringLiteral("The project cannot be written: closing the file failed.")};
    return std::nullopt;
}

} // namespace plumbline
