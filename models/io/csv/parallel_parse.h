#pragma once

#include "core/progress.h"
#include "io/csv/chunk_parser.h"

#include <cstddef>
#include <vector>

namespace plumbline {

class ChunkBuffers;
class MappedFile;

/// Measures the records of a buffer on several threads (ChunkParser::measure, the first of the two passes).
///
/// The data is cut into fixed-size chunks. A thread measures each chunk from a guessed record start (a line
/// start whose record looks ordinary: ChunkParser::guessRecordStart) up to the first record that starts in
/// the next chunk. Chunks are then checked in order: a chunk is right when it started exactly where the
/// previous chunk's last record ended; otherwise (the chunk boundary fell inside a quoted value with line
/// breaks) it is measured again from that true start. The result is therefore always what one sequential
/// parse would give; only the time depends on the guesses.
struct ParallelParseRequest
{
    const ChunkParser* parser = nullptr;
    const char* data = nullptr;
    std::size_t size = 0;
    std::size_t dataStart = 0; ///< the first data record's offset
    bool validateUtf8 = false; ///< check the bytes from dataStart on are UTF-8 (each thread its part)
    int threads = 1;
    std::size_t chunkSize = 0;        ///< 0 = automatic
    const MappedFile* file = nullptr; ///< when set, each chunk's pages are released once it is parsed
    /// With file: each chunk is read into one of these buffers and parsed there, so that the mapping is not
    /// touched; a chunk whose last record runs past its buffer is parsed from data instead.
    ChunkBuffers* buffers = nullptr;
    Progress* progress = nullptr; ///< canceled() polled every few MB; report() as below
    qint64 progressOffset = 0;    ///< reported as done before the first chunk
    qint64 progressTotal = 0;     ///< reported total; the measure pass reports half the chunks' bytes
};

struct ParallelParseResult
{
    enum class Status { Ok, Canceled, InvalidUtf8, BadData };
    Status status = Status::Ok;
    std::size_t errorOffset = 0;               ///< InvalidUtf8: the first bad byte; BadData: ChunkResult::problemAt
    ParseProblem problem = ParseProblem::None; ///< BadData: what is wrong
    std::vector<ChunkResult> chunks;           ///< Ok: the runs in file order, each starting where the previous ended
};

ParallelParseResult measureInParallel(const ParallelParseRequest& request);

/// The chunk size measureInParallel uses when the request leaves it at 0.
std::size_t automaticChunkSize(std::size_t dataBytes, int threads);

/// The ChunkBuffers capacity measureInParallel needs for chunks of chunkSize bytes (with the overrun it reads
/// for the record that crosses a chunk's end); chunks that the store pass reads whole fit too unless a record
/// is unusually long.
std::size_t chunkBufferCapacity(std::size_t chunkSize);

} // namespace plumbline
