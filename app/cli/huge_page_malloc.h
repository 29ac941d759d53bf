#pragma once

namespace plumbline::cli {

/// Restarts the process with glibc's malloc told to back its large blocks with transparent huge pages
/// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), when that pays: on glibc, when an argument names a file of 64 MiB or
/// more, when the tunable is not set already and PLUMBLINE_HUGE_PAGE_MALLOC is not 0. A page fault on fresh
/// memory is costly on some virtual machines, and loading and checking a large file allocates several times its
/// size; the tunable can only be set before the process starts (docs/architecture.md, "Performance rules of thumb").
///
/// Call first in main(), before any thread or Qt object exists. Returns when no restart is wanted or the restart
/// failed (the command then runs in this process, as before). Never restarts twice: the restarted process
/// finds PLUMBLINE_HUGE_PAGE_MALLOC set to "restarted".
void restartWithHugePageMalloc(int argc, char** argv);

} // namespace plumbline::cli
