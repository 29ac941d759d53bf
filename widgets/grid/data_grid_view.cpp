#include "grid/data_grid_view.h"

#include "grid/grid_delegate.h"
#include "grid/grid_edit_actions.h"
#include "grid/row_header_view.h"
#include "grid/selection_tsv.h"
#include "grid/typed_header_view.h"
#include "itemmodels/table_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace plumbline {

DataGridView::DataGridView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("dataGrid"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Double-click, F2 or typing edits a cell (models without a document are read-only and ignore it).
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setItemDelegate(new GridDelegate(this));

    setVerticalHeader(new RowHeaderView(this));
    QHeaderView* rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed); // uniform heights: the view never asks rows for a size
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    applyRowHeight();

    setHorizontalHeader(new TypedHeaderView(this));
    QHeaderView* columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setTextElideMode(Qt::ElideRight);
    columns->setHighlightSections(true);
    columns->setStretchLastSection(false);

    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("actionCopy"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setStatusTip(tr("Copy the selected cells as tab-separated text"));
    connect(m_copyAction, &QAction::triggered, this, &DataGridView::copySelection);
    addAction(m_copyAction);

    m_copyWithHeadersAction = new QAction(tr("Copy with &Headers"), this);
    m_copyWithHeadersAction->setObjectName(QStringLiteral("actionCopyWithHeaders"));
    m_copyWithHeadersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyWithHeadersAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyWithHeadersAction->setStatusTip(tr("Copy the selected cells with their column names"));
    connect(m_copyWithHeadersAction, &QAction::triggered, this, &DataGridView::copySelectionWithHeaders);
    addAction(m_copyWithHeadersAction);

    m_editActions = new GridEditActions(this);
    connect(m_editActions, &GridEditActions::statusMessage, this, &DataGridView::statusMessage);
}

void DataGridView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, m_editActions, &GridEditActions::updateEnabled);
    m_editActions->updateEnabled();
}

void DataGridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter commits and moves down, as in a spreadsheet.
    const bool down = hint == QAbstractItemDelegate::SubmitModelCache;
    QTableView::closeEditor(editor, down ? QAbstractItemDelegate::NoHint : hint);
    if (down && currentIndex().isValid() && currentIndex().row() + 1 < model()->rowCount())
        setCurrentIndex(model()->index(currentIndex().row() + 1, currentIndex().column()));
}

void DataGridView::applyRowHeight()
{
    const int height = fontMetrics().height() + 8;
    verticalHeader()->setMinimumSectionSize(height);
    verticalHeader()->setDefaultSectionSize(height);
}

void DataGridView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyRowHeight();
}

int DataGridView::minColumnWidth() const
{
    return fontMetrics().horizontalAdvance(QLatin1Char('0')) * 6;
}

int DataGridView::maxColumnWidth() const
{
    return fontMetrics().horizontalAdvance(QLatin1Char('0')) * 36;
}

void DataGridView::fitColumnsToSample()
{
    QAbstractItemModel* m = model();
    if (!m)
        return;
    const int rowsToSample = std::min(m->rowCount(), kSampleRows);
    const int lo = minColumnWidth();
    const int hi = maxColumnWidth();
    // The item delegate pads text by (focus frame margin + 1) on each side; measuring the text directly is
    // several times cheaper than asking the delegate, which fetches every role of every sampled cell.
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 2;
    const QFontMetrics metrics = fontMetrics();
    for (int column = 0; column < m->columnCount(); ++column) {
        int width = horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < rowsToSample && width < hi; ++row)
            width = std::max(width, metrics.horizontalAdvance(m->index(row, column).data().toString()) + padding);
        setColumnWidth(column, std::clamp(width, lo, hi));
    }
}

DataGridView::ViewState DataGridView::saveViewState() const
{
    ViewState state;
    if (QAbstractItemModel* m = model()) {
        for (int column = 0; column < m->columnCount(); ++column) {
            state.columns.append(m->headerData(column, Qt::Horizontal, int(TableModel::Role::ColumnName)).toString());
            state.widths.append(columnWidth(column));
        }
    }
    state.currentRow = currentIndex().row();
    state.currentColumn = currentIndex().column();
    state.horizontalScroll = horizontalScrollBar()->value();
    state.verticalScroll = verticalScrollBar()->value();
    return state;
}

void DataGridView::restoreViewState(const ViewState& state)
{
    QAbstractItemModel* m = model();
    if (!m)
        return;
    QStringList columns;
    for (int column = 0; column < m->columnCount(); ++column)
        columns.append(m->headerData(column, Qt::Horizontal, int(TableModel::Role::ColumnName)).toString());
    if (columns != state.columns) {
        fitColumnsToSample();
        return;
    }
    for (int column = 0; column < state.widths.size(); ++column)
        setColumnWidth(column, state.widths[column]);
    if (state.currentRow >= 0 && state.currentRow < m->rowCount() && state.currentColumn >= 0)
        selectionModel()->setCurrentIndex(m->index(state.currentRow, state.currentColumn),
                                          QItemSelectionModel::ClearAndSelect);
    // Scroll ranges are recomputed lazily; update them before restoring the positions.
    updateGeometries();
    horizontalScrollBar()->setValue(state.horizontalScroll);
    verticalScrollBar()->setValue(state.verticalScroll);
}

QList<QAction*> DataGridView::editActions() const
{
    return QList<QAction*>{m_copyAction, m_copyWithHeadersAction} + m_editActions->actions();
}

void DataGridView::copySelection()
{
    copy(false);
}

void DataGridView::copySelectionWithHeaders()
{
    copy(true);
}

void DataGridView::copy(bool withHeaders)
{
    if (!model() || !selectionModel())
        return;
    QItemSelection selection = selectionModel()->selection();
    if (selection.isEmpty() && currentIndex().isValid())
        selection.select(currentIndex(), currentIndex());
    const TsvCopy copied =
        selectionToTsv(*model(), selection, withHeaders, int(TableModel::Role::ColumnName), kMaxCopyCells);
    if (copied.rows == 0)
        return;
    QApplication::clipboard()->setText(copied.text);
    QString message = tr("Copied %L1 %2 \u00d7 %L3 %4")
                          .arg(copied.rows)
                          .arg(copied.rows == 1 ? tr("row") : tr("rows"))
                          .arg(copied.columns)
                          .arg(copied.columns == 1 ? tr("column") : tr("columns"));
    if (copied.truncated)
        message += tr(" (the selection was cut to %L1 cells)").arg(kMaxCopyCells);
    emit statusMessage(message);
}

} // namespace plumbline
