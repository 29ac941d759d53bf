#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstddef>
#include <memory>

namespace plumbline {

/// A whole file's bytes, read-only: a private memory mapping where the platform has one, else a copy in
/// memory. Parsers call release() on the part they have consumed so that the file's pages and the columns
/// built from them are not resident at the same time; released bytes stay readable (the kernel reads the
/// pages back from the file if touched again), so release() is an optimisation, never a correctness concern.
class MappedFile final
{
public:
    MappedFile() = default;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    /// Opens and maps path. An empty file yields size() == 0 and data() != nullptr.
    static Result<std::unique_ptr<MappedFile>> open(const QString& path);

    const char* data() const { return m_data; }
    std::size_t size() const { return m_size; }

    /// Drops the resident pages wholly inside [offset, offset + length). Thread-safe; a no-op for the
    /// in-memory fallback.
    void release(std::size_t offset, std::size_t length) const;

    /// Copies the `length` bytes from `offset` (within size()) into out, reading the file rather than the
    /// mapping, so that no page of the mapping is touched. Thread-safe. False if the file could not be read
    /// whole (it shrank meanwhile, or a read error).
    bool readAt(std::size_t offset, char* out, std::size_t length) const;

private:
    QFile m_file;
    QByteArray m_copy; // fallback when mapping fails
    const char* m_data = "";
    std::size_t m_size = 0;
    bool m_mapped = false;
};

} // namespace plumbline
