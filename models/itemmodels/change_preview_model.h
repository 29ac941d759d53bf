#pragma once

#include "table/cell_change.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace plumbline {

/// Before → after of the cells a transform or a replace would change, for the preview in a dialog: one row per
/// cell. Holds plain values (the preview is computed on a snapshot by a worker); data() is a lookup.
class ChangePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePreviewModel)

public:
    enum Column { RowColumn, ColumnColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit ChangePreviewModel(QObject* parent = nullptr);

    /// Replaces the cells shown (one model reset). columnNames names the table's columns by index; a change to a
    /// column past them is shown as a new column named by newColumnNames.
    void setPreview(std::vector<CellPreview> cells, QStringList columnNames, QStringList newColumnNames = {});
    const std::vector<CellPreview>& cells() const { return m_cells; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CellPreview> m_cells;
    QStringList m_columns;
    QStringList m_newColumns;
};

} // namespace plumbline
