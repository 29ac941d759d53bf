#pragma once

#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"

namespace plumbline {

/// The grid's models: a RowViewModel (filter and sort) over a TableModel. These find the TableModel behind a
/// grid's model and map a grid index to it, so code written for the table keeps working through the proxy.
inline TableModel* tableModelOf(QAbstractItemModel* model)
{
    if (auto* rows = qobject_cast<RowViewModel*>(model))
        return rows->tableModel();
    return qobject_cast<TableModel*>(model);
}

inline const TableModel* tableModelOf(const QAbstractItemModel* model)
{
    return tableModelOf(const_cast<QAbstractItemModel*>(model));
}

inline RowViewModel* rowViewOf(QAbstractItemModel* model)
{
    return qobject_cast<RowViewModel*>(model);
}

/// index (of the grid's model) as an index of its TableModel.
inline QModelIndex tableIndexOf(const QModelIndex& index)
{
    if (const auto* rows = qobject_cast<const RowViewModel*>(index.model()))
        return rows->mapToSource(index);
    return index;
}

} // namespace plumbline
