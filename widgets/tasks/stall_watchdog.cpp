#include "tasks/stall_watchdog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaEnum>
#include <QtDebug>

#include <algorithm>

#include <cstdio>

#include <time.h>

namespace plumbline {

namespace {

/// CPU time the calling thread has used, in ns: a long gap with little of it means the thread waited for a core
/// (other processes, or our own workers on every core), not that it was busy.
qint64 stallThreadCpuNs()
{
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/// Time the calling thread has spent runnable but waiting for a core, in ns (Linux schedstat; 0 elsewhere).
qint64 stallThreadRunQueueNs()
{
#ifdef Q_OS_LINUX
    FILE* file = std::fopen("/proc/thread-self/schedstat", "r");
    if (!file)
        return 0;
    unsigned long long running = 0, waiting = 0;
    const int read = std::fscanf(file, "%llu %llu", &running, &waiting);
    std::fclose(file);
    return read == 2 ? qint64(waiting) : 0;
#else
    return 0;
#endif
}

} // namespace

StallWatchdog::StallWatchdog(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
    m_clock.start();
}

StallWatchdog::~StallWatchdog()
{
    stop();
}

StallWatchdog* StallWatchdog::fromEnvironment(QObject* parent)
{
    const QByteArray value = qgetenv("PLUMBLINE_STALL_WATCHDOG");
    if (value.isEmpty() || value == "0")
        return nullptr;
    auto* watchdog = new StallWatchdog(parent);
    bool number = false;
    const int threshold = value.toInt(&number);
    // "1" switches it on with the default threshold; a larger number is the threshold itself.
    watchdog->setThreshold(number && threshold > 1 ? threshold : kDefaultThresholdMs);
    watchdog->setLogging(true);
    watchdog->start();
    return watchdog;
}

void StallWatchdog::start()
{
    m_longestNs = 0;
    m_longestReportNs = 0;
    m_longestWhat.clear();
    m_stalls = 0;
    m_longestCpuNs = 0;
    m_lastTickNs = m_lastEventNs = m_clock.nsecsElapsed();
    m_lastTickCpuNs = stallThreadCpuNs();
    m_lastTickWaitNs = stallThreadRunQueueNs();
    m_longestWaitNs = 0;
    m_lastClass = m_lastParentClass = nullptr;
    if (!m_timer.isActive())
        QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void StallWatchdog::stop()
{
    if (!m_timer.isActive())
        return;
    tick(); // a stall still going on counts
    m_timer.stop();
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

double StallWatchdog::longestMs() const
{
    qint64 longest = m_longestNs;
    if (m_timer.isActive())
        longest = std::max(longest, m_clock.nsecsElapsed() - m_lastTickNs - qint64(kIntervalMs) * 1'000'000);
    return double(std::max<qint64>(longest, 0)) / 1e6;
}

void StallWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = stallThreadCpuNs();
    const qint64 gap = now - m_lastTickNs - qint64(kIntervalMs) * 1'000'000;
    const qint64 wait = stallThreadRunQueueNs(); // a read of a small /proc file: ~20 µs a tick
    if (gap > m_longestNs) {
        m_longestNs = gap;
        m_longestCpuNs = cpu - m_lastTickCpuNs;
        m_longestWaitNs = wait - m_lastTickWaitNs;
    }
    m_lastTickNs = now;
    m_lastTickCpuNs = cpu;
    m_lastTickWaitNs = wait;
}

bool StallWatchdog::eventFilter(QObject* watched, QEvent* event)
{
    // The loop was busy from the previous event's start until now: the previous event (or work done after it
    // within the same turn of the loop) is what held it. The 5 ms timer keeps an idle loop from looking busy.
    switch (event->type()) {
    case QEvent::ChildAdded:
    case QEvent::ChildPolished:
    case QEvent::ChildRemoved:
        return false; // sent from within other work, never a turn of the loop of their own
    default:
        break;
    }
    const qint64 now = m_clock.nsecsElapsed();
    if (now - m_lastEventNs > m_thresholdNs)
        report(now - m_lastEventNs);
    m_lastEventNs = now;
    m_lastType = int(event->type());
    m_lastClass = watched->metaObject();
    m_lastParentClass = watched->parent() ? watched->parent()->metaObject() : nullptr;
    return false;
}

void StallWatchdog::report(qint64 gapNs)
{
    ++m_stalls;
    const char* type = QMetaEnum::fromType<QEvent::Type>().valueToKey(m_lastType);
    QString what = QStringLiteral("%1 to %2")
                       .arg(type ? QString::fromLatin1(type) : QString::number(m_lastType),
                            m_lastClass ? QString::fromLatin1(m_lastClass->className()) : QStringLiteral("?"));
    if (m_lastParentClass)
        what += QStringLiteral(" in ") + QString::fromLatin1(m_lastParentClass->className());
    const double ms = double(gapNs) / 1e6;
    if (gapNs >= m_longestReportNs) {
        m_longestReportNs = gapNs;
        m_longestWhat = what;
    }
    if (m_logging)
        qWarning().noquote() << QStringLiteral("plumbline: the window did not respond for %1 ms (while or after "
                                               "delivering %2)")
                                    .arg(ms, 0, 'f', 0)
                                    .arg(what);
    emit stalled(ms, what);
}

} // namespace plumbline
