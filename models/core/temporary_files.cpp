#include "core/temporary_files.h"

#include <QFile>

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace plumbline {

namespace {

// A slot is free (0), being filled or emptied (1), or holds a path the handler may remove (2).
constexpr int kSlots = 32;
constexpr std::size_t kPathBytes = 4096;
std::array<std::atomic<int>, kSlots> g_state{};
std::array<std::array<char, kPathBytes>, kSlots> g_paths{};

void removeTemporaryFiles(int signal)
{
    for (int i = 0; i < kSlots; ++i)
        if (g_state[std::size_t(i)].load() == 2)
            ::unlink(g_paths[std::size_t(i)].data());
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

void installTemporaryFileCleanup()
{
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        struct sigaction action = {};
        action.sa_handler = removeTemporaryFiles;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(signal, &action, nullptr);
    }
}

TemporaryFileGuard::TemporaryFileGuard(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    if (std::size_t(name.size()) >= kPathBytes)
        return;
    for (int i = 0; i < kSlots; ++i) {
        int expected = 0;
        if (g_state[std::size_t(i)].compare_exchange_strong(expected, 1)) {
            std::memcpy(g_paths[std::size_t(i)].data(), name.constData(), std::size_t(name.size()) + 1);
            g_state[std::size_t(i)].store(2);
            m_slot = i;
            return;
        }
    }
}

TemporaryFileGuard::~TemporaryFileGuard()
{
    if (m_slot >= 0)
        g_state[std::size_t(m_slot)].store(0);
}

} // namespace plumbline
