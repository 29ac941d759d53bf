#pragma once

#include "core/background_task.h"
#include "project/reimport_summary_dialog.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>

class QAction;
class QMessageBox;

namespace plumbline {

class Document;
class MainWindow;
class ProjectController;

/// Re-imports the source of the project on screen (the banner's Re-import button, File → Project → Re-import
/// Source…): closes the project (its every edit is already in the file; the document stays on screen,
/// read-only), runs the core's reimportProject on a worker with progress and Cancel, opens the resulting project
/// and shows what was carried over and what was not (ReimportSummaryDialog). The core writes the new project
/// beside the old one and renames it into place, so a failure or a Cancel leaves the project as it was: it is
/// opened again and the error sentence shown. A Cancel that comes after the rename is too late: the re-imported
/// project opens with its summary.
class SourceReimporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceReimporter)

public:
    SourceReimporter(MainWindow* window, ProjectController* controller);
    ~SourceReimporter() override;

    /// File → Project → Re-import Source… (asks for the file to import).
    QAction* action() const { return m_action; }
    bool isRunning() const { return m_task.isRunning() || m_waiting; }

    /// Re-imports the project's own source (empty; asks for a file when it is gone) or source. False when
    /// nothing was started (no project open for work, a re-import running, the file dialog canceled).
    bool reimport(const QString& source = {});
    /// Stops a re-import under way; the project is opened again as it was.
    void cancel();

    /// The summary of the last re-import, while it is shown (tests).
    ReimportSummaryDialog* summaryDialog() const { return m_summary; }
    QMessageBox* errorBox() const { return m_errorBox; }

    /// A re-import that finished although Cancel came (after the new project was in place), for the window.
    struct LateResult
    {
        std::mutex mutex;
        std::shared_ptr<ReimportResult> result;
    };

signals:
    /// The re-import ended: the re-imported project (ok) or the old one (failed, canceled) is on screen again.
    void finished(bool ok);

private:
    void onDone(const std::shared_ptr<ReimportResult>& result, const QString& error);
    void reopen(const QString& path, std::function<void()> then);

    MainWindow* m_window = nullptr;
    ProjectController* m_controller = nullptr;
    QAction* m_action = nullptr;
    BackgroundTask m_task;
    QString m_project;
    QPointer<Document> m_shown; // the document on screen when the re-import started
    bool m_waiting = false;     // a canceled worker is finishing before the project is opened again
    QPointer<ReimportSummaryDialog> m_summary;
    QPointer<QMessageBox> m_errorBox;
    QMetaObject::Connection m_opened;
    std::shared_ptr<LateResult> m_late = std::make_shared<LateResult>();
};

} // namespace plumbline
