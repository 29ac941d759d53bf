#pragma once

#include <cstddef>
#include <vector>

namespace plumbline {

/// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes) with transparent huge pages
/// (Linux, when THP is in "madvise" or "always" mode). Best effort: no effect elsewhere, and memory that is
/// never written stays unbacked. Worth it for large buffers written once: touching a fresh 4 KiB page costs a
/// fault, and on virtual machines with shadow page tables far more than the write itself (docs/benchmarks.md,
/// "Load").
void adviseHugePages(const void* data, std::size_t bytes);

/// adviseHugePages() and, for blocks of 1 MiB or more, faults the pages in with one call (MADV_POPULATE_WRITE
/// where the kernel has it) instead of one fault per page while they are first written.
void prefaultHugePages(void* data, std::size_t bytes);

/// Sizes v to n elements in memory backed by huge pages where the system allows and faulted in at once: for
/// large buffers that are written once (column storage read from a file).
template <class T>
void resizeWithHugePages(std::vector<T>& v, std::size_t n)
{
    v.reserve(n);
    prefaultHugePages(v.data(), n * sizeof(T));
    v.resize(n);
}

} // namespace plumbline
