#pragma once

#include "findings/finding_index.h"
#include "findings/finding_store.h"
#include "table/column_type.h"
#include "table/table.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QFont>
#include <QHash>

#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

namespace plumbline {

class Document;
class HiddenFindings;

/// The grid's model over one Table: a read-only view whose data() is an O(1) lookup into the table's columns
/// (and overlay) — no I/O, no regex, no allocation beyond the returned QString — so a QTableView with fixed
/// row heights scrolls a million-row table smoothly (docs/architecture.md, "Performance rules of thumb").
///
/// The model shares ownership of the table. The table must not be mutated behind the model's back: edits go
/// through commands that then call cellsChanged()/rowsChanged-style notifications (to be added with editing).
/// Column types are read from Table::columnType(), which computes lazily; loaders should compute them in the
/// worker (see DatasetLoader) so that the GUI thread only reads the cache.
class TableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableModel)

public:
    /// Semantic roles beyond Qt's. Values are stable: views and tests may store them.
    enum class Role {
        RecordId = Qt::UserRole + 1, ///< data(): the row's stable RecordId (quint32)
        RawBytes,                    ///< data(): the cell's UTF-8 bytes exactly as stored (QByteArray)
        IsEdited,                    ///< data(): whether the overlay holds an edit for this cell (bool)
        ColumnName,                  ///< headerData(Horizontal): the bare column name (QString)
        ColumnTypeValue,             ///< headerData(Horizontal): the inferred ColumnType as int
        ColumnTypeName,              ///< headerData(Horizontal): the type name, translated ("integer")
        IsReference,                 ///< data(): the cell's column refers to another table's key (bool)
        FindingSeverity,             ///< data(): worst Severity of the cell's findings (int), invalid if none;
                                     ///< headerData(Vertical): worst of the row's findings; headerData
                                     ///< (Horizontal): worst of the column's. Only severities in
                                     ///< severityMask() count.
        FindingCount,                ///< headerData(Horizontal): findings in the column (qulonglong), at the
                                     ///< severities shown
    };
    Q_ENUM(Role)

    /// Display text is cut after this many characters (the full text is in EditRole/ToolTipRole): laying out
    /// a 100 KB cell on every repaint would make scrolling stutter.
    static constexpr int kMaxDisplayChars = 500;
    /// Cells longer than this (or with a line break) get the full text as a tooltip.
    static constexpr int kTooltipThreshold = 40;
    /// Tooltips stop here: a tooltip taller than the screen helps nobody.
    static constexpr int kMaxTooltipChars = 4000;

    explicit TableModel(QObject* parent = nullptr);

    /// Shows table (null = empty model) with exactly one model reset, read-only. Reference columns are cleared.
    void setTable(std::shared_ptr<const Table> table);
    /// Shows a document's table, editable: setData() pushes an undoable edit, and the model follows the
    /// document's changes (cells, rows, columns) and its findings as they are kept current. One model reset.
    void setDocument(Document* document, int table);
    Document* document() const { return m_document; }
    int tableIndex() const { return m_tableIndex; }
    const std::shared_ptr<const Table>& table() const { return m_table; }

    /// Marks columns that refer to another table's key (a Relation's from-column): their non-empty cells
    /// look like links (link colour, underlined) and hint (the tooltip, e.g. "Ctrl+click or F12: go to the
    /// person") tells how to follow them. Keys are column indexes; an empty map clears. Emits dataChanged for
    /// the affected columns.
    void setReferenceColumns(const QHash<int, QString>& hints);
    /// Shows a validation run's findings for this table: cells with findings report their worst severity
    /// (FindingSeverity role; views choose the colours) and the findings' messages in the tooltip. index must have been
    /// built from store for this model's table; data() then stays O(1) (one byte lookup per cell). Null
    /// clears. Emits one dataChanged over the whole table.
    void setFindings(std::shared_ptr<const FindingStore> store, std::shared_ptr<const FindingIndex> index);
    const std::shared_ptr<const FindingStore>& findings() const { return m_findings; }
    /// A cell's tooltip lists every finding of the cell up to this many ("… and 3 more"), errors first.
    static constexpr int kMaxTooltipFindings = 40;
    /// A row number's tooltip lists this many of the row's findings, errors first.
    static constexpr int kMaxRowTooltipFindings = 8;

    /// Findings of the severities whose bit (1 << int(Severity)) is clear are not shown: no tint, no marker, not
    /// in tooltips or header counts (the findings panel's severity switches). All four by default.
    void setSeverityMask(unsigned mask);
    unsigned severityMask() const { return m_severityMask; }
    /// Findings a review decided to hide (waived, false positive; null: none) are not shown either: no tint, no
    /// marker, not in tooltips or header counts. Kept across setDocument() and new findings (the decisions are
    /// matched by key, not by store index).
    void setHiddenFindings(std::shared_ptr<const HiddenFindings> hidden);
    /// Whether some finding of record may be hidden by a decision: then the index's worst severity is not the
    /// answer, the model's FindingSeverity is (F8 asks).
    bool mayHideFindingsOf(RecordId record) const
    {
        return m_hiddenRecords && m_hiddenRecords->count(qint64(record)) > 0;
    }
    /// A finding of the store (index) is shown: its severity is on and no decision hides it.
    bool isFindingShown(std::size_t index) const;
    /// Shows spaces at the ends of values, no-break spaces and other invisible characters as visible marks
    /// (values::showInvisibles) in DisplayRole. Off by default.
    void setShowInvisibles(bool on);
    bool showsInvisibles() const { return m_showInvisibles; }
    /// The column holding the user's key (reference, id) as the findings know it; before a validation, the first
    /// column named like a key (reference, id, CaseReference…); else -1.
    int keyColumn() const;

    bool isReferenceColumn(int column) const
    {
        return column >= 0 && std::size_t(column) < m_referenceHints.size() &&
               !m_referenceHints[std::size_t(column)].isEmpty();
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// EditRole on a document's table: sets the cell (text as typed) through an undoable command.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    /// The text shown in a cell for value: line breaks as "⏎", tabs as spaces, cut at kMaxDisplayChars.
    static QString displayText(QString value);
    /// The type's name in the GUI's language ("integer", "cyfanrif"); columnTypeName() is the English one.
    static QString columnTypeText(ColumnType type);

private:
    struct ColumnFindings
    {
        std::uint64_t count = 0;
        Severity worst = Severity::Info;
    };
    const ColumnFindings& columnFindings(int column) const;
    void invalidateColumnFindings();
    QVariant headerDisplay(int column) const;
    /// The one reset behind setTable() and setDocument().
    void show(std::shared_ptr<const Table> table, Document* document, int tableIndex);
    const FindingStore* store() const;
    const FindingIndex* findingIndex() const;
    /// Worst severity shown of a cell's (column >= 0) or a whole record's (column -1) findings.
    std::optional<Severity> shownSeverity(std::size_t row, int column) const;
    /// Store indexes of findings at severities shown, errors first (stable within a severity).
    std::vector<std::size_t> shownFindings(std::vector<std::size_t> storeIndexes) const;
    void connectDocument();
    void onCellsChanged(int table, const std::vector<RecordId>& records, int firstColumn, int lastColumn);
    void onFindingsChanged(int table, const std::vector<RecordId>& records);
    /// dataChanged (and the row header) over the rows of these records; all rows when records is empty.
    void announceRows(const std::vector<RecordId>& records, int firstColumn, int lastColumn, const QList<int>& roles);
    void refreshColumns();
    /// One line per finding ("error PA-18: message"), at most kMaxTooltipFindings.
    QString describeFindings(const std::vector<std::size_t>& storeIndexes, int maxLines) const;
    QString findingsToolTip(std::size_t row, int column) const;
    QVariant rowFindingsToolTip(std::size_t row) const;

    std::shared_ptr<const Table> m_table;
    std::vector<ColumnType> m_types;       // per column, read once at setTable()
    std::vector<QString> m_referenceHints; // per column; empty = not a reference column
    QColor m_linkColor;
    std::shared_ptr<const FindingStore> m_findings;
    std::shared_ptr<const FindingIndex> m_findingIndex;
    std::uint16_t m_storeTable = 0; // this table's index in m_findings
    Document* m_document = nullptr;
    int m_tableIndex = -1;
    QList<QMetaObject::Connection> m_documentConnections;
    QFont m_linkFont;
    int m_rows = 0;
    unsigned m_severityMask = (1u << kSeverityCount) - 1;
    std::shared_ptr<const HiddenFindings> m_hidden;
    const std::unordered_set<qint64>* m_hiddenRecords = nullptr; // of this table, in m_hidden
    mutable std::vector<ColumnFindings> m_columnFindings;
    mutable bool m_columnFindingsValid = false;
    bool m_showInvisibles = false;
};

} // namespace plumbline
