#pragma once

#include "core/background_task.h"
#include "core/result.h"
#include "io/dataset_reader.h"
#include "table/dataset.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace plumbline {

/// Loads one file at a time off the GUI thread through a BackgroundTask (docs/architecture.md, "One threading idiom"):
/// a QPromise worker calls readDataset() with a PromiseProgress, and a load superseded by another load() or by cancel()
/// is dropped without a signal.
///
/// For a delimited file above kPreviewMinFileSize, a quick first task parses only its first kPreviewBytes
/// (cut at a line break); previewReady() delivers those rows long before loaded() delivers the whole table.
/// The full load starts after previewReady() returns, so connect to it directly (not queued) to show the rows
/// first. Signals for one load() come in this order: previewReady (optional), progressChanged*, then exactly
/// one of loaded, failed or canceled.
class DatasetLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetLoader)

public:
    static constexpr qint64 kPreviewMinFileSize = qint64(4) << 20;
    static constexpr qint64 kPreviewBytes = qint64(256) << 10;

    explicit DatasetLoader(QObject* parent = nullptr);
    /// Cancels a running load and waits for its worker to return (the readers poll cancellation per block).
    ~DatasetLoader() override;

    /// Starts loading path, superseding (and canceling) any load in progress.
    void load(const QString& path, const ReadOptions& options = ReadOptions());
    /// Stops the current load; emits canceled() at once. Does nothing when idle.
    void cancel();

    bool isLoading() const { return m_task.isRunning(); }
    /// The file of the current or last load.
    const QString& path() const { return m_path; }
    /// Milliseconds since the current or last load() started.
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    /// True while any worker of this loader still runs (a canceled one may take one block to notice).
    bool isWorkerRunning() const { return m_task.isWorkerRunning(); }

    /// The head of the file at path, cut after its last complete line: what the preview parses.
    /// Empty if the file cannot be read or holds no line break in the first maxBytes.
    static QByteArray readHead(const QString& path, qint64 maxBytes);

signals:
    /// The first rows of the file; the table may end mid-file and its SourceInfo describes only the head.
    void previewReady(std::shared_ptr<const plumbline::Dataset> dataset);
    /// permille: 0..1000 of the file read.
    void progressChanged(int permille);
    void loaded(std::shared_ptr<plumbline::Dataset> dataset);
    void failed(const plumbline::Error& error);
    void canceled();

private:
    void startFullLoad(const QString& path, const ReadOptions& options);

    BackgroundTask m_task; // the preview (if any), then the full load
    QString m_path;
    QElapsedTimer m_clock;
};

} // namespace plumbline
