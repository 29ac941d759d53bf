#include "project/project_session.h"

#include "document/document.h"
#include "io/atomic_replace.h"
#include "io/project/journal_store.h"
#include "io/project/project_file.h"
#include "io/project/project_schema.h"
#include "io/project/project_writer.h"
#include "project/journal_recorder.h"
#include "project/journal_replay.h"
#include "project/rules_snapshot.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUndoStack>

namespace plumbline {

struct ProjectSession::SaveJob
{
    QString path;
    bool copied = false; ///< a saved project was copied already (on the document's thread)
    std::shared_ptr<const Dataset> snapshot;
    std::vector<JournalEntry> journal;
    std::vector<TriageDecision> decisions;
    RunHistory runs;
    ValidationSetup setup;
};

ProjectSession::ProjectSession(Document* document, const QString& user, QObject* parent)
    : QObject(parent), m_document(document), m_user(user)
{
    m_triage = new TriageBook(this);
    m_setup = document->validationSetup();
}

ProjectSession::~ProjectSession()
{
    close();
}

void ProjectSession::setClock(std::function<QString()> clock)
{
    m_clock = std::move(clock);
    if (m_recorder)
        m_recorder->setClock(m_clock);
}

QString ProjectSession::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Result<LoadedProject> ProjectSession::load(const QString& path, Progress& progress)
{
    // Read-only first: a project that must not be written is never opened for writing.
    auto contents = readProjectContents(path, ProjectAccess::ReadOnly, progress);
    if (!contents)
        return contents.error();
    LoadedProject loaded;
    loaded.contents = std::move(contents).value();
    // The journal is tried on copies of the tables (they share the loaded columns, copy on write), so the base
    // stays as loaded for the document that replays it.
    Dataset trial = loaded.contents.base;
    for (auto& table : trial.tables)
        table = std::make_shared<Table>(*table);
    loaded.replay = applyJournal(trial, loaded.contents.journal);
    const ProjectFile& file = *loaded.contents.file;
    if (file.isNewerFormat())
        loaded.readOnlyReason = QStringLiteral("it was saved by a newer version of Plumbline (project format %1; this "
                                               "version knows format %2)")
                                    .arg(file.formatVersion())
                                    .arg(kProjectFormatVersion);
    else if (!file.foreignSql().isEmpty())
        loaded.readOnlyReason = QStringLiteral("it holds SQL that Plumbline did not put there (%1), so another program "
                                               "changed it")
                                    .arg(file.foreignSql().join(QStringLiteral(", ")));
    else if (!loaded.replay.problem.isEmpty())
        loaded.readOnlyReason = QStringLiteral("its edit history does not fit its data: %1").arg(loaded.replay.problem);
    if (!loaded.readOnlyReason.isEmpty())
        return loaded;
    loaded.contents.file->close();
    auto writable = ProjectFile::open(path, ProjectAccess::ReadWrite);
    if (!writable) {
        // In use elsewhere is an error (the user must close it there); a file that cannot be written is offered
        // read-only.
        if (QFileInfo(path).isWritable())
            return writable.error();
        auto readable = ProjectFile::open(path, ProjectAccess::ReadOnly);
        if (!readable)
            return readable.error();
        loaded.contents.file = std::move(readable).value();
        loaded.readOnlyReason = QStringLiteral("the file cannot be written (its permissions, or the disk it is on)");
        return loaded;
    }
    loaded.contents.file = std::move(writable).value();
    return loaded;
}

Result<std::unique_ptr<ProjectSession>> ProjectSession::start(LoadedProject loaded, Document* document,
                                                              const QString& user, QObject* parent)
{
    std::unique_ptr<ProjectSession> session(new ProjectSession(document, user, parent));
    std::vector<JournalEntry> journal = std::move(loaded.contents.journal);
    journal.resize(loaded.replay.applied); // only what fits
    replayJournal(*document, journal);
    if (!loaded.readOnlyReason.isEmpty())
        session->m_replayed = std::move(journal); // a copy saved from a read-only project starts from these
    session->m_epoch = loaded.contents.epoch;
    session->m_path = QFileInfo(loaded.contents.file->path()).absoluteFilePath();
    session->m_readOnly = !loaded.readOnlyReason.isEmpty();
    session->m_readOnlyReason = loaded.readOnlyReason;
    session->attachFile(std::move(loaded.contents.file), !session->m_readOnly);
    if (!session->m_file)
        return Error{session->m_path, 0, 0, QStringLiteral("The project cannot be opened.")};
    return session;
}

Result<std::unique_ptr<ProjectSession>> ProjectSession::open(const QString& path, const QString& user,
                                                             Progress& progress)
{
    auto loaded = load(path, progress);
    if (!loaded)
        return loaded.error();
    auto document = std::make_unique<Document>(std::make_shared<Dataset>(loaded.value().contents.base));
    auto session = start(std::move(loaded).value(), document.get(), user);
    if (!session)
        return session.error();
    session.value()->m_ownedDocument = std::move(document);
    return session;
}

std::unique_ptr<ProjectSession> ProjectSession::forDocument(Document* document, const QString& user, QObject* parent)
{
    std::unique_ptr<ProjectSession> session(new ProjectSession(document, user, parent));
    session->m_recorder = new JournalRecorder(document, user, session.get());
    return session;
}

void ProjectSession::attachFile(std::unique_ptr<ProjectFile> file, bool writable)
{
    m_file = std::move(file);
    m_triage->setReadOnly(!writable);
    if (auto failed = m_triage->attach(m_file.get()))
        emit writeFailed(*failed);
    if (auto failed = m_runs.attach(m_file.get()))
        emit writeFailed(*failed);
    m_rulesDir = std::make_unique<QTemporaryDir>();
    if (auto setup = readRuleSnapshot(*m_file, *m_rulesDir)) {
        m_setup = setup.value();
        m_document->setValidationSetup(m_setup);
    }
    if (!m_recorder)
        m_recorder = new JournalRecorder(m_document, m_user, this);
    m_recorder->setEpoch(m_epoch);
    if (m_clock)
        m_recorder->setClock(m_clock);
    if (!writable)
        return; // edits wait in memory for a copy saved elsewhere
    connect(m_recorder, &JournalRecorder::journalFailed, this, &ProjectSession::writeFailed, Qt::UniqueConnection);
    ProjectFile* raw = m_file.get();
    if (auto failed = m_recorder->setSink(
            [raw](std::vector<JournalEntry>& entries) { return appendJournalEntries(*raw, entries); }))
        emit writeFailed(*failed);
}

std::optional<Error> ProjectSession::setValidationSetup(const ValidationSetup& setup)
{
    m_setup = setup;
    m_document->setValidationSetup(setup);
    if (!isSaved())
        return std::nullopt;
    return writeRuleSnapshot(*m_file, setup);
}

Result<RunRecord> ProjectSession::recordRun()
{
    const auto store = m_document->findings();
    const ValidationRun* run = m_document->lastRun();
    if (!store || !run)
        return Error{m_path, 0, 0, QStringLiteral("The data has not been validated yet.")};
    if (m_readOnly)
        return Error{m_path, 0, 0, QStringLiteral("The project is open read-only; the run is not recorded.")};
    // The keys were made by the validation's worker when nothing has changed the findings since.
    const auto keys = m_document->runKeys();
    return m_runs.record(*store, run->validator->rules().packs, *m_triage, m_user, now(), keys.get());
}

std::optional<Error> ProjectSession::decide(const std::vector<std::size_t>& findings, TriageState state,
                                            const QString& reason)
{
    const auto store = m_document->findings();
    if (!store)
        return Error{m_path, 0, 0, QStringLiteral("The data has not been validated yet.")};
    std::vector<TriageDecision> decisions;
    const QString time = now();
    for (const std::size_t index : findings)
        if (index < store->size())
            decisions.push_back(TriageDecision{findingKeyOf(*store, index), state, reason, m_user, time});
    return m_triage->decide(decisions);
}

std::shared_ptr<ProjectSession::SaveJob> ProjectSession::prepareSave(const QString& path)
{
    auto job = std::make_shared<SaveJob>();
    job->path = QFileInfo(path).absoluteFilePath();
    if (m_file && !m_readOnly) {
        // A copy of the file as it is, made here so that no edit slips in between (VACUUM INTO: consistent and
        // compact). A read-only project's copy is a project to work in.
        const QString target = job->path;
        auto failed = replaceAtomically(target, [&](const QString& temp) -> std::optional<Error> {
            SqliteStatement vacuum;
            if (!vacuum.prepare(m_file->handle(), QStringLiteral("VACUUM INTO ?1")))
                return m_file->error(QStringLiteral("The project could not be copied"));
            const QByteArray name = temp.toUtf8();
            sqlite3_bind_text(vacuum.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(vacuum.get()) != SQLITE_DONE)
                return m_file->error(QStringLiteral("The project could not be copied"));
            return std::nullopt;
        });
        if (failed) {
            emit writeFailed(*failed);
            return nullptr;
        }
        job->copied = true;
        return job;
    }
    // Unsaved, or read-only (a newer format, a journal that does not fit): a new project of this version from
    // the loaded data and the history that fits, plus whatever was done since.
    job->snapshot = m_document->snapshot();
    job->journal = m_replayed;
    if (m_recorder)
        job->journal.insert(job->journal.end(), m_recorder->pending().begin(), m_recorder->pending().end());
    job->decisions = m_triage->decisions();
    job->runs = m_runs;
    job->setup = m_setup;
    return job;
}

std::optional<Error> ProjectSession::runSave(SaveJob& job, Progress& progress)
{
    if (job.copied)
        return std::nullopt;
    ProjectContentsToWrite contents;
    contents.journal = job.journal;
    contents.extra = [&job](ProjectFile& file) -> std::optional<Error> {
        if (auto e = TriageBook::writeDecisions(file, job.decisions))
            return e;
        if (auto e = job.runs.writeTo(file))
            return e;
        return writeRuleSnapshot(file, job.setup);
    };
    return createProjectFile(job.path, *job.snapshot, std::move(contents), progress);
}

std::optional<Error> ProjectSession::finishSave(SaveJob& job)
{
    auto opened = ProjectFile::open(job.path, ProjectAccess::ReadWrite);
    if (!opened)
        return opened.error();
    // Decisions made while the file was written go in after it.
    const std::vector<TriageDecision> memory = m_triage->decisions();
    if (m_recorder && !job.copied)
        m_recorder->dropPending(job.journal.size() - m_replayed.size());
    m_replayed.clear();
    if (m_file)
        m_file->close();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_path = job.path;
    attachFile(std::move(opened).value(), true);
    if (!job.copied) {
        std::vector<TriageDecision> later;
        for (const TriageDecision& d : memory)
            if (!m_triage->find(d.key) || m_triage->find(d.key)->state != d.state)
                later.push_back(d);
        if (!later.empty())
            if (auto failed = m_triage->decide(later))
                emit writeFailed(*failed);
    }
    m_document->undoStack()->setClean();
    emit pathChanged(m_path);
    return std::nullopt;
}

std::optional<Error> ProjectSession::saveTo(const QString& path, Progress& progress)
{
    auto job = prepareSave(path);
    if (!job)
        return Error{path, 0, 0, QStringLiteral("The project could not be saved.")};
    if (auto failed = runSave(*job, progress))
        return failed;
    return finishSave(*job);
}

std::optional<Error> ProjectSession::checkpoint()
{
    if (!isSaved())
        return std::nullopt;
    if (!m_file->exec("PRAGMA wal_checkpoint(TRUNCATE)"))
        return m_file->error(QStringLiteral("The project could not be written"));
    m_document->undoStack()->setClean();
    return std::nullopt;
}

void ProjectSession::close()
{
    if (m_recorder) {
        delete m_recorder; // detaches from the document
        m_recorder = nullptr;
    }
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
}

} // namespace plumbline
