#include "export/export_controller.h"

#include "core/progress.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace plumbline {

namespace {

/// What the worker hands back. Default-constructible for QFuture's result store.
struct ExportOutcome
{
    bool ok = false;
    Error error;
    QString warning;
};

void runExport(QPromise<ExportOutcome>& promise, std::shared_ptr<const Dataset> dataset, const QString& path,
               const ExportOptions& options)
{
    PromiseProgress<ExportOutcome> progress(promise);
    ExportOutcome outcome;
    const std::optional<Error> error = exportDataset(*dataset, path, options, progress, &outcome.warning);
    if (promise.isCanceled())
        return;
    outcome.ok = !error;
    if (error)
        outcome.error = *error;
    promise.addResult(std::move(outcome));
}

} // namespace

ExportController::ExportController(QObject* parent) : QObject(parent) {}

ExportController::~ExportController()
{
    m_future.cancel();
    m_future.waitForFinished();
}

bool ExportController::start(std::shared_ptr<const Dataset> dataset, const QString& path,
                             const ExportOptions& options)
{
    if (m_running || !dataset)
        return false;
    const quint64 generation = ++m_generation;
    m_running = true;
    m_path = path;
    m_clock.start();
    auto* watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int permille) {
        if (generation == m_generation)
            emit progressChanged(permille);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // canceled: canceled() was emitted already
        m_running = false;
        const QFuture<ExportOutcome> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0) {
            emit canceled();
            return;
        }
        const ExportOutcome outcome = future.result();
        if (outcome.ok)
            emit succeeded(m_path, outcome.warning, m_clock.elapsed());
        else
            emit failed(outcome.error);
    });
    QFuture<ExportOutcome> future = QtConcurrent::run(runExport, std::move(dataset), path, options);
    m_future = QFuture<void>(future);
    watcher->setFuture(future);
    return true;
}

void ExportController::cancel()
{
    if (!m_running)
        return;
    m_future.cancel();
    ++m_generation;
    m_running = false;
    emit canceled();
}

} // namespace plumbline
