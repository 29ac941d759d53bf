#include "export/export_controller.h"

#include "core/progress.h"

#include <QPromise>

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

ExportController::ExportController(QObject* parent) : QObject(parent)
{
    connect(&m_task, &BackgroundTask::progressChanged, this, &ExportController::progressChanged);
    connect(&m_task, &BackgroundTask::canceled, this, &ExportController::canceled);
}

ExportController::~ExportController() = default; // m_task cancels and waits

bool ExportController::start(std::shared_ptr<const Dataset> dataset, const QString& path, const ExportOptions& options)
{
    if (m_task.isRunning() || !dataset)
        return false;
    m_path = path;
    m_clock.start();
    m_task.start(
        [this](const ExportOutcome& outcome) {
            if (outcome.ok)
                emit succeeded(m_path, outcome.warning, m_clock.elapsed());
            else
                emit failed(outcome.error);
        },
        runExport, std::move(dataset), path, options);
    return true;
}

void ExportController::cancel()
{
    m_task.cancel();
}

} // namespace plumbline
