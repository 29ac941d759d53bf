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
bool hugePageRestarted = false; // this process is the restarted one
} // namespace

#if defined(__linux__) && defined(__GLIBC__)

namespace {

constexpr const char* kSwitch = "PLUMBLINE_HUGE_PAGE_MALLOC";
constexpr off_t kLargeInput = off_t(64) << 20;

/// In the restarted process: the environment as the user gave it, so that programs started from here (a browser
/// for a link, say) do not inherit the tunable or the marker. glibc read the tunable when this process started.
void restoreHugePageEnvironment()
{
    ::unsetenv(kSwitch);
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (!tunables)
        return;
    std::string value(tunables);
    const std::string added = std::string(1, ':') + kTunable;
    if (value == kTunable)
        ::unsetenv("GLIBC_TUNABLES");
    else if (value.size() > added.size() && value.compare(value.size() - added.size(), added.size(), added) == 0)
        ::setenv("GLIBC_TUNABLES", value.substr(0, value.size() - added.size()).c_str(), 1);
}

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
    if (setting && std::strcmp(setting, "restarted") == 0) {
        hugePageRestarted = true;
        restoreHugePageEnvironment();
        return;
    }
    if (setting && std::strcmp(setting, "0") == 0)
        return; // turned off
    const char* found = std::getenv("GLIBC_TUNABLES");
    const bool hadTunables = found != nullptr;
    const std::string tunables = hadTunables ? std::string(found) : std::string();
    if (tunables.find("glibc.malloc.hugetlb") != std::string::npos)
        return; // the caller chose a value
    if (when == HugePageRestart::ForLargeFileArgument && (argc < 3 || !namesLargeFile(argc, argv)))
        return;
    const std::string value = tunables.empty() ? std::string(kTunable) : tunables + ':' + kTunable;
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0 || ::setenv(kSwitch, "restarted", 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // The restart failed (no /proc, say): carry on here, without the tunable, and say nothing.
    ::unsetenv(kSwitch);
    if (hadTunables)
        ::setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
    else
        ::unsetenv("GLIBC_TUNABLES");
}

#else

void restartWithHugePageMalloc(int, char**, HugePageRestart) {}

#endif

bool hugePageMallocOn()
{
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    return hugePageRestarted || (tunables && std::strstr(tunables, kTunable));
}

} // namespace plumbline
