#include "export/export_format_info.h"

#include "io/dataset_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plumbline {

namespace {

struct Known
{
    const char* extension;
    const char* label;
    bool manyTables;
    bool normalise;
};

// What the GUI knows about formats; exportFormats() decides which exist. A format the core adds without a
// row here is still offered, under its extension in capitals.
const Known kKnown[] = {
    {"csv", QT_TRANSLATE_NOOP("ExportFormatInfo", "CSV (comma-separated values)"), false, true},
    {"tsv", QT_TRANSLATE_NOOP("ExportFormatInfo", "TSV (tab-separated values)"), false, true},
    {"xlsx", QT_TRANSLATE_NOOP("ExportFormatInfo", "Excel workbook"), true, false},
    {"json", QT_TRANSLATE_NOOP("ExportFormatInfo", "JSON"), true, false},
    {"jsonl", QT_TRANSLATE_NOOP("ExportFormatInfo", "JSON Lines"), false, false},
    {"ndjson", QT_TRANSLATE_NOOP("ExportFormatInfo", "JSON Lines"), false, false},
    {"geojson", QT_TRANSLATE_NOOP("ExportFormatInfo", "GeoJSON"), false, false},
    {"sqlite", QT_TRANSLATE_NOOP("ExportFormatInfo", "SQLite database"), true, false},
    {"sqlite3", QT_TRANSLATE_NOOP("ExportFormatInfo", "SQLite database"), true, false},
    {"db", QT_TRANSLATE_NOOP("ExportFormatInfo", "SQLite database"), true, false},
};

ExportFormatInfo describe(const QString& extension)
{
    ExportFormatInfo info;
    info.extensions = QStringList{extension};
    for (const Known& known : kKnown) {
        if (extension == QLatin1String(known.extension)) {
            info.label = QCoreApplication::translate("ExportFormatInfo", known.label);
            info.holdsManyTables = known.manyTables;
            info.canNormalise = known.normalise;
            return info;
        }
    }
    info.label = QCoreApplication::translate("ExportFormatInfo", "%1 file").arg(extension.toUpper());
    return info;
}

} // namespace

ExportFormatInfo dataPackage()
{
    ExportFormatInfo info;
    info.label = QCoreApplication::translate("ExportFormatInfo", "Data Package (CSV files and a descriptor)");
    info.fileName = QStringLiteral("datapackage.json");
    info.holdsManyTables = true;
    return info;
}

QString ExportFormatInfo::filter() const
{
    if (!fileName.isEmpty())
        return QStringLiteral("%1 (%2)").arg(label, fileName);
    QStringList patterns;
    for (const QString& extension : extensions)
        patterns << QStringLiteral("*.") + extension;
    return QStringLiteral("%1 (%2)").arg(label, patterns.join(QLatin1Char(' ')));
}

QList<ExportFormatInfo> ExportFormatInfo::all()
{
    QList<ExportFormatInfo> formats;
    for (const QString& extension : exportFormats()) {
        const ExportFormatInfo info = describe(extension.toLower());
        auto same = std::find_if(formats.begin(), formats.end(),
                                 [&](const ExportFormatInfo& f) { return f.label == info.label; });
        if (same != formats.end())
            same->extensions << info.extensions;
        else
            formats << info;
    }
    // exportDataset() writes a Data Package when the file is named datapackage.json (no extension of its
    // own).
    formats << dataPackage();
    return formats;
}

ExportFormatInfo ExportFormatInfo::forExtension(const QString& extension)
{
    const QString lower = extension.toLower();
    for (const ExportFormatInfo& info : all())
        if (info.extensions.contains(lower))
            return info;
    return {};
}

ExportFormatInfo ExportFormatInfo::forPath(const QString& path)
{
    const QFileInfo info(path);
    for (const ExportFormatInfo& format : all())
        if (!format.fileName.isEmpty() && info.fileName().compare(format.fileName, Qt::CaseInsensitive) == 0)
            return format;
    return forExtension(info.suffix());
}

QString ExportFormatInfo::completePath(const QString& path) const
{
    const QFileInfo info(path);
    if (!fileName.isEmpty())
        return info.dir().filePath(fileName);
    if (extensions.contains(info.suffix().toLower()))
        return path;
    return path + QLatin1Char('.') + extensions.value(0);
}

QString ExportFormatInfo::filters()
{
    QStringList list;
    for (const ExportFormatInfo& info : all())
        list << info.filter();
    return list.join(QStringLiteral(";;"));
}

} // namespace plumbline
