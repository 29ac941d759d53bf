#pragma once

#include "core/background_task.h"
#include "findings/finding_store.h"
#include "findings/severity.h"
#include "table/record_id.h"

#include <QAbstractItemModel>

#include <functional>
#include <memory>
#include <vector>

namespace plumbline {

/// The findings panel's model: findings grouped by rule, by column or by severity (or not at all), a group's
/// count beside its name, errors first wherever findings are listed, a free-text filter, sorting by any column,
/// and, under a finding that stands for many rows, those rows.
///
/// Lazy at hundreds of thousands of findings: the arrangement (which findings, in which groups, in which order)
/// is built off the GUI thread on a snapshot of the store and swapped in with one reset; data() is a lookup into
/// the snapshot plus, for the message, formatting the rule's template. The snapshot is what the model shows until
/// the next arrangement, so store indexes stay right while the document's live store changes under edits.
class FindingsTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsTreeModel)

public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        TableColumn,
        RowColumn,
        KeyColumn, ///< the record's own key (reference, id), as the pack names it
        ColumnColumn,
        ValueColumn,
        MessageColumn,
        SuggestionColumn,
        ColumnCount
    };
    enum class Grouping { None, Rule, Column, Severity };
    Q_ENUM(Grouping)
    enum class Role {
        Severity = Qt::UserRole, ///< int (plumbline::Severity): a finding's, or a group's worst
        RuleId,                  ///< QString
        TableName,               ///< QString
        RecordId,                ///< qulonglong; kNoRecord for table-level findings and groups
        RowNumber,               ///< qlonglong, 1-based; 0 for table-level findings
        ColumnIndex,             ///< int; -1 when the finding has no column
        Suggestion,              ///< QString, or an invalid QVariant when there is none
        StoreIndex,              ///< qulonglong: the finding's index in findings(); invalid for groups
        IsGroup,                 ///< bool
        GroupCount,              ///< qulonglong: a group's findings shown
    };
    Q_ENUM(Role)

    /// How many rows a finding stands for, and which (findings/finding_rows.h by default).
    struct RowsBehind
    {
        std::function<std::size_t(const FindingStore&, std::size_t)> count;
        std::function<std::vector<RecordId>(const FindingStore&, std::size_t)> records;
    };

    explicit FindingsTreeModel(QObject* parent = nullptr);

    /// The severity in words in the GUI's language ("error", "gwall"): the findings panel and the grid's
    /// tooltips show it beside the colour, never the colour alone.
    static QString severityText(Severity severity);

    /// Shows a copy of live (null: nothing). The copy reads keys from snapshots of the tables, so the
    /// arrangement can be built on a worker while the user edits. The previous arrangement stays until the new
    /// one is ready. hidden (per index of live, or null) marks findings left out unless showHidden() is on: the
    /// waived and false-positive ones of a review. copy, when given, is such a copy of live made already (by the
    /// validation's worker: Document::findingsAsValidated()), and nothing is copied here.
    void setFindings(const std::shared_ptr<const FindingStore>& live,
                     std::shared_ptr<const std::vector<bool>> hidden = nullptr,
                     std::shared_ptr<const FindingStore> copy = nullptr);
    /// Shows the findings marked hidden too (off by default).
    void setShowHidden(bool show);
    bool showsHidden() const { return m_showHidden; }
    /// The snapshot on screen (null before the first arrangement or without findings).
    const std::shared_ptr<const FindingStore>& findings() const { return m_store; }

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    /// Bit (1 << int(Severity)) set: shown. All four by default.
    void setSeverityMask(unsigned mask);
    unsigned severityMask() const { return m_mask; }
    /// Findings whose rule, column, value, key or message contains text (any case); empty: all.
    void setFilterText(const QString& text);
    const QString& filterText() const { return m_text; }
    /// Within errors, then warnings, notices and info: by this column (-1: the store's order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    void setRowsBehind(RowsBehind rowsBehind) { m_rowsBehind = std::move(rowsBehind); }

    bool isBuilding() const { return m_task.isRunning(); }
    /// Findings shown (after the severity switches and the text filter) and in the store.
    std::size_t shownCount() const { return m_order.size(); }
    std::size_t totalCount() const { return m_store ? m_store->size() : 0; }
    /// Every finding shown, in display order (groups one after another).
    const std::vector<std::uint32_t>& order() const { return m_order; }
    /// The row of a finding (by store index), or an invalid index when it is not shown.
    QModelIndex indexOfFinding(std::size_t storeIndex) const;
    /// The finding an index shows (a finding row, or a row under it), or -1 for a group.
    std::int64_t storeIndex(const QModelIndex& index) const;
    /// The records a finding (or a group: all of its findings') stands for, ascending and unique.
    std::vector<RecordId> recordsOf(const QModelIndex& index) const;
    /// The table (name) of an index's findings; empty for a group that spans several.
    QString tableOf(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// One group of the arrangement (public for the worker).
    struct Group
    {
        QString label;
        Severity worst = Severity::Info;
        std::vector<std::uint32_t> findings;
    };
    struct Arrangement
    {
        std::shared_ptr<const FindingStore> store;
        std::vector<Group> groups;
        std::vector<std::uint32_t> order;
        std::vector<std::uint32_t> groupOf;    // store index → group, or UINT32_MAX when not shown
        std::vector<std::uint32_t> rowInGroup; // store index → row within its group
        std::shared_ptr<const std::vector<bool>> hidden;
        bool failed = false;
    };

signals:
    /// A new arrangement is on screen.
    void arranged();

private:
    enum class Level { Group, Finding, Record };
    Level levelOf(const QModelIndex& index) const;
    bool grouped() const { return m_grouping != Grouping::None; }
    void rebuild();
    void adopt(Arrangement arrangement);
    std::uint32_t findingAt(const QModelIndex& index) const;
    QVariant findingData(std::size_t i, int column, int role) const;
    QVariant groupData(const Group& group, int column, int role) const;
    QString keyOf(std::size_t i) const;

    std::shared_ptr<const FindingStore> m_pending;            // the snapshot the running build arranges
    std::shared_ptr<const FindingStore> m_store;              // the snapshot on screen
    std::shared_ptr<const std::vector<bool>> m_pendingHidden; // hidden findings of m_pending
    std::shared_ptr<const std::vector<bool>> m_hidden;        // hidden findings of m_store
    bool m_showHidden = false;
    std::vector<Group> m_groups;
    std::vector<std::uint32_t> m_order;
    std::vector<std::uint32_t> m_groupOf;
    std::vector<std::uint32_t> m_rowInGroup;
    Grouping m_grouping = Grouping::Rule;
    unsigned m_mask = (1u << kSeverityCount) - 1;
    QString m_text;
    int m_sortColumn = -1;
    Qt::SortOrder m_order2 = Qt::AscendingOrder;
    RowsBehind m_rowsBehind;
    BackgroundTask m_task;
};

/// A copy of a live store whose messages read keys from snapshots of its tables: safe to read on a worker while
/// the user edits.
std::shared_ptr<const FindingStore> snapshotFindings(const FindingStore& live);

} // namespace plumbline
