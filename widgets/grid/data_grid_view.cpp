#include "grid/data_grid_view.h"

#include "grid/grid_delegate.h"
#include "grid/grid_edit_actions.h"
#include "grid/row_header_view.h"
#include "grid/selection_tsv.h"
#include "grid/typed_header_view.h"
#include "itemmodels/row_view_model.h"
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
    for (const auto& c : m_modelConnections)
        disconnect(c);
    m_modelConnections.clear();
    QTableView::setModel(model);
    if (model) {
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, m_editActions,
                                      &GridEditActions::updateEnabled);
        m_modelConnections << connect(model, &QAbstractItemModel::columnsInserted, this,
                                      &DataGridView::updateFrozenColumns);
        m_modelConnections << connect(model, &QAbstractItemModel::columnsRemoved, this,
                                      &DataGridView::updateFrozenColumns);
    }
    if (RowViewModel* rows = rowView()) {
        // A new mapping replaces the rows: stay on the same record (and column) if it is still shown.
        m_modelConnections << connect(rows, &RowViewModel::mappingAboutToChange, this, [this] {
            const QModelIndex current = currentIndex();
            m_keepRecord = current.isValid() ? rowView()->recordAt(current.row()) : 0xffffffffU;
            m_keepColumn = current.column();
        });
        m_modelConnections << connect(rows, &RowViewModel::mappingChanged, this, [this] {
            const int row = rowView()->rowOfRecord(m_keepRecord);
            if (row >= 0) {
                const QModelIndex target = this->model()->index(row, std::max(0, m_keepColumn));
                selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
                scrollTo(target, QAbstractItemView::PositionAtCenter);
            } else if (this->model()->rowCount() > 0) {
                selectionModel()->setCurrentIndex(this->model()->index(0, std::max(0, m_keepColumn)),
                                                  QItemSelectionModel::ClearAndSelect);
                scrollToTop();
            }
        });
    }
    if (m_frozen) {
        m_frozen->setModel(model);
        m_frozen->setSelectionModel(selectionModel());
    }
    m_editActions->updateEnabled();
    updateFrozenColumns();
}

RowViewModel* DataGridView::rowView() const
{
    return qobject_cast<RowViewModel*>(model());
}

bool DataGridView::showRecord(quint32 record, int column)
{
    QAbstractItemModel* m = model();
    if (!m)
        return false;
    int row = -1;
    if (RowViewModel* rows = rowView())
        row = rows->rowOfRecord(record);
    else if (auto* table = qobject_cast<TableModel*>(m); table && table->table())
        row = int(table->table()->rowOf(record));
    if (row < 0 || row >= m->rowCount())
        return false;
    const QModelIndex target = m->index(row, std::clamp(column, 0, std::max(0, m->columnCount() - 1)));
    QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect;
    if (column < 0)
        flags |= QItemSelectionModel::Rows;
    selectionModel()->setCurrentIndex(target, flags);
    scrollTo(target, QAbstractItemView::PositionAtCenter);
    return true;
}

