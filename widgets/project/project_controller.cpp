#include "project/project_controller.h"

#include "core/progress.h"
#include "core/user_name.h"
#include "document/document.h"
#include "io/project/base_data.h"
#include "io/project/journal_store.h"
#include "panels/findings/findings_dock.h"
#include "panels/runs/runs_dock.h"
#include "project/handover_actions.h"
#include "project/hidden_findings.h"
#include "project/message_bar.h"
#include "project/project_session.h"
#include "project/review_report.h"
#include "project/review_source.h"
#include "project/source_reimporter.h"
#include "settings/app_settings.h"
#include "shell/main_actions.h"
#include "shell/main_window.h"
#include "shell/recent_files.h"
#include "tables/table_tabs.h"
#include "validation/finding_navigator.h"
#include "validation/rule_pack_presenter.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QThreadPool>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace plumbline {

namespace {

/// What the worker hands back: a project read (or why not) and the note about its source on disk.
struct ProjectLoadOutcome
{
    std::shared_ptr<LoadedProject> loaded;
    QString error;
    QString sourceNote;
};

void loadProject(QPromise<ProjectLoadOutcome>& promise, const QString& path)
{
    ProjectLoadOutcome out;
    // Before the session opens the file for work (and holds its lock).
    out.sourceNote = sourceChangedNote(path);
    PromiseProgress progress(promise);
    auto loaded = ProjectSession::load(path, progress);
    if (promise.isCanceled())
        return;
    if (!loaded) {
        out.error = loaded.error().toString();
        promise.addResult(std::move(out));
        return;
    }
    out.loaded = std::make_shared<LoadedProject>(std::move(loaded).value());
    // Column types are inferred once and cached: here, off the GUI thread (as for any file loaded).
    for (const auto& table : out.loaded->contents.base.tables)
        for (int column = 0; column < table->columnCount(); ++column)
            table->columnType(column);
    promise.addResult(std::move(out));
}

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(QLatin1String("plumbline"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".plumbline");
    return path;
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ProjectController::ProjectController(MainWindow* window) : QObject(window), m_window(window)
{
    m_banners = new QWidget(window);
    m_banners->setObjectName(QStringLiteral("projectBanners"));
    auto* layout = new QVBoxLayout(m_banners);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    m_offer = new MessageBar(QStringLiteral("projectOfferBar"), m_banners);
    m_notice = new MessageBar(QStringLiteral("projectNoticeBar"), m_banners);
    m_sourceChanged = new MessageBar(QStringLiteral("sourceChangedBar"), m_banners);
    m_runBanner = new MessageBar(QStringLiteral("runBanner"), m_banners);
    for (MessageBar* bar : {m_notice, m_sourceChanged, m_runBanner, m_offer})
        layout->addWidget(bar);
    connect(m_offer, &MessageBar::accepted, this, [this] { newProject(); });
    connect(m_sourceChanged, &MessageBar::accepted, this, [this] { m_reimporter->reimport(); });
    connect(m_runBanner, &MessageBar::accepted, this, [this] {
        m_runs->show();
        m_runs->raise();
    });

    m_new = new QAction(tr("&New Project\u2026"), this);
    m_new->setObjectName(QStringLiteral("actionNewProject"));
    m_new->setStatusTip(tr("Make a review project of the open file: every edit, decision and run is kept in it"));
    connect(m_new, &QAction::triggered, this, [this] { newProject(); });
    m_open = new QAction(tr("Open &Project\u2026"), this);
    m_open->setObjectName(QStringLiteral("actionOpenProject"));
    m_open->setStatusTip(tr("Open a review project (.plumbline)"));
    connect(m_open, &QAction::triggered, this, [this] {
        AppSettings settings;
        const QString path =
            QFileDialog::getOpenFileName(m_window, tr("Open Project"), settings.lastOpenDirectory.value(),
                                         tr("Plumbline projects (*.plumbline);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.lastOpenDirectory.setValue(QFileInfo(path).absolutePath());
        m_window->openFile(path);
    });
    m_save = new QAction(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("actionSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("A project is saved as you work; a plain file can become a project"));
    connect(m_save, &QAction::triggered, this, &ProjectController::save);
    m_saveAs = new QAction(tr("Save Project &As\u2026"), this);
    m_saveAs->setObjectName(QStringLiteral("actionSaveProjectAs"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAs->setStatusTip(tr("Copy the project to another file and go on working there"));
    connect(m_saveAs, &QAction::triggered, this, [this] { saveProjectAs(); });
    m_report = new QAction(tr("Expor&t Report\u2026"), this);
    m_report->setObjectName(QStringLiteral("actionExportReport"));
    m_report->setStatusTip(tr("Write a review report (HTML or JSON): findings, decisions, runs and edits"));
    connect(m_report, &QAction::triggered, this, [this] { exportReport(); });
    window->addActions({m_save, m_saveAs});
    m_reimporter = new SourceReimporter(window, this);
    m_projectMenu = new QMenu(tr("Pro&ject"), window);
    m_projectMenu->setObjectName(QStringLiteral("menuProject"));
    m_projectMenu->addAction(m_reimporter->action());
    m_projectMenu->addSeparator();
    m_handover = new HandoverActions(window, this);
    m_projectMenu->addAction(m_handover->exportAction());
    m_projectMenu->addAction(m_handover->mergeAction());

    m_runs = new RunsDock(window);
    connect(&m_load, &BackgroundTask::progressChanged, this, &ProjectController::openProgress);
    connect(&m_load, &BackgroundTask::canceled, this, [this] {
        emit openEnded();
        emit statusMessage(tr("Opening canceled."), 5000);
        emit m_window->loadFinished(false);
    });

    connect(window->findingNavigator()->dock(), &FindingsDock::showHiddenChanged, this,
            &ProjectController::updateHiddenFindings);
    window->findingNavigator()->dock()->setHiddenProvider([this](const FindingStore& store) {
        return m_session && m_session->document() == m_document ? m_session->triage()->view(store) : TriageView();
    });
    updateActions();
}

ProjectController::~ProjectController()
{
    m_load.abandon();
    for (const auto& c : m_connections)
        disconnect(c);
    m_session.reset(); // detaches from the document before the window deletes it
}

bool ProjectController::isProject() const
{
    return m_session && (m_session->isSaved() || m_session->isReadOnly());
}

bool ProjectController::keepsEdits() const
{
    return m_session && m_session->isSaved();
}

bool ProjectController::isReadOnly() const
{
    return m_session && m_session->isReadOnly();
}

QString ProjectController::projectName() const
{
    return isProject() ? QFileInfo(m_session->path()).fileName() : QString();
}

bool ProjectController::openIfProject(const QString& path)
{
    if (!isProjectPath(path))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_session && m_session->path() == absolute) {
        emit statusMessage(tr("%1 is already open in this window.").arg(QFileInfo(path).fileName()), 6000);
        emit m_window->loadFinished(true);
        return true;
    }
    startOpen(absolute);
    return true;
}

void ProjectController::reopen(const QString& path)
{
    startOpen(QFileInfo(path).absoluteFilePath());
}

void ProjectController::startOpen(const QString& absolute)
{
    emit openStarted(tr("Opening project %1\u2026").arg(QFileInfo(absolute).fileName()));
    m_load.start(
        [this, absolute](const ProjectLoadOutcome& out) {
            if (!out.loaded)
                onLoadFailed(absolute, out.error);
            else
                onLoaded(out.loaded, absolute, out.sourceNote);
        },
        &loadProject, absolute);
}

void ProjectController::cancelOpen()
{
    m_reimporter->cancel();
    if (m_load.isRunning())
        m_load.cancel();
}

void ProjectController::abandonOpen()
{
    if (m_load.isRunning())
        m_load.abandon();
}

void ProjectController::onLoaded(const std::shared_ptr<LoadedProject>& loaded, const QString& path,
                                 const QString& sourceNote)
{
    m_pending = loaded;
    m_pendingDataset = std::make_shared<Dataset>(std::move(loaded->contents.base));
    m_pendingSourceNote = sourceNote;
    emit openEnded();
    m_window->showProjectData(m_pendingDataset);
    m_pending.reset();
    m_pendingDataset.reset();
    if (isProject()) {
        m_window->recentFiles()->add(path);
        emit statusMessage(tr("Opened project %1.").arg(QFileInfo(path).fileName()), 6000);
    }
}

void ProjectController::onLoadFailed(const QString& path, const QString& message)
{
    emit openEnded();
    if (m_errorBox)
        m_errorBox->close();
    m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Could not open project"),
                                 tr("Plumbline could not open the project %1.").arg(QFileInfo(path).fileName()),
                                 QMessageBox::Ok, m_window);
    m_errorBox->setObjectName(QStringLiteral("projectErrorBox"));
    m_errorBox->setInformativeText(message);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
    emit m_window->loadFailed(message);
    emit m_window->loadFinished(false);
}

void ProjectController::attach(Document* document)
{
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_session.reset(); // the previous project closes (and its lock goes) while its document still exists
    m_document = document;
    m_sourceNote.clear();
    if (!document) {
        updateHiddenFindings();
        return;
    }
    const QString user = currentUserName();
    if (m_pending && document->sharedDataset().get() == m_pendingDataset.get()) {
        auto started = ProjectSession::start(std::move(*m_pending), document, user);
        if (started) {
            m_session = std::move(started).value();
            m_sourceNote = m_pendingSourceNote;
            // A reopened project validates with the rules it was reviewed with, not the window's last choice.
            m_window->validation()->useSetup(m_session->validationSetup());
        } else {
            QMessageBox::warning(m_window, tr("Could not open project"), started.error().toString());
        }
    }
    if (!m_session)
        m_session = ProjectSession::forDocument(document, user);
    if (m_session->isReadOnly())
        document->setReadOnly(true);
    auto& c = m_connections;
    c << connect(document, &Document::validationFinished, this, &ProjectController::onValidationFinished);
    c << connect(m_session->triage(), &TriageBook::changed, m_window->findingNavigator()->dock(),
                 &FindingsDock::refreshHidden);
    c << connect(m_session->triage(), &TriageBook::changed, this, &ProjectController::updateHiddenFindings);
    updateHiddenFindings();
    c << connect(m_session.get(), &ProjectSession::pathChanged, this, [this] {
        updateActions();
        emit projectChanged();
    });
    c << connect(m_session.get(), &ProjectSession::writeFailed, this, [this](const Error& error) {
        m_notice->showMessage(tr("The project could not be written: %1 Your edits are kept in memory until it "
                                 "works again.")
                                  .arg(error.toString()),
                              MessageBar::Kind::Warning);
    });
}

void ProjectController::documentShown()
{
    m_runBanner->hide();
    if (!m_document || !m_session) {
        m_offer->hide();
        m_notice->hide();
        m_sourceChanged->hide();
        refreshRuns();
        updateActions();
        return;
    }
    if (m_session->isReadOnly()) {
        // Nothing may change: no undo or redo either (the history is shown, not walked).
        m_window->actions()->undoGroup()->setActiveStack(nullptr);
        m_notice->showMessage(tr("%1 is open read-only because %2. Save Project As\u2026 makes a copy you can work in.")
                                  .arg(projectName(), m_session->readOnlyReason()),
                              MessageBar::Kind::Warning);
    } else {
        m_notice->hide();
    }
    if (!m_sourceNote.isEmpty()) {
        m_sourceChanged->showMessage(tr("Source changed on disk: %1.").arg(m_sourceNote), MessageBar::Kind::Warning,
                                     tr("Re-import\u2026"));
        // Re-importing writes a new project: a read-only one is copied first (Save Project As).
        m_sourceChanged->setAcceptEnabled(keepsEdits());
        m_sourceChanged->acceptButton()->setToolTip(
            keepsEdits() ? tr("Read the changed file again and carry your edits and decisions over")
                         : tr("A read-only project cannot be re-imported: Save Project As\u2026 makes a copy first"));
    } else {
        m_sourceChanged->hide();
    }
    const QString source = m_document->dataset().source.path;
    if (!isProject() && !source.isEmpty())
        m_offer->showMessage(tr("Start a project for %1? A project keeps every edit as you make it, the findings "
                                "you waive and the validation runs, and survives closing the window.")
                                 .arg(QFileInfo(source).fileName()),
                             MessageBar::Kind::Information, tr("&Start a Project"), tr("&Not Now"));
    else
        m_offer->hide();
    refreshRuns();
    updateActions();
    emit projectChanged();
}

void ProjectController::refreshRuns()
{
    if (isProject())
        m_runs->setRuns(m_session->runs().runs());
    else
        m_runs->setRuns({}, tr("Runs are kept in a project: File \u2192 New Project\u2026 starts one."));
}

void ProjectController::updateActions()
{
    const bool document = m_document != nullptr;
    m_new->setEnabled(document);
    m_save->setEnabled(document);
    m_saveAs->setEnabled(document && isProject());
    m_report->setEnabled(document);
    m_reimporter->action()->setEnabled(document && keepsEdits());
    m_handover->updateActions();
}

void ProjectController::updateHiddenFindings()
{
    std::shared_ptr<const HiddenFindings> hidden;
    if (m_session && m_document && m_session->document() == m_document &&
        !m_window->findingNavigator()->dock()->showsHidden()) {
        std::vector<FindingKey> keys;
        for (const TriageDecision& d : m_session->triage()->decisions())
            if (isHiddenState(d.state))
                keys.push_back(d.key);
        if (!keys.empty())
            hidden = std::make_shared<const HiddenFindings>(keys);
    }
    m_window->tabs()->setHiddenFindings(std::move(hidden));
}

void ProjectController::onValidationFinished(bool ok)
{
    if (!ok || !m_session || m_session->isReadOnly() || !m_document || !m_document->findings())
        return;
    if (m_saving) {
        m_runWhileSaving = true; // the session is between prepareSave and finishSave
        return;
    }
    {
        // The project remembers the rules it was last validated with (an unsaved session keeps them for the
        // project New Project makes).
        const ValidationSetup& used = m_document->validationSetup();
        const ValidationSetup& kept = m_session->validationSetup();
        if (used.packs != kept.packs || used.schemaFiles != kept.schemaFiles ||
            used.disabledRules != kept.disabledRules)
            if (auto failed = m_session->setValidationSetup(used))
                emit statusMessage(failed->toString(), 8000);
    }
    auto run = m_session->recordRun();
    if (!run) {
        emit statusMessage(run.error().toString(), 8000);
        return;
    }
    if (!isProject())
        return; // runs of a plain file wait in memory for the project
    const auto& runs = m_session->runs().runs();
    const RunRecord* previous = runs.size() >= 2 ? &runs[runs.size() - 2] : nullptr;
    const RunRecord& now = run.value();
    QString text;
    if (now.first || !previous) {
        text = tr("%n finding(s) in the first run of this project", nullptr, int(now.total));
    } else {
        const QDateTime when = QDateTime::fromString(previous->time, Qt::ISODate).toLocalTime();
        text = tr("%1 new, %2 resolved since %3")
                   .arg(QLocale().toString(qulonglong(now.newCount)), QLocale().toString(qulonglong(now.resolvedCount)),
                        QLocale().toString(when, QLocale::ShortFormat));
    }
    m_runBanner->showMessage(text, MessageBar::Kind::Information, tr("Show &Runs"));
    refreshRuns();
    emit runRecorded(text);
}

QString ProjectController::askProjectPath(const QString& title) const
{
    QString suggested;
    if (m_document) {
        const QFileInfo source(isProject() ? m_session->path() : m_document->dataset().source.path);
        suggested = source.absolutePath() + QLatin1Char('/') + source.completeBaseName() +
                    (isProject() ? QStringLiteral(" copy.plumbline") : QStringLiteral(".plumbline"));
    }
    return withSuffix(QFileDialog::getSaveFileName(m_window, title, suggested, tr("Plumbline projects (*.plumbline)")));
}

bool ProjectController::newProject(const QString& path)
{
    if (!m_session || !m_document)
        return false;
    const QString target = path.isEmpty() ? askProjectPath(tr("New Project")) : withSuffix(path);
    return !target.isEmpty() && saveSession(target);
}

bool ProjectController::saveProjectAs(const QString& path)
{
    if (!m_session || !m_document)
        return false;
    const QString target = path.isEmpty() ? askProjectPath(tr("Save Project As")) : withSuffix(path);
    return !target.isEmpty() && saveSession(target);
}

bool ProjectController::saveSession(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_session->path() == absolute) {
        emit statusMessage(tr("%1 is the project already open.").arg(QFileInfo(path).fileName()), 6000);
        return false;
    }
    // The Save dialog asked before replacing a file; a project is written whole, never merged into another.
    if (QFileInfo::exists(absolute) && !QFile::remove(absolute)) {
        QMessageBox::warning(m_window, tr("Could not save project"),
                             tr("%1 exists and cannot be replaced.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const auto failed = saveInBackground(absolute);
    if (failed) {
        QMessageBox::warning(m_window, tr("Could not save project"), failed->toString());
        return false;
    }
    if (m_document->isReadOnly() && !m_session->isReadOnly()) {
        m_document->setReadOnly(false); // a clean copy of a read-only project is open for work
        m_window->actions()->undoGroup()->setActiveStack(m_document->undoStack());
    }
    m_window->recentFiles()->add(absolute);
    m_offer->hide();
    if (!m_session->isReadOnly())
        m_notice->hide();
    refreshRuns();
    updateActions();
    emit projectChanged();
    emit statusMessage(
        tr("Saved the project %1: every change is now kept in it as you make it.").arg(QFileInfo(absolute).fileName()),
        8000);
    return true;
}

std::optional<Error> ProjectController::saveInBackground(const QString& path)
{
    // The copy of what is saved is made here (fast: the tables are shared, copy on write); the file is written on
    // a worker while this thread goes on painting and shows the progress; then the session goes on in the file.
    ProjectSession* session = m_session.get();
    const auto job = session->prepareSave(path);
    if (!job)
        return Error{path, 0, 0, tr("The project could not be written.")};
    m_saving = true;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    emit openStarted(tr("Saving project %1\u2026").arg(QFileInfo(path).fileName()));
    std::optional<QString> outcome; // the worker's error sentence; empty when saved
    QEventLoop loop;
    BackgroundTask task;
    connect(&task, &BackgroundTask::progressChanged, this, &ProjectController::openProgress);
    // The writer takes a thread of the global pool for the file and another for the source's SHA-256. Qt 6.4's
    // raster engine fills large areas in parallel on that same pool and waits for a free thread: on two cores the
    // window stalled for seconds while the save ran. The save's two threads do not count against the pool while
    // it runs (what QtConcurrent does for a thread that blocks), so painting finds a thread as it did before.
    QThreadPool::globalInstance()->releaseThread();
    QThreadPool::globalInstance()->releaseThread();
    task.start(
        [&](const QString& error) {
            outcome = error;
            loop.quit();
        },
        [job](QPromise<QString>& promise) {
            PromiseProgress progress(promise);
            const auto failed = ProjectSession::runSave(*job, progress);
            promise.addResult(failed ? failed->toString() : QString());
        });
    // Clicks and keys wait until the file is written (Qt delivers them afterwards): an edit made meanwhile
    // would be in neither the file nor its journal. Painting, the progress and timers go on.
    if (!outcome)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QThreadPool::globalInstance()->reserveThread();
    QThreadPool::globalInstance()->reserveThread();
    emit openEnded();
    QApplication::restoreOverrideCursor();
    m_saving = false;
    std::optional<Error> failed;
    if (!outcome) {
        // The loop was ended from outside (the application quits): the worker is stopped and waited for by the
        // task's destructor, and a file cut short is never put in place.
        task.abandon();
        failed = Error{path, 0, 0, tr("The project was not saved: Plumbline was closing.")};
    } else if (!outcome->isEmpty())
        failed = Error{path, 0, 0, *outcome};
    else if (m_session.get() != session)
        failed = Error{path, 0, 0, tr("Another file was opened while the project was saved.")};
    else
        failed = session->finishSave(*job);
    if (m_runWhileSaving) {
        // A validation that ended while the file was written is recorded in it now.
        m_runWhileSaving = false;
        if (!failed)
            onValidationFinished(true);
    }
    return failed;
}

void ProjectController::save()
{
    if (!m_session || !m_document)
        return;
    if (m_session->isReadOnly()) {
        emit statusMessage(
            tr("%1 is read-only; Save Project As\u2026 makes a copy you can work in.").arg(projectName()), 8000);
        return;
    }
    if (m_session->isSaved()) {
        m_session->checkpoint(); // folds the log in, so the file can be copied as it is
        emit statusMessage(
            tr("Nothing to save: every change is already in %1 (projects are saved as you work).").arg(projectName()),
            8000);
        return;
    }
    newProject();
}

bool ProjectController::exportReport(const QString& path)
{
    if (!m_session || !m_document)
        return false;
    const auto store = m_document->findings();
    if (!store) {
        emit statusMessage(tr("Validate the data first (F5): the report lists the findings."), 8000);
        return false;
    }
    QString target = path;
    if (target.isEmpty()) {
        const QFileInfo base(isProject() ? m_session->path() : m_document->dataset().source.path);
        const QString html = tr("HTML report (*.html)");
        const QString json = tr("JSON report (*.json)");
        QString chosen = html;
        target = QFileDialog::getSaveFileName(m_window, tr("Export Report"),
                                              base.absolutePath() + QLatin1Char('/') + base.completeBaseName() +
                                                  QStringLiteral(" review.html"),
                                              html + QStringLiteral(";;") + json, &chosen);
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().isEmpty())
            target += chosen == json ? QStringLiteral(".json") : QStringLiteral(".html");
    }
    ReviewReportInput input;
    input.file = isProject() ? m_session->path() : m_document->dataset().source.path;
    input.sourcePath = m_document->dataset().source.path;
    if (ProjectFile* file = m_session->file()) {
        input.sourcePath = projectSourceFact(*file, QStringLiteral("path"));
        input.sourceSha256 = projectSourceFact(*file, QStringLiteral("sha256"));
    }
    input.generated = utcNow();
    input.user = m_session->user();
    const auto& runs = m_session->runs().runs();
    input.packs = !runs.empty() ? runs.back().packs : m_document->validationSetup().packs;
    input.store = store;
    input.decisions = m_session->triage()->decisions();
    input.view = m_session->triage()->view(*store);
    input.runs = runs;
    if (ProjectFile* file = m_session->file()) {
        NullProgress progress;
        if (auto journal = readJournal(*file, 0, progress))
            input.edits = buildAuditTrail(m_document->dataset(), journal.value(), {});
    }
    QSaveFile out(target);
    const bool json = target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const bool ok = out.open(QIODevice::WriteOnly) &&
                    (json ? writeReviewJson(out, input) : writeReviewHtml(out, input)) && out.commit();
    if (!ok) {
        QMessageBox::warning(m_window, tr("Could not export report"),
                             tr("%1 could not be written: %2").arg(QFileInfo(target).fileName(), out.errorString()));
        return false;
    }
    emit statusMessage(tr("Wrote the review report %1.").arg(QFileInfo(target).fileName()), 8000);
    return true;
}

bool ProjectController::ensureProject(const QString& why)
{
    if (isProject())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Start a Project"), why, QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("startProjectBox"));
    box.setInformativeText(tr("Start a project for this file now?"));
    QPushButton* start = box.addButton(tr("&Start a Project\u2026"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(start);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton*>(start) && newProject();
}

bool ProjectController::decide(const std::vector<std::size_t>& findings, TriageState state, const QString& reason)
{
    if (!m_session || !m_document || findings.empty())
        return false;
    if (m_session->isReadOnly()) {
        emit statusMessage(tr("%1 is read-only: decisions cannot be recorded.").arg(projectName()), 8000);
        return false;
    }
    if (!ensureProject(tr("Decisions about findings are kept in a review project, so that they are remembered "
                          "when the file is validated again or opened by a colleague.")))
        return false;
    if (auto failed = m_session->decide(findings, state, reason)) {
        QMessageBox::warning(m_window, tr("Could not record the decision"), failed->toString());
        return false;
    }
    const int n = int(findings.size());
    switch (state) {
    case TriageState::Waived:
        emit statusMessage(tr("Waived %n finding(s).", nullptr, n), 6000);
        break;
    case TriageState::FalsePositive:
        emit statusMessage(tr("Marked %n finding(s) as false positive.", nullptr, n), 6000);
        break;
    default:
        emit statusMessage(tr("Reopened %n finding(s).", nullptr, n), 6000);
        break;
    }
    return true;
}

std::vector<AuditRow> ProjectController::cellHistory(const QString& table, RecordId record, const QString& column,
                                                     QString* note) const
{
    ProjectFile* file = m_session ? m_session->file() : nullptr;
    if (!file || !m_document) {
        if (note)
            *note = tr("The history of cells is kept in a review project: File \u2192 New Project\u2026 starts one, "
                       "and every edit from then on is listed here.");
        return {};
    }
    NullProgress progress;
    auto journal = readJournal(*file, 0, progress);
    if (!journal) {
        if (note)
            *note = journal.error().toString();
        return {};
    }
    auto rows =
        plumbline::cellHistory(buildAuditTrail(m_document->dataset(), journal.value(), {}), table, record, column);
    if (rows.empty() && note)
        *note = tr("This cell has not been changed in this project.");
    return rows;
}

} // namespace plumbline
