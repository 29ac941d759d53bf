#pragma once

#include <QObject>

#include <vector>

class QMenu;
class QModelIndex;

namespace plumbline {

class MainWindow;
class ProjectController;

/// The review's context-menu items: on findings (one or several), Waive… (asks for the reason), Mark as False
/// Positive and Reopen; on a grid cell, History of This Cell…. Decisions go to the project's triage book through
/// the ProjectController (which offers to start a project when there is none).
class TriageActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageActions)

public:
    TriageActions(MainWindow* window, ProjectController* project);

    /// Adds the triage items for findings (indexes of the document's current findings) to menu.
    void addFindingItems(QMenu* menu, const std::vector<std::size_t>& findings);
    /// Adds History of This Cell… for a grid index of the current table.
    void addCellItems(QMenu* menu, const QModelIndex& index);

    /// Waive…: asks for the reason (modal), then waives. True when recorded.
    bool waive(const std::vector<std::size_t>& findings);
    /// Shows the history of the cell at a grid index (modal).
    void showCellHistory(const QModelIndex& index);

private:
    MainWindow* m_window = nullptr;
    ProjectController* m_project = nullptr;
};

} // namespace plumbline
