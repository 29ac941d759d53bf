#include "validation/finding_navigator.h"

#include "document/document.h"
#include "grid/data_grid_view.h"
#include "itemmodels/findings_tree_model.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"
#include "panels/findings/findings_dock.h"
#include "style/icons.h"
#include "tables/table_tabs.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>

namespace plumbline {

FindingNavigator::FindingNavigator(QMainWindow* window, TableTabs* tabs)
    : QObject(window), m_window(window), m_tabs(tabs)
{
    m_dock = new FindingsDock(window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    connect(m_dock, &FindingsDock::findingActivated, this, &FindingNavigator::showFinding);
    connect(m_dock, &FindingsDock::showRowsRequested, this, &FindingNavigator::showRows);
    connect(m_dock, &FindingsDock::severityMaskChanged, m_tabs, &TableTabs::setSeverityMask);
    connect(m_dock, &FindingsDock::nextRequested, this, &FindingNavigator::next);
    connect(m_dock, &FindingsDock::previousRequested, this, &FindingNavigator::previous);

    m_next = new QAction(icons::named("next-finding"), tr("&Next Finding"), this);
    m_next->setObjectName(QStringLiteral("actionNextFinding"));
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    m_next->setStatusTip(tr("Go to the next cell with a finding in the grid"));
    connect(m_next, &QAction::triggered, this, &FindingNavigator::next);
    m_previous = new QAction(icons::named("previous-finding"), tr("Previ&ous Finding"), this);
    m_previous->setObjectName(QStringLiteral("actionPreviousFinding"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previous->setStatusTip(tr("Go to the previous cell with a finding in the grid"));
    connect(m_previous, &QAction::triggered, this, &FindingNavigator::previous);
    window->addActions({m_next, m_previous});
}

void FindingNavigator::setDocument(Document* document)
{
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    const bool another = document != m_document;
    m_document = document;
    if (!m_document) {
        m_dock->setNotValidated(tr("Open a file to validate it."));
        return;
    }
    const auto queue = [this] {
        // Edits can re-check many times a second: refresh the panel once the burst is over.
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QMetaObject::invokeMethod(
            this, [this] { refresh(false); }, Qt::QueuedConnection);
    };
    m_connections << connect(m_document, &Document::findingsChanged, this, queue);
    m_connections << connect(m_document, &Document::findingsReset, this, [this] {
        refresh(false);
        m_tabs->refreshKeyColumns(); // the run names each table's key
    });
    if (m_document->findings())
        refresh(another);
    else {
        if (another)
            m_dock->setFindings(nullptr, true); // a new file starts with every severity shown
        m_dock->setNotValidated(tr("Not validated yet: press F5."));
    }
}

void FindingNavigator::validationStarted()
{
    if (m_document && !m_document->findings())
        m_dock->setNotValidated(tr("Validating\u2026"));
}

void FindingNavigator::validationCanceled()
{
    if (m_document && !m_document->findings())
        m_dock->setNotValidated(tr("Validation canceled: press F5 to validate."));
}

void FindingNavigator::refresh(bool anotherDocument)
{
    m_refreshQueued = false;
    if (m_document && m_document->findings())
        m_dock->setFindings(m_document->findings(), anotherDocument, m_document->findingsAsValidated());
}

bool FindingNavigator::showFinding(const QString& table, RecordId record, int column)
{
    const int tab = table.isEmpty() ? m_tabs->currentIndex() : m_tabs->tabOf(table);
    if (tab < 0)
        return false;
    m_tabs->setCurrentIndex(tab);
    DataGridView* grid = m_tabs->grid(tab);
    if (record == kNoRecord) {
        // A finding about the table or a column: its column, first row.
        if (grid->model()->rowCount() > 0) {
            const QModelIndex target = grid->model()->index(0, std::clamp(column, 0, grid->model()->columnCount() - 1));
            grid->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
            grid->scrollTo(target);
        }
        return true;
    }
    if (grid->showRecord(record, column))
        return true;
    RowViewModel* rows = grid->rowView();
    if (rows && !rows->query().isIdentity() && m_tabs->table(tab) && m_tabs->table(tab)->rowOf(record) >= 0)
        emit statusMessage(tr("Row %L1 is hidden by the row filter; clear the filter to see it.")
                               .arg(m_tabs->table(tab)->rowOf(record) + 1),
                           6000);
    else
        emit statusMessage(tr("That row is no longer in the table."), 5000);
    return false;
}

void FindingNavigator::showRows(const QString& table, const std::vector<RecordId>& records, const QString& label)
{
    const int tab = table.isEmpty() ? m_tabs->currentIndex() : m_tabs->tabOf(table);
    RowViewModel* rows = m_tabs->rowView(tab);
    if (!rows)
        return;
    m_tabs->setCurrentIndex(tab);
    RowQuery query = rows->query();
    query.records = std::make_shared<const std::vector<RecordId>>(records);
    query.recordsLabel = label;
    rows->setQuery(query);
    m_tabs->grid(tab)->setFocus();
}

bool FindingNavigator::next()
{
    return step(true);
}

bool FindingNavigator::previous()
{
    return step(false);
}

bool FindingNavigator::step(bool forward)
{
    DataGridView* grid = m_tabs->currentGrid();
    RowViewModel* rows = grid ? grid->rowView() : nullptr;
    TableModel* table = rows ? rows->tableModel() : nullptr;
    Document* doc = table ? table->document() : nullptr;
    const FindingIndex* index = doc ? doc->findingIndex(table->tableIndex()) : nullptr;
    if (!index || rows->rowCount() == 0) {
        emit statusMessage(tr("No findings to go to: validate first (F5)."), 4000);
        return false;
    }
    const unsigned mask = m_tabs->severityMask();
    const int n = rows->rowCount();
    const int columns = rows->columnCount();
    const QHeaderView* header = grid->horizontalHeader();
    // A record's severity as shown: the index's worst when shown, else the model's answer (the next worst).
    const auto shownRow = [&](int row, RecordId record) {
        const auto worst = index->rowSeverity(record);
        if (!worst)
            return false;
        if ((mask & (1u << unsigned(*worst))) && !table->mayHideFindingsOf(record))
            return true;
        return rows->headerData(row, Qt::Vertical, int(TableModel::Role::FindingSeverity)).isValid();
    };
    const auto shownCell = [&](int row, RecordId record, int column) {
        const auto worst = index->cellSeverity(record, column);
        if (!worst)
            return false;
        if ((mask & (1u << unsigned(*worst))) && !table->mayHideFindingsOf(record))
            return true;
        return rows->index(row, column).data(int(TableModel::Role::FindingSeverity)).isValid();
    };
    const QModelIndex current = grid->currentIndex();
    const int startRow = current.isValid() ? current.row() : (forward ? n - 1 : 0);
    const int startVisual = current.isValid() ? header->visualIndex(current.column()) : (forward ? columns : -1);
    // Visit rows from the current one, wrapping; on the first visit only the cells past the current one count,
    // on the last (the current row again) only those before it.
    for (int k = 0; k <= n; ++k) {
        const int row = forward ? (startRow + k) % n : ((startRow - k) % n + n) % n;
        const RecordId record = rows->recordAt(row);
        if (!shownRow(row, record))
            continue;
        int from = forward ? 0 : columns - 1;
        int to = forward ? columns : -1;
        if (k == 0) {
            from = forward ? startVisual + 1 : startVisual - 1;
        } else if (k == n) {
            to = forward ? startVisual + 1 : startVisual - 1;
        }
        for (int v = from; v != to; v += forward ? 1 : -1) {
            if (v < 0 || v >= columns)
                break;
            const int column = header->logicalIndex(v);
            if (shownCell(row, record, column)) {
                grid->showRecord(record, column);
                grid->setFocus();
                if (k > 0 && ((forward && row <= startRow) || (!forward && row >= startRow)))
                    emit statusMessage(forward ? tr("Went past the last finding back to the first.")
                                               : tr("Went past the first finding back to the last."),
                                       3000);
                if (const auto& store = m_dock->model()->findings()) {
                    const QString name = table->table()->name();
                    for (std::size_t t = 0; t < store->tables().size(); ++t) {
                        if (store->tables()[t].name != name)
                            continue;
                        const auto [first, last] = store->rangeOf(std::uint16_t(t), record);
                        for (std::size_t i = first; i < last; ++i)
                            if ((store->record(i).column == column || store->record(i).column2 == column) &&
                                (store != doc->findings() || table->isFindingShown(i))) {
                                m_dock->selectFinding(i);
                                break;
                            }
                    }
                }
                return true;
            }
        }
        if (k > 0 && k < n) {
            // Only whole-row findings (a duplicate row): the row.
            grid->showRecord(record, -1);
            grid->setFocus();
            return true;
        }
    }
    emit statusMessage(tr("No findings shown in this grid."), 4000);
    return false;
}

} // namespace plumbline
