#pragma once

#include "core/result.h"

#include <QSaveFile>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace plumbline {

/// An export target written atomically: bytes go to a QSaveFile through a large in-memory block, and only
/// commit() replaces the file at path. Destroying an uncommitted OutputFile (error, cancel) discards the
/// temporary file, so the previous file at path survives untouched (docs/architecture.md, "Atomic exports").
/// Not thread-safe; one writer thread owns it.
class OutputFile final
{
public:
    /// blockSize: bytes gathered in memory before each write to the device.
    explicit OutputFile(const QString& path, std::size_t blockSize = std::size_t(4) << 20);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Opens the temporary file beside path; an Error names the path and the system's reason.
    std::optional<Error> open();

    /// Appends bytes to the block, flushing it when full. Large spans (a run of untouched source rows) are
    /// written straight through without a copy. After a failed write, further appends are ignored and
    /// failed() is true; the writer checks it between blocks.
    void append(std::string_view bytes)
    {
        if (m_block.size() + bytes.size() < m_blockSize)
            m_block.append(bytes);
        else
            appendSlow(bytes);
    }
    void append(char c)
    {
        m_block.push_back(c);
        if (m_block.size() >= m_blockSize)
            flush();
    }
    /// Direct access for serialisers that build a record in place; call flushIfFull() afterwards.
    std::string& block() { return m_block; }
    void flushIfFull()
    {
        if (m_block.size() >= m_blockSize)
            flush();
    }

    bool failed() const { return m_failed; }
    /// The error after a failed write (names the path and the system's reason).
    Error error() const;

    /// Flushes the block and atomically replaces the file at path. On failure the old file survives.
    std::optional<Error> commit();
    /// Discards everything written so far; the file at path is left as it was.
    void cancel();

    const QString& path() const { return m_path; }

private:
    void appendSlow(std::string_view bytes);
    void flush();
    void writeThrough(const char* data, std::size_t size);

    QString m_path;
    QSaveFile m_file;
    std::string m_block;
    std::size_t m_blockSize;
    bool m_failed = false;
    bool m_finished = false;
    QString m_errorText;
};

} // namespace plumbline
