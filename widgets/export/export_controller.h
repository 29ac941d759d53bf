#pragma once

#include "core/background_task.h"
#include "core/result.h"
#include "io/dataset_writer.h"
#include "table/dataset.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace plumbline {

/// Runs one export at a time off the GUI thread through a BackgroundTask: a QPromise worker calls
/// exportDataset() on a snapshot of the dataset, and a canceled export's late result is dropped. The core writes
/// atomically, so a canceled or failed export leaves any earlier file at the path untouched. Signals for one start():
/// progressChanged*, then exactly one of succeeded, failed or canceled.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    explicit ExportController(QObject* parent = nullptr);
    /// Cancels a running export and waits for its worker.
    ~ExportController() override;

    /// Starts writing dataset to path; does nothing (returns false) while another export runs.
    bool start(std::shared_ptr<const Dataset> dataset, const QString& path, const ExportOptions& options);
    /// Stops the running export; emits canceled() at once. Does nothing when idle.
    void cancel();

    bool isRunning() const { return m_task.isRunning(); }
    /// The file of the current or last export.
    const QString& path() const { return m_path; }

signals:
    /// permille: 0..1000 of the rows written.
    void progressChanged(int permille);
    /// warning: empty, or a sentence about what the export could not do as asked.
    void succeeded(const QString& path, const QString& warning, qint64 milliseconds);
    void failed(const plumbline::Error& error);
    void canceled();

private:
    BackgroundTask m_task;
    QString m_path;
    QElapsedTimer m_clock;
};

} // namespace plumbline
