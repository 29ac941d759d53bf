#pragma once

#include "project/run_history.h"

#include <QDockWidget>

#include <vector>

class QChartView;
class QLabel;
class QTableView;
class QTreeWidget;

namespace plumbline {

class RunHistoryModel;

/// The Runs panel: a project's validation runs, newest first, with their counts per severity, how many findings
/// were new and resolved, the counts per rule of the chosen run, and a trend line of findings per severity over
/// the runs (Qt Charts). The chart's data is also its accessible description.
class RunsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsDock)

public:
    explicit RunsDock(QWidget* parent = nullptr);

    /// Shows runs (oldest first, as RunHistory keeps them); empty with a note when there is no project.
    void setRuns(const std::vector<RunRecord>& runs, const QString& note = {});

    RunHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTreeWidget* rulesView() const { return m_rules; }
    QChartView* chartView() const { return m_chart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showRules();
    void drawTrend();

    RunHistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QTreeWidget* m_rules = nullptr;
    QChartView* m_chart = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace plumbline
