#include "io/formats.h"

#include "io/csv/csv_reader.h"
#include "io/datapackage/datapackage_reader.h"
#include "io/dataset_exporters.h"
#include "io/json/json_reader.h"
#include "io/project/project_reader.h"
#include "io/project/project_writer.h"
#include "io/sqlite/sqlite_reader.h"
#include "io/xlsx/xlsx_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plumbline {

namespace {

Result<Dataset> readCsv(const QString& path, const QString&, const ReadOptions& options, Progress& progress)
{
    return readCsvFile(path, options.csv, progress);
}

Result<Dataset> readJson(const QString& path, const QString& formatId, const ReadOptions&, Progress& progress)
{
    JsonReadOptions json;
    json.format = formatId;
    return readJsonFile(path, json, progress); // sets SourceInfo::format from the content (Popolo, GeoJSON)
}

Result<Dataset> readXlsx(const QString& path, const QString&, const ReadOptions& options, Progress& progress)
{
    return readXlsxFile(path, XlsxReadOptions{options.tables}, progress);
}

Result<Dataset> readSqlite(const QString& path, const QString&, const ReadOptions& options, Progress& progress)
{
    return readSqliteFile(path, SqliteReadOptions{options.tables}, progress);
}

Result<Dataset> readPackage(const QString& path, const QString&, const ReadOptions& options, Progress& progress)
{
    return readDataPackage(path, DataPackageReadOptions{options.tables}, progress);
}

struct Entry
{
    const char* id;
    const char* label; // translated in the "FileFormat" context
    QStringList extensions;
    QStringList readOnlyExtensions;
    const char* fileName;
    bool manyTables;
    bool normalise;
    DatasetReaderFn read;
    DatasetExporter write;
};

// The one list of formats. Order is the order users see in dialogs.
const std::vector<Entry>& entries()
{
    static const std::vector<Entry> list = {
        {"csv",
         QT_TRANSLATE_NOOP("FileFormat", "CSV (comma-separated values)"),
         {QStringLiteral("csv")},
         {QStringLiteral("txt"), QStringLiteral("csv.gz"), QStringLiteral("txt.gz")},
         "",
         false,
         true,
         readCsv,
         exportCsv},
        {"tsv",
         QT_TRANSLATE_NOOP("FileFormat", "TSV (tab-separated values)"),
         {QStringLiteral("tsv")},
         {QStringLiteral("tab"), QStringLiteral("tsv.gz"), QStringLiteral("tab.gz")},
         "",
         false,
         true,
         readCsv,
         exportTsv},
        {"json",
         QT_TRANSLATE_NOOP("FileFormat", "JSON"),
         {QStringLiteral("json")},
         {},
         "",
         true,
         false,
         readJson,
         exportJson},
        {"xlsx",
         QT_TRANSLATE_NOOP("FileFormat", "Excel workbook"),
         {QStringLiteral("xlsx")},
         {},
         "",
         true,
         false,
         readXlsx,
         exportXlsx},
        {"sqlite",
         QT_TRANSLATE_NOOP("FileFormat", "SQLite database"),
         {QStringLiteral("sqlite"), QStringLiteral("sqlite3"), QStringLiteral("db")},
         {},
         "",
         true,
         false,
         readSqlite,
         exportSqlite},
        {"jsonl",
         QT_TRANSLATE_NOOP("FileFormat", "JSON Lines"),
         {QStringLiteral("jsonl"), QStringLiteral("ndjson")},
         {},
         "",
         false,
         false,
         readJson,
         exportJsonLines},
        {"geojson",
         QT_TRANSLATE_NOOP("FileFormat", "GeoJSON"),
         {QStringLiteral("geojson")},
         {},
         "",
         false,
         false,
         readJson,
         exportGeoJson},
        {"datapackage",
         QT_TRANSLATE_NOOP("FileFormat", "Data Package (CSV files and a descriptor)"),
         {},
         {},
         "datapackage.json",
         true,
         false,
         readPackage,
         exportDataPackage},
        // A review project: reading gives its data with the journal applied; writing makes a project of a file.
        {"plumbline",
         QT_TRANSLATE_NOOP("FileFormat", "Plumbline project"),
         {QStringLiteral("plumbline")},
         {},
         "",
         true,
         false,
         readProjectFile,
         exportProject},
    };
    return list;
}

FileFormat make(const Entry& e)
{
    FileFormat f;
    f.id = QLatin1String(e.id);
    f.label = QCoreApplication::translate("FileFormat", e.label);
    f.extensions = e.extensions;
    f.readOnlyExtensions = e.readOnlyExtensions;
    f.fileName = QLatin1String(e.fileName);
    f.holdsManyTables = e.manyTables;
    f.canNormalise = e.normalise;
    f.read = e.read;
    f.write = e.write;
    return f;
}

} // namespace

