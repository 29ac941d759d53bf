#pragma once

#include "table/record_id.h"

#include <QObject>

#include <vector>

class QAction;
class QMainWindow;

namespace plumbline {

class Document;
class FindingsDock;
class TableTabs;

/// Between the findings and the grids: lists the document's findings in the Findings panel and keeps them
/// current as the user edits; goes to a finding's cell when one is activated; F8 / Shift+F8 go to the next /
/// previous cell with a finding in the grid's order (filtered and sorted as shown), selecting the finding in the
/// panel; the panel's severity switches hide those findings in the grids too; and Show Rows filters a grid to a
/// finding's or a group's rows.
class FindingNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingNavigator)

public:
    /// Adds the Findings panel to window (bottom). window and tabs must outlive the navigator.
    FindingNavigator(QMainWindow* window, TableTabs* tabs);

    FindingsDock* dock() const { return m_dock; }
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }

    /// The document on screen (null: nothing, or a preview while loading).
    void setDocument(Document* document);
    /// The rule pack presenter started a run: the panel says so until its findings arrive.
    void validationStarted();
    /// A run ended without findings to show (canceled before the first run).
    void validationCanceled();

public slots:
    /// Selects the finding's cell: the table's tab, the record's row (if the row filter shows it), the column
    /// (or the row's first cell). False, with a status message, when the row is not in the grid.
    bool showFinding(const QString& table, plumbline::RecordId record, int column);
    /// The next (F8) / previous (Shift+F8) cell with a finding at a severity shown, after / before the current cell
    /// of the current grid in its order, wrapping around. False when the grid shows no finding.
    bool next();
    bool previous();
    /// Filters table's grid to records (ascending); label names them in the filter bar.
    void showRows(const QString& table, const std::vector<plumbline::RecordId>& records, const QString& label);

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    bool step(bool forward);
    void refresh(bool anotherDocument);

    QMainWindow* m_window = nullptr;
    TableTabs* m_tabs = nullptr;
    FindingsDock* m_dock = nullptr;
    Document* m_document = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    bool m_refreshQueued = false;
};

} // namespace plumbline
