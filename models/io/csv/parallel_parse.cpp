#include "io/csv/parallel_parse.h"

#include "io/csv/chunk_buffers.h"
#include "io/mapped_file.h"
#include "io/parallel_for.h"
#include "io/text/text_decoder.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace plumbline {

namespace {

constexpr std::size_t kMinChunk = std::size_t(1) << 20;
constexpr std::size_t kMaxChunk = std::size_t(16) << 20; // also bounds the ChunkBuffers each thread holds
/// Bytes read beyond a chunk's end into its buffer, for the record that starts in the chunk and ends after it.
constexpr std::size_t kChunkOverrun = std::size_t(256) << 10;

/// Moves a chunk boundary past UTF-8 continuation bytes so that neighbouring chunks validate whole sequences.
std::size_t skipContinuation(const char* data, std::size_t size, std::size_t at)
{
    for (int i = 0; i < 3 && at < size && (static_cast<unsigned char>(data[at]) & 0xC0) == 0x80; ++i)
        ++at;
    return at;
}

/// Offsets of a run measured in a copy of the buffer that starts at `origin`, made offsets of the buffer.
void shiftChunkOffsets(ChunkResult& chunk, std::size_t origin)
{
    chunk.begin += origin;
    chunk.end += origin;
    if (chunk.problemAt != ChunkResult::npos)
        chunk.problemAt += origin;
    for (std::uint64_t& start : chunk.rowStarts)
        start += origin;
}

} // namespace

std::size_t chunkBufferCapacity(std::size_t chunkSize)
{
    return chunkSize + kChunkOverrun;
}

std::size_t automaticChunkSize(std::size_t dataBytes, int threads)
{
    return std::clamp(dataBytes / (std::size_t(std::max(1, threads)) * 4), kMinChunk, kMaxChunk);
}

ParallelParseResult measureInParallel(const ParallelParseRequest& request)
{
    ParallelParseResult result;
    const ChunkParser& parser = *request.parser;
    const std::size_t dataStart = std::min(request.dataStart, request.size);
    const std::size_t dataBytes = request.size - dataStart;
    const int threads = std::max(1, request.threads);

    std::size_t chunkSize = request.chunkSize;
    if (chunkSize == 0)
        chunkSize = automaticChunkSize(dataBytes, threads);
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

    // UTF-8 is checked behind the parse, on bytes it has just read (and before a mapping's pages are released),
    // from lo to hi, each moved past continuation bytes so that neighbouring chunks check whole sequences.
    const auto validate = [&](const char* bytes, std::size_t from, std::size_t to) {
        const std::size_t bad = from + text::firstInvalidUtf8(bytes, to - from);
        if (bad < to) {
            const std::lock_guard lock(badMutex);
            firstBad = std::min(firstBad, bad);
            abort = true;
        }
    };
    // Measures chunk i from a copy of its bytes (from the byte before lo, so that the guess of its first record
    // sees what the data would show, to hi + kChunkOverrun), never touching the data. False when the copy is
    // not enough (the last record runs past it, or the read failed): the chunk is then measured from the data.
    const auto measureCopy = [&](std::size_t i) {
        const std::size_t lo = bounds[i];
        const std::size_t hi = bounds[i + 1];
        const std::size_t origin = i == 0 ? lo : lo - 1; // offsets in the copy are counted from origin
        const std::size_t copyEnd = std::min(request.size, hi + kChunkOverrun);
        const std::size_t copySize = copyEnd - origin;
        ChunkBuffers::Lease copy = request.buffers->read(*request.file, origin, copySize);
        if (!copy)
            return false;
        const ChunkParser local = parser.over(copy.data(), copySize);
        const std::size_t start = i == 0 ? 0 : local.guessRecordStart(lo - origin);
        std::size_t validated = skipContinuation(copy.data(), copySize, lo - origin);
        const std::size_t validEnd = skipContinuation(copy.data(), copySize, hi - origin);
        const auto consumed = [&](std::size_t at) { // a record start, so never inside a UTF-8 sequence
            at = std::min(at, validEnd);
            if (request.validateUtf8 && at > validated) {
                validate(copy.data() + validated, validated + origin, at + origin);
                validated = at;
            }
        };
        ChunkResult measured;
        local.measure(start, hi - origin, measured, stop, consumed);
        // A record cut at the copy's end reads as ending there, or as an unclosed quote: measure it whole.
        const bool cut = copyEnd < request.size && (measured.end >= copySize || measured.problem != ParseProblem::None);
        if (cut && !measured.stopped)
            return false;
        consumed(validEnd);
        shiftChunkOffsets(measured, origin);
        result.chunks[i] = std::move(measured);
        return true;
    };

    parallelFor(threads, chunkCount, [&](std::size_t i) {
        if (stop())
            return;
        const std::size_t lo = bounds[i];
        const std::size_t hi = bounds[i + 1];
        if (!request.buffers || !request.file || !measureCopy(i)) {
            const std::size_t start = i == 0 ? lo : parser.guessRecordStart(lo);
            std::size_t validated = skipContinuation(request.data, request.size, lo);
            const std::size_t validEnd = skipContinuation(request.data, request.size, hi);
            const auto consumed = [&](std::size_t at) { // a record start, so never inside a UTF-8 sequence
                at = std::min(at, validEnd);
                if (request.validateUtf8 && at > validated) {
                    validate(request.data + validated, validated, at);
                    validated = at;
                }
                if (request.file && at > lo)
                    request.file->release(lo, at - lo);
            };
            result.chunks[i] = ChunkResult();
            parser.measure(start, hi, result.chunks[i], stop, consumed);
            consumed(validEnd);
        }
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
