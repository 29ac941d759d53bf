#include "reports/report_buffer.h"

#include "reports/report_text.h"

namespace plumbline {

void ReportBuffer::write(std::string_view bytes)
{
    if (m_ok && !bytes.empty())
        m_ok = m_device.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
}

void ReportBuffer::jsonString(std::string_view s)
{
    reporttext::appendJsonString(m_buffer, s);
    flushIfFull();
}

void ReportBuffer::csvField(std::string_view s)
{
    reporttext::appendCsvField(m_buffer, s);
    flushIfFull();
}

void ReportBuffer::flush()
{
    write(m_buffer);
    m_buffer.clear();
}

void ReportBuffer::block(std::string_view block)
{
    flush();
    write(block);
}

bool ReportBuffer::finish()
{
    flush();
    return m_ok;
}

} // namespace plumbline
