#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/dataset_reader.h"
#include "io/dataset_writer.h"
#include "table/dataset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace plumbline {

/// Reads a file of one format; formatId tells a reader that serves several formats (JSON) which one was asked.
using DatasetReaderFn = Result<Dataset> (*)(const QString& path, const QString& formatId, const ReadOptions& options,
                                            Progress& progress);

/// One file format Plumbline reads or writes. The list in formats.cpp is the only place formats are named:
/// the reader's dispatch, the exporter, the CLI's help and the GUI's open and save dialogs all read it, so a
/// new format is one entry.
struct FileFormat
{
    QString id;                     ///< "csv", "tsv", "json", "jsonl", "geojson", "xlsx", "sqlite", "datapackage"
    QString label;                  ///< what people call it, translated: "Excel workbook"
    QStringList extensions;         ///< lower case, no dot, the first is the default; read and written
    QStringList readOnlyExtensions; ///< also read as this format, never offered for writing ("txt")
    QString fileName;               ///< set for a format named by its file name (a Data Package's descriptor)
    bool holdsManyTables = false;   ///< one file holds every table (XLSX sheets, SQLite tables, a JSON document)
    bool canNormalise = false;      ///< "normalise" (UTF-8, one delimiter, minimal quoting) means something
    DatasetReaderFn read = nullptr;
    DatasetExporter write = nullptr;

    bool isValid() const { return !id.isEmpty(); }
    /// "Excel workbook (*.xlsx)", "Data Package (datapackage.json)".
    QString filter() const;
    /// path with this format's file name or extension: "out" → "out.xlsx"; any name → ".../datapackage.json".
    QString completePath(const QString& path) const;

    /// Every format, in the order shown to users (labels translated at each call).
    static QList<FileFormat> all();
    /// The format with this id, or an invalid one.
    static FileFormat byId(const QString& id);
    /// The format whose extensions (read-only ones included) hold extension, in any case, or an invalid one.
    static FileFormat forExtension(const QString& extension);
    /// The format a path names, by file name and then extension (no sniffing), or an invalid one.
    static FileFormat forPath(const QString& path);
    /// The formats exportDataset() writes.
    static QList<FileFormat> writable();
    /// Filters for a save dialog: one per writable format, joined with ";;".
    static QString saveFilters();
    /// Filters for an open dialog: every readable file first, then one per format, then all files.
    static QString openFilters();
};

/// True for the delimited-text formats (CSV, TSV), which the GUI can preview while the rest loads.
inline bool isDelimitedText(const QString& formatId)
{
    return formatId == QLatin1String("csv") || formatId == QLatin1String("tsv");
}

} // namespace plumbline
