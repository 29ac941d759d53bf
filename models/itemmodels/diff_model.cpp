#include "itemmodels/diff_model.h"

#include "table/table.h"
#include "values/text_util.h"

namespace plumbline {

namespace {

QString kindName(DiffModel::Kind kind)
{
    switch (kind) {
    case DiffModel::Kind::DuplicateKey:
        return DiffModel::tr("repeated key");
    case DiffModel::Kind::Added:
        return DiffModel::tr("added");
    case DiffModel::Kind::Removed:
        return DiffModel::tr("removed");
    case DiffModel::Kind::Changed:
        return DiffModel::tr("changed");
    case DiffModel::Kind::NewFinding:
        return DiffModel::tr("new finding");
    case DiffModel::Kind::GoneFinding:
        return DiffModel::tr("finding gone");
    }
    return {};
}

QString rowList(const std::vector<std::size_t>& rows)
{
    QStringList list;
    for (const auto r : rows)
        list << QString::number(r + 1);
    return list.join(QLatin1String(", "));
}

} // namespace

DiffModel::DiffModel(QObject* parent) : QAbstractTableModel(parent) {}

void DiffModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_entries.clear();
    m_keyColumnsOld.clear();
    m_keyColumnsNew.clear();
    if (const Comparison* c = m_comparison.get()) {
        const TableDiff& d = c->rows;
        m_keyColumnsOld = resolveDiffKey(*c->oldTable, {d.oldKeyColumns, {}});
        m_keyColumnsNew = resolveDiffKey(*c->newTable, {d.newKeyColumns, {}});
        auto add = [&](Kind kind, std::size_t n) {
            for (std::size_t i = 0; i < n; ++i)
                m_entries.push_back({kind, std::uint32_t(i), 0});
        };
        add(Kind::DuplicateKey, d.duplicates.size());
        add(Kind::Added, d.added.size());
        add(Kind::Removed, d.removed.size());
        for (std::size_t i = 0; i < d.changed.size(); ++i)
            for (std::size_t j = 0; j < d.changed[i].cells.size(); ++j)
                m_entries.push_back({Kind::Changed, std::uint32_t(i), std::uint32_t(j)});
        if (c->findings) {
            add(Kind::NewFinding, c->findings->added.size());
            add(Kind::GoneFinding, c->findings->gone.size());
        }
    }
    endResetModel();
}

int DiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DiffModel::count(Kind kind) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.kind == kind; }));
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case KeyColumn:
        return tr("Key");
    case OldRowColumn:
        return tr("Old row");
    case NewRowColumn:
        return tr("New row");
    case FieldColumn:
        return tr("Column or rule");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

QVariant DiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_comparison || index.row() >= int(m_entries.size()))
        return {};
    const Entry& e = m_entries[std::size_t(index.row())];
    if (role == KindRole)
        return int(e.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Comparison& c = *m_comparison;
    const TableDiff& d = c.rows;
    const int column = index.column();
    if (column == ChangeColumn)
        return kindName(e.kind);
    switch (e.kind) {
    case Kind::DuplicateKey: {
        const DuplicateKey& k = d.duplicates[e.index];
        if (column == KeyColumn)
            return textutil::toQString(k.key);
        if (column == OldRowColumn)
            return rowList(k.oldRows);
        if (column == NewRowColumn)
            return rowList(k.newRows);
        return {};
    }
    case Kind::Added: {
        const std::size_t row = d.added[e.index];
        if (column == KeyColumn)
            return textutil::toQString(diffKeyOf(*c.newTable, row, m_keyColumnsNew));
        if (column == NewRowColumn)
            return qulonglong(row + 1);
        return {};
    }
    case Kind::Removed: {
        const std::size_t row = d.removed[e.index];
        if (column == KeyColumn)
            return textutil::toQString(diffKeyOf(*c.oldTable, row, m_keyColumnsOld));
        if (column == OldRowColumn)
            return qulonglong(row + 1);
        return {};
    }
    case Kind::Changed: {
        const ChangedRecord& r = d.changed[e.index];
        const CellDiff& cell = r.cells[e.cell];
        switch (column) {
        case KeyColumn:
            return textutil::toQString(r.key);
        case OldRowColumn:
            return qulonglong(r.oldRow + 1);
        case NewRowColumn:
            return qulonglong(r.newRow + 1);
        case FieldColumn:
            return cell.column;
        case BeforeColumn:
            return textutil::toQString(cell.oldValue);
        case AfterColumn:
            return textutil::toQString(cell.newValue);
        }
        return {};
    }
    case Kind::NewFinding:
    case Kind::GoneFinding: {
        const bool isNew = e.kind == Kind::NewFinding;
        const FindingStore& store = isNew ? c.newRun->result.findings : c.oldRun->result.findings;
        const std::size_t i = isNew ? c.findings->added[e.index] : c.findings->gone[e.index];
        const FindingRecord& r = store.record(i);
        switch (column) {
        case OldRowColumn:
            return !isNew && r.row ? QVariant(qulonglong(r.row)) : QVariant();
        case NewRowColumn:
            return isNew && r.row ? QVariant(qulonglong(r.row)) : QVariant();
        case FieldColumn:
            return store.rules()[r.rule].id;
        case BeforeColumn:
            return isNew ? QVariant() : QVariant(store.message(i));
        case AfterColumn:
            return isNew ? QVariant(store.message(i)) : QVariant();
        }
        return {};
    }
    }
    return {};
}

} // namespace plumbline
