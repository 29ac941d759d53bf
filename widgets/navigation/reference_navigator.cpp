#include "navigation/reference_navigator.h"

#include "grid/grid_models.h"
#include "itemmodels/table_model.h"
#include "tables/table_tabs.h"

#include <QPromise>

namespace plumbline {

namespace {

QString indexKey(const QString& table, int column)
{
    return table + QLatin1Char('\n') + QString::number(column);
}

void buildIndex(QPromise<std::shared_ptr<const RowKeyIndex>>& promise, std::shared_ptr<const Table> table, int column)
{
    PromiseProgress<std::shared_ptr<const RowKeyIndex>> progress(promise);
    auto index = RowKeyIndex::build(std::move(table), column, progress);
    if (index)
        promise.addResult(std::move(index));
}

QString shortValue(const QByteArray& value)
{
    QString text = QString::fromUtf8(value);
    if (text.size() > 60)
        text = text.left(60) + QChar(0x2026);
    return text;
}

} // namespace

ReferenceNavigator::ReferenceNavigator(TableTabs* tabs, QObject* parent) : QObject(parent), m_tabs(tabs) {}

ReferenceNavigator::~ReferenceNavigator() = default; // m_indexTask cancels and waits

void ReferenceNavigator::invalidate()
{
    m_indexTask.abandon();
    m_indexes.clear();
    m_pending = Pending();
}

void ReferenceNavigator::setDataset(const std::shared_ptr<const Dataset>& dataset)
{
    m_indexTask.abandon();
    m_dataset = dataset;
    m_indexes.clear();
    m_history.clear();
    m_pending = Pending();
    for (int tab = 0; tab < m_tabs->tableCount(); ++tab) {
        const auto table = m_tabs->table(tab);
        if (!table)
            continue;
        QHash<int, QString> hints;
        for (int column = 0; column < table->columnCount(); ++column)
            if (const Relation* relation = relationFrom(table->name(), column))
                hints.insert(column, tr("%1 \u2014 Ctrl+click or F12 to go to the %2 (%3.%4)")
                                         .arg(table->columnName(column), singular(relation->toTable), relation->toTable,
                                              relation->toColumn));
        m_tabs->model(tab)->setReferenceColumns(hints);
    }
    emit navigated();
}

const Relation* ReferenceNavigator::relationFrom(const QString& table, int column) const
{
    if (!m_dataset)
        return nullptr;
    const auto from = m_dataset->table(table);
    if (!from || column < 0 || column >= from->columnCount())
        return nullptr;
    const QString& name = from->columnName(column);
    for (const Relation& relation : m_dataset->relations) {
        if (relation.fromTable != table || relation.fromColumn != name)
            continue;
        const auto to = m_dataset->table(relation.toTable);
        if (to && to->columnIndex(relation.toColumn) >= 0)
            return &relation; // a relation to a table or column that is not there cannot be followed
    }
    return nullptr;
}

QString ReferenceNavigator::singular(const QString& tableName)
{
    const QString name = tableName.toLower();
    if (name == QLatin1String("people"))
        return QStringLiteral("person");
    if (name.endsWith(QLatin1String("ies")) && name.size() > 3)
        return name.chopped(3) + QLatin1Char('y');
    if (name.endsWith(QLatin1String("ses")) || name.endsWith(QLatin1String("xes")))
        return name.chopped(2);
    if (name.endsWith(QLatin1Char('s')) && !name.endsWith(QLatin1String("ss")))
        return name.chopped(1);
    return name;
}

QString ReferenceNavigator::followText(const QModelIndex& index) const
{
    const TableModel* model = tableModelOf(index.model());
    if (!model || !model->table() || !index.data(int(TableModel::Role::IsReference)).toBool())
        return {};
    const Relation* relation = relationFrom(model->table()->name(), index.column());
    return relation ? tr("Go to %1").arg(singular(relation->toTable)) : QString();
}

ReferenceNavigator::Place ReferenceNavigator::currentPlace() const
{
    Place place;
    if (const auto table = m_tabs->currentTable())
        place.table = table->name();
    if (const DataGridView* grid = m_tabs->currentGrid()) {
        place.row = grid->currentIndex().row();
        place.column = grid->currentIndex().column();
    }
    return place;
}

std::shared_ptr<const RowKeyIndex> ReferenceNavigator::cachedIndex(const QString& table, int column) const
{
    return m_indexes.value(indexKey(table, column));
}

bool ReferenceNavigator::followCurrent()
{
    const DataGridView* grid = m_tabs->currentGrid();
    return grid && follow(grid->currentIndex());
}

bool ReferenceNavigator::follow(const QModelIndex& index)
{
    const TableModel* model = tableModelOf(index.model());
    const Relation* relation = model && model->table() ? relationFrom(model->table()->name(), index.column()) : nullptr;
    if (!relation) {
        emit statusMessage(tr("This cell does not refer to another table."));
        return false;
    }
    const QByteArray value = index.data(int(TableModel::Role::RawBytes)).toByteArray();
    if (value.isEmpty()) {
        emit statusMessage(
            tr("This %1 is empty: there is no %2 to go to.").arg(relation->fromColumn, singular(relation->toTable)));
        return false;
    }
    Place origin;
    origin.table = model->table()->name();
    origin.row = index.row();
    origin.column = index.column();

    const auto target = m_dataset->table(relation->toTable);
    const int keyColumn = target->columnIndex(relation->toColumn);
    if (auto keys = cachedIndex(relation->toTable, keyColumn))
        return jump(origin, *relation, value, *keys);
    Pending pending{true, origin, relation, value};
    if (target->rowCount() > kSyncIndexRows) {
        buildIndexAsync(target, keyColumn, pending);
        return true;
    }
    NullProgress progress;
    auto keys = RowKeyIndex::build(target, keyColumn, progress);
    m_indexes.insert(indexKey(relation->toTable, keyColumn), keys);
    return jump(origin, *relation, value, *keys);
}

void ReferenceNavigator::buildIndexAsync(const std::shared_ptr<const Table>& table, int column, const Pending& pending)
{
    m_pending = pending; // a newer request replaces an older one that is still waiting
    if (m_indexTask.isRunning())
        return; // the index being built is for this table only if the columns match; checked on arrival
    emit statusMessage(tr("Indexing %1.%2 (%L3 rows) to follow references\u2026")
                           .arg(table->name(), table->columnName(column))
                           .arg(qulonglong(table->rowCount())));
    // The worker reads a copy: the user may edit the table meanwhile (an edit drops the index anyway).
    m_indexTask.start(
        [this](const std::shared_ptr<const RowKeyIndex>& keys) {
            m_indexes.insert(indexKey(keys->table()->name(), keys->column()), keys);
            const Pending waiting = m_pending;
            m_pending = Pending();
            if (!waiting.valid)
                return;
            const Place now = currentPlace();
            if (now.table != waiting.origin.table || now.row != waiting.origin.row ||
                now.column != waiting.origin.column)
                return; // the user moved on while the index was built; do not yank the view
            const auto target = m_dataset->table(waiting.relation->toTable);
            const int keyColumn = target->columnIndex(waiting.relation->toColumn);
            if (auto ready = cachedIndex(waiting.relation->toTable, keyColumn))
                jump(waiting.origin, *waiting.relation, waiting.value, *ready);
            else
                follow(m_tabs->currentGrid()->currentIndex()); // the index built was another table's
        },
        buildIndex, std::make_shared<const Table>(*table), column);
}

bool ReferenceNavigator::jump(const Place& origin, const Relation& relation, const QByteArray& value,
                              const RowKeyIndex& index)
{
    const auto record = index.find(std::string_view(value.constData(), std::size_t(value.size())));
    const std::int64_t row = record ? index.table()->rowOf(*record) : -1;
    if (row < 0) {
        emit statusMessage(tr("Dangling reference: no %1 has %2 \u201c%3\u201d (%4.%5 \u2192 %6.%7).")
                               .arg(singular(relation.toTable), relation.toColumn, shortValue(value),
                                    relation.fromTable, relation.fromColumn, relation.toTable, relation.toColumn));
        return false;
    }
    // The target grid may be filtered or sorted: its row of the record; a filter that hides it goes.
    int shownRow = int(row);
    if (RowViewModel* rows = m_tabs->rowView(m_tabs->tabOf(relation.toTable))) {
        if (rows->rowOfRecord(*record) < 0)
            rows->setQuery(RowQuery());
        shownRow = rows->rowOfRecord(*record);
        if (shownRow < 0)
            shownRow = int(row); // the identity mapping
    }
    m_history.append(origin);
    if (m_history.size() > kMaxHistory)
        m_history.removeFirst();
    show(Place{relation.toTable, shownRow, index.column()});
    QString noun = singular(relation.toTable);
    if (!noun.isEmpty())
        noun[0] = noun[0].toUpper();
    emit statusMessage(tr("%1 %2 \u201c%3\u201d is row %L4 of %5 \u2014 Alt+Left goes back.")
                           .arg(noun, relation.toColumn, shortValue(value))
                           .arg(row + 1)
                           .arg(relation.toTable));
    emit navigated();
    return true;
}

void ReferenceNavigator::show(const Place& place)
{
    const int tab = m_tabs->tabOf(place.table);
    if (tab < 0)
        return;
    m_tabs->setCurrentIndex(tab);
    DataGridView* grid = m_tabs->grid(tab);
    QAbstractItemModel* model = grid->model();
    if (place.row < 0 || place.row >= model->rowCount())
        return;
    const QModelIndex target = model->index(place.row, std::clamp(place.column, 0, model->columnCount() - 1));
    grid->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    grid->scrollTo(target, QAbstractItemView::PositionAtCenter);
    grid->setFocus();
}

void ReferenceNavigator::back()
{
    if (m_history.isEmpty()) {
        emit statusMessage(tr("Nothing to go back to."));
        return;
    }
    m_pending = Pending();
    const Place place = m_history.takeLast();
    show(place);
    // Back lands on the cell that was left, selected alone (the jump selected the whole target row).
    if (DataGridView* grid = m_tabs->currentGrid())
        grid->selectionModel()->select(grid->currentIndex(), QItemSelectionModel::ClearAndSelect);
    emit navigated();
}

} // namespace plumbline
