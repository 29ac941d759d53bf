#include "tables/table_tabs.h"

#include "document/document.h"
#include "itemmodels/row_view_model.h"
#include "itemmodels/table_model.h"

#include <QContextMenuEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QTabBar>

namespace plumbline {

TableTabs::TableTabs(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("tableTabs"));
    setDocumentMode(true);
    setTabBarAutoHide(true);
    setUsesScrollButtons(true);
    tabBar()->setExpanding(false);
    addGrid(nullptr, -1);
    connect(this, &QTabWidget::currentChanged, this, [this](int tab) {
        if (DataGridView* g = grid(tab))
            emit currentGridChanged(g);
    });
}

DataGridView* TableTabs::addGrid(const std::shared_ptr<const Table>& table, int tableIndex)
{
    auto* model = new TableModel(this);
    auto* rows = new RowViewModel(model);
    rows->setSourceModel(model);
    auto* view = new DataGridView(this);
    view->setModel(rows);
    if (m_document && tableIndex >= 0)
        model->setDocument(m_document, tableIndex);
    else
        model->setTable(table);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->viewport()->installEventFilter(this);
    connect(view, &DataGridView::statusMessage, this, &TableTabs::statusMessage);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
        emit contextMenuRequested(view->indexAt(pos), view->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, view](const QModelIndex& current) {
                if (view == currentGrid())
                    emit currentCellChanged(current);
            });
    // A screen reader names the grid after its table; the tab says the same to sighted users.
    view->setAccessibleName(table ? tr("Table %1").arg(table->name()) : tr("Empty table"));
    if (table) {
        const int tab = addTab(view, labelFor(*table));
        setTabToolTip(tab, toolTipFor(*table));
        view->fitColumnsToSample();
        view->setCurrentIndex(rows->index(0, 0));
        applyOptions(view);
    } else {
        addTab(view, tr("(no table)"));
    }
    return view;
}

void TableTabs::clearTabs()
{
    while (count() > 0) {
        QWidget* page = widget(0);
        auto* view = qobject_cast<DataGridView*>(page);
        QAbstractItemModel* oldModel = view ? model(0) : nullptr; // owns the row view
        removeTab(0);
        delete page;
        delete oldModel;
    }
}

QString TableTabs::labelFor(const Table& table)
{
    return table.name().isEmpty() ? tr("Table") : table.name();
}

QString TableTabs::toolTipFor(const Table& table)
{
    return tr("%1: %L2 rows, %L3 columns")
        .arg(labelFor(table))
        .arg(qulonglong(table.rowCount()))
        .arg(table.columnCount());
}

void TableTabs::setDataset(const std::shared_ptr<const Dataset>& dataset, bool sameSource)
{
    m_document = nullptr;
    showTables(dataset, sameSource);
}

void TableTabs::setDocument(Document* document, bool sameSource)
{
    m_document = document;
    showTables(document ? document->sharedDataset() : nullptr, sameSource);
}

void TableTabs::showTables(const std::shared_ptr<const Dataset>& dataset, bool sameSource)
{
    m_dataset = dataset;
    std::vector<std::shared_ptr<const Table>> tables;
    if (dataset)
        tables.assign(dataset->tables.begin(), dataset->tables.end());

    bool sameTables = sameSource && int(tables.size()) == count() && !tables.empty();
    for (int tab = 0; sameTables && tab < count(); ++tab) {
        const auto shown = table(tab);
        sameTables = shown && shown->name() == tables[std::size_t(tab)]->name();
    }
    if (sameTables) {
        // Same tables, new contents (typically the preview replaced by the whole file): one reset per model,
        // and the caller restores the view state it saved.
        for (int tab = 0; tab < count(); ++tab) {
            if (m_document)
                model(tab)->setDocument(m_document, tab);
            else
                model(tab)->setTable(tables[std::size_t(tab)]);
            setTabToolTip(tab, toolTipFor(*tables[std::size_t(tab)]));
            applyOptions(grid(tab));
        }
        emit currentGridChanged(currentGrid());
        return;
    }

    QSignalBlocker blocker(this); // one currentGridChanged below, not one per tab
    clearTabs();
    if (tables.empty())
        addGrid(nullptr, -1);
    for (std::size_t t = 0; t < tables.size(); ++t)
        addGrid(tables[t], int(t));
    setCurrentIndex(0);
    blocker.unblock();
    emit currentGridChanged(currentGrid());
}

