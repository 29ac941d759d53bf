#pragma once

#include <QIODevice>
#include <QString>

#include <string>
#include <string_view>

namespace plumbline {

/// Buffers report output in 1 MiB chunks and escapes JSON strings and CSV fields on the way out.
/// Remembers the first write failure; finish() flushes and says whether everything was written.
class ReportBuffer
{
public:
    explicit ReportBuffer(QIODevice& device) : m_device(device) { m_buffer.reserve(kChunk + 4096); }

    void raw(std::string_view bytes)
    {
        m_buffer.append(bytes);
        flushIfFull();
    }
    void text(const QString& s) { raw(s.toStdString()); }
    void number(qint64 n) { raw(std::to_string(n)); }
    /// A JSON string literal with quotes; UTF-8 passes through, control characters are escaped.
    void jsonString(std::string_view s);
    void jsonString(const QString& s) { jsonString(std::string_view(s.toStdString())); }
    /// A CSV field, quoted when it holds a comma, quote, CR or LF.
    void csvField(std::string_view s);
    void csvField(const QString& s) { csvField(std::string_view(s.toStdString())); }
    bool finish();

private:
    static constexpr std::size_t kChunk = 1 << 20;
    void flushIfFull()
    {
        if (m_buffer.size() >= kChunk)
            flush();
    }
    void flush();

    QIODevice& m_device;
    std::string m_buffer;
    bool m_ok = true;
};

} // namespace plumbline
