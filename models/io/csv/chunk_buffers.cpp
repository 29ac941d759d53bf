#include "io/csv/chunk_buffers.h"

#include "io/huge_pages.h"
#include "io/mapped_file.h"

#include <algorithm>
#include <cstdlib>
#include <new>

namespace plumbline {

namespace {

constexpr std::size_t kChunkBufferAlign = std::size_t(2) << 20; // a huge page

std::size_t chunkBufferBytes(std::size_t capacity)
{
    return (capacity + kChunkBufferAlign - 1) / kChunkBufferAlign * kChunkBufferAlign;
}

} // namespace

ChunkBuffers::ChunkBuffers(std::size_t capacity) : m_capacity(capacity) {}

ChunkBuffers::~ChunkBuffers()
{
    for (char* data : m_all)
        std::free(data);
}

ChunkBuffers::Lease::Lease(Lease&& other) noexcept : m_pool(other.m_pool), m_data(other.m_data)
{
    other.m_pool = nullptr;
    other.m_data = nullptr;
}

ChunkBuffers::Lease::~Lease()
{
    if (m_pool && m_data)
        m_pool->giveBack(m_data);
}

char* ChunkBuffers::take()
{
    const std::lock_guard lock(m_mutex);
    if (!m_free.empty()) {
        char* data = m_free.back();
        m_free.pop_back();
        return data;
    }
    const std::size_t bytes = chunkBufferBytes(m_capacity);
    auto* data = static_cast<char*>(std::aligned_alloc(kChunkBufferAlign, bytes));
    if (!data)
        return nullptr;
    adviseHugePages(data, bytes);
    m_all.push_back(data);
    return data;
}

void ChunkBuffers::giveBack(char* data)
{
    const std::lock_guard lock(m_mutex);
    m_free.push_back(data);
}

void ChunkBuffers::releaseUnused()
{
    const std::lock_guard lock(m_mutex);
    for (char* data : m_free) {
        m_all.erase(std::find(m_all.begin(), m_all.end(), data));
        std::free(data);
    }
    m_free.clear();
}

ChunkBuffers::Lease ChunkBuffers::read(const MappedFile& file, std::size_t offset, std::size_t length)
{
    Lease lease;
    if (length == 0 || length > m_capacity)
        return lease;
    char* data = take();
    if (!data)
        return lease;
    lease.m_pool = this;
    lease.m_data = data;
    if (!file.readAt(offset, data, length))
        return Lease(); // `lease` gives the buffer back
    return lease;
}

} // namespace plumbline
