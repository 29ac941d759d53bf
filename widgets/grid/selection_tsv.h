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

} // namespace plumbline
