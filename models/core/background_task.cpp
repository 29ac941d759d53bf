#include "core/background_task.h"

#include <QThread>

#include <algorithm>

namespace plumbline {

namespace {
Q_GLOBAL_STATIC(QThreadPool, backgroundTaskPool)
} // namespace

QThreadPool* backgroundPool()
{
    return backgroundTaskPool();
}

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    m_current.cancel();
    for (QFuture<void>& worker : m_workers)
        worker.waitForFinished();
}

void BackgroundTask::cancel()
{
    if (!m_running)
        return;
    abandon();
    emit canceled();
}

void BackgroundTask::abandon()
{
    m_current.cancel(); // the worker stops at its next block; its result is dropped by generation
    ++m_generation;
    m_running = false;
}

bool BackgroundTask::isWorkerRunning() const
{
    return std::any_of(m_workers.begin(), m_workers.end(),
                       [](const QFuture<void>& worker) { return !worker.isFinished(); });
}

quint64 BackgroundTask::supersede()
{
    abandon();
    m_running = true;
    return m_generation;
}

void BackgroundTask::watchProgress(QFutureWatcherBase* watcher, quint64 generation)
{
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int permille) {
        if (generation == m_generation)
            emit progressChanged(permille);
    });
}

bool BackgroundTask::settle(quint64 generation, bool lastStage, bool hasResult)
{
    if (generation != m_generation)
        return false; // superseded or canceled: whoever did that has spoken already
    if (!hasResult) {
        m_running = false;
        emit canceled();
        return false;
    }
    if (lastStage)
        m_running = false;
    return true;
}

void BackgroundTask::track(QFuture<void> future)
{
    std::erase_if(m_workers, [](const QFuture<void>& worker) { return worker.isFinished(); });
    m_current = future;
    m_workers.push_back(std::move(future));
}

} // namespace plumbline
