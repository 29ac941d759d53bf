#pragma once

#include <QtConcurrent/QtConcurrentMap>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace plumbline::cluster {

/// Calls work(chunk, begin, end) for consecutive ranges of [0, count) of about chunkSize items, on a pool of
/// `threads` threads (0 = one per core) that the calling thread joins (QtConcurrent::blockingMap on a local
/// pool, as the validator does, so it is safe inside a BackgroundTask worker). Returns the number of chunks;
/// work must be thread-safe across chunks and must not throw.
template <class Work>
std::size_t forEachChunk(std::size_t count, std::size_t chunkSize, int threads, const Work& work)
{
    chunkSize = std::max<std::size_t>(1, chunkSize);
    const std::size_t chunks = (count + chunkSize - 1) / chunkSize;
    if (chunks <= 1) {
        if (count > 0)
            work(std::size_t(0), std::size_t(0), count);
        return chunks;
    }
    std::vector<std::size_t> ids(chunks);
    std::iota(ids.begin(), ids.end(), std::size_t(0));
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, ids, [&](std::size_t chunk) {
        const std::size_t begin = chunk * chunkSize;
        work(chunk, begin, std::min(count, begin + chunkSize));
    });
    return chunks;
}

} // namespace plumbline::cluster
