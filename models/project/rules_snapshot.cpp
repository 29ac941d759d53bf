#include "project/rules_snapshot.h"

#include "io/project/project_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace plumbline {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool insert(ProjectFile& file, const QString& kind, const QString& name, const QByteArray& content)
{
    SqliteStatement s;
    if (!s.prepare(file.handle(),
                   QStringLiteral("INSERT INTO rule_snapshot (kind, name, content) VALUES (?1, ?2, ?3)")))
        return false;
    const QByteArray k = kind.toUtf8(), n = name.toUtf8();
    sqlite3_bind_text(s.get(), 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(s.get(), 2, n.constData(), int(n.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(s.get(), 3, content.constData(), int(content.size()), SQLITE_TRANSIENT);
    return sqlite3_step(s.get()) == SQLITE_DONE;
}

bool isFile(const QString& pack)
{
    return pack.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

std::optional<Error> writeRuleSnapshot(ProjectFile& file, const ValidationSetup& setup)
{
    const QString failed = QStringLiteral("The rules could not be saved in the project");
    QJsonObject object{
        {QStringLiteral("packs"), QJsonArray::fromStringList(setup.packs)},
        {QStringLiteral("schema_files"), QJsonArray::fromStringList(setup.schemaFiles)},
        {QStringLiteral("today"), setup.today.isValid() ? setup.today.toString(Qt::ISODate) : QString()}};
    const bool own = sqlite3_get_autocommit(file.handle()) != 0;
    if (own && !file.begin())
        return file.error(failed);
    bool ok = file.exec("DELETE FROM rule_snapshot") &&
              insert(file, QStringLiteral("setup"), QString(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    for (const QString& pack : setup.packs)
        if (ok && isFile(pack))
            ok = insert(file, QStringLiteral("pack"), QFileInfo(pack).absoluteFilePath(), readAll(pack));
    for (const QString& schema : setup.schemaFiles)
        if (ok)
            ok = insert(file, QStringLiteral("schema"), QFileInfo(schema).absoluteFilePath(), readAll(schema));
    if (!ok) {
        const Error error = file.error(failed);
        if (own)
            file.rollback();
        return error;
    }
    if (own && !file.commit()) {
        const Error error = file.error(failed);
        file.rollback();
        return error;
    }
    return std::nullopt;
}

Result<ValidationSetup> readRuleSnapshot(const ProjectFile& file, QTemporaryDir& dir)
{
    SqliteStatement select;
    if (!select.prepare(file.handle(), QStringLiteral("SELECT kind, name, content FROM rule_snapshot ORDER BY id")))
        return file.error(QStringLiteral("The project's rules cannot be read"));
    ValidationSetup setup;
    QHash<QString, QByteArray> copies; // original path -> content
    int status;
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        const QString kind = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0)));
        const QString name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 1)));
        const QByteArray content(reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 2)),
                                 sqlite3_column_bytes(select.get(), 2));
        if (kind == QLatin1String("setup")) {
            const QJsonObject object = QJsonDocument::fromJson(content).object();
            for (const QJsonValue& v : object.value(QStringLiteral("packs")).toArray())
                setup.packs << v.toString();
            for (const QJsonValue& v : object.value(QStringLiteral("schema_files")).toArray())
                setup.schemaFiles << v.toString();
            setup.today = QDate::fromString(object.value(QStringLiteral("today")).toString(), Qt::ISODate);
        } else {
            copies.insert(name, content);
        }
    }
    if (status != SQLITE_DONE)
        return file.error(QStringLiteral("The project's rules cannot be read"));
    // The original file when it still says the same; else the project's copy.
    int n = 0;
    const auto resolve = [&](const QString& path) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const auto it = copies.constFind(absolute);
        if (it == copies.constEnd() || readAll(absolute) == it.value() || !dir.isValid())
            return path;
        const QString copy = dir.filePath(QStringLiteral("%1-%2").arg(++n).arg(QFileInfo(path).fileName()));
        QFile out(copy);
        if (!out.open(QIODevice::WriteOnly) || out.write(it.value()) != it.value().size())
            return path;
        return copy;
    };
    for (QString& pack : setup.packs)
        if (isFile(pack))
            pack = resolve(pack);
    for (QString& schema : setup.schemaFiles)
        schema = resolve(schema);
    return setup;
}

} // namespace plumbline
