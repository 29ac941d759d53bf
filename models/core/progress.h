#pragma once

#include <QPromise>
#include <QtGlobal>

#include <algorithm>
#include <atomic>

namespace plumbline {

/// How long-running core work reports progress and learns it should stop. Workers poll canceled()
/// between blocks and return early; the caller then discards the partial result.
/// Implementations must be safe to call from several worker threads at once.
class Progress
{
public:
    virtual ~Progress() = default;
    /// done and total are in the same unit (bytes, rows); total == 0 means unknown.
    virtual void report(qint64 done, qint64 total) = 0;
    virtual bool canceled() const = 0;
};

/// Does nothing and is never canceled: for the CLI and tests.
class NullProgress final : public Progress
{
public:
    void report(qint64, qint64) override {}
    bool canceled() const override { return false; }
};

/// A Progress with a flag another thread may set (tests, the CLI's SIGINT handler).
class FlagProgress final : public Progress
{
public:
    void report(qint64 done, qint64) override { m_done.store(done, std::memory_order_relaxed); }
    bool canceled() const override { return m_cancel.load(std::memory_order_relaxed); }
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_done{0};
};

/// Adapts a QPromise (QtConcurrent::run with a QPromise<T>& first argument) to Progress.
/// Progress is reported as a 0..1000 per-mille value so totals above int range fit.
template <class T>
class PromiseProgress final : public Progress
{
public:
    explicit PromiseProgress(QPromise<T>& promise) : m_promise(promise) { m_promise.setProgressRange(0, 1000); }
    void report(qint64 done, qint64 total) override
    {
        if (total > 0)
            m_promise.setProgressValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    }
    bool canceled() const override { return m_promise.isCanceled(); }

private:
    QPromise<T>& m_promise;
};

} // namespace plumbline
