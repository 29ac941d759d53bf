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
    /// Whether one file holds every table (XLSX sheets, SQLite tables, a JSON document); else the user picks
    /// the table when the dataset has several.
    bool holdsManyTables = false;
    /// Whether "normalise" (UTF-8, one delimiter, minimal quoting) means something for the format.
    bool canNormalise = false;

    /// "Excel workbook (*.xlsx)".
    QString filter() const;

    /// Every format exportDataset() writes, in exportFormats() order, extensions with one label grouped.
    static QList<ExportFormatInfo> all();
    /// The format whose extensions include extension (any case), or one with an empty label.
    static ExportFormatInfo forExtension(const QString& extension);
    /// All formats' filters joined with ";;" for QFileDialog.
    static QString filters();
};

} // namespace plumbline
