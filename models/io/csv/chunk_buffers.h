#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

namespace plumbline {

class MappedFile;

/// Reusable buffers that parser threads copy a part of a file into before parsing it.
///
/// Reading a mapped file touches each of its 4 KiB pages, once per pass; the two-pass CSV parse releases the
/// pages after the first pass (to keep the file and its columns from being resident together), so it faults
/// every page twice. A fault costs far more than copying the page (tens of times more on virtual machines with
/// shadow page tables), so the parse threads read their chunk with pread() into one of these buffers, backed by
/// huge pages where the system allows, and reused from chunk to chunk. The pool holds at most one buffer per
/// thread using it at a time, each `capacity` bytes; they are freed with the pool.
class ChunkBuffers final
{
public:
    explicit ChunkBuffers(std::size_t capacity);
    ~ChunkBuffers();
    ChunkBuffers(const ChunkBuffers&) = delete;
    ChunkBuffers& operator=(const ChunkBuffers&) = delete;

    std::size_t capacity() const { return m_capacity; }

    /// One buffer, held until the Lease ends (then another thread may take it). Empty when the read failed.
    class Lease final
    {
    public:
        Lease() = default;
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        explicit operator bool() const { return m_data != nullptr; }
        const char* data() const { return m_data; }

    private:
        friend class ChunkBuffers;
        ChunkBuffers* m_pool = nullptr;
        char* m_data = nullptr;
    };

    /// Copies `length` bytes of file from `offset` into a free buffer. An empty lease when length is 0 or more
    /// than capacity(), or the file could not be read (the caller then reads the mapping instead).
    /// Thread-safe.
    Lease read(const MappedFile& file, std::size_t offset, std::size_t length);

    /// Frees the buffers no lease holds (a later read() makes new ones). Thread-safe.
    void releaseUnused();

private:
    char* take();
    void giveBack(char* data);

    std::size_t m_capacity;
    std::mutex m_mutex;
    std::vector<char*> m_free;
    std::vector<char*> m_all;
};

} // namespace plumbline
