#include "loading/stall_meter.h"

#include <algorithm>

namespace plumbline {

StallMeter::StallMeter(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { m_longest = std::max(m_longest, m_sinceTick.restart() - m_timer.interval()); });
}

void StallMeter::start()
{
    m_longest = 0;
    m_sinceTick.start();
    m_timer.start();
}

qint64 StallMeter::stop()
{
    if (!m_timer.isActive())
        return 0;
    m_timer.stop();
    return std::max(m_longest, m_sinceTick.elapsed() - m_timer.interval());
}

} // namespace plumbline
