#include "io/mapped_file.h"

#include "core/regular_file.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace plumbline {

MappedFile::~MappedFile()
{
    if (m_mapped)
        m_file.unmap(reinterpret_cast<uchar*>(const_cast<char*>(m_data)));
}

Result<std::unique_ptr<MappedFile>> MappedFile::open(const QString& path)
{
    auto file = std::make_unique<MappedFile>();
    if (auto notAFile = checkRegularFile(path))
        return *notAFile;
    file->m_file.setFileName(path);
    if (!file->m_file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("The file could not be opened: %1.").arg(file->m_file.errorString())};
    const qint64 size = file->m_file.size();
    if (size <= 0) {
        // Empty (or a file system that reports no size): read what there is.
        file->m_copy = file->m_file.readAll();
        file->m_data = file->m_copy.isEmpty() ? "" : file->m_copy.constData();
        file->m_size = std::size_t(file->m_copy.size());
        return file;
    }
    // A private read-only mapping: pages we drop with release() are re-read from the file if touched again.
    if (uchar* mapped = file->m_file.map(0, size, QFileDevice::MapPrivateOption)) {
        file->m_data = reinterpret_cast<const char*>(mapped);
        file->m_size = std::size_t(size);
        file->m_mapped = true;
#if defined(Q_OS_UNIX) && defined(MADV_SEQUENTIAL)
        madvise(mapped, std::size_t(size), MADV_SEQUENTIAL);
#endif
        return file;
    }
    file->m_copy = file->m_file.readAll();
    if (file->m_copy.size() != size)
        return Error{path, 0, 0, QStringLiteral("The file could not be read: %1.").arg(file->m_file.errorString())};
    file->m_data = file->m_copy.constData();
    file->m_size = std::size_t(size);
    return file;
}

void MappedFile::release(std::size_t offset, std::size_t length) const
{
#if defined(Q_OS_UNIX) && defined(MADV_DONTNEED)
    if (!m_mapped || length == 0 || offset >= m_size)
        return;
    static const std::size_t page = std::size_t(sysconf(_SC_PAGESIZE));
    const auto base = reinterpret_cast<std::uintptr_t>(m_data);
    std::uintptr_t from = base + offset;
    std::uintptr_t to = base + std::min(offset + length, m_size);
    from = (from + page - 1) / page * page;
    to = to / page * page;
    if (to > from)
        madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
#else
    Q_UNUSED(offset);
    Q_UNUSED(length);
#endif
}

bool MappedFile::readAt(std::size_t offset, char* out, std::size_t length) const
{
    if (offset > m_size || length > m_size - offset)
        return false;
    if (!m_mapped) {
        if (length > 0)
            std::memcpy(out, m_data + offset, length);
        return true;
    }
#if defined(Q_OS_UNIX)
    const int fd = m_file.handle();
    while (length > 0) {
        const ssize_t got = pread(fd, out, length, off_t(offset));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        out += got;
        offset += std::size_t(got);
        length -= std::size_t(got);
    }
    return true;
#else
    std::memcpy(out, m_data + offset, length);
    return true;
#endif
}

} // namespace plumbline
