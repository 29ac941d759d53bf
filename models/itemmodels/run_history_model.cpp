#include "itemmodels/run_history_model.h"

#include <QDateTime>
#include <QLocale>

namespace plumbline {

RunHistoryModel::RunHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunHistoryModel::setRuns(std::vector<RunRecord> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const RunRecord* RunHistoryModel::runAt(int row) const
{
    if (row < 0 || row >= int(m_runs.size()))
        return nullptr;
    return &m_runs[m_runs.size() - 1 - std::size_t(row)];
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    const RunRecord* run = index.isValid() ? runAt(index.row()) : nullptr;
    if (!run)
        return {};
    const auto count = [run, index]() -> std::uint64_t {
        switch (index.column()) {
        case TotalColumn:
            return run->total;
        case ErrorColumn:
            return run->bySeverity[std::size_t(Severity::Error)];
        case WarningColumn:
            return run->bySeverity[std::size_t(Severity::Warning)];
        case NoticeColumn:
            return run->bySeverity[std::size_t(Severity::Notice)];
        case InfoColumn:
            return run->bySeverity[std::size_t(Severity::Info)];
        case NewColumn:
            return run->newCount;
        case ResolvedColumn:
            return run->resolvedCount;
        case HiddenColumn:
            return run->hidden;
        default:
            return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn) {
            const QDateTime time = QDateTime::fromString(run->time, Qt::ISODate);
            return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : run->time;
        }
        if (index.column() == UserColumn)
            return run->user;
        if ((index.column() == NewColumn || index.column() == ResolvedColumn) && run->first)
            return QStringLiteral("\u2014"); // nothing to compare the first run with
        return QLocale().toString(qulonglong(count()));
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return tr("Rule packs: %1").arg(run->packs.join(QStringLiteral(", ")));
        return {};
    case Qt::UserRole:
        if (index.column() == TimeColumn)
            return run->time;
        if (index.column() == UserColumn)
            return run->user;
        return qulonglong(count());
    case Qt::TextAlignmentRole:
        return index.column() >= TotalColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Run");
    case UserColumn:
        return tr("User");
    case TotalColumn:
        return tr("Findings");
    case ErrorColumn:
        return tr("Errors");
    case WarningColumn:
        return tr("Warnings");
    case NoticeColumn:
        return tr("Notices");
    case InfoColumn:
        return tr("Info");
    case NewColumn:
        return tr("New");
    case ResolvedColumn:
        return tr("Resolved");
    case HiddenColumn:
        return tr("Hidden");
    default:
        return {};
    }
}

} // namespace plumbline
