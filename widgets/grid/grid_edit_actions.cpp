#include "grid/grid_edit_actions.h"

#include "document/document.h"
#include "grid/data_grid_view.h"
#include "grid/grid_models.h"
#include "grid/selection_tsv.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

namespace plumbline {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const char* name, const QKeySequence& key, const QString& tip)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(key);
    // The grid's own shortcut: several grids in one window must not fight over it, and an open cell editor
    // keeps the keys it uses (Delete, Ctrl+V) for itself.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    return action;
}

std::string utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

/// How many rows of the grid a screen shows.
int rowsOnScreen(const DataGridView& view)
{
    return std::max(1, view.viewport()->height() / std::max(1, view.verticalHeader()->defaultSectionSize()));
}

} // namespace

GridEditActions::GridEditActions(DataGridView* view) : QObject(view), m_view(view)
{
    m_paste = makeAction(this, tr("&Paste"), "actionPaste", QKeySequence::Paste,
                         tr("Paste tab-separated cells (as a spreadsheet copies them) from the current cell"));
    m_fillDown = makeAction(this, tr("Fill &Down"), "actionFillDown", QKeySequence(Qt::CTRL | Qt::Key_D),
                            tr("Copy the top selected cell of each column into the selected cells below it"));
    m_clear = makeAction(this, tr("C&lear Contents"), "actionClearContents", QKeySequence::Delete,
                         tr("Empty the selected cells"));
    m_insertAbove = makeAction(this, tr("Insert Row &Above"), "actionInsertRowAbove",
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
                               tr("Insert as many empty rows as are selected, above the selection"));
    m_insertBelow = makeAction(this, tr("Insert Row &Below"), "actionInsertRowBelow",
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
                               tr("Insert as many empty rows as are selected, below the selection"));
    m_deleteRows = makeAction(this, tr("Dele&te Rows"), "actionDeleteRows", QKeySequence(Qt::CTRL | Qt::Key_Minus),
                              tr("Delete the rows of the selected cells (Undo brings them back)"));
    connect(m_paste, &QAction::triggered, this, [this] { pasteText(QApplication::clipboard()->text()); });
    connect(m_fillDown, &QAction::triggered, this, &GridEditActions::fillDown);
    connect(m_clear, &QAction::triggered, this, &GridEditActions::clearContents);
    connect(m_insertAbove, &QAction::triggered, this, [this] { insertRows(false); });
    connect(m_insertBelow, &QAction::triggered, this, [this] { insertRows(true); });
    connect(m_deleteRows, &QAction::triggered, this, &GridEditActions::deleteRows);
    for (QAction* action : actions())
        if (action)
            view->addAction(action);
    updateEnabled();
}

QList<QAction*> GridEditActions::actions() const
{
    return {m_paste, m_fillDown, m_clear, nullptr, m_insertAbove, m_insertBelow, m_deleteRows};
}

void GridEditActions::updateEnabled()
{
    const bool editable = document() != nullptr;
    for (QAction* action : actions())
        if (action)
            action->setEnabled(editable);
}

Document* GridEditActions::document() const
{
    auto* model = tableModelOf(m_view->model());
    return model ? model->document() : nullptr;
}

int GridEditActions::tableIndex() const
{
    auto* model = tableModelOf(m_view->model());
    return model ? model->tableIndex() : -1;
}

RecordId GridEditActions::recordAt(int row) const
{
    if (auto* rows = rowViewOf(m_view->model()))
        return rows->recordAt(row);
    const Table& t = document()->table(tableIndex());
    return row >= 0 && std::size_t(row) < t.rowCount() ? t.recordId(std::size_t(row)) : kNoRecord;
}

