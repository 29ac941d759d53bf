#pragma once

#include "table/column.h"
#include "table/column_type.h"
#include "table/edit_overlay.h"
#include "table/source_info.h"

#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace plumbline {

struct JsonLayout; // io/json/json_layout.h

/// A row that did not have the header's number of fields. Extra fields are kept in extra columns named
/// "column N"; missing ones read as empty. row is 0-based here; reports add 1.
struct RaggedRow
{
    std::uint32_t row;
    std::uint32_t fieldCount;
};

/// One named table: immutable columns (the base), stable record ids and an edit overlay.
///
/// Rows are addressed two ways: a view row (0..rowCount()-1, changes when rows are inserted or deleted) and a
/// RecordId (never changes; base rows have ids 0..baseRowCount()-1 in file order). Findings, edits and triage
/// refer to record ids.
///
/// Copying a table is cheap and gives an independent snapshot: the columns are shared, and the row order and
/// the overlay are shared until one side changes them (copy on write). A worker reads a copy while the user
/// keeps editing the original. Not thread-safe for writing: one thread edits a given Table object.
class Table
{
public:
    Table() : Table(QString(), {}) {}
    Table(QString name, std::vector<Column> columns);

    const QString& name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }

    int columnCount() const { return int(m_columns.size()); }
    std::size_t rowCount() const { return m_rows; }
    std::size_t baseRowCount() const { return m_baseRows; }

    const Column& column(int index) const { return *m_columns[std::size_t(index)]; }
    const QString& columnName(int index) const { return m_columns[std::size_t(index)]->name(); }
    /// Index of the column with exactly this name, or -1.
    int columnIndex(const QString& name) const;

    RecordId recordId(std::size_t row) const { return m_order ? (*m_order)[row] : RecordId(row); }
    /// Every record id ever used is below this (inserted records get it and it grows).
    RecordId recordLimit() const { return m_nextRecord; }
    /// True while the rows are the base rows in file order (no row inserted or deleted).
    bool isBaseOrder() const { return !m_order; }
    /// The view row of a record, or -1 if it was deleted or never existed. O(1).
    std::int64_t rowOf(RecordId record) const
    {
        if (!m_order)
            return record < m_rows ? std::int64_t(record) : -1;
        if (record >= m_rowIndex->size() || (*m_rowIndex)[record] == kNoRow)
            return -1;
        return (*m_rowIndex)[record];
    }

    /// The cell as the user sees it: the overlay's value if edited, else the base.
    std::string_view cell(std::size_t row, int column) const
    {
        const RecordId record = recordId(row);
        if (auto edited = m_overlay->find(record, column))
            return *edited;
        return baseCell(record, column);
    }
    /// The loaded value of a record (empty for records inserted after load and for columns added after load).
    std::string_view baseCell(RecordId record, int column) const
    {
        const Column& c = *m_columns[std::size_t(column)];
        return record < c.size() ? c.cell(record) : std::string_view();
    }
    QString cellText(std::size_t row, int column) const
    {
        const auto v = cell(row, column);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }

    const EditOverlay& overlay() const { return *m_overlay; }
    /// The overlay for changing; detaches it first when a snapshot shares it.
    EditOverlay& editOverlay();

    /// Appends an empty column named name (its cells are filled through the overlay) and returns its index.
    int addColumn(const QString& name);
    /// Removes the last column if it was added with addColumn() (undo of addColumn), with its edits.
    void removeLastColumn();
    /// True for a column added after load (its base cells are all empty).
    bool isAddedColumn(int column) const { return column >= m_loadedColumns; }

    /// Inserts an empty record before view row `at` (== rowCount() appends) and returns its new id.
    RecordId insertRow(std::size_t at);
    /// Inserts count empty records before view row `at` in one pass and returns their new ids.
    std::vector<RecordId> insertRows(std::size_t at, std::size_t count);
    /// Removes the record at view row `row` from the view; its id is never reused.
    RecordId removeRow(std::size_t row);
    /// Re-inserts a removed record at view row `at` (undo of removeRow).
    void restoreRow(std::size_t at, RecordId record);
    /// Removes the records at these view rows (ascending, unique) in one pass and returns them in that order.
    std::vector<RecordId> removeRows(const std::vector<std::size_t>& rows);
    /// Puts records back so that record i ends at view row positions[i] (ascending): the undo of removeRows
    /// with the rows it was given. One pass. Records at or above recordLimit() (inserted rows replayed from a
    /// journal) raise the limit, so later inserts never reuse their ids.
    void restoreRows(const std::vector<std::size_t>& positions, const std::vector<RecordId>& records);

    /// Inferred display type, computed once per column on first use.
    ColumnType columnType(int column) const;

    const std::vector<RaggedRow>& raggedRows() const { return m_ragged; }
    void setRaggedRows(std::vector<RaggedRow> rows) { m_ragged = std::move(rows); }
    /// 0-based base rows whose fields were all empty in the file.
    const std::vector<std::uint32_t>& blankRows() const { return m_blank; }
    void setBlankRows(std::vector<std::uint32_t> rows) { m_blank = std::move(rows); }
    /// Header cells that were blank or repeated in the file (the column got a generated or suffixed name).
    const std::vector<int>& renamedHeaders() const { return m_renamedHeaders; }
    void setRenamedHeaders(std::vector<int> columns) { m_renamedHeaders = std::move(columns); }

    /// Byte layout of the source file (delimited text only), for faithful export; null otherwise.
    const std::shared_ptr<const TextLayout>& layout() const { return m_layout; }
    void setLayout(std::shared_ptr<const TextLayout> layout) { m_layout = std::move(layout); }
    /// JSON shape of the source (key order, JSON types, nesting, child arrays), for a faithful JSON export;
    /// null for tables that did not come from JSON.
    const std::shared_ptr<const JsonLayout>& jsonLayout() const { return m_jsonLayout; }
    void setJsonLayout(std::shared_ptr<const JsonLayout> layout) { m_jsonLayout = std::move(layout); }

    std::size_t memoryUsage() const;

private:
    QString m_name;
    /// The order for changing: created from the base order on first use, detached when a snapshot shares it.
    std::vector<RecordId>& editOrder();
    /// Call after changing the order: recounts rows and rebuilds the record → row index.
    void orderChanged();
    static constexpr std::uint32_t kNoRow = 0xffffffffU;

    std::vector<std::shared_ptr<const Column>> m_columns; // shared with snapshots; a Column never changes
    int m_loadedColumns = 0;
    std::size_t m_baseRows = 0;
    std::size_t m_rows = 0;
    RecordId m_nextRecord = 0;
    std::shared_ptr<std::vector<RecordId>> m_order;               // null while rows are the base rows in file order
    std::shared_ptr<const std::vector<std::uint32_t>> m_rowIndex; // record → view row, with m_order
    std::shared_ptr<EditOverlay> m_overlay;
    mutable std::vector<signed char> m_types; // -1 = not computed yet
    std::vector<RaggedRow> m_ragged;
    std::vector<std::uint32_t> m_blank;
    std::vector<int> m_renamedHeaders;
    std::shared_ptr<const TextLayout> m_layout;
    std::shared_ptr<const JsonLayout> m_jsonLayout;
};

} // namespace plumbline
