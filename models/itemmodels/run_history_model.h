#pragma once

#include "project/run_history.h"

#include <QAbstractTableModel>

#include <vector>

namespace plumbline {

/// The validation runs of a project, newest first: when, by whom, the findings per severity, how many were
/// new, resolved and hidden (waived or false positive). Reset as a whole when runs are recorded.
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)

public:
    enum Column {
        TimeColumn,
        UserColumn,
        TotalColumn,
        ErrorColumn,
        WarningColumn,
        NoticeColumn,
        InfoColumn,
        NewColumn,
        ResolvedColumn,
        HiddenColumn,
        ColumnCount
    };

    explicit RunHistoryModel(QObject* parent = nullptr);

    /// Runs oldest first, as RunHistory keeps them; shown newest first.
    void setRuns(std::vector<RunRecord> runs);
    const std::vector<RunRecord>& runs() const { return m_runs; }
    /// The run shown at row, or null.
    const RunRecord* runAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RunRecord> m_runs; // oldest first
};

} // namespace plumbline
