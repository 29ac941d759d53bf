#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QEvent;
struct QMetaObject;

namespace plumbline {

/// Measures how long the GUI thread's event loop cannot run. While running, a 5 ms precise timer notes the
/// largest gap between its ticks beyond the interval (the longest time input would have waited), and an
/// application-wide event filter notes which event was being delivered when the loop went quiet, so that each
/// stall longer than the threshold is attributed ("QMetaCallEvent to plumbline::RowViewModel") and reported
/// through stalled(). Diagnostics only: the filter adds a clock read per event.
///
/// Lives on and must be used from the GUI thread. PLUMBLINE_STALL_WATCHDOG=1 (or a threshold in ms) makes
/// fromEnvironment() start one that logs every stall longer than the threshold (default 50 ms) on standard
/// error, for bug reports.
class StallWatchdog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallWatchdog)

public:
    static constexpr int kIntervalMs = 5;
    static constexpr int kDefaultThresholdMs = 50;

    explicit StallWatchdog(QObject* parent = nullptr);
    ~StallWatchdog() override;

    /// A running watchdog that logs stalls, when the environment asks for one; otherwise null.
    static StallWatchdog* fromEnvironment(QObject* parent);

    /// Starts measuring afresh (the longest stall so far is forgotten).
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /// Stalls longer than this are reported through stalled() (and logged when logging is on).
    void setThreshold(int milliseconds) { m_thresholdNs = qint64(milliseconds) * 1'000'000; }
    /// Logs each reported stall with qWarning().
    void setLogging(bool on) { m_logging = on; }

    /// The longest time in milliseconds the loop could not run since start(), the current gap included.
    double longestMs() const;
    /// The GUI thread's own CPU time during the longest stall: much less than longestMs() means it mostly waited
    /// for a core (a loaded machine) rather than worked.
    double longestCpuMs() const { return double(m_longestCpuNs) / 1e6; }
    /// The time the GUI thread was runnable but waiting for a core during the longest stall (Linux; else 0). The
    /// rest of a stall beyond longestCpuMs() and this, the thread slept: a lock, a semaphore, disk I/O.
    double longestRunQueueMs() const { return double(m_longestWaitNs) / 1e6; }
    /// What was being delivered when the longest stall began (empty when it is below the threshold).
    QString longestWhat() const { return m_longestWhat; }
    /// How many stalls above the threshold were seen since start().
    int stallCount() const { return m_stalls; }

signals:
    /// The event loop could not run for milliseconds while what was delivered.
    void stalled(double milliseconds, const QString& what);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();
    void report(qint64 gapNs);

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_lastTickCpuNs = 0;
    qint64 m_lastEventNs = 0;
    qint64 m_longestCpuNs = 0;
    qint64 m_lastTickWaitNs = 0;
    qint64 m_longestWaitNs = 0;
    qint64 m_longestNs = 0;       // by the timer: the longest gap between ticks beyond the interval
    qint64 m_longestReportNs = 0; // by the filter: the longest gap between events, for longestWhat()
    qint64 m_thresholdNs = qint64(kDefaultThresholdMs) * 1'000'000;
    // The last event delivered: its type and its receiver's class (and the receiver's parent's), kept as
    // pointers to static meta-objects so that noting them costs nothing per event.
    int m_lastType = 0;
    const QMetaObject* m_lastClass = nullptr;
    const QMetaObject* m_lastParentClass = nullptr;
    QString m_longestWhat;
    int m_stalls = 0;
    bool m_logging = false;
};

} // namespace plumbline
