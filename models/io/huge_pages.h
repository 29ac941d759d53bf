#pragma once

#include <cstddef>

namespace plumbline {

/// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes) with transparent huge pages
/// (Linux, when THP is in "madvise" or "always" mode). Best effort: no effect elsewhere, and memory that is
/// never written stays unbacked. Worth it for large buffers written once: touching a fresh 4 KiB page costs a
/// fault, and on virtual machines with shadow page tables far more than the write itself (docs/benchmarks.md,
/// "Load").
void adviseHugePages(const void* data, std::size_t bytes);

} // namespace plumbline
