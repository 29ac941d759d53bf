#include "itemmodels/findings_filter_model.h"

#include "itemmodels/findings_model.h"

#include <algorithm>

namespace plumbline {

FindingsFilterModel::FindingsFilterModel(QObject* parent) : QAbstractProxyModel(parent) {}

void FindingsFilterModel::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    for (const auto& connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_findings = qobject_cast<FindingsModel*>(source);
    QAbstractProxyModel::setSourceModel(m_findings);
    if (m_findings) {
        m_connections << connect(m_findings, &QAbstractItemModel::modelAboutToBeReset, this,
                                 [this] { beginResetModel(); });
        m_connections << connect(m_findings, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        m_connections << connect(m_findings, &QAbstractItemModel::dataChanged, this,
                                 &FindingsFilterModel::onSourceDataChanged);
        m_connections << connect(m_findings, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void FindingsFilterModel::setSeverityMask(unsigned mask)
{
    mask &= kAllSeverities;
    if (mask == m_mask)
        return;
    beginResetModel();
    m_mask = mask;
    rebuild();
    endResetModel();
}

void FindingsFilterModel::setSeverityFirst(bool on)
{
    if (on == m_severityFirst)
        return;
    beginResetModel();
    m_severityFirst = on;
    rebuild();
    endResetModel();
}

namespace {

/// Bucket 0 holds errors, 1 warnings, 2 notices, 3 info.
std::size_t bucketOf(Severity severity, bool severityFirst)
{
    return severityFirst ? std::size_t(kSeverityCount - 1 - int(severity)) : 0;
}

} // namespace

void FindingsFilterModel::rebuild()
{
    m_rows.clear();
    m_bucket.fill(0);
    m_identity = m_mask == kAllSeverities && !m_severityFirst;
    if (m_identity || !m_findings || !m_findings->findings())
        return;
    const int rows = m_findings->rowCount();
    const auto& records = m_findings->findings()->records();
    // Counting sort: count per bucket, then place; stable, so each bucket keeps the source's order.
    std::array<std::size_t, kSeverityCount + 1> next{};
    for (int row = 0; row < rows; ++row) {
        const Severity severity = records[std::size_t(row)].severity;
        if (m_mask & bit(severity))
            ++next[bucketOf(severity, m_severityFirst) + 1];
    }
    for (std::size_t b = 1; b < next.size(); ++b)
        next[b] += next[b - 1];
    m_bucket = next;
    m_rows.resize(next.back());
    for (int row = 0; row < rows; ++row) {
        const Severity severity = records[std::size_t(row)].severity;
        if (m_mask & bit(severity))
            m_rows[next[bucketOf(severity, m_severityFirst)]++] = std::uint32_t(row);
    }
}

QModelIndex FindingsFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FindingsFilterModel::parent(const QModelIndex&) const
{
    return {};
}

int FindingsFilterModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_findings)
        return 0;
    return m_identity ? m_findings->rowCount() : int(m_rows.size());
}

int FindingsFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_findings ? 0 : m_findings->columnCount();
}

QModelIndex FindingsFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_findings)
        return {};
    const int row = m_identity ? proxyIndex.row() : int(m_rows[std::size_t(proxyIndex.row())]);
    return m_findings->index(row, proxyIndex.column());
}

QModelIndex FindingsFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_findings)
        return {};
    if (m_identity)
        return index(sourceIndex.row(), sourceIndex.column());
    const auto& records = m_findings->findings()->records();
    const std::size_t bucket = bucketOf(records[std::size_t(sourceIndex.row())].severity, m_severityFirst);
    const auto begin = m_rows.begin() + std::ptrdiff_t(m_bucket[bucket]);
    const auto end = m_rows.begin() + std::ptrdiff_t(m_bucket[bucket + 1]);
    const auto it = std::lower_bound(begin, end, std::uint32_t(sourceIndex.row()));
    if (it == end || *it != std::uint32_t(sourceIndex.row()))
        return {};
    return index(int(it - m_rows.begin()), sourceIndex.column());
}

void FindingsFilterModel::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                              const QList<int>& roles)
{
    // Severities do not change in place (a new run resets), so the rows shown stay; pass the change through.
    if (rowCount() == 0)
        return;
    if (m_identity) {
        emit dataChanged(index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    // Rows of a source range are spread over the buckets: one signal over the whole width of the view rows.
    emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

} // namespace plumbline
