#pragma once

#include "findings/severity.h"

#include <QAbstractProxyModel>

#include <array>
#include <cstdint>
#include <vector>

namespace plumbline {

class FindingsModel;

/// Shows the findings of chosen severities over a FindingsModel: errors first, then warnings, notices and
/// info, each in the source's order (table, row, rule) — or in the source's order throughout. Unlike a
/// QSortFilterProxyModel it keeps one row map (a vector of source rows) built by a counting pass over the
/// store's compact records: ordering and filtering a million findings takes milliseconds, not seconds, and
/// data() is the source's data() through one vector lookup. The source only ever resets (a new run), which
/// rebuilds the map.
class FindingsFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsFilterModel)

public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    /// source must be a FindingsModel (or null).
    void setSourceModel(QAbstractItemModel* source) override;

    /// Bit i (1 << int(Severity)) set: findings of that severity are shown. All four by default.
    void setSeverityMask(unsigned mask);
    unsigned severityMask() const { return m_mask; }
    static constexpr unsigned kAllSeverities = (1u << kSeverityCount) - 1;
    static constexpr unsigned bit(Severity severity) { return 1u << unsigned(severity); }
    /// Worst severity first (the default), or the source's order.
    void setSeverityFirst(bool on);
    bool severityFirst() const { return m_severityFirst; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

private:
    void rebuild();
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    FindingsModel* m_findings = nullptr;
    unsigned m_mask = kAllSeverities;
    bool m_severityFirst = true;
    std::vector<std::uint32_t> m_rows; // source rows shown: by severity (worst first), ascending within each
    std::array<std::size_t, kSeverityCount + 1> m_bucket{}; // m_rows range of each severity, worst first
    bool m_identity = true; // every source row is shown in source order: m_rows is not used
    QList<QMetaObject::Connection> m_connections;
};

} // namespace plumbline
