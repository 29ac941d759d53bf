#pragma once

namespace plumbline {

/// When a process restarts itself for huge-page malloc: the CLI only when it was given a large file, the GUI
/// always (it opens files later, from a dialog).
enum class HugePageRestart { ForLargeFileArgument, Always };

/// Restarts the process with glibc's malloc told to back its large blocks with transparent huge pages
/// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), when that pays: on glibc, when `when` asks for it (Always, or an
/// argument names a file of 64 MiB or more), when the tunable is not set already and PLUMBLINE_HUGE_PAGE_MALLOC is
/// not 0. A page fault on fresh memory is costly on some virtual machines, and loading and checking a large file
/// allocates several times its size; the tunable can only be set before the process starts (docs/architecture.md,
/// "Performance rules of thumb").
///
/// Call first in main(), before any thread or Qt object exists. Returns when no restart is wanted or the restart
/// failed (the program then runs in this process, as before). Never restarts twice: the restarted process
/// finds PLUMBLINE_HUGE_PAGE_MALLOC set to "restarted", and puts the environment back as it was (neither the
/// marker nor the tunable reach the programs it starts).
void restartWithHugePageMalloc(int argc, char** argv, HugePageRestart when);

/// Whether this process's malloc backs large blocks with huge pages (the tunable is set), for --version.
bool hugePageMallocOn();

} // namespace plumbline
