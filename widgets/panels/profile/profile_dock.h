#pragma once

#include "core/background_task.h"
#include "profile/column_profile.h"
#include "rowview/row_query.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

class QLabel;
class QProgressBar;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace plumbline {

class ChartCard;
class DataGridView;
class Document;

/// The Column Profile panel: what the grid's current column really holds — the type most values have and how
/// many fit it, completeness, distinct values, min / median / max of numbers and dates, the top values and the
/// common shapes with their counts, and a Qt Charts histogram (numbers; dates by month) or a bar chart of the top
/// values. Computed in the background on a snapshot, cached per column, and computed again after edits.
/// Activating a top value, a shape or a bar (click or Enter) filters the grid to its rows.
class ProfileDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDock)

public:
    explicit ProfileDock(QWidget* parent = nullptr);

    /// Follows grid's current column (null: nothing to profile).
    void setGrid(DataGridView* grid);
    /// Profiles column of the current grid's table now (the current column's change does this after a pause).
    void showColumn(int column);
    /// The profile on screen, or null.
    const ColumnProfile* profile() const { return m_shown.column >= 0 ? &m_shown : nullptr; }
    bool isComputing() const { return m_task.isRunning(); }

    QTreeWidget* topList() const { return m_top; }
    QTreeWidget* shapeList() const { return m_shapes; }
    ChartCard* chart() const { return m_chart; }

signals:
    /// The user asked for the rows of a value, a shape or a bar.
    void conditionRequested(const plumbline::ColumnCondition& condition);
    /// A profile is on screen.
    void profiled();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectDocument(Document* document);
    /// Drops the cached profiles of a document table's columns [firstColumn, lastColumn] (-1, -1: all).
    void invalidate(int table, int firstColumn, int lastColumn);
    void display(const ColumnProfile& profile);
    void clearDisplay(const QString& why);
    void onChartActivated(int index);
    void onItemActivated(QTreeWidgetItem* item, bool shape);
    QString columnName() const;

    QPointer<DataGridView> m_grid;
    QList<QMetaObject::Connection> m_gridConnections;
    QList<QMetaObject::Connection> m_documentConnections;
    Document* m_document = nullptr;
    BackgroundTask m_task;
    QTimer* m_delay = nullptr;
    int m_column = -1; // the column asked for
    quint64 m_pendingKey = 0;
    QHash<quint64, ColumnProfile> m_cache; // (document table + 1) << 32 | column → profile
    ColumnProfile m_shown;

    QLabel* m_heading = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_complete = nullptr;
    QProgressBar* m_completeBar = nullptr;
    QLabel* m_distinct = nullptr;
    QLabel* m_range = nullptr;
    ChartCard* m_chart = nullptr;
    QTreeWidget* m_top = nullptr;
    QTreeWidget* m_shapes = nullptr;
};

} // namespace plumbline
