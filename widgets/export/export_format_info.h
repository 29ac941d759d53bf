#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace plumbline {

/// How the GUI presents one export format: exportFormats() (the core's list) grouped by what people call the
/// format, for the save dialog's filters.
struct ExportFormatInfo
{
    QString label;          ///< "Excel workbook"
    QStringList extensions; ///< lower case, no dot, first is the default: {"sqlite", "sqlite3", "db"}
    /// Set for a format named by its file name rather than its extension (a Data Package's datapackage.json).
    QString fileName;
    /// Whether one file holds every table (XLSX sheets, SQLite tables, a JSON document); else the user picks
    /// the table when the dataset has several.
    bool holdsManyTables = false;
    /// Whether "normalise" (UTF-8, one delimiter, minimal quoting) means something for the format.
    bool canNormalise = false;

    /// "Excel workbook (*.xlsx)", "Data Package (datapackage.json)".
    QString filter() const;
    /// path with this format's file name or extension: "out" → "out.xlsx"; any name → ".../datapackage.json".
    QString completePath(const QString& path) const;

    /// Every format exportDataset() writes, in exportFormats() order, extensions with one label grouped.
    static QList<ExportFormatInfo> all();
    /// The format whose extensions include extension (any case), or one with an empty label.
    static ExportFormatInfo forExtension(const QString& extension);
    /// The format a path will be written in (by file name, then extension), or one with an empty label.
    static ExportFormatInfo forPath(const QString& path);
    /// All formats' filters joined with ";;" for QFileDialog.
    static QString filters();
};

} // namespace plumbline