std::vector<int> GridEditActions::selectedRows() const
{
    std::vector<int> rows;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection())
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.push_back(r);
    if (rows.empty() && m_view->currentIndex().isValid())
        rows.push_back(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

bool GridEditActions::pasteText(const QString& text)
{
    Document* doc = document();
    const QModelIndex current = m_view->currentIndex();
    if (!doc || !current.isValid() || text.isEmpty())
        return false;
    QList<QStringList> rows = parseTsv(text);
    if (rows.isEmpty())
        return false;
    const Table& table = doc->table(tableIndex());
    int firstRow = current.row();
    int firstColumn = current.column();
    // One value over a selection of several cells fills the selection, as spreadsheets do.
    const QItemSelection selection = m_view->selectionModel()->selection();
    if (rows.size() == 1 && rows.front().size() == 1 && selection.size() == 1 &&
        selection.front().width() * selection.front().height() > 1) {
        const QItemSelectionRange& range = selection.front();
        const QString value = rows.front().front();
        rows = QList<QStringList>(range.height(), QStringList(range.width(), value));
        firstRow = range.top();
        firstColumn = range.left();
    }
    // Rows past the last row shown are added at the end of the table.
    const int addRows = std::max(0, firstRow + int(rows.size()) - m_view->model()->rowCount());
    const int overwritten = int(rows.size()) - addRows;
    if (overwritten <= rowsOnScreen(*m_view)) {
        applyPaste(rows, firstRow, firstColumn, addRows);
        return true;
    }
    // More than a screen of existing rows would change: show what and ask.
    const int columns = std::min(int(rows.front().size()), table.columnCount() - firstColumn);
    QStringList sample;
    for (int r = 0; r < std::min<int>(5, overwritten); ++r)
        for (int c = 0; c < columns; ++c)
            sample << tr("Row %L1, %2: \u201c%3\u201d \u2192 \u201c%4\u201d")
                          .arg(table.rowOf(recordAt(firstRow + r)) + 1)
                          .arg(table.columnName(firstColumn + c),
                               table.cellText(std::size_t(table.rowOf(recordAt(firstRow + r))), firstColumn + c),
                               rows[r][c]);
    if (m_preview)
        m_preview->close();
    m_preview = new QMessageBox(QMessageBox::Question, tr("Paste"),
                                tr("Paste %Ln row(s) over the existing data?", nullptr, qlonglong(rows.size())),
                                QMessageBox::Ok | QMessageBox::Cancel, m_view->window());
    m_preview->setObjectName(QStringLiteral("pastePreviewBox"));
    m_preview->setInformativeText(
        tr("%L1 cells in %L2 rows and %L3 columns will be overwritten%4. Undo brings them back.")
            .arg(qlonglong(overwritten) * columns)
            .arg(overwritten)
            .arg(columns)
            .arg(addRows > 0 ? tr("; %Ln row(s) will be added", nullptr, addRows) : QString()));
    m_preview->setDetailedText(sample.join(u'\n'));
    m_preview->button(QMessageBox::Ok)->setText(tr("Paste"));
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &QMessageBox::finished, this, [this, rows, firstRow, firstColumn, addRows](int result) {
        if (result == QMessageBox::Ok)
            applyPaste(rows, firstRow, firstColumn, addRows);
        else
            emit statusMessage(tr("Nothing was pasted."));
    });
    m_preview->open();
    return true;
}

