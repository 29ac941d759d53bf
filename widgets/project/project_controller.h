#pragma once

#include "core/background_task.h"
#include "core/result.h"
#include "project/audit_trail.h"
#include "project/triage_book.h"
#include "table/dataset.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QMenu;
class QMessageBox;
class QWidget;

namespace plumbline {

class Document;
class MainWindow;
class MessageBar;
class ProjectSession;
class RunsDock;
class SourceReimporter;
class HandoverActions;
struct LoadedProject;

/// The window's review project (a `.plumbline` file, docs/projects.md): File → New Project…, Open Project…, Save,
/// Save Project As… and Export Report…; opening a project in the background and replaying its journal into the
/// document the window makes of it; the banners above the grid (start a project, read-only, source changed on
/// disk, "N new, M resolved since …" after each run); the Runs panel; and the triage decisions the findings panel
/// hides. Every document on screen has a session: unsaved for a plain file (its edits, decisions and runs wait
/// in memory and go into the project when one is made), saved for a project open for work, or read-only.
class ProjectController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectController)

public:
    /// Adds the actions, the banners (banners() goes above the grid) and the Runs panel to window.
    explicit ProjectController(MainWindow* window);
    ~ProjectController() override;

    QAction* newProjectAction() const { return m_new; }
    QAction* openProjectAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* exportReportAction() const { return m_report; }
    /// File → Project: Re-import Source…, Hand Over…, Merge Colleague's Hand-over….
    QMenu* projectMenu() const { return m_projectMenu; }
    SourceReimporter* reimporter() const { return m_reimporter; }
    HandoverActions* handover() const { return m_handover; }
    /// The banners, stacked; the window puts this above the grid.
    QWidget* banners() const { return m_banners; }
    MessageBar* offerBar() const { return m_offer; }
    MessageBar* noticeBar() const { return m_notice; }
    MessageBar* sourceBar() const { return m_sourceChanged; }
    MessageBar* runBar() const { return m_runBanner; }
    RunsDock* runsDock() const { return m_runs; }

    /// The session of the document on screen, or null.
    ProjectSession* session() const { return m_session.get(); }
    /// A project file is open (for work or read-only).
    bool isProject() const;
    /// Edits are journaled into a project as they happen: nothing is lost by closing.
    bool keepsEdits() const;
    bool isReadOnly() const;
    /// The project's file name ("review.plumbline"), or empty.
    QString projectName() const;
    bool isOpening() const { return m_load.isRunning(); }
    /// A project is being written (New Project, Save Project As).
    bool isSaving() const { return m_saving; }
    /// Stops opening a project (the window's Cancel); what is on screen stays.
    void cancelOpen();
    /// Drops a project being opened without a word: another file is being opened instead.
    void abandonOpen();

    /// Opens path as a project when it is one (by extension or content): reads it in the background, then has
    /// the window show its data. False when path is not a project (the window loads it as data).
    bool openIfProject(const QString& path);
    /// Opens the project at path again (after a re-import closed it), even when it is the one on screen.
    void reopen(const QString& path);
    /// The window made a document: ties it to the project just read (replaying its journal) or, for a plain
    /// file, to an unsaved session. The previous session ends. Called before the document is shown.
    void attach(Document* document);
    /// The document is on screen: banners, the read-only state, the Runs panel.
    void documentShown();

    /// Makes a project of the document on screen at path (empty: asks with a Save dialog). True when saved.
    bool newProject(const QString& path = {});
    /// Copies the project to path (empty: asks) and goes on there. True when saved.
    bool saveProjectAs(const QString& path = {});
    /// Ctrl+S: a project is saved as it goes (says so); a plain file is offered to become a project.
    void save();
    /// Writes the review report of the document on screen: HTML, or JSON when path ends in .json (empty: asks).
    bool exportReport(const QString& path = {});

    /// Sets the decision on findings (indexes of the document's current findings). Without a project, asks to
    /// start one first. True when recorded.
    bool decide(const std::vector<std::size_t>& findings, TriageState state, const QString& reason);
    /// The audit trail's lines for one cell of the document on screen; note says why there are none.
    std::vector<AuditRow> cellHistory(const QString& table, RecordId record, const QString& column,
                                      QString* note) const;

signals:
    void statusMessage(const QString& message, int timeoutMs);
    /// Opening a project: started (text for the progress), progress (0..1000), ended (shown, failed or canceled).
    void openStarted(const QString& text);
    void openProgress(int permille);
    void openEnded();
    /// The project's name or state changed (title, actions).
    void projectChanged();
    /// A validation run was recorded; text is the banner's.
    void runRecorded(const QString& text);

private:
    void startOpen(const QString& absolute);
    void onLoaded(const std::shared_ptr<LoadedProject>& loaded, const QString& path, const QString& sourceNote);
    void onLoadFailed(const QString& path, const QString& message);
    void onValidationFinished(bool ok);
    void updateActions();
    /// Tells the grids which findings the decisions hide (none while the findings panel shows them).
    void updateHiddenFindings();
    void refreshRuns();
    QString askProjectPath(const QString& title) const;
    bool saveSession(const QString& path);
    /// Writes the session to path through prepareSave (here), runSave (a worker) and finishSave (here).
    std::optional<Error> saveInBackground(const QString& path);
    /// Asks whether to start a project for triage; true when one now exists.
    bool ensureProject(const QString& why);

    MainWindow* m_window = nullptr;
    QWidget* m_banners = nullptr;
    MessageBar* m_offer = nullptr;
    MessageBar* m_notice = nullptr;
    MessageBar* m_sourceChanged = nullptr;
    MessageBar* m_runBanner = nullptr;
    RunsDock* m_runs = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_report = nullptr;
    QMenu* m_projectMenu = nullptr;
    SourceReimporter* m_reimporter = nullptr;
    HandoverActions* m_handover = nullptr;
    BackgroundTask m_load;
    std::unique_ptr<ProjectSession> m_session;
    Document* m_document = nullptr;
    // A project read and waiting for the window to make its document.
    std::shared_ptr<LoadedProject> m_pending;
    std::shared_ptr<Dataset> m_pendingDataset;
    QString m_pendingSourceNote;
    QString m_sourceNote; // of the project on screen
    QPointer<QMessageBox> m_errorBox;
    QList<QMetaObject::Connection> m_connections;
    bool m_saving = false;
    bool m_runWhileSaving = false;
};

} // namespace plumbline
