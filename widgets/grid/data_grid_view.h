#pragma once

#include <QStringList>
#include <QTableView>
#include <QVector>

class QAction;

namespace plumbline {

class GridEditActions;
class RowViewModel;

/// The central grid: a QTableView tuned for tables of millions of rows.
///  - Uniform row heights (vertical header in QHeaderView::Fixed mode), so scrolling never measures rows.
///  - Columns are sized once from the header text and the first kSampleRows rows only, capped at
///    maxColumnWidth(); never resizeColumnsToContents() over all rows (2.3 s per column at 1M rows).
///  - Ctrl+C copies the selection as TSV, Ctrl+Shift+C with the column names first.
///  - Cells of a document's table are edited in place (double-click, F2 or typing; Enter commits and moves down)
///    through GridDelegate's type-aware editors; paste, fill down, clear, insert and delete rows are
///    GridEditActions.
///  - Its model is a RowViewModel (the row filter and the sort) over a TableModel; when a new mapping replaces
///    the rows, the current cell stays on its record if the record is still shown.
///  - The key column (reference, id) can stay in view while scrolling right (setKeyColumn): it moves to the
///    left edge and an overlay view keeps showing it, sharing the model and the selection.
/// Keyboard navigation (arrows, Page Up/Down, Home/End, Ctrl+Home/End) is QTableView's own.
class DataGridView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataGridView)

public:
    static constexpr int kSampleRows = 100;
    /// Copies stop after this many cells (the status bar says so).
    static constexpr qint64 kMaxCopyCells = 2'000'000;

    explicit DataGridView(QWidget* parent = nullptr);

    /// Where the user is, to carry across a model reset that shows the same columns (preview → full table).
    struct ViewState
    {
        QStringList columns;
        QVector<int> widths;
        int currentRow = -1;
        int currentColumn = -1;
        int horizontalScroll = 0;
        int verticalScroll = 0;
    };
    ViewState saveViewState() const;
    /// Restores widths if the columns are the same (by name), then the current cell and scroll position where
    /// they still exist.
    void restoreViewState(const ViewState& state);

    /// Sizes every column to fit its header and the first kSampleRows rows, between minColumnWidth() and
    /// maxColumnWidth().
    void fitColumnsToSample();
    int minColumnWidth() const;
    int maxColumnWidth() const;

    void setModel(QAbstractItemModel* model) override;
    /// The row filter and sort behind the grid, or null when the model is a plain table model.
    RowViewModel* rowView() const;

    /// Keeps column (the key) at the left edge and in view while scrolling right; -1 releases it.
    void setKeyColumn(int column);
    int keyColumn() const { return m_keyColumn; }
    /// The overlay showing the frozen key column, or null.
    QTableView* frozenView() const { return m_frozen; }
    /// Selects the cell of record at column, scrolls it to the middle and gives the grid the focus. False when
    /// the record is not shown (filtered out or deleted).
    bool showRecord(quint32 record, int column);
    GridEditActions* editing() const { return m_editActions; }
    /// The grid's actions for the Edit menu, in menu order (null: a separator).
    QList<QAction*> editActions() const;
    QAction* copyAction() const { return m_copyAction; }
    QAction* copyWithHeadersAction() const { return m_copyWithHeadersAction; }

    /// Keeps the frozen key column's overlay in step (public: navigators scroll the grid to a cell).
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

public slots:
    void copySelection();
    void copySelectionWithHeaders();

signals:
    /// A short message for the status bar ("Copied 3 rows × 2 columns").
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void applyRowHeight();
    void copy(bool withHeaders);
    void updateFrozenGeometry();
    void updateFrozenColumns();
    void syncFrozenPalette();

    QTableView* m_frozen = nullptr;
    int m_keyColumn = -1;
    quint32 m_keepRecord = 0xffffffffU; // the current record across a mapping change
    int m_keepColumn = -1;
    QList<QMetaObject::Connection> m_modelConnections;

    QAction* m_copyAction = nullptr;
    QAction* m_copyWithHeadersAction = nullptr;
    GridEditActions* m_editActions = nullptr;
};

} // namespace plumbline
