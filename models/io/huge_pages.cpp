#include "io/huge_pages.h"

#include <QtGlobal>

#include <cstdint>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace plumbline {

void adviseHugePages(const void* data, std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t from = (begin + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t to = (begin + bytes) & ~(kHuge - 1);
    if (data && to > from)
        madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE); // best effort
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace plumbline
