#include "io/output_file.h"

namespace plumbline {

OutputFile::OutputFile(const QString& path, std::size_t blockSize)
    : m_path(path), m_file(path), m_blockSize(blockSize < 4096 ? 4096 : blockSize)
{
    m_block.reserve(m_blockSize);
}

OutputFile::~OutputFile()
{
    if (!m_finished)
        cancel();
}

std::optional<Error> OutputFile::open()
{
    // QSaveFile::cancelWriting() would make a later commit() fail; we also never want QSaveFile to fall back
    // to writing the target in place (direct write), which would lose atomicity.
    m_file.setDirectWriteFallback(false);
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_failed = true;
        m_finished = true;
        m_errorText = m_file.errorString();
        return error();
    }
    return std::nullopt;
}

void OutputFile::appendSlow(std::string_view bytes)
{
    if (m_failed)
        return;
    // Fill the current block first so small records keep their order, then write big spans directly.
    if (bytes.size() >= m_blockSize) {
        flush();
        writeThrough(bytes.data(), bytes.size());
        return;
    }
    m_block.append(bytes);
    flush();
}

void OutputFile::flush()
{
    if (m_block.empty())
        return;
    writeThrough(m_block.data(), m_block.size());
    m_block.clear();
}

void OutputFile::writeThrough(const char* data, std::size_t size)
{
    if (m_failed)
        return;
    while (size > 0) {
        const qint64 written = m_file.write(data, qint64(size));
        if (written <= 0) {
            m_failed = true;
            m_errorText = m_file.errorString();
            return;
        }
        data += written;
        size -= std::size_t(written);
    }
}

Error OutputFile::error() const
{
    return Error{m_path, 0, 0,
                 QStringLiteral("Could not write the file: %1.")
                     .arg(m_errorText.isEmpty() ? QStringLiteral("unknown error") : m_errorText)};
}

std::optional<Error> OutputFile::commit()
{
    if (m_finished)
        return m_failed ? std::optional<Error>(error()) : std::nullopt;
    flush();
    if (m_failed) {
        cancel();
        return error();
    }
    m_finished = true;
    if (!m_file.commit()) {
        m_failed = true;
        m_errorText = m_file.errorString();
        return error();
    }
    return std::nullopt;
}

void OutputFile::cancel()
{
    m_finished = true;
    m_block.clear();
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // with writing canceled, commit() only removes the temporary file
    }
}

} // namespace plumbline
