#pragma once

#include "diff/compare_versions.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace plumbline {

/// The changes between two versions as a flat list for the Compare dialog: one row per repeated key, added record,
/// removed record, changed cell, new finding and gone finding, in that order. data() is a lookup into the shared
/// Comparison (strings made on demand, no I/O). A new comparison replaces the old one with one model reset.
class DiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffModel)

public:
    enum Column {
        ChangeColumn,
        KeyColumn,
        OldRowColumn,
        NewRowColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum class Kind { DuplicateKey, Added, Removed, Changed, NewFinding, GoneFinding };
    /// Kind of the row (int), for filtering proxies.
    static constexpr int KindRole = Qt::UserRole;

    explicit DiffModel(QObject* parent = nullptr);
    /// Shows comparison (may be null: empty).
    void setComparison(std::shared_ptr<const Comparison> comparison);
    const Comparison* comparison() const { return m_comparison.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Rows of each kind, for the dialog's summary.
    int count(Kind kind) const;

private:
    struct Entry
    {
        Kind kind;
        std::uint32_t index; ///< into the comparison's list of that kind
        std::uint32_t cell;  ///< Changed: the cell within the record
    };
    std::shared_ptr<const Comparison> m_comparison;
    std::vector<Entry> m_entries;
    std::vector<int> m_keyColumnsOld;
    std::vector<int> m_keyColumnsNew;
};

} // namespace plumbline
