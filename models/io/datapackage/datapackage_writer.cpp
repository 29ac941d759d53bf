#include "io/datapackage/datapackage_writer.h"

#include "io/csv/csv_writer.h"
#include "io/datapackage/table_schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace plumbline {

namespace {

/// The schema to write for table: the one it came with if it still describes its columns, else inferred.
TableSchema schemaFor(const Dataset& dataset, const Table& table)
{
    const auto found = dataset.schemas.find(table.name());
    if (found != dataset.schemas.end()) {
        const TableSchema& original = *found->second;
        bool same = int(original.fields.size()) == table.columnCount();
        for (int c = 0; same && c < table.columnCount(); ++c)
            same = original.fields[std::size_t(c)].name == table.columnName(c);
        if (same)
            return original;
    }
    return inferTableSchema(table);
}

} // namespace

QString dataPackageResourceName(const QString& tableName)
{
    QString name;
    for (const QChar c : tableName.toLower()) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                             c == QLatin1Char('_') || c == QLatin1Char('-');
        if (allowed)
            name += c;
        else if (!name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("table") : name;
}

std::optional<Error> writeDataPackage(const Dataset& dataset, const QString& path, Progress& progress)
{
    const bool folder = QFileInfo(path).isDir() || !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QString descriptorPath = folder ? QDir(path).filePath(QStringLiteral("datapackage.json")) : path;
    const QDir dir = QFileInfo(descriptorPath).absoluteDir();
    if (folder && !QDir().mkpath(path))
        return Error{path, 0, 0, QStringLiteral("Cannot create the folder.")};

    // Resource names first: foreign keys refer to them.
    std::vector<QString> names;
    QSet<QString> used;
    for (const auto& table : dataset.tables) {
        const QString base = dataPackageResourceName(table->name());
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        used.insert(name);
        names.push_back(name);
    }

    QJsonArray resources;
    for (std::size_t t = 0; t < dataset.tables.size(); ++t) {
        const Table& table = *dataset.tables[t];
        const QString file = names[t] + QStringLiteral(".csv");
        CsvWriteOptions csv;
        csv.normalise = true;
        if (auto failed = writeCsv(table, dataset.source, dir.filePath(file), csv, progress))
            return failed;

        TableSchema schema = schemaFor(dataset, table);
        QJsonObject schemaJson = tableSchemaToJson(schema);
        if (schema.descriptor.isEmpty()) {
            // Inferred: declare the dataset's relations from this table as foreign keys.
            QJsonArray keys;
            for (const Relation& relation : dataset.relations) {
                if (relation.fromTable != table.name())
                    continue;
                for (std::size_t to = 0; to < dataset.tables.size(); ++to)
                    if (dataset.tables[to]->name() == relation.toTable)
                        keys.append(
                            QJsonObject{{QStringLiteral("fields"), relation.fromColumn},
                                        {QStringLiteral("reference"),
                                         QJsonObject{{QStringLiteral("resource"), to == t ? QString() : names[to]},
                                                     {QStringLiteral("fields"), relation.toColumn}}}});
            }
            if (!keys.isEmpty())
                schemaJson.insert(QStringLiteral("foreignKeys"), keys);
        }
        QJsonObject resource{{QStringLiteral("name"), names[t]},
                             {QStringLiteral("path"), file},
                             {QStringLiteral("profile"), QStringLiteral("tabular-data-resource")},
                             {QStringLiteral("format"), QStringLiteral("csv")},
                             {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
                             {QStringLiteral("encoding"), QStringLiteral("utf-8")},
                             {QStringLiteral("schema"), schemaJson}};
        if (names[t] != table.name())
            resource.insert(QStringLiteral("title"), table.name());
        resources.append(resource);
    }

    const QString packageName = dataPackageResourceName(QFileInfo(dataset.source.path).completeBaseName());
    const QJsonObject descriptor{{QStringLiteral("profile"), QStringLiteral("tabular-data-package")},
                                 {QStringLiteral("name"), packageName},
                                 {QStringLiteral("resources"), resources}};
    QSaveFile out(descriptorPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error{descriptorPath, 0, 0, QStringLiteral("Cannot write the descriptor: %1").arg(out.errorString())};
    out.write(QJsonDocument(descriptor).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return Error{descriptorPath, 0, 0, QStringLiteral("Cannot write the descriptor: %1").arg(out.errorString())};
    return std::nullopt;
}

} // namespace plumbline
