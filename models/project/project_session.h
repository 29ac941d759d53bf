#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "document/validation_setup.h"
#include "io/project/journal_apply.h"
#include "io/project/project_reader.h"
#include "project/run_history.h"
#include "project/triage_book.h"

#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace plumbline {

class Document;
class JournalRecorder;

/// A project read from its file on a worker, ready to become a session on the document's thread.
struct LoadedProject
{
    ProjectContents contents;
    JournalReplay replay; ///< the journal tried on the data: how much of it fits
    /// Why the project can only be read (a newer format, SQL planted in it, a journal that does not fit, a file
    /// that cannot be written); empty when it opened for work (then contents.file is open ReadWrite).
    QString readOnlyReason;
};

/// One review of one dataset: the document (its data, undo history and findings) tied to a project file that
/// journals every command as it happens, the triage decisions, the validation runs and the rules snapshot.
///
/// Three states. Unsaved: the document of a data file before it becomes a project; the journal, decisions and
/// runs wait in memory and go into the file made by saveTo(). Saved: a project open for work (exclusive; every
/// command one transaction). Read-only: a project that must not be written (see LoadedProject); the data, its
/// journal up to where it fits, decisions and runs are shown, nothing is written.
///
/// Lives on the document's thread. The session does not own a document it was given (the window does); one it
/// opened itself (open()) it owns.
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    ~ProjectSession() override;

    /// Worker half of opening: reads the project (base data and journal) and tries the journal on the data.
    static Result<LoadedProject> load(const QString& path, Progress& progress);
    /// Document half: replays the journal into document (made from loaded.contents.base, nothing recorded yet)
    /// and starts the session (Saved, or Read-only with the reason).
    static Result<std::unique_ptr<ProjectSession>> start(LoadedProject loaded, Document* document, const QString& user,
                                                         QObject* parent = nullptr);
    /// Both halves on this thread, with a document of its own (the CLI, tests).
    static Result<std::unique_ptr<ProjectSession>> open(const QString& path, const QString& user, Progress& progress);
    /// An unsaved session for a document just loaded from a data file: records its journal from now on.
    static std::unique_ptr<ProjectSession> forDocument(Document* document, const QString& user,
                                                       QObject* parent = nullptr);

    Document* document() const { return m_document; }
    /// The project file, or null (unsaved; or read-only after close()).
    ProjectFile* file() const { return m_file.get(); }
    /// The project's path; empty while unsaved.
    QString path() const { return m_path; }
    bool isSaved() const { return m_file && !m_readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    const QString& user() const { return m_user; }
    TriageBook* triage() const { return m_triage; }
    const RunHistory& runs() const { return m_runs; }
    JournalRecorder* recorder() const { return m_recorder; }
    int epoch() const { return m_epoch; }

    /// The rules to validate with: the project's snapshot (files it names resolved to their saved copies when
    /// they changed or are gone).
    const ValidationSetup& validationSetup() const { return m_setup; }
    /// Remembers the setup (and a copy of the files it names) in the project.
    std::optional<Error> setValidationSetup(const ValidationSetup& setup);

    /// Records the document's last full run (call when a validation finished); null-safe for unvalidated
    /// documents. The run compares with the one before (RunRecord::newCount, resolvedCount).
    Result<RunRecord> recordRun();
    /// Sets the decision on findings of the document's current store (store indexes); reason is required
    /// for Waived. One transaction.
    std::optional<Error> decide(const std::vector<std::size_t>& findings, TriageState state, const QString& reason);

    /// Writes the session into a new project at path (Unsaved: the base data, journal so far, decisions, runs
    /// and rules; Saved: a copy of the file) and goes on in it. On failure nothing changes.
    std::optional<Error> saveTo(const QString& path, Progress& progress);
    /// Folds the write-ahead log into the file so it can be copied or sent as one file (Saved only).
    std::optional<Error> checkpoint();
    /// Ends the session: stops journaling and closes the file.
    void close();

    /// Tests: the time stamped on everything (UTC, ISO 8601) comes from here instead of the clock.
    void setClock(std::function<QString()> clock);
    QString now() const;

    /// What the background half of saveTo needs, copied on the document's thread (see ProjectSaveJob).
    struct SaveJob;
    std::shared_ptr<SaveJob> prepareSave(const QString& path);
    /// Runs on a worker: writes the project file. Thread-safe (touches only the job).
    static std::optional<Error> runSave(SaveJob& job, Progress& progress);
    /// Back on the document's thread after runSave succeeded: opens the new file and goes on in it.
    std::optional<Error> finishSave(SaveJob& job);

signals:
    /// The project on disk changed identity (saved for the first time, saved as): path() is new.
    void pathChanged(const QString& path);
    /// Writing to the project failed (a full disk): edits stay in memory until it works again.
    void writeFailed(const plumbline::Error& error);

private:
    ProjectSession(Document* document, const QString& user, QObject* parent);
    void attachFile(std::unique_ptr<ProjectFile> file, bool writable);

    Document* m_document = nullptr;
    std::unique_ptr<Document> m_ownedDocument;
    std::unique_ptr<ProjectFile> m_file;
    QString m_path;
    QString m_user;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_epoch = 1;
    JournalRecorder* m_recorder = nullptr;
    TriageBook* m_triage = nullptr;
    RunHistory m_runs;
    ValidationSetup m_setup;
    std::vector<JournalEntry> m_replayed;      // read-only: the journal entries that fit, for a copy saved elsewhere
    std::unique_ptr<QTemporaryDir> m_rulesDir; // saved copies of rule files that changed or are gone
    std::function<QString()> m_clock;
};

} // namespace plumbline