void DataGridView::setKeyColumn(int column)
{
    QAbstractItemModel* m = model();
    if (!m || column >= m->columnCount())
        column = -1;
    if (column == m_keyColumn && (column < 0) == (m_frozen == nullptr))
        return;
    QHeaderView* header = horizontalHeader();
    if (m_keyColumn >= 0 && m_keyColumn < header->count())
        header->moveSection(header->visualIndex(m_keyColumn), m_keyColumn); // back to its own place
    m_keyColumn = column;
    if (column < 0) {
        delete m_frozen;
        m_frozen = nullptr;
        return;
    }
    header->moveSection(header->visualIndex(column), 0);
    if (!m_frozen) {
        m_frozen = new QTableView(this);
        m_frozen->setObjectName(QStringLiteral("frozenKeyColumn"));
        m_frozen->setAccessibleName(tr("Key column"));
        m_frozen->setAccessibleDescription(tr("The key column, kept in view while the grid scrolls right"));
        m_frozen->setFocusPolicy(Qt::NoFocus);
        m_frozen->verticalHeader()->hide();
        m_frozen->setHorizontalHeader(new TypedHeaderView(m_frozen));
        m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_frozen->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_frozen->setItemDelegate(new GridDelegate(m_frozen));
        m_frozen->setWordWrap(false);
        m_frozen->setAlternatingRowColors(true);
        m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_frozen->setVerticalScrollMode(verticalScrollMode());
        m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_frozen->setFrameShape(QFrame::NoFrame);
        // A rule on its right edge says where the frozen part ends.
        m_frozen->setStyleSheet(QStringLiteral("QTableView#frozenKeyColumn { border-right: 2px solid palette(mid); }"));
        m_frozen->setModel(model());
        m_frozen->setSelectionModel(selectionModel());
        viewport()->stackUnder(m_frozen);
        connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
                &QAbstractSlider::setValue);
        connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
                &QAbstractSlider::setValue);
        connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
            if (m_frozen && logical == m_keyColumn) {
                m_frozen->setColumnWidth(logical, size);
                updateFrozenGeometry();
            }
        });
        connect(m_frozen, &QAbstractItemView::clicked, this, [this] { setFocus(); });
        m_frozen->show();
        syncFrozenPalette();
    }
    updateFrozenColumns();
}

void DataGridView::updateFrozenColumns()
{
    if (!m_frozen || !model())
        return;
    if (m_keyColumn >= model()->columnCount()) {
        setKeyColumn(-1);
        return;
    }
    for (int c = 0; c < model()->columnCount(); ++c)
        m_frozen->setColumnHidden(c, c != m_keyColumn);
    m_frozen->setColumnWidth(m_keyColumn, columnWidth(m_keyColumn));
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->verticalHeader()->setMinimumSectionSize(verticalHeader()->minimumSectionSize());
    updateFrozenGeometry();
}

void DataGridView::updateFrozenGeometry()
{
    if (!m_frozen)
        return;
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(m_keyColumn) + 2,
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
}

void DataGridView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void DataGridView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

QModelIndex DataGridView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left must not leave the cursor hidden under the frozen column.
    if (m_frozen && cursorAction == MoveLeft && current.column() != m_keyColumn &&
        visualRect(current).topLeft().x() < m_frozen->columnWidth(m_keyColumn)) {
        const int scroll =
            horizontalScrollBar()->value() + visualRect(current).topLeft().x() - m_frozen->columnWidth(m_keyColumn);
        horizontalScrollBar()->setValue(scroll);
    }
    return current;
}

void DataGridView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    if (!m_frozen || index.column() != m_keyColumn || !index.isValid()) {
        QTableView::scrollTo(index, hint);
        return;
    }
    // The key column is always in view: scroll to its row only, leaving the horizontal position as it is.
    const int visible = columnAt(m_frozen->width() + 1);
    QTableView::scrollTo(model()->index(index.row(), visible >= 0 ? visible : index.column()), hint);
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
    if (event->type() == QEvent::PaletteChange)
        syncFrozenPalette();
}

void DataGridView::focusInEvent(QFocusEvent* event)
{
    QTableView::focusInEvent(event);
    syncFrozenPalette();
}

void DataGridView::focusOutEvent(QFocusEvent* event)
{
    QTableView::focusOutEvent(event);
    syncFrozenPalette();
}

void DataGridView::syncFrozenPalette()
{
    if (!m_frozen)
        return;
    // The key column never takes focus, so it would paint its selection in the inactive colours, which in the
    // dark palette are hard to read against the cells; it shows the selection as the grid it belongs to does.
    QPalette frozen = palette();
    const QPalette::ColorGroup shown = hasFocus() ? QPalette::Active : QPalette::Inactive;
    for (const auto role : {QPalette::Highlight, QPalette::HighlightedText})
        frozen.setColor(QPalette::Inactive, role, palette().color(shown, role));
    m_frozen->setPalette(frozen);
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
