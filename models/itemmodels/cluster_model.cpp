#include "itemmodels/cluster_model.h"

#include "values/text_util.h"

#include <QLocale>

#include <algorithm>

namespace plumbline {

namespace {

QString count(std::size_t n)
{
    QLocale locale = QLocale::system();
    locale.setNumberOptions({});
    return locale.toString(qulonglong(n));
}

/// A value as shown in a list: quoted, so that edge spaces ("Female ") can be seen.
QString quoted(const std::string& s)
{
    return QStringLiteral("\u201c%1\u201d").arg(textutil::toQString(s));
}

} // namespace

ClusterModel::ClusterModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClusterModel::setResult(cluster::ClusterResult result)
{
    beginResetModel();
    m_result = std::move(result);
    m_checked.assign(m_result.clusters.size(), false);
    m_newValue.clear();
    for (const auto& c : m_result.clusters)
        m_newValue.push_back(textutil::toQString(c.suggested()));
    endResetModel();
}

int ClusterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.clusters.size());
}

int ClusterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::size_t row = std::size_t(index.row());
    const auto& c = m_result.clusters[row];
    switch (index.column()) {
    case MergeColumn:
        if (role == Qt::CheckStateRole)
            return m_checked[row] ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return m_checked[row] ? tr("Merge") : tr("Do not merge");
        return {};
    case ValuesColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            // A cluster can hold thousands of values (a loose radius): show the most frequent, say how many more.
            constexpr std::size_t kShown = 25;
            QStringList parts;
            for (std::size_t i = 0; i < c.values.size() && i < kShown; ++i)
                parts << tr("%1 (%2)").arg(quoted(c.values[i].value), count(c.values[i].count));
            if (c.values.size() > kShown)
                parts << tr("and %n more", "", int(c.values.size() - kShown));
            return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("  \u00b7  "));
        }
        return {};
    case RowsColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return count(c.rowCount);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NewValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return m_newValue[row];
        if (role == Qt::ToolTipRole)
            return tr("The value every row of this cluster gets. Edit it to choose another.");
        return {};
    default:
        return {};
    }
}

bool ClusterModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::size_t row = std::size_t(index.row());
    if (index.column() == MergeColumn && role == Qt::CheckStateRole) {
        m_checked[row] = value.toInt() == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole, Qt::AccessibleTextRole});
        return true;
    }
    if (index.column() == NewValueColumn && role == Qt::EditRole) {
        m_newValue[row] = value.toString();
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::AccessibleTextRole});
        // Choosing a value is choosing to merge.
        if (!m_checked[row]) {
            m_checked[row] = true;
            const QModelIndex box = this->index(index.row(), MergeColumn);
            emit dataChanged(box, box, {Qt::CheckStateRole, Qt::AccessibleTextRole});
        }
        return true;
    }
    return false;
}

Qt::ItemFlags ClusterModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == MergeColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == NewValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MergeColumn:
        return tr("Merge");
    case ValuesColumn:
        return tr("Values (rows)");
    case RowsColumn:
        return tr("Rows");
    case NewValueColumn:
        return tr("New value");
    default:
        return {};
    }
}

void ClusterModel::setAllChecked(bool checked)
{
    if (m_checked.empty())
        return;
    m_checked.assign(m_checked.size(), checked);
    emit dataChanged(index(0, MergeColumn), index(rowCount() - 1, MergeColumn),
                     {Qt::CheckStateRole, Qt::AccessibleTextRole});
}

int ClusterModel::checkedCount() const
{
    return int(std::count(m_checked.begin(), m_checked.end(), true));
}

CellChanges ClusterModel::checkedChanges() const
{
    CellChanges changes;
    for (std::size_t i = 0; i < m_result.clusters.size(); ++i) {
        if (!m_checked[i])
            continue;
        const QByteArray value = m_newValue[i].toUtf8();
        const auto more = cluster::mergeChanges(m_result.clusters[i], m_result.column,
                                                std::string(value.constData(), std::size_t(value.size())));
        changes.insert(changes.end(), more.begin(), more.end());
    }
    return changes;
}

} // namespace plumbline
