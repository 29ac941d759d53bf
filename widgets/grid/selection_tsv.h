#pragma once

#include <QItemSelection>
#include <QString>

class QAbstractItemModel;

namespace plumbline {

/// What selectionToTsv() produced.
struct TsvCopy
{
    QString text;
    int rows = 0;
    int columns = 0;
    bool truncated = false; ///< true when the selection held more than maxCells cells and was cut after whole rows
};

/// Writes the selected cells as tab-separated text (the form spreadsheets paste), one line per row of the
/// selection's bounding rectangle; unselected cells inside it stay empty. Cells holding a tab, line break or
/// double quote are quoted with doubled quotes. Values come from Qt::EditRole (the full text). When
/// withHeaders is true the first line holds the column names (headerRole of the horizontal header). At most
/// maxCells cells are written so that "select all, copy" on a million rows cannot freeze the GUI.
TsvCopy selectionToTsv(const QAbstractItemModel& model, const QItemSelection& selection, bool withHeaders,
                       int headerRole, qint64 maxCells);

/// Reads tab-separated text as spreadsheets put it on the clipboard: lines end with LF or CRLF (a last line
/// break is not an extra row), fields are split at tabs, and a field that starts with a double quote runs to
/// the matching quote (doubled quotes inside stand for one; tabs and line breaks inside are kept). Every row
/// is padded to the widest row.
QList<QStringList> parseTsv(const QString& text);

} // namespace plumbline
