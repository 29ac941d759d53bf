#pragma once

#include "core/background_task.h"
#include "rowview/row_mapping.h"
#include "rowview/row_query.h"
#include "table/record_id.h"

#include <QAbstractProxyModel>

#include <memory>
#include <vector>

namespace plumbline {

class Table;
class TableModel;

/// The grid's rows after the row filter and the sort: a proxy over a TableModel whose row map is a vector of
/// records built off the GUI thread (buildRowMapping on a snapshot of the table) and swapped in with one model
/// reset. Never a QSortFilterProxyModel: data(), mapToSource() and mapFromSource() are one vector lookup each,
/// so a million rows scroll as smoothly filtered as not.
///
/// With the identity query (no filter, no sort) the proxy passes rows and signals through unchanged. Otherwise:
///  - edits work through it (setData maps to the source; records stay stable, so findings and selection follow);
///  - rows the document inserts appear where the user inserted them (setInsertHint) or after their neighbour,
///    rows it removes disappear, both at once; a reset of the table (an undone multi-range delete) keeps the
///    mapping's surviving records and rebuilds it in the background;
///  - a new table (another file) drops the query (queryReset()): a filter never carries over to another file.
/// The old mapping stays on screen while a new one is built; a superseded build is dropped.
class RowViewModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowViewModel)

public:
    explicit RowViewModel(QObject* parent = nullptr);

    /// source must be a TableModel (or null).
    void setSourceModel(QAbstractItemModel* source) override;
    TableModel* tableModel() const { return m_source; }

    /// Builds query's mapping in the background (the identity query is applied at once). The rows on screen
    /// stay until mappingChanged().
    void setQuery(const RowQuery& query);
    const RowQuery& query() const { return m_query; }
    /// Builds the current query again (after edits: rows that now match, or no longer do).
    void refresh();
    bool isBuilding() const { return m_task.isRunning(); }
    /// Rows shown (after the filter) and rows in the table.
    int shownRows() const { return rowCount(); }
    std::size_t totalRows() const;
    /// Seconds the last mapping took to build (0 for the identity).
    double lastBuildSeconds() const { return m_lastSeconds; }

    /// The record at a view row, or kNoRecord.
    RecordId recordAt(int row) const;
    /// The view row of a record, or -1 when it is not shown.
    int rowOfRecord(RecordId record) const;
    /// Where rows the document inserts next should appear (a view row); -1: after their neighbour in the table.
    void setInsertHint(int row) { m_insertHint = row; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorting from the view (header clicks): column -1 restores the table's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// A new mapping is about to replace the rows on screen (views note their current record).
    void mappingAboutToChange();
    /// A new mapping is on screen.
    void mappingChanged();
    /// The query could not be built (a search that is not a valid regular expression); the rows on screen stay.
    void queryFailed(const QString& message);
    void buildingChanged(bool building);
    /// The query went back to the identity because the table changed (another file or table).
    void queryReset();
    /// setQuery() was called (the filter bar shows the query; its mapping follows with mappingChanged()).
    void queryChanged();

private:
    bool mapped() const { return m_mapped; }
    int sourceRowOf(int row) const;
    void connectSource();
    /// Shows a built mapping; rowOf: its reverse index (record → view row), built with it.
    void adopt(RowMapping mapping, std::vector<std::int32_t> rowOf);
    void reindex();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void onRowsAboutToBeInserted(const QModelIndex& parent, int first, int last);
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onSourceAboutToBeReset();
    void onSourceReset();
    /// The proxy rows spanned by source rows [first, last], as (min, max); (-1, -1) when none is shown.
    std::pair<int, int> proxySpan(int first, int last) const;

    TableModel* m_source = nullptr;
    QList<QMetaObject::Connection> m_connections;
    RowQuery m_query;
    bool m_mapped = false;
    std::vector<RecordId> m_records;   // view row → record, when mapped
    std::vector<std::int32_t> m_rowOf; // record → view row or -1, when mapped
    const Table* m_table = nullptr;    // the table the mapping was built for
    BackgroundTask m_task;
    int m_insertHint = -1;
    bool m_resetting = false;
    double m_lastSeconds = 0;
};

} // namespace plumbline
