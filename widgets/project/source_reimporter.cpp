#include "project/source_reimporter.h"

#include "core/progress.h"
#include "core/user_name.h"
#include "document/document.h"
#include "io/formats.h"
#include "io/project/base_data.h"
#include "project/project_controller.h"
#include "project/project_session.h"
#include "project/reimport_summary_dialog.h"
#include "project/source_reimport.h"
#include "settings/app_settings.h"
#include "shell/main_actions.h"
#include "shell/main_window.h"
#include "validation/rule_pack_presenter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <QUndoGroup>

#include <functional>

namespace plumbline {

namespace {

struct ReimportOutcome
{
    std::shared_ptr<ReimportResult> result;
    QString error;
};

void runReimport(QPromise<ReimportOutcome>& promise, const QString& project, const ReimportOptions& options,
                 const std::shared_ptr<SourceReimporter::LateResult>& late)
{
    PromiseProgress progress(promise);
    auto done = reimportProject(project, options, progress);
    std::shared_ptr<ReimportResult> result;
    if (done) {
        result = std::make_shared<ReimportResult>(std::move(done).value());
        result->plan.data = Dataset(); // the project is read again when it opens; the summary needs no data
    }
    if (result) {
        // Kept for a Cancel that comes after the new project was renamed into place (even after the result below
        // was sent): the re-import is done then, and the window must open it and say so.
        const std::lock_guard lock(late->mutex);
        late->result = result;
    }
    if (promise.isCanceled())
        return;
    ReimportOutcome out;
    out.result = std::move(result);
    if (!done)
        out.error = done.error().toString();
    promise.addResult(std::move(out));
}

} // namespace

SourceReimporter::SourceReimporter(MainWindow* window, ProjectController* controller)
    : QObject(controller), m_window(window), m_controller(controller)
{
    m_action = new QAction(tr("&Re-import Source\u2026"), this);
    m_action->setObjectName(QStringLiteral("actionReimportSource"));
    m_action->setStatusTip(tr("Read the project's data again from a changed or another file, carrying your edits "
                              "and decisions over"));
    connect(m_action, &QAction::triggered, this, [this] {
        ProjectSession* session = m_controller->session();
        QString start;
        if (session && session->file())
            start = projectSourceFact(*session->file(), QStringLiteral("path"));
        if (start.isEmpty())
            start = AppSettings().lastOpenDirectory.value();
        const QString path =
            QFileDialog::getOpenFileName(m_window, tr("Re-import Source"), start, FileFormat::openFilters());
        if (!path.isEmpty())
            reimport(path);
    });
    connect(&m_task, &BackgroundTask::progressChanged, m_controller, &ProjectController::openProgress);
    connect(&m_task, &BackgroundTask::canceled, this, [this] {
        // The worker stops at its next check; the project is opened again once it has let go of the file.
        m_waiting = true;
        auto* poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            if (m_task.isWorkerRunning())
                return;
            poll->deleteLater();
            m_waiting = false;
            std::shared_ptr<ReimportResult> finishedAnyway;
            {
                const std::lock_guard lock(m_late->mutex);
                finishedAnyway = std::move(m_late->result);
            }
            if (finishedAnyway) {
                onDone(finishedAnyway, {});
                return;
            }
            reopen(m_project, [this] {
                emit m_controller->statusMessage(
                    tr("Re-import canceled: %1 is as it was.").arg(QFileInfo(m_project).fileName()), 8000);
                emit finished(false);
            });
        });
        poll->start();
    });
}

SourceReimporter::~SourceReimporter()
{
    disconnect(m_opened);
    m_task.abandon();
}

