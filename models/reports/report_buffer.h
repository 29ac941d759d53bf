#pragma once

#include <QIODevice>
#include <QString>

#include <string>
#include <string_view>

namespace plumbline {

/// Buffers report output and writes it to a device in blocks of about 1 MiB; blocks formatted elsewhere (on
/// worker threads) go straight through. Remembers the first write failure; finish() flushes and says whether
/// everything was written.
class ReportBuffer
{
public:
    explicit ReportBuffer(QIODevice& device) : m_device(device) { m_buffer.reserve(kChunk + 4096); }

    /// The buffer to append to; call flushIfFull() after appending.
    std::string& text() { return m_buffer; }
    void raw(std::string_view bytes)
    {
        m_buffer.append(bytes);
        flushIfFull();
    }
    /// Text as UTF-8.
    void text(const QString& s) { raw(s.toStdString()); }
    void number(qint64 n) { raw(std::to_string(n)); }
    /// A JSON string, quoted and escaped (appendJsonString).
    void jsonString(std::string_view s);
    void jsonString(const QString& s) { jsonString(std::string_view(s.toStdString())); }
    /// A CSV field, quoted when it holds a comma, quote or line break (appendCsvField).
    void csvField(std::string_view s);
    void csvField(const QString& s) { csvField(std::string_view(s.toStdString())); }
    /// Writes what is buffered, then block.
    void block(std::string_view block);
    void flushIfFull()
    {
        if (m_buffer.size() >= kChunk)
            flush();
    }
    bool finish();

private:
    static constexpr std::size_t kChunk = 1 << 20;
    void flush();
    void write(std::string_view bytes);

    QIODevice& m_device;
    std::string m_buffer;
    bool m_ok = true;
};

} // namespace plumbline
