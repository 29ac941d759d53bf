#include "itemmodels/row_view_model.h"

#include "itemmodels/table_model.h"
#include "table/table.h"

#include <QThread>

#include <algorithm>

namespace plumbline {

namespace {

/// Above this many contiguous runs a removal is announced as a reset rather than run by run.
constexpr std::size_t kMaxRemovalRuns = 64;

/// A mapping with its reverse index (record → view row), both built by the worker: the reverse index of a million
/// rows is a scatter over 4 MB that took the GUI thread about 10 ms per swap.
struct RowViewBuilt
{
    RowMapping mapping;
    std::vector<std::int32_t> rowOf;
};

std::vector<std::int32_t> rowViewIndexOf(const std::vector<RecordId>& records)
{
    RecordId maxRecord = 0;
    for (RecordId r : records)
        maxRecord = std::max(maxRecord, r);
    std::vector<std::int32_t> rowOf(records.empty() ? 0 : std::size_t(maxRecord) + 1, -1);
    for (std::size_t i = 0; i < records.size(); ++i)
        rowOf[records[i]] = std::int32_t(i);
    return rowOf;
}

void buildWorker(QPromise<RowViewBuilt>& promise, std::shared_ptr<const Table> table, RowQuery query)
{
    PromiseProgress<RowViewBuilt> progress(promise);
    // One core fewer than the machine has: the window's thread re-lays out the grid while the rows are sorted
    // or filtered, and on two cores two workers left it waiting for a core for longer than it worked.
    const int threads = std::max(1, QThread::idealThreadCount() - 1);
    auto built = buildRowMapping(*table, query, progress, threads);
    if (!built) {
        if (!progress.canceled()) {
            // Carried as a mapping with no rows and a negative time: the caller reports the error.
            RowViewBuilt failed;
            failed.mapping.seconds = -1;
            failed.mapping.totalRows = 0;
            promise.addResult(std::move(failed));
        }
        return;
    }
    RowViewBuilt result{std::move(built).value(), {}};
    result.rowOf = rowViewIndexOf(result.mapping.records);
    promise.addResult(std::move(result));
}

} // namespace

RowViewModel::RowViewModel(QObject* parent) : QAbstractProxyModel(parent)
{
    connect(&m_task, &BackgroundTask::canceled, this, [this] { emit buildingChanged(false); });
}

void RowViewModel::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_task.abandon();
    m_source = qobject_cast<TableModel*>(source);
    QAbstractProxyModel::setSourceModel(m_source);
    m_query = RowQuery();
    m_mapped = false;
    m_records.clear();
    m_rowOf.clear();
    m_table = m_source && m_source->table() ? m_source->table().get() : nullptr;
    if (m_source)
        connectSource();
    endResetModel();
}

void RowViewModel::connectSource()
{
    auto& c = m_connections;
    c << connect(m_source, &QAbstractItemModel::dataChanged, this, &RowViewModel::onDataChanged);
    c << connect(m_source, &QAbstractItemModel::headerDataChanged, this, &RowViewModel::onHeaderDataChanged);
    c << connect(m_source, &QAbstractItemModel::rowsAboutToBeInserted, this, &RowViewModel::onRowsAboutToBeInserted);
    c << connect(m_source, &QAbstractItemModel::rowsInserted, this, &RowViewModel::onRowsInserted);
    c << connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &RowViewModel::onRowsAboutToBeRemoved);
    c << connect(m_source, &QAbstractItemModel::rowsRemoved, this, &RowViewModel::onRowsRemoved);
    c << connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &RowViewModel::onSourceAboutToBeReset);
    c << connect(m_source, &QAbstractItemModel::modelReset, this, &RowViewModel::onSourceReset);
    c << connect(m_source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                 [this](const QModelIndex&, int first, int last) { beginInsertColumns({}, first, last); });
    c << connect(m_source, &QAbstractItemModel::columnsInserted, this, [this] { endInsertColumns(); });
    c << connect(m_source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                 [this](const QModelIndex&, int first, int last) { beginRemoveColumns({}, first, last); });
    c << connect(m_source, &QAbstractItemModel::columnsRemoved, this, [this] {
        endRemoveColumns();
        // A query naming a column that is gone starts over.
        const int columns = columnCount();
        bool stale = m_query.sortColumn >= columns || m_query.textColumn >= columns;
        for (const auto& condition : m_query.conditions)
            stale = stale || condition.column >= columns;
        if (stale) {
            setQuery(RowQuery());
            emit queryReset();
        }
    });
}

