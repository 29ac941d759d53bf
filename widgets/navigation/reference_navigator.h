#pragma once

#include "table/dataset.h"
#include "table/row_key_index.h"

#include "core/background_task.h"

#include <QFuture>
#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QVector>

#include <memory>

namespace plumbline {

class TableTabs;

/// Follows the dataset's relations between tables (memberships.person_id → persons.id) with one gesture,
/// and back again.
///
/// follow(index) switches to the target table's tab and selects the row whose key equals the cell's value.
/// Each target key column is indexed once (RowKeyIndex) on first use — on a worker when the table has more
/// than kSyncIndexRows rows, the jump completing when the index is ready — and looked up in O(1) after that.
/// Every jump pushes the place it left on a back stack (kMaxHistory entries); back() returns there.
/// A value with no matching row (a dangling reference) leaves the view where it is and says so.
class ReferenceNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceNavigator)

public:
    static constexpr std::size_t kSyncIndexRows = 200'000;
    static constexpr int kMaxHistory = 100;

    /// tabs must outlive the navigator.
    explicit ReferenceNavigator(TableTabs* tabs, QObject* parent = nullptr);
    ~ReferenceNavigator() override;

    /// Call after tabs->setDataset(): drops indexes and history and marks the reference columns of every tab.
    void setDataset(const std::shared_ptr<const Dataset>& dataset);

    /// The relation whose from-column is column of table, or null.
    const Relation* relationFrom(const QString& table, int column) const;
    /// "Go to person" for a cell of a reference column with a value, else empty.
    QString followText(const QModelIndex& index) const;
    /// "person" for "persons", "organization" for "organizations", "party" for "parties".
    static QString singular(const QString& tableName);

    bool canGoBack() const { return !m_history.isEmpty(); }
    /// Whether a worker is building an index for a pending jump.
    bool isIndexing() const { return m_pending.valid; }

public slots:
    /// Follows the reference in index (a cell of the current grid). Returns false (with a status message)
    /// when index is not a reference with a value, or the value is dangling; true when the jump happened or
    /// will happen once the target's index is built.
    bool follow(const QModelIndex& index);
    /// Follows the current grid's current cell.
    bool followCurrent();
    /// Returns to the place before the last jump.
    void back();
    /// Forgets the key indexes (the data changed: an edit, inserted or removed rows).
    void invalidate();

signals:
    void statusMessage(const QString& message);
    /// A jump or a back step moved the view; or the history changed (canGoBack()).
    void navigated();

private:
    struct Place
    {
        QString table;
        int row = -1;
        int column = -1;
    };
    struct Pending
    {
        bool valid = false;
        Place origin;
        const Relation* relation = nullptr;
        QByteArray value;
    };

    std::shared_ptr<const RowKeyIndex> cachedIndex(const QString& table, int column) const;
    void buildIndexAsync(const std::shared_ptr<const Table>& table, int column, const Pending& pending);
    bool jump(const Place& origin, const Relation& relation, const QByteArray& value, const RowKeyIndex& index);
    void show(const Place& place);
    Place currentPlace() const;

    TableTabs* m_tabs = nullptr;
    std::shared_ptr<const Dataset> m_dataset;
    QHash<QString, std::shared_ptr<const RowKeyIndex>> m_indexes; // "table\ncolumn" → index
    QVector<Place> m_history;
    Pending m_pending;
    BackgroundTask m_indexTask;
};

} // namespace plumbline