QString FileFormat::filter() const
{
    if (!fileName.isEmpty())
        return QStringLiteral("%1 (%2)").arg(label, fileName);
    QStringList patterns;
    for (const QString& extension : extensions)
        patterns << QStringLiteral("*.") + extension;
    return QStringLiteral("%1 (%2)").arg(label, patterns.join(QLatin1Char(' ')));
}

QString FileFormat::completePath(const QString& path) const
{
    const QFileInfo info(path);
    if (!fileName.isEmpty())
        return info.dir().filePath(fileName);
    if (extensions.contains(info.suffix().toLower()))
        return path;
    return path + QLatin1Char('.') + extensions.value(0);
}

QList<FileFormat> FileFormat::all()
{
    QList<FileFormat> formats;
    for (const Entry& e : entries())
        formats << make(e);
    return formats;
}

FileFormat FileFormat::byId(const QString& id)
{
    for (const Entry& e : entries())
        if (id == QLatin1String(e.id))
            return make(e);
    return {};
}

FileFormat FileFormat::forExtension(const QString& extension)
{
    const QString lower = extension.toLower();
    for (const Entry& e : entries())
        if (e.extensions.contains(lower) || e.readOnlyExtensions.contains(lower))
            return make(e);
    return {};
}

FileFormat FileFormat::forPath(const QString& path)
{
    const QFileInfo info(path);
    for (const Entry& e : entries())
        if (*e.fileName && info.fileName().compare(QLatin1String(e.fileName), Qt::CaseInsensitive) == 0)
            return make(e);
    // Two-part extensions first ("csv.gz"), whose last part alone names no format.
    for (const Entry& e : entries())
        for (const QString& extension : e.extensions + e.readOnlyExtensions)
            if (extension.contains(QLatin1Char('.')) &&
                info.fileName().endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
                return make(e);
    return forExtension(info.suffix());
}

QList<FileFormat> FileFormat::writable()
{
    QList<FileFormat> formats;
    for (const Entry& e : entries())
        if (e.write)
            formats << make(e);
    return formats;
}

QString FileFormat::saveFilters()
{
    QStringList list;
    for (const FileFormat& f : writable())
        list << f.filter();
    return list.join(QStringLiteral(";;"));
}

QString FileFormat::openFilters()
{
    QStringList patterns;
    QStringList each;
    for (const FileFormat& f : all()) {
        if (!f.read)
            continue;
        QStringList own;
        if (!f.fileName.isEmpty())
            own << f.fileName;
        for (const QString& e : f.extensions + f.readOnlyExtensions)
            own << QStringLiteral("*.") + e;
        patterns << own;
        each << QStringLiteral("%1 (%2)").arg(f.label, own.join(QLatin1Char(' ')));
    }
    patterns.removeDuplicates();
    return QCoreApplication::translate("FileFormat", "Data files (%1)").arg(patterns.join(QLatin1Char(' '))) +
           QStringLiteral(";;") + each.join(QStringLiteral(";;")) + QStringLiteral(";;") +
           QCoreApplication::translate("FileFormat", "All files (*)");
}

} // namespace plumbline