std::size_t RowViewModel::totalRows() const
{
    return m_source ? std::size_t(m_source->rowCount()) : 0;
}

void RowViewModel::setQuery(const RowQuery& query)
{
    m_query = query;
    emit queryChanged();
    if (!m_source || !m_source->table())
        return;
    if (query.isIdentity()) {
        m_task.abandon();
        emit buildingChanged(false);
        if (!m_mapped)
            return;
        emit mappingAboutToChange();
        beginResetModel();
        m_mapped = false;
        m_records.clear();
        m_rowOf.clear();
        m_lastSeconds = 0;
        endResetModel();
        emit mappingChanged();
        return;
    }
    // A snapshot: the user keeps editing the live table while the worker reads this copy.
    auto snapshot = std::make_shared<const Table>(*m_source->table());
    m_task.start([this](const RowViewBuilt& built) { adopt(built.mapping, built.rowOf); }, &buildWorker,
                 std::move(snapshot), query);
    emit buildingChanged(true);
}

void RowViewModel::refresh()
{
    if (m_mapped || !m_query.isIdentity())
        setQuery(m_query);
}

void RowViewModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_query.sortColumn && (order == Qt::DescendingOrder) == m_query.descending)
        return;
    RowQuery query = m_query;
    query.sortColumn = column;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void RowViewModel::adopt(RowMapping mapping, std::vector<std::int32_t> rowOf)
{
    emit buildingChanged(false);
    if (mapping.seconds < 0) {
        // Only a search expression can fail; say why in the query's own words.
        emit queryFailed(tr("The search \u201c%1\u201d is not a valid regular expression.").arg(m_query.text));
        return;
    }
    if (!m_source || !m_source->table())
        return;
    const Table& table = *m_source->table();
    emit mappingAboutToChange();
    beginResetModel();
    m_mapped = true;
    m_records = std::move(mapping.records);
    // Records deleted while the worker ran are not shown; rows inserted meanwhile will be found by the next build.
    const std::size_t built = m_records.size();
    std::erase_if(m_records, [&](RecordId r) { return table.rowOf(r) < 0; });
    m_lastSeconds = mapping.seconds;
    m_table = &table;
    if (m_records.size() == built)
        m_rowOf = std::move(rowOf); // the worker's reverse index still holds
    else
        reindex();
    endResetModel();
    emit mappingChanged();
}

void RowViewModel::reindex()
{
    m_rowOf = rowViewIndexOf(m_records);
}

RecordId RowViewModel::recordAt(int row) const
{
    if (!m_source || row < 0 || row >= rowCount())
        return kNoRecord;
    if (m_mapped)
        return m_records[std::size_t(row)];
    return m_source->table()->recordId(std::size_t(row));
}

int RowViewModel::rowOfRecord(RecordId record) const
{
    if (!m_source || !m_source->table() || record == kNoRecord)
        return -1;
    if (m_mapped)
        return record < m_rowOf.size() ? m_rowOf[record] : -1;
    const std::int64_t row = m_source->table()->rowOf(record);
    return row < m_source->rowCount() ? int(row) : -1;
}

int RowViewModel::sourceRowOf(int row) const
{
    if (!m_mapped)
        return row;
    return int(m_source->table()->rowOf(m_records[std::size_t(row)]));
}

QModelIndex RowViewModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RowViewModel::parent(const QModelIndex&) const
{
    return {};
}

int RowViewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    return m_mapped ? int(m_records.size()) : m_source->rowCount();
}

int RowViewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QModelIndex RowViewModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.model() != this)
        return {};
    return m_source->index(sourceRowOf(proxyIndex.row()), proxyIndex.column());
}

QModelIndex RowViewModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_source || sourceIndex.model() != m_source)
        return {};
    if (!m_mapped)
        return index(sourceIndex.row(), sourceIndex.column());
    const int row = rowOfRecord(m_source->table()->recordId(std::size_t(sourceIndex.row())));
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant RowViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    if (section < 0 || section >= rowCount())
        return {};
    // Row headers keep the table's own row numbers, the ones findings and exports speak of.
    return m_source->headerData(sourceRowOf(section), orientation, role);
}

