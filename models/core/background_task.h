#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <utility>
#include <vector>

namespace plumbline {

/// The thread pool BackgroundTask workers run on: Plumbline's own (one thread per core), never Qt's global pool.
/// Qt's raster paint engine splits big fills over the global pool and waits for them on the GUI thread, so a
/// global pool busy with a validation or a sort would hold up every repaint of the window until its work ends.
QThreadPool* backgroundPool();

/// The one threading idiom (docs/architecture.md) for a QObject: runs one worker at a time with QtConcurrent::run,
/// watches it with a QFutureWatcher on this object's thread, forwards its QPromise progress, and keeps a
/// generation counter so that the late result of a superseded or canceled worker is dropped without a signal.
/// Workers run on backgroundPool().
///
/// A worker is either `void fn(QPromise<T>&, args...)` (progress and cancellation through the promise; returning
/// without adding a result means "canceled") or `T fn(args...)`. Workers see values, never this object.
/// For one start(): progressChanged*, then exactly one of onResult(result) or canceled().
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    explicit BackgroundTask(QObject* parent = nullptr);
    /// Cancels the running worker and waits for every worker this task started (they poll cancellation).
    ~BackgroundTask() override;

    /// Runs worker(args...) on the global thread pool, superseding (canceling, silently) a task in progress.
    /// onResult(const T&) is called on this object's thread with isRunning() already false.
    template <typename OnResult, typename Worker, typename... Args>
    void start(OnResult onResult, Worker&& worker, Args&&... args)
    {
        launch(true, std::move(onResult), std::forward<Worker>(worker), std::forward<Args>(args)...);
    }

    /// Like start(), for a stage whose result leads to another: onResult runs with isRunning() still true and
    /// must call start() or startStage() for the next stage unless the task was canceled meanwhile (check
    /// generation() before and after notifying anyone).
    template <typename OnResult, typename Worker, typename... Args>
    void startStage(OnResult onResult, Worker&& worker, Args&&... args)
    {
        launch(false, std::move(onResult), std::forward<Worker>(worker), std::forward<Args>(args)...);
    }

    /// Stops the running task; emits canceled() at once. Does nothing when idle.
    void cancel();
    /// Stops the running task, if any, without a signal: its result is dropped.
    void abandon();

    bool isRunning() const { return m_running; }
    /// Increments with every start(), startStage(), cancel() of a running task and abandon().
    quint64 generation() const { return m_generation; }
    /// True while any worker this task started (perhaps a canceled one finishing its block) still runs.
    bool isWorkerRunning() const;

signals:
    /// permille: 0..1000, as reported by PromiseProgress; only from the current worker.
    void progressChanged(int permille);
    /// The task was canceled by cancel(), or its worker returned without a result.
    void canceled();

private:
    template <typename>
    struct FutureResult;
    template <typename T>
    struct FutureResult<QFuture<T>>
    {
        using Type = T;
    };

    template <typename OnResult, typename Worker, typename... Args>
    void launch(bool lastStage, OnResult onResult, Worker&& worker, Args&&... args)
    {
        const quint64 generation = supersede();
        auto future = QtConcurrent::run(backgroundPool(), std::forward<Worker>(worker), std::forward<Args>(args)...);
        using T = typename FutureResult<decltype(future)>::Type;
        auto* watcher = new QFutureWatcher<T>(this);
        watchProgress(watcher, generation);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, generation, lastStage, onResult = std::move(onResult)] {
                    watcher->deleteLater();
                    const QFuture<T> done = watcher->future();
                    if (settle(generation, lastStage, !done.isCanceled() && done.resultCount() > 0))
                        onResult(done.result());
                });
        track(QFuture<void>(future));
        watcher->setFuture(future);
    }

    /// Supersedes the current worker and returns the new generation.
    quint64 supersede();
    void watchProgress(QFutureWatcherBase* watcher, quint64 generation);
    /// Settles the state when a worker of generation finishes; true if its result is to be delivered.
    bool settle(quint64 generation, bool lastStage, bool hasResult);
    void track(QFuture<void> future);

    quint64 m_generation = 0;
    bool m_running = false;
    QFuture<void> m_current;
    std::vector<QFuture<void>> m_workers; // every worker not yet seen finished, for isWorkerRunning() and ~
};

} // namespace plumbline
