#include "itemmodels/fix_plan_model.h"

#include "values/text_util.h"

namespace plumbline {

namespace {

QString oneLine(std::string_view text, qsizetype limit)
{
    QString s = textutil::toQString(text);
    if (limit > 0 && s.size() > limit)
        s = s.left(limit - 1) + QChar(0x2026);
    s.replace(QLatin1Char('\n'), QChar(0x21B5));
    s.replace(QLatin1Char('\r'), QString());
    return s;
}

constexpr qsizetype kShown = 120;

} // namespace

FixPlanModel::FixPlanModel(QObject* parent) : QAbstractTableModel(parent) {}

void FixPlanModel::setPlans(std::vector<FixPlan> plans, std::shared_ptr<const Dataset> dataset, bool checked)
{
    beginResetModel();
    m_plans = std::move(plans);
    m_dataset = std::move(dataset);
    m_checked.assign(m_plans.size(), checked ? 1 : 0);
    m_checkedCount = checked ? m_plans.size() : 0;
    m_checkedCells = 0;
    if (checked)
        for (const FixPlan& p : m_plans)
            m_checkedCells += p.changes.size();
    endResetModel();
    emit checkedChanged();
}

std::vector<FixPlan> FixPlanModel::checkedPlans() const
{
    std::vector<FixPlan> out;
    for (std::size_t i = 0; i < m_plans.size(); ++i)
        if (m_checked[i])
            out.push_back(m_plans[i]);
    return out;
}

void FixPlanModel::setAllChecked(bool checked)
{
    if (m_plans.empty())
        return;
    std::fill(m_checked.begin(), m_checked.end(), checked ? 1 : 0);
    m_checkedCount = checked ? m_plans.size() : 0;
    m_checkedCells = 0;
    if (checked)
        for (const FixPlan& p : m_plans)
            m_checkedCells += p.changes.size();
    emit dataChanged(index(0, ApplyColumn), index(rowCount() - 1, ApplyColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

int FixPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int FixPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FixPlanModel::cellsText(const FixPlan& plan, int column, bool full) const
{
    if (!m_dataset || plan.table < 0 || std::size_t(plan.table) >= m_dataset->tables.size())
        return {};
    const Table& table = *m_dataset->tables[std::size_t(plan.table)];
    if (plan.record == kNoRecord && plan.changes.size() > 1) {
        // A column-level plan: how many cells, and the first one as an example.
        const CellChange& c = plan.changes.front();
        const std::int64_t row = table.rowOf(c.record);
        const std::string_view before = row >= 0 ? table.cell(std::size_t(row), c.column) : std::string_view();
        const QString example = column == BeforeColumn ? oneLine(before, kShown) : oneLine(c.value, kShown);
        return tr("%n cells, e.g. %1", nullptr, int(plan.changes.size())).arg(example);
    }
    QStringList parts;
    for (const CellChange& c : plan.changes) {
        const std::int64_t row = table.rowOf(c.record);
        if (column == ColumnColumn) {
            parts << (c.column < table.columnCount() ? table.columnName(c.column) : QString());
            continue;
        }
        const std::string_view text = column == BeforeColumn ? (row >= 0 && c.column < table.columnCount()
                                                                    ? table.cell(std::size_t(row), c.column)
                                                                    : std::string_view())
                                                             : std::string_view(c.value);
        parts << oneLine(text, full ? 0 : kShown);
    }
    return parts.join(QStringLiteral(" | "));
}

QVariant FixPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FixPlan& plan = m_plans[std::size_t(index.row())];
    if (role == Qt::CheckStateRole && index.column() == ApplyColumn)
        return m_checked[std::size_t(index.row())] ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool full = role == Qt::ToolTipRole;
    switch (index.column()) {
    case ApplyColumn:
        return full ? (plan.safe ? tr("Needs no judgement") : tr("Needs your judgement: check it to apply it"))
                    : QVariant();
    case RowColumn: {
        if (plan.record == kNoRecord || !m_dataset || std::size_t(plan.table) >= m_dataset->tables.size())
            return tr("all rows");
        const std::int64_t row = m_dataset->tables[std::size_t(plan.table)]->rowOf(plan.record);
        return row < 0 ? QVariant() : QVariant(qlonglong(row + 1));
    }
    case ColumnColumn:
    case BeforeColumn:
    case AfterColumn:
        return cellsText(plan, index.column(), full);
    case FixColumn:
        return full ? QStringLiteral("%1 (%2)").arg(plan.description, plan.rule) : plan.description;
    default:
        return {};
    }
}

bool FixPlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != ApplyColumn || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    char& state = m_checked[std::size_t(index.row())];
    if (bool(state) == checked)
        return true;
    state = checked ? 1 : 0;
    const std::size_t cells = m_plans[std::size_t(index.row())].changes.size();
    m_checkedCount += checked ? 1 : std::size_t(-1);
    m_checkedCells = checked ? m_checkedCells + cells : m_checkedCells - cells;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags FixPlanModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == ApplyColumn ? base | Qt::ItemIsUserCheckable : base;
}

QVariant FixPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ApplyColumn:
        return tr("Apply");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case FixColumn:
        return tr("Fix");
    default:
        return {};
    }
}

} // namespace plumbline