std::pair<int, int> RowViewModel::proxySpan(int first, int last) const
{
    if (!m_mapped)
        return {first, last};
    const Table& table = *m_source->table();
    // A wide span (a whole-table change) covers every view row; scanning it would cost more than repainting.
    if (last - first > 4096)
        return rowCount() > 0 ? std::pair{0, rowCount() - 1} : std::pair{-1, -1};
    int lo = -1;
    int hi = -1;
    for (int row = first; row <= last; ++row) {
        const int at = rowOfRecord(table.recordId(std::size_t(row)));
        if (at < 0)
            continue;
        lo = lo < 0 ? at : std::min(lo, at);
        hi = std::max(hi, at);
    }
    return {lo, hi};
}

void RowViewModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (m_resetting)
        return;
    const auto [lo, hi] = proxySpan(topLeft.row(), bottomRight.row());
    if (lo < 0)
        return;
    emit dataChanged(index(lo, topLeft.column()), index(hi, bottomRight.column()), roles);
}

void RowViewModel::onHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (m_resetting)
        return;
    if (orientation == Qt::Horizontal) {
        emit headerDataChanged(orientation, first, last);
        return;
    }
    const auto [lo, hi] = proxySpan(first, last);
    if (lo >= 0)
        emit headerDataChanged(orientation, lo, hi);
}

void RowViewModel::onRowsAboutToBeInserted(const QModelIndex&, int first, int last)
{
    if (!m_mapped)
        beginInsertRows({}, first, last);
}

void RowViewModel::onRowsInserted(const QModelIndex&, int first, int last)
{
    const int hint = m_insertHint;
    m_insertHint = -1;
    if (!m_mapped) {
        endInsertRows();
        return;
    }
    // The rows the user inserts stay in view where they were inserted, whatever the filter says of them.
    const Table& table = *m_source->table();
    int at = int(m_records.size());
    if (hint >= 0)
        at = std::min(hint, at);
    else if (first > 0) {
        const int neighbour = rowOfRecord(table.recordId(std::size_t(first - 1)));
        at = neighbour < 0 ? at : neighbour + 1;
    } else
        at = 0;
    beginInsertRows({}, at, at + (last - first));
    std::vector<RecordId> added;
    for (int row = first; row <= last; ++row)
        added.push_back(table.recordId(std::size_t(row)));
    m_records.insert(m_records.begin() + at, added.begin(), added.end());
    reindex();
    endInsertRows();
}

void RowViewModel::onRowsAboutToBeRemoved(const QModelIndex&, int first, int last)
{
    if (!m_mapped) {
        beginRemoveRows({}, first, last);
        return;
    }
    const Table& table = *m_source->table();
    std::vector<int> rows;
    for (int row = first; row <= last; ++row)
        if (const int at = rowOfRecord(table.recordId(std::size_t(row))); at >= 0)
            rows.push_back(at);
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<int, int>> runs; // [first, last] view rows, ascending
    for (int r : rows) {
        if (!runs.empty() && runs.back().second + 1 == r)
            runs.back().second = r;
        else
            runs.emplace_back(r, r);
    }
    if (runs.size() > kMaxRemovalRuns) {
        beginResetModel();
        std::vector<char> gone(m_records.size(), 0);
        for (int r : rows)
            gone[std::size_t(r)] = 1;
        std::size_t out = 0;
        for (std::size_t i = 0; i < m_records.size(); ++i)
            if (!gone[i])
                m_records[out++] = m_records[i];
        m_records.resize(out);
        reindex();
        endResetModel();
        return;
    }
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_records.erase(m_records.begin() + it->first, m_records.begin() + it->second + 1);
        endRemoveRows();
    }
    reindex();
}

void RowViewModel::onRowsRemoved(const QModelIndex&, int, int)
{
    if (!m_mapped)
        endRemoveRows();
}

void RowViewModel::onSourceAboutToBeReset()
{
    m_resetting = true;
    beginResetModel();
}

void RowViewModel::onSourceReset()
{
    m_resetting = false;
    const Table* table = m_source->table() ? m_source->table().get() : nullptr;
    const bool another = table != m_table;
    m_table = table;
    if (another || !table) {
        // Another file or table: its rows have nothing to do with the query's.
        m_task.abandon();
        const bool hadQuery = !m_query.isIdentity();
        m_query = RowQuery();
        m_mapped = false;
        m_records.clear();
        m_rowOf.clear();
        endResetModel();
        if (hadQuery) {
            emit queryChanged();
            emit queryReset();
        }
        return;
    }
    if (m_mapped) {
        std::erase_if(m_records, [&](RecordId r) { return table->rowOf(r) < 0; });
        reindex();
    }
    endResetModel();
    if (m_mapped)
        refresh(); // rows that came back (an undone delete) are found again
}

} // namespace plumbline
