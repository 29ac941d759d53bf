#pragma once

#include "core/background_task.h"
#include "profile/column_profile.h"
#include "rowview/row_query.h"
#include "table/record_id.h"

#include <QDockWidget>
#include <QPointer>

#include <vector>

class QLabel;
class QTimer;

namespace plumbline {

class ChartCard;
class Document;
class TableTabs;

/// The Dashboard: Qt Charts of the document on screen — findings by rule (bars), by severity (a donut) and by
/// column; how complete each column of the current table is; for planning registers the applications per month and
/// the mix of decisions, for political data the memberships per term and per party. Clicking a bar or a slice (or
/// choosing it with the arrow keys and Enter) filters the grid to its rows; every chart saves as PNG or SVG.
/// Computed in the background (column profiles of a snapshot) while the panel is visible, and again after a
/// validation or a pause in editing.
class DashboardDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardDock)

public:
    DashboardDock(TableTabs* tabs, QWidget* parent = nullptr);

    void setDocument(Document* document);
    /// Computes the charts now (they are computed when the panel is shown or the data changed).
    void refresh();
    bool isComputing() const { return m_task.isRunning(); }

    ChartCard* byRule() const { return m_byRule; }
    ChartCard* bySeverity() const { return m_bySeverity; }
    ChartCard* byColumn() const { return m_byColumn; }
    ChartCard* completeness() const { return m_completeness; }
    /// Applications per month (planning) or memberships per term (political).
    ChartCard* timeline() const { return m_timeline; }
    /// Decisions (planning) or memberships per party (political).
    ChartCard* mix() const { return m_mix; }

signals:
    /// A bar asked for a table's rows (findings: by rule, severity or column).
    void rowsRequested(const QString& table, const std::vector<plumbline::RecordId>& records, const QString& label);
    /// A bar asked for a column condition on a table's grid (blank cells, a month, a decision, a party).
    void conditionRequested(const QString& table, const plumbline::ColumnCondition& condition);
    /// The charts on screen are up to date.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Data;
    void schedule();
    void showFindings();
    void showProfiles(const Data& data);
    std::vector<RecordId> recordsWhere(const QString& table, int rule, int severity, int column) const;

    TableTabs* m_tabs = nullptr;
    Document* m_document = nullptr;
    QList<QMetaObject::Connection> m_connections;
    BackgroundTask m_task;
    QTimer* m_delay = nullptr;
    QLabel* m_heading = nullptr;
    ChartCard* m_byRule = nullptr;
    ChartCard* m_bySeverity = nullptr;
    ChartCard* m_byColumn = nullptr;
    ChartCard* m_completeness = nullptr;
    ChartCard* m_timeline = nullptr;
    ChartCard* m_mix = nullptr;

    // What the bars stand for, by index.
    QString m_table;              // the current table's name (findings and completeness charts)
    std::vector<int> m_ruleOfBar; // store rule index
    std::vector<int> m_columnOfBar;
    std::vector<int> m_completenessColumn;
    QString m_timelineTable;
    ColumnProfile m_timelineProfile;
    QString m_mixTable;
    ColumnProfile m_mixProfile;
};

} // namespace plumbline
