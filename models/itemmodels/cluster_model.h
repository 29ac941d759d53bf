#pragma once

#include "cluster/value_clusterer.h"

#include <QAbstractTableModel>

#include <vector>

namespace plumbline {

/// The clusters of one clustering run, one row each, for the cluster dialog: a "merge" check box, the values
/// with their row counts, the rows in all, and the new value (editable; the suggestion to start with). Owns a
/// copy of the result; setResult() resets the model. Lives on the GUI thread.
class ClusterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterModel)

public:
    enum Column { MergeColumn, ValuesColumn, RowsColumn, NewValueColumn, ColumnCount };

    explicit ClusterModel(QObject* parent = nullptr);

    void setResult(cluster::ClusterResult result);
    const cluster::ClusterResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Checks or unchecks every cluster (one dataChanged).
    void setAllChecked(bool checked);
    int checkedCount() const;
    /// The changes that merge every checked cluster into its new value (records already holding it untouched).
    CellChanges checkedChanges() const;

private:
    cluster::ClusterResult m_result;
    std::vector<bool> m_checked;
    std::vector<QString> m_newValue;
};

} // namespace plumbline
