#include "itemmodels/findings_model.h"

#include <limits>

namespace plumbline {

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString FindingsModel::severityText(Severity severity)
{
    // The same words as severityName() in English, so reports and the panel agree.
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Notice:
        return tr("notice");
    case Severity::Info:
        return tr("info");
    }
    return severityName(severity);
}

void FindingsModel::setFindings(std::shared_ptr<const FindingStore> store)
{
    beginResetModel();
    m_store = std::move(store);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    // Views address rows with int: beyond that many findings the pane shows the first INT_MAX.
    return int(std::min<std::size_t>(m_store->size(), std::size_t(std::numeric_limits<int>::max())));
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const std::size_t i = std::size_t(index.row());
    const FindingRecord& r = m_store->record(i);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(r.severity);
        case RuleColumn:
            return m_store->rules()[r.rule].id;
        case TableColumn:
            return m_store->tables()[r.table].name;
        case RowColumn:
            return r.row ? QVariant(qlonglong(r.row)) : QVariant();
        case ColumnColumn:
            return m_store->columnNames(i).join(QLatin1String(", "));
        case ValueColumn:
            return m_store->qtext(r.value);
        case MessageColumn:
            return m_store->message(i);
        case SuggestionColumn:
            return r.hasSuggestion() ? QVariant(m_store->qtext(r.suggestion)) : QVariant();
        default:
            return {};
        }
    case int(Role::Severity):
        return int(r.severity);
    case int(Role::RuleId):
        return m_store->rules()[r.rule].id;
    case int(Role::TableName):
        return m_store->tables()[r.table].name;
    case int(Role::RecordId):
        return qulonglong(r.record);
    case int(Role::RowNumber):
        return qlonglong(r.row);
    case int(Role::ColumnIndex):
        return int(r.column);
    case int(Role::Suggestion):
        return r.hasSuggestion() ? QVariant(m_store->qtext(r.suggestion)) : QVariant();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case TableColumn:
        return tr("Table");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case MessageColumn:
        return tr("Message");
    case SuggestionColumn:
        return tr("Suggestion");
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::Severity), "severity");
    names.insert(int(Role::RuleId), "ruleId");
    names.insert(int(Role::TableName), "tableName");
    names.insert(int(Role::RecordId), "recordId");
    names.insert(int(Role::RowNumber), "rowNumber");
    names.insert(int(Role::ColumnIndex), "columnIndex");
    names.insert(int(Role::Suggestion), "suggestion");
    return names;
}

} // namespace plumbline
