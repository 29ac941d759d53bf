#pragma once

#include <QStringList>
#include <QTableView>
#include <QVector>

class QAction;

namespace plumbline {

class GridEditActions;

/// The central grid: a QTableView tuned for tables of millions of rows.
///  - Uniform row heights (vertical header in QHeaderView::Fixed mode), so scrolling never measures rows.
///  - Columns are sized once from the header text and the first kSampleRows rows only, capped at
///    maxColumnWidth(); never resizeColumnsToContents() over all rows (2.3 s per column at 1M rows).
///  - Ctrl+C copies the selection as TSV, Ctrl+Shift+C with the column names first.
///  - Cells of a document's table are edited in place (double-click, F2 or typing; Enter commits and moves down)
///    through GridDelegate's type-aware editors; paste, fill down, clear, insert and delete rows are
///    GridEditActions.
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
    GridEditActions* editing() const { return m_editActions; }
    /// The grid's actions for the Edit menu, in menu order (null: a separator).
    QList<QAction*> editActions() const;
    QAction* copyAction() const { return m_copyAction; }
    QAction* copyWithHeadersAction() const { return m_copyWithHeadersAction; }

public slots:
    void copySelection();
    void copySelectionWithHeaders();

signals:
    /// A short message for the status bar ("Copied 3 rows × 2 columns").
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void applyRowHeight();
    void copy(bool withHeaders);

    QAction* m_copyAction = nullptr;
    QAction* m_copyWithHeadersAction = nullptr;
    GridEditActions* m_editActions = nullptr;
};

} // namespace plumbline