void GridEditActions::applyPaste(const QList<QStringList>& rows, int firstRow, int firstColumn, int addRows)
{
    Document* doc = document();
    if (!doc)
        return;
    const int table = tableIndex();
    doc->undoStack()->beginMacro(tr("Paste %Ln row(s)", nullptr, int(rows.size())));
    if (addRows > 0) {
        if (auto* view = rowViewOf(m_view->model()))
            view->setInsertHint(view->rowCount()); // after the rows shown
        doc->insertRows(table, doc->table(table).rowCount(), std::size_t(addRows));
    }
    const Table& t = doc->table(table);
    const int columns = std::min(int(rows.front().size()), t.columnCount() - firstColumn);
    CellChanges changes;
    changes.reserve(std::size_t(rows.size()) * std::size_t(std::max(columns, 0)));
    for (int r = 0; r < rows.size(); ++r) {
        const RecordId record = recordAt(firstRow + r);
        if (record == kNoRecord)
            continue;
        for (int c = 0; c < columns; ++c)
            changes.push_back({record, firstColumn + c, utf8(rows[r][c])});
    }
    const std::size_t changed = doc->applyChanges(table, changes, tr("Paste"));
    doc->undoStack()->endMacro();
    QString message = tr("Pasted %Ln cell(s)", nullptr, qlonglong(changed));
    if (int(rows.front().size()) > columns)
        message += tr("; %Ln column(s) did not fit and were left out", nullptr, int(rows.front().size()) - columns);
    emit statusMessage(message + u'.');
    const QModelIndex first = m_view->model()->index(firstRow, firstColumn);
    const QModelIndex last = m_view->model()->index(firstRow + int(rows.size()) - 1, firstColumn + columns - 1);
    m_view->selectionModel()->select(QItemSelection(first, last), QItemSelectionModel::ClearAndSelect);
}

void GridEditActions::fillDown()
{
    Document* doc = document();
    if (!doc)
        return;
    const Table& t = doc->table(tableIndex());
    CellChanges changes;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection()) {
        const std::int64_t topRow = t.rowOf(recordAt(range.top()));
        if (topRow < 0)
            continue;
        for (int c = range.left(); c <= range.right(); ++c) {
            const std::string top(t.cell(std::size_t(topRow), c));
            for (int r = range.top() + 1; r <= range.bottom(); ++r)
                changes.push_back({recordAt(r), c, top});
        }
    }
    const std::size_t changed = doc->applyChanges(tableIndex(), changes, tr("Fill Down"));
    emit statusMessage(tr("Filled %Ln cell(s).", nullptr, qlonglong(changed)));
}

void GridEditActions::clearContents()
{
    Document* doc = document();
    if (!doc)
        return;
    CellChanges changes;
    const QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex& index : indexes)
        changes.push_back({recordAt(index.row()), index.column(), {}});
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        changes.push_back({recordAt(m_view->currentIndex().row()), m_view->currentIndex().column(), {}});
    const std::size_t changed = doc->applyChanges(tableIndex(), changes, tr("Clear Contents"));
    emit statusMessage(tr("Cleared %Ln cell(s).", nullptr, qlonglong(changed)));
}

void GridEditActions::insertRows(bool below)
{
    Document* doc = document();
    if (!doc)
        return;
    const std::vector<int> rows = selectedRows();
    const std::size_t count = std::max<std::size_t>(1, rows.size());
    const Table& t = doc->table(tableIndex());
    // In the table, next to the record the user chose; in the view, right where the user inserted them.
    const int viewAt = rows.empty() ? m_view->model()->rowCount() : (below ? rows.back() + 1 : rows.front());
    std::size_t at = t.rowCount();
    if (!rows.empty()) {
        const std::int64_t row = t.rowOf(recordAt(below ? rows.back() : rows.front()));
        if (row >= 0)
            at = std::size_t(row) + (below ? 1 : 0);
    }
    if (auto* view = rowViewOf(m_view->model()))
        view->setInsertHint(viewAt);
    doc->insertRows(tableIndex(), at, count);
    const QModelIndex first = m_view->model()->index(viewAt, std::max(0, m_view->currentIndex().column()));
    m_view->setCurrentIndex(first);
    emit statusMessage(tr("Inserted %Ln row(s).", nullptr, qlonglong(count)));
}

void GridEditActions::deleteRows()
{
    Document* doc = document();
    if (!doc)
        return;
    std::vector<RecordId> records;
    for (int row : selectedRows())
        if (const RecordId record = recordAt(row); record != kNoRecord)
            records.push_back(record);
    if (records.empty())
        return;
    doc->removeRecords(tableIndex(), records);
    emit statusMessage(tr("Deleted %Ln row(s); Undo brings them back.", nullptr, qlonglong(records.size())));
}

} // namespace plumbline
