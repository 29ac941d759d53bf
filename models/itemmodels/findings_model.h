#pragma once

#include "findings/finding_store.h"

#include <QAbstractTableModel>

#include <memory>

namespace plumbline {

/// A flat list of findings for the findings pane: one row per finding, in the store's order (table, row,
/// rule). data() is a lookup into the compact store plus, for the message column, formatting the rule's
/// template — no I/O, no regex. The store is an immutable snapshot shared with the validation result; a new
/// run's store replaces it with one model reset.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    /// TableColumn names the table a finding belongs to (several in Popolo, XLSX, SQLite and Data Packages).
    enum Column {
        SeverityColumn,
        RuleColumn,
        TableColumn,
        RowColumn,
        ColumnColumn,
        ValueColumn,
        MessageColumn,
        SuggestionColumn,
        ColumnCount
    };
    /// Semantic roles, for sorting/filtering proxies and for jumping to the cell.
    enum class Role {
        Severity = Qt::UserRole, ///< int (plumbline::Severity)
        RuleId,                  ///< QString
        TableName,               ///< QString
        RecordId,                ///< qulonglong; kNoRecord for table-level findings
        RowNumber,               ///< qlonglong, 1-based; 0 for table-level findings
        ColumnIndex,             ///< int; -1 when the finding has no column
        Suggestion,              ///< QString, or an invalid QVariant when there is none
    };
    Q_ENUM(Role)

    explicit FindingsModel(QObject* parent = nullptr);

    /// The severity in words in the GUI's language ("error", "gwall"): the findings panel and the grid's
    /// tooltips show it beside the colour, never the colour alone.
    static QString severityText(Severity severity);

    void setFindings(std::shared_ptr<const FindingStore> store);
    const std::shared_ptr<const FindingStore>& findings() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const FindingStore> m_store;
};

} // namespace plumbline
