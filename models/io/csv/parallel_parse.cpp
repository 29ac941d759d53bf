#include "io/csv/parallel_parse.h"

#include "io/mapped_file.h"
#include "io/parallel_for.h"
#include "io/text/text_decoder.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace plumbline {

namespace {

constexpr std::size_t kMinChunk = std::size_t(1) << 20;
constexpr std::size_t kMaxChunk = std::size_t(32) << 20;

/// Moves a chunk boundary past UTF-8 continuation bytes so that neighbouring chunks validate whole sequences.
std::size_t skipContinuation(const char* data, std::size_t size, std::size_t at)
{
    for (int i = 0; i < 3 && at < size && (static_cast<unsigned char>(data[at]) & 0xC0) == 0x80; ++i)
        ++at;
    return at;
}

} // namespace

ParallelParseResult measureInParallel(const ParallelParseRequest& request)
{
    ParallelParseResult result;
    const ChunkParser& parser = *request.parser;
    const std::size_t dataStart = std::min(request.dataStart, request.size);
    const std::size_t dataBytes = request.size - dataStart;
    const int threads = std::max(1, request.threads);

    std::size_t chunkSize = request.chunkSize;
    if (chunkSize == 0)
        chunkSize = std::clamp(dataBytes / (std::size_t(threads) * 4), kMinChunk, kMaxChunk);
    const std::size_t chunkCount = dataBytes == 0 ? 0 : (dataBytes + chunkSize - 1) / chunkSize;
    std::vector<std::size_t> bounds(chunkCount + 1);
    for (std::size_t i = 0; i < chunkCount; ++i)
        bounds[i] = dataStart + i * chunkSize;
    bounds[chunkCount] = request.size;
    result.chunks.resize(chunkCount);

    std::atomic<bool> abort{false};
    std::atomic<bool> canceled{false};
    std::atomic<qint64> done{request.progressOffset};
    std::mutex badMutex;
    std::size_t firstBad = request.size;

    const std::function<bool()> stop = [&] {
        if (abort.load(std::memory_order_relaxed))
            return true;
        if (request.progress && request.progress->canceled()) {
            canceled = true;
            abort = true;
            return true;
        }
        return false;
    };

    parallelFor(threads, chunkCount, [&](std::size_t i) {
        if (stop())
            return;
        const std::size_t lo = bounds[i];
        const std::size_t hi = bounds[i + 1];
        // UTF-8 is checked behind the parse, on pages it has just read, before they are released.
        std::size_t validated = skipContinuation(request.data, request.size, lo);
        const std::size_t validEnd = skipContinuation(request.data, request.size, hi);
        const auto consumed = [&](std::size_t at) { // at: a record start, so never inside a UTF-8 sequence
            at = std::min(at, validEnd);
            if (request.validateUtf8 && at > validated) {
                const std::size_t bad = validated + text::firstInvalidUtf8(request.data + validated, at - validated);
                if (bad < at) {
                    const std::lock_guard lock(badMutex);
                    firstBad = std::min(firstBad, bad);
                    abort = true;
                }
                validated = at;
            }
            if (request.file && at > lo)
                request.file->release(lo, at - lo);
        };
        const std::size_t start = i == 0 ? lo : parser.guessRecordStart(lo);
        parser.measure(start, hi, result.chunks[i], stop, consumed);
        consumed(validEnd);
        const qint64 half = qint64(hi - lo) / 2;
        const qint64 now = done.fetch_add(half) + half;
        if (request.progress)
            request.progress->report(now, request.progressTotal);
    });

    if (canceled) {
        result.status = ParallelParseResult::Status::Canceled;
        return result;
    }
    if (firstBad < request.size) {
        result.status = ParallelParseResult::Status::InvalidUtf8;
        result.errorOffset = firstBad;
        return result;
    }

    // Check the guesses in order; re-parse any chunk that did not start where its predecessor ended.
    std::size_t at = dataStart;
    for (std::size_t i = 0; i < chunkCount; ++i) {
        ChunkResult& chunk = result.chunks[i];
        if (at >= bounds[i + 1]) {
            // The previous chunk's last record ran through this whole chunk.
            chunk = ChunkResult();
            chunk.begin = chunk.end = at;
            continue;
        }
        if (chunk.begin != at || chunk.stopped) {
            chunk = ChunkResult();
            parser.measure(at, bounds[i + 1], chunk, stop);
            if (chunk.stopped) {
                result.status = ParallelParseResult::Status::Canceled;
                return result;
            }
        }
        if (chunk.problem != ParseProblem::None) {
            result.status = ParallelParseResult::Status::BadData;
            result.problem = chunk.problem;
            result.errorOffset = chunk.problemAt;
            return result;
        }
        at = chunk.end;
    }
    return result;
}

} // namespace plumbline
