#pragma once

#include "project/handover_conflicts_dialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;

namespace plumbline {

class MainWindow;
class ProjectController;
struct HandoverFile;

/// Handing a review to a colleague from the window (File → Project): Hand Over… writes the project's triage
/// decisions and net cell edits as a small JSON file (the core's makeHandover / writeHandoverJson); Merge
/// Colleague's Hand-over… reads one, plans the merge against the document on screen, lets the user settle the
/// conflicts in HandoverConflictsDialog and applies it: their edits as one undoable command (journaled like any
/// other), their decisions in one transaction. The outcome is said in the status bar and the notice bar.
class HandoverActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverActions)

public:
    HandoverActions(MainWindow* window, ProjectController* controller);
    ~HandoverActions() override;

    QAction* exportAction() const { return m_export; }
    QAction* mergeAction() const { return m_merge; }
    void updateActions();

    /// Writes the hand-over of the project on screen to path (empty: asks, proposing "<project> handover.json").
    bool exportTo(const QString& path = {});
    /// Merges a colleague's hand-over from path (empty: asks). With conflicts, shows the dialog (conflictsDialog())
    /// and merges when it is accepted. False when nothing was started or merged.
    bool merge(const QString& path = {});

    /// The conflicts of the merge waiting for the user (tests).
    HandoverConflictsDialog* conflictsDialog() const { return m_dialog; }

signals:
    /// A merge was applied (summary: "N edits and M decisions merged, K conflicts resolved") or given up.
    void merged(bool ok, const QString& summary);

private:
    struct Pending;
    void apply(const std::vector<HandoverChoice>& choices);

    MainWindow* m_window = nullptr;
    ProjectController* m_controller = nullptr;
    QAction* m_export = nullptr;
    QAction* m_merge = nullptr;
    QPointer<HandoverConflictsDialog> m_dialog;
    std::unique_ptr<Pending> m_pending;
};

} // namespace plumbline
