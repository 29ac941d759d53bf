#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace plumbline {

/// Runs work(i) for i in [0, count) on up to `threads` threads (the caller's included), handing out indexes
/// in order as threads become free. Returns when every call has returned. work must not throw.
template <class Work>
void parallelFor(int threads, std::size_t count, const Work& work)
{
    std::atomic<std::size_t> next{0};
    const auto loop = [&] {
        for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i);
    };
    const auto workers = std::min<std::size_t>(std::size_t(std::max(1, threads)), count);
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < workers; ++t)
        pool.emplace_back(loop);
    loop();
    for (auto& thread : pool)
        thread.join();
}

} // namespace plumbline
