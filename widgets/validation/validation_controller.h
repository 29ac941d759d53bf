#pragma once

#include "core/result.h"
#include "findings/finding_index.h"
#include "findings/finding_store.h"
#include "table/dataset.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace plumbline {

class CodelistRepository;

/// What one validation run hands the GUI: the findings, a per-cell index for each table of the dataset (in
/// the dataset's table order; null for a table without findings data), and the packs that ran.
struct ValidationRun
{
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const FindingStore> findings;
    std::vector<std::shared_ptr<const FindingIndex>> indexes;
    QStringList packs;
    QStringList notices; ///< what the Table Schemas ask that is not checked (TableSchemaPack)
    double seconds = 0;
};

/// Runs one validation at a time off the GUI thread (DESIGN.md "One threading idiom"): QtConcurrent::run with
/// a QPromise worker that chooses the packs (PackCatalog: the requested ones, or by sniffing the headers),
/// runs the Validator and builds the per-cell FindingIndex of every table, so the GUI thread only swaps
/// pointers. A generation counter drops the result of a run superseded by start() or cancel().
/// Signals for one start(): progressChanged*, then exactly one of finished, failed or canceled.
class ValidationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationController)

public:
    explicit ValidationController(QObject* parent = nullptr);
    /// Cancels a running validation and waits for its worker (it polls cancellation per row block).
    ~ValidationController() override;

    /// Validates dataset with packs (built-in names or .json paths; empty = choose by the headers; the
    /// always-on structure pack runs either way), superseding a run in progress.
    void start(std::shared_ptr<const Dataset> dataset, const QStringList& packs);
    /// Table Schema files (or datapackage.json) whose packs every following start() adds; a Data Package's
    /// own schemas are added without this.
    void setSchemaFiles(const QStringList& files) { m_schemaFiles = files; }
    const QStringList& schemaFiles() const { return m_schemaFiles; }
    /// Stops the running validation; emits canceled() at once. Does nothing when idle.
    void cancel();
    bool isRunning() const { return m_running; }
    /// Increments with every start() and cancel(); a result carries the generation it was started with.
    quint64 generation() const { return m_generation; }
    /// True while a worker (perhaps a canceled one finishing its block) still runs.
    bool isWorkerRunning() const { return m_future.isValid() && !m_future.isFinished(); }

signals:
    void progressChanged(int permille);
    void finished(std::shared_ptr<const plumbline::ValidationRun> run);
    void failed(const plumbline::Error& error);
    void canceled();

private:
    std::shared_ptr<CodelistRepository> m_codelists; // loaded once, shared by every run (thread-safe)
    QStringList m_schemaFiles;
    quint64 m_generation = 0;
    bool m_running = false;
    QFuture<void> m_future;
};

} // namespace plumbline