bool SourceReimporter::reimport(const QString& source)
{
    ProjectSession* session = m_controller->session();
    Document* document = m_window->document();
    if (isRunning() || !session || !document)
        return false;
    if (!m_controller->keepsEdits()) {
        emit m_controller->statusMessage(
            session->isReadOnly()
                ? tr("%1 is read-only: Save Project As\u2026 makes a copy you can work in and re-import.")
                      .arg(m_controller->projectName())
                : tr("Re-importing carries a project's edits over: File \u2192 New Project\u2026 starts one."),
            8000);
        return false;
    }
    ReimportOptions options;
    options.source = source;
    options.sourceHint = tr("choose the file with File \u2192 Project \u2192 Re-import Source\u2026");
    options.user = session->user();
    if (options.source.isEmpty()) {
        const QString own = projectSourceFact(*session->file(), QStringLiteral("path"));
        if (!QFileInfo(own).isFile()) {
            // The core would ask for another file by its command-line option; here the Open dialog asks.
            QMessageBox::information(m_window, tr("Re-import Source"),
                                     tr("The source file %1 is not there any more. Choose the file to import.")
                                         .arg(QDir::toNativeSeparators(own)));
            options.source = QFileDialog::getOpenFileName(m_window, tr("Re-import Source"),
                                                          QFileInfo(own).absolutePath(), FileFormat::openFilters());
            if (options.source.isEmpty())
                return false;
        }
    }
    m_project = session->path();
    m_shown = document;
    m_late = std::make_shared<LateResult>();
    // Every edit is in the file already. The core needs the file to itself, so the session closes; the data
    // stays on screen, read-only, until the re-imported project (or, on failure, the same one) is opened again.
    m_window->validation()->cancel();
    document->setReadOnly(true);
    m_window->actions()->undoGroup()->setActiveStack(nullptr);
    session->close();
    const QString shown = QFileInfo(options.source.isEmpty() ? m_project : options.source).fileName();
    emit m_controller->openStarted(tr("Re-importing %1\u2026").arg(shown));
    m_task.start(
        [this](const ReimportOutcome& out) {
            emit m_controller->openEnded();
            onDone(out.result, out.error);
        },
        &runReimport, m_project, options, m_late);
    return true;
}

void SourceReimporter::cancel()
{
    if (m_task.isRunning()) {
        emit m_controller->openEnded();
        m_task.cancel();
    }
}

void SourceReimporter::onDone(const std::shared_ptr<ReimportResult>& result, const QString& error)
{
    if (!result) {
        reopen(m_project, [this, error] {
            if (m_errorBox)
                m_errorBox->close();
            m_errorBox = new QMessageBox(
                QMessageBox::Warning, tr("Could not re-import"),
                tr("The source could not be re-imported; %1 is as it was.").arg(QFileInfo(m_project).fileName()),
                QMessageBox::Ok, m_window);
            m_errorBox->setObjectName(QStringLiteral("reimportErrorBox"));
            m_errorBox->setInformativeText(error);
            m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
            m_errorBox->open();
            emit finished(false);
        });
        return;
    }
    reopen(result->outputPath, [this, result] {
        const ReimportPlan& plan = result->plan;
        emit m_controller->statusMessage(
            tr("Re-imported %1: %2 carried over, %3 not.")
                .arg(QFileInfo(result->sourcePath).fileName(),
                     tr("%n edit(s)", nullptr,
                        int(plan.cellsReapplied + plan.rowsDeleted + plan.rowsAdded + plan.columnsAdded)),
                     QLocale().toString(qulonglong(plan.notApplied.size()))),
            10000);
        if (m_summary)
            m_summary->close();
        m_summary = new ReimportSummaryDialog(*result, m_window);
        m_summary->setAttribute(Qt::WA_DeleteOnClose);
        m_summary->open();
        emit finished(true);
    });
}

void SourceReimporter::reopen(const QString& path, std::function<void()> then)
{
    disconnect(m_opened);
    if (m_window->document() != m_shown) {
        // Another file was opened meanwhile: it stays; the project is left for the user to open.
        emit m_controller->statusMessage(
            tr("The re-import ended while another file was open: open %1 to see it.").arg(QFileInfo(path).fileName()),
            10000);
        emit finished(false);
        return;
    }
    m_opened = connect(m_window, &MainWindow::loadFinished, this, [this, then = std::move(then)](bool) {
        disconnect(m_opened);
        then();
    });
    m_controller->reopen(path);
}

} // namespace plumbline
