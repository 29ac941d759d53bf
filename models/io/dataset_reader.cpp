#include "io/dataset_reader.h"

#include "io/datapackage/datapackage_reader.h"
#include "io/json/json_reader.h"
#include "io/sqlite/sqlite_reader.h"
#include "io/xlsx/xlsx_reader.h"

#include <QFile>
#include <QFileInfo>

namespace plumbline {

namespace {

QString sniffFormat(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("csv"); // the reader reports the open error with the path
    const QByteArray head = file.read(4096);
    if (head.startsWith("PK\x03\x04"))
        return QStringLiteral("xlsx");
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QStringLiteral("sqlite");
    const QByteArray trimmed = (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return QStringLiteral("json");
    return QStringLiteral("csv");
}

} // namespace

QString detectFormat(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (info.fileName().compare(QLatin1String("datapackage.json"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("datapackage");
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("tab") ||
        suffix == QLatin1String("txt"))
        return QStringLiteral("csv");
    if (suffix == QLatin1String("json"))
        return QStringLiteral("json"); // Popolo, GeoJSON or generic: the JSON reader tells them apart
    if (suffix == QLatin1String("geojson"))
        return QStringLiteral("geojson");
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return QStringLiteral("jsonl");
    if (suffix == QLatin1String("xlsx"))
        return QStringLiteral("xlsx");
    if (suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3") || suffix == QLatin1String("db"))
        return QStringLiteral("sqlite");
    return sniffFormat(path);
}

Result<Dataset> readDataset(const QString& path, const ReadOptions& options, Progress& progress)
{
    const QString format = detectFormat(path);
    // Each multi-table format registers its branch here as it lands (issue 4).
    if (format == QLatin1String("csv"))
        return readCsvFile(path, options.csv, progress);
    if (format == QLatin1String("json") || format == QLatin1String("popolo") || format == QLatin1String("geojson") ||
        format == QLatin1String("jsonl")) {
        JsonReadOptions json;
        json.format = format;
        return readJsonFile(path, json, progress); // sets SourceInfo::format from the content
    }
    if (format == QLatin1String("xlsx"))
        return readXlsxFile(path, XlsxReadOptions{options.tables}, progress);
    if (format == QLatin1String("sqlite"))
        return readSqliteFile(path, SqliteReadOptions{options.tables}, progress);
    if (format == QLatin1String("datapackage"))
        return readDataPackage(path, DataPackageReadOptions{options.tables}, progress);
    return Error{path, 0, 0, QStringLiteral("Plumbline cannot read %1 files yet.").arg(format.toUpper())};
}

} // namespace plumbline