DataGridView* TableTabs::grid(int tab) const
{
    return qobject_cast<DataGridView*>(widget(tab));
}

TableModel* TableTabs::model(int tab) const
{
    RowViewModel* rows = rowView(tab);
    return rows ? rows->tableModel() : nullptr;
}

RowViewModel* TableTabs::rowView(int tab) const
{
    DataGridView* view = grid(tab);
    return view ? qobject_cast<RowViewModel*>(view->model()) : nullptr;
}

void TableTabs::applyOptions(DataGridView* view)
{
    TableModel* m = view->rowView() ? view->rowView()->tableModel() : nullptr;
    if (!m)
        return;
    m->setShowInvisibles(m_showInvisibles);
    m->setSeverityMask(m_severityMask);
    m->setHiddenFindings(m_hidden);
    view->setKeyColumn(m_freezeKey ? m->keyColumn() : -1);
}

void TableTabs::setFreezeKeyColumn(bool on)
{
    m_freezeKey = on;
    refreshKeyColumns();
}

void TableTabs::setShowInvisibles(bool on)
{
    m_showInvisibles = on;
    for (int tab = 0; tab < count(); ++tab)
        if (TableModel* m = model(tab))
            m->setShowInvisibles(on);
}

void TableTabs::setSeverityMask(unsigned mask)
{
    m_severityMask = mask;
    for (int tab = 0; tab < count(); ++tab)
        if (TableModel* m = model(tab))
            m->setSeverityMask(mask);
}

void TableTabs::setHiddenFindings(std::shared_ptr<const HiddenFindings> hidden)
{
    m_hidden = std::move(hidden);
    for (int tab = 0; tab < count(); ++tab)
        if (TableModel* m = model(tab))
            m->setHiddenFindings(m_hidden);
}

void TableTabs::refreshKeyColumns()
{
    for (int tab = 0; tab < count(); ++tab)
        if (TableModel* m = model(tab); m && m->table())
            grid(tab)->setKeyColumn(m_freezeKey ? m->keyColumn() : -1);
}

std::shared_ptr<const Table> TableTabs::table(int tab) const
{
    TableModel* m = model(tab);
    return m ? m->table() : nullptr;
}

int TableTabs::tabOf(const QString& tableName) const
{
    for (int tab = 0; tab < count(); ++tab) {
        const auto t = table(tab);
        if (t && t->name() == tableName)
            return tab;
    }
    return -1;
}

TableTabs::State TableTabs::saveState() const
{
    State state;
    for (int tab = 0; tab < count(); ++tab) {
        const auto t = table(tab);
        state.tables.append(t ? t->name() : QString());
        state.grids.append(grid(tab)->saveViewState());
    }
    state.current = currentIndex();
    return state;
}

void TableTabs::restoreState(const State& state)
{
    for (int tab = 0; tab < count(); ++tab) {
        const auto t = table(tab);
        const qsizetype at = state.tables.indexOf(t ? t->name() : QString());
        if (at >= 0)
            grid(tab)->restoreViewState(state.grids[at]);
    }
    if (state.current >= 0 && state.current < state.tables.size()) {
        const int tab = tabOf(state.tables[state.current]);
        if (tab >= 0)
            setCurrentIndex(tab);
    }
}

bool TableTabs::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+click on a reference cell follows it instead of toggling the cell's selection.
    if (event->type() == QEvent::MouseButtonPress) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && (mouse->modifiers() & Qt::ControlModifier)) {
            DataGridView* view = currentGrid();
            if (view && watched == view->viewport()) {
                const QModelIndex index = view->indexAt(mouse->position().toPoint());
                if (index.data(int(TableModel::Role::IsReference)).toBool()) {
                    view->setCurrentIndex(index);
                    emit followRequested(index);
                    return true;
                }
            }
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

} // namespace plumbline
