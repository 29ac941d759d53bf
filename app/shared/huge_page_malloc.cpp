#include "huge_page_malloc.h"

#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__linux__) && defined(__GLIBC__)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace plumbline {

namespace {
constexpr const char* kTunable = "glibc.malloc.hugetlb=1";
} // namespace

#if defined(__linux__) && defined(__GLIBC__)

namespace {

constexpr const char* kSwitch = "PLUMBLINE_HUGE_PAGE_MALLOC";
constexpr off_t kLargeInput = off_t(64) << 20;

bool namesLargeFile(int argc, char** argv)
{
    for (int i = 2; i < argc; ++i) {
        const char* arg = argv[i];
        if (const char* eq = std::strchr(arg, '='); eq && arg[0] == '-')
            arg = eq + 1; // --changed-since=OLD
        struct stat info;
        if (arg[0] != '\0' && ::stat(arg, &info) == 0 && S_ISREG(info.st_mode) && info.st_size >= kLargeInput)
            return true;
    }
    return false;
}

} // namespace

void restartWithHugePageMalloc(int argc, char** argv, HugePageRestart when)
{
    const char* setting = std::getenv(kSwitch);
    if (setting && (std::strcmp(setting, "0") == 0 || std::strcmp(setting, "restarted") == 0))
        return; // turned off, or this is the restarted process
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb"))
        return; // the caller chose a value
    if (when == HugePageRestart::ForLargeFileArgument && (argc < 3 || !namesLargeFile(argc, argv)))
        return;
    std::string value = tunables && tunables[0] ? std::string(tunables) + ':' + kTunable : std::string(kTunable);
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0 || ::setenv(kSwitch, "restarted", 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // The restart failed (no /proc, say): carry on here, without the tunable, and say nothing.
    if (tunables)
        ::setenv("GLIBC_TUNABLES", tunables, 1);
    else
        ::unsetenv("GLIBC_TUNABLES");
}

#else

void restartWithHugePageMalloc(int, char**, HugePageRestart) {}

#endif

bool hugePageMallocOn()
{
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    return tunables && std::strstr(tunables, kTunable);
}

} // namespace plumbline
