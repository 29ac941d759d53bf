#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace plumbline {

/// Measures how responsive the GUI thread stays: while running, a 10 ms timer notes the longest gap between
/// its ticks, i.e. the longest time the event loop could not process input. Diagnostics only (load timing
/// log).
class StallMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)

public:
    explicit StallMeter(QObject* parent = nullptr);

    void start();
    /// Stops and returns the longest gap in milliseconds (0 if never started).
    qint64 stop();
    bool isRunning() const { return m_timer.isActive(); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace plumbline
