#include "io/csv/csv_reader.h"

#include "core/temporary_files.h"
#include "io/binary_signature.h"
#include "io/csv/chunk_buffers.h"
#include "io/csv/chunk_parser.h"
#include "io/csv/csv_assembler.h"
#include "io/csv/csv_sniffer.h"
#include "io/csv/parallel_parse.h"
#include "io/gzip_file.h"
#include "io/mapped_file.h"
#include "io/text/encoding_detector.h"
#include "io/text/text_decoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>
#include <bit>
#include <thread>
#include <unordered_set>

namespace plumbline {

namespace {

constexpr std::size_t kEncodingSample = std::size_t(1) << 20;
constexpr std::size_t kDialectSample = std::size_t(64) << 10;
constexpr std::size_t kGuessWindow = std::size_t(32) << 10;

/// The bytes to read and how to name them.
struct Input
{
    const char* bytes = nullptr;
    std::size_t size = 0;
    const MappedFile* file = nullptr; ///< set when bytes is a mapped file (pages can be released)
    QString errorName;                ///< the path or the caller's name, shown in errors
    QString tableName;
    bool preferTab = false;
    bool keepLayout = false; ///< source offsets are meaningful (a file on disk)
};

Error loadCanceledError(const QString& name)
{
    return Error{name, 0, 0, QStringLiteral("The load was canceled.")};
}

/// An error at a byte offset of text: line = line endings before it + 1, column = characters since the
/// line start + 1 (bytes for single-byte text).
Error errorAt(const QString& name, const char* text, std::size_t textStart, std::size_t offset, bool utf8,
              const QString& message)
{
    qint64 line = 1;
    std::size_t lineStart = textStart;
    for (std::size_t i = textStart; i < offset; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= offset || text[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    qint64 column = 1;
    for (std::size_t i = lineStart; i < offset; ++i)
        if (!utf8 || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    return Error{name, line, column, message};
}

QString problemMessage(ParseProblem problem)
{
    if (problem == ParseProblem::TooManyFields)
        return QStringLiteral("This record has more than %1 fields, more than Plumbline can load as columns. Check "
                              "that the delimiter is right and that the file is a table.")
            .arg(kMaxFields);
    return QStringLiteral("A value starts with a quotation mark (\") that is never closed: the file ends before "
                          "the matching closing quotation mark. Add the missing quotation mark, or remove this "
                          "one, and load the file again.");
}

LineEnding lineEndingFrom(unsigned bits)
{
    if (bits == 0)
        return LineEnding::None;
    if (std::popcount(bits) > 1)
        return LineEnding::Mixed;
    return LineEnding(std::countr_zero(bits));
}

/// Reserve sizes from the sample: records per input byte.
ReserveHint reserveHint(const std::vector<csvsniff::Record>& records, bool skipFirst)
{
    ReserveHint hint;
    double consumed = 0;
    std::size_t counted = 0;
    for (std::size_t r = skipFirst ? 1 : 0; r < records.size(); ++r) {
        for (const auto& cell : records[r])
            consumed += double(cell.size()) + 1; // the delimiter or line ending after it
        ++counted;
    }
    if (counted == 0 || consumed <= 0)
        return ReserveHint();
    hint.recordsPerByte = double(counted) / consumed;
    return hint;
}

/// Columns whose sample repeats a few values: the measure pass collects them so that they are dictionary-
/// encoded before the other columns are allocated (ChunkParser). Empty cells do not count: a column that is
/// empty in the first rows says nothing about the rest. A wrong guess costs time and memory, never data.
std::vector<bool> repetitiveColumns(const std::vector<csvsniff::Record>& records, bool skipFirst, std::size_t columns)
{
    std::vector<bool> out(columns, false);
    for (std::size_t c = 0; c < columns; ++c) {
        std::unordered_set<std::string_view> distinct;
        std::size_t values = 0;
        for (std::size_t r = skipFirst ? 1 : 0; r < records.size(); ++r) {
            if (c < records[r].size() && !records[r][c].empty()) {
                distinct.insert(records[r][c]);
                ++values;
            }
        }
        out[c] = values >= 8 && distinct.size() * 2 <= values;
    }
    return out;
}

/// The UTF-8 form of UTF-16 bytes from `from` on, converted in blocks so that the source pages can be
/// released as it goes. A block never ends between the two halves of a surrogate pair.
std::string transcodeUtf16(const char* bytes, std::size_t size, std::size_t from, bool bigEndian,
                           const MappedFile* file)
{
    constexpr std::size_t kBlock = std::size_t(4) << 20; // even
    std::string out;
    out.reserve((size - from) / 2 + (size - from) / 16 + 16);
    while (from < size) {
        std::size_t to = std::min(size, from + kBlock);
        if (to < size) {
            const auto hi = static_cast<unsigned char>(bytes[bigEndian ? to - 2 : to - 1]);
            if (hi >= 0xD8 && hi <= 0xDB)
                to -= 2; // a high surrogate: keep it with its pair
        }
        out += text::utf16ToUtf8(bytes + from, to - from, bigEndian);
        if (file)
            file->release(0, to);
        from = to;
    }
    return out;
}

Result<Dataset> readInput(const Input& in, const CsvReadOptions& options, Progress& progress, SourceInfo info,
                          const QElapsedTimer& timer)
{
    if (progress.canceled())
        return loadCanceledError(in.errorName);
    const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    const QByteArrayView whole(in.bytes, qsizetype(in.size));

    // Encoding: forced, or detected from the first MB; a wrong UTF-8 guess is corrected further down.
    DetectedEncoding detected;
    if (options.encoding) {
        detected.encoding = *options.encoding;
        detected.bomLength = bomLengthFor(whole, detected.encoding);
    } else {
        detected =
            detectEncoding(whole.first(qsizetype(std::min(in.size, kEncodingSample))), in.size <= kEncodingSample);
    }
    const bool utf16 = detected.encoding == TextEncoding::Utf16LE || detected.encoding == TextEncoding::Utf16BE;
    const char* text = in.bytes;
    std::size_t size = in.size;
    std::size_t textStart = std::size_t(detected.bomLength);
    const MappedFile* file = in.file;
    std::string transcoded;
    if (utf16) {
        transcoded = transcodeUtf16(in.bytes, in.size, textStart, detected.encoding == TextEncoding::Utf16BE, file);
        text = transcoded.data();
        size = transcoded.size();
        textStart = 0;
        file = nullptr;
    }
    TextEncoding cellEncoding = utf16 ? TextEncoding::Utf8 : detected.encoding;
    bool validateUtf8 = !options.encoding && cellEncoding == TextEncoding::Utf8 && !utf16;
    info.encoding = detected.encoding;
    info.bom = detected.bomLength > 0;

    // Dialect from the first 64 KB.
    const std::string_view sample(text + textStart, std::min(size - textStart, kDialectSample));
    const bool sampleComplete = textStart + sample.size() == size;
    const char delimiter =
        options.delimiter ? *options.delimiter : csvsniff::sniffDelimiter(sample, '"', sampleComplete, in.preferTab);
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r')
        return Error{in.errorName, 0, 0,
                     QStringLiteral("A quotation mark or a line break cannot be the delimiter; choose a comma, "
                                    "semicolon, tab or pipe.")};
    const CsvParseDialect dialect{delimiter, '"'};
    info.delimiter = delimiter;
    info.quote = dialect.quote;
    info.format = delimiter == '\t' ? QStringLiteral("tsv") : QStringLiteral("csv");
    const auto sampled = csvsniff::sampleRecords(sample, delimiter, dialect.quote, sampleComplete);

    // At most two passes: a file that looked like UTF-8 but is not is read again as windows-1252.
    for (;;) {
        const auto switchToSingleByte = [&](std::size_t badOffset) {
            const std::size_t from = badOffset > kGuessWindow ? badOffset - kGuessWindow : 0;
            const std::size_t to = std::min(size, badOffset + kGuessWindow);
            const DetectedEncoding guess = detectEncoding(QByteArrayView(text + from, qsizetype(to - from)), true);
            cellEncoding = guess.encoding == TextEncoding::Latin1 ? TextEncoding::Latin1 : TextEncoding::Windows1252;
            info.encoding = cellEncoding;
            validateUtf8 = false;
        };
        const bool utf8Cells = cellEncoding == TextEncoding::Utf8;
        std::vector<std::string> first;
        LineEnding firstEnding = LineEnding::None;
        std::size_t firstEnd = textStart;
        if (textStart < size) {
            ParseProblem problem = ParseProblem::None;
            std::size_t problemAt = 0;
            const ChunkParser headerParser(text, size, dialect, cellEncoding, 0);
            firstEnd = headerParser.parseRecord(textStart, first, firstEnding, problem, problemAt);
            if (problem != ParseProblem::None)
                return errorAt(in.errorName, text, textStart, problemAt, utf8Cells, problemMessage(problem));
            if (validateUtf8) {
                const std::size_t bad = text::firstInvalidUtf8(text + textStart, firstEnd - textStart);
                if (bad < firstEnd - textStart) {
                    switchToSingleByte(textStart + bad);
                    continue;
                }
            }
        }
        const bool hasHeader =
            textStart < size && (options.header ? *options.header : csvsniff::looksLikeHeader(sampled));
        const std::size_t expected = first.size();
        const std::size_t dataStart = hasHeader ? firstEnd : textStart;

        const std::vector<bool> collect = repetitiveColumns(sampled, hasHeader, expected);
        const ChunkParser parser(text, size, dialect, cellEncoding, expected, collect, reserveHint(sampled, hasHeader));
        // A file is parsed from copies of its chunks (ChunkBuffers): cheaper than touching its mapped pages twice.
        const std::size_t chunkSize =
            options.chunkSize > 0 ? options.chunkSize : automaticChunkSize(size - std::min(dataStart, size), threads);
        std::optional<ChunkBuffers> buffers;
        if (file)
            buffers.emplace(chunkBufferCapacity(chunkSize));
        ParallelParseRequest request;
        request.parser = &parser;
        request.data = text;
        request.size = size;
        request.dataStart = dataStart;
        request.validateUtf8 = validateUtf8;
        request.threads = threads;
        request.chunkSize = chunkSize;
        request.file = file;
        request.buffers = buffers ? &*buffers : nullptr;
        request.progress = &progress;
        request.progressOffset = qint64(dataStart);
        request.progressTotal = qint64(size);
        ParallelParseResult parsed = measureInParallel(request);
        if (parsed.status == ParallelParseResult::Status::Canceled)
            return loadCanceledError(in.errorName);
        if (parsed.status == ParallelParseResult::Status::InvalidUtf8) {
            switchToSingleByte(parsed.errorOffset);
            continue;
        }
        if (parsed.status == ParallelParseResult::Status::BadData)
            return errorAt(in.errorName, text, textStart, parsed.errorOffset, utf8Cells,
                           problemMessage(parsed.problem));

        std::vector<int> renamed;
        // The measure pass reported half of the data's bytes; the store pass reports the other half.
        std::atomic<qint64> done{qint64(dataStart + (size - dataStart) / 2)};
        const auto storing = std::size_t(
            std::count_if(parsed.chunks.begin(), parsed.chunks.end(), [](const ChunkResult& c) { return c.rows > 0; }));
        std::atomic<std::size_t> stored{0};
        const std::function<bool()> stop = [&] { return progress.canceled(); };
        const StoreChunk store = [&](const ChunkResult& chunk, const ColumnSlice* slices) {
            const auto consumed = [&](std::size_t at) {
                if (file && at > chunk.begin)
                    file->release(chunk.begin, at - chunk.begin);
            };
            bool ok = false;
            const std::size_t length = chunk.end - chunk.begin;
            if (ChunkBuffers::Lease copy =
                    buffers ? buffers->read(*file, chunk.begin, length) : ChunkBuffers::Lease()) {
                ok = parser.over(copy.data(), length).store(0, chunk.rows, slices, stop);
            } else {
                ok = parser.store(chunk.begin, chunk.rows, slices, stop, consumed);
                consumed(chunk.end);
            }
            if (buffers && stored.fetch_add(1) + 1 == storing)
                buffers->releaseUnused(); // the last chunk is stored: the columns finish without them
            const auto half = qint64(chunk.end - chunk.begin) / 2;
            progress.report(std::min(done.fetch_add(half) + half, qint64(size)), qint64(size));
            return ok;
        };
        const ErrorAt locate = [&](std::size_t offset, const QString& message) {
            if (offset == 0)
                return Error{in.errorName, 0, 0, message};
            return errorAt(in.errorName, text, textStart, offset, utf8Cells, message);
        };
        auto assembled = assembleRows(std::move(parsed.chunks), hasHeader ? first : std::vector<std::string>(),
                                      expected, collect, &renamed, threads, size, store, locate);
        if (progress.canceled())
            return loadCanceledError(in.errorName);
        if (!assembled)
            return assembled.error();
        AssembledRows& rows = assembled.value();
        if (progress.canceled())
            return loadCanceledError(in.errorName);

        auto table = std::make_shared<Table>(in.tableName, std::move(rows.columns));
        table->setRaggedRows(std::move(rows.ragged));
        table->setBlankRows(std::move(rows.blank));
        table->setRenamedHeaders(std::move(renamed));
        const bool finalLineEnding = rows.rows > 0 ? rows.lastHadLineEnding : firstEnding != LineEnding::None;
        if (in.keepLayout && !utf16) {
            auto layout = std::make_shared<TextLayout>();
            layout->headerStart = textStart;
            layout->headerEnd = hasHeader ? firstEnd : textStart;
            layout->rowStarts = std::move(rows.rowStarts);
            layout->finalLineEnding = finalLineEnding;
            table->setLayout(std::move(layout));
        }
        const unsigned endings = rows.endings | (firstEnding != LineEnding::None ? lineEndingBit(firstEnding) : 0u);
        info.lineEnding = lineEndingFrom(endings);
        info.hasHeader = hasHeader;
        progress.report(qint64(size), qint64(size));
        info.loadSeconds = double(timer.nsecsElapsed()) / 1e9;

        Dataset dataset;
        dataset.source = std::move(info);
        dataset.tables.push_back(std::move(table));
        return dataset;
    }
}

/// The name without a compression suffix: "list.csv.gz" → "list.csv".
QString withoutGz(const QString& name)
{
    return name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) ? name.chopped(3) : name;
}

/// Refuses bytes that are plainly another format (a PNG or a workbook renamed .csv) instead of reading garbage.
std::optional<Error> refuseBinary(const char* bytes, std::size_t size, const QString& name)
{
    const QString what = binarySignature(std::string_view(bytes, std::min<std::size_t>(size, 16)));
    if (what.isEmpty())
        return std::nullopt;
    return Error{
        name, 0, 0,
        QStringLiteral("This file is %1, not CSV or other text, so Plumbline does not read it as a table.").arg(what)};
}

bool prefersTab(const QString& name)
{
    const QString suffix = QFileInfo(withoutGz(name)).suffix().toLower();
    return suffix == QLatin1String("tsv") || suffix == QLatin1String("tab");
}

} // namespace

Result<Dataset> readCsvFile(const QString& path, const CsvReadOptions& options, Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = MappedFile::open(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<MappedFile> file = std::move(opened.value());
    const QFileInfo fileInfo(path);
    SourceInfo info;
    info.path = path;
    info.size = qint64(file->size());
    info.modified = fileInfo.lastModified();

    // gzip (.csv.gz, or a compressed file under any name): unpack into a temporary file and read that. It is
    // mapped like any file, so memory stays as low as for plain text; it is removed when the read ends.
    QTemporaryFile unpacked(QDir(QDir::tempPath()).filePath(QStringLiteral("plumbline-XXXXXX.csv")));
    std::optional<TemporaryFileGuard> unpackedGuard; // removed if SIGTERM stops the process meanwhile
    const bool gzip = isGzip(std::string_view(file->data(), std::min<std::size_t>(file->size(), 3)));
    if (gzip) {
        file.reset();
        if (!unpacked.open())
            return Error{path, 0, 0,
                         QStringLiteral("Cannot unpack the gzip-compressed file: no room for a temporary file (%1).")
                             .arg(unpacked.errorString())};
        unpackedGuard.emplace(unpacked.fileName());
        if (auto failed = gunzipFile(path, unpacked, gunzipLimit(info.size), progress))
            return *failed;
        if (!unpacked.flush())
            return Error{path, 0, 0,
                         QStringLiteral("Cannot unpack the gzip-compressed file: %1.").arg(unpacked.errorString())};
        auto mapped = MappedFile::open(unpacked.fileName());
        if (!mapped)
            return Error{path, 0, 0, mapped.error().message};
        file = std::move(mapped.value());
        info.compression = QStringLiteral("gzip");
    }
    if (auto refused = refuseBinary(file->data(), file->size(), path))
        return *refused;

    Input in;
    in.bytes = file->data();
    in.size = file->size();
    in.file = file.get();
    in.errorName = path;
    const QFileInfo named(withoutGz(path));
    in.tableName = named.completeBaseName().isEmpty() ? named.fileName() : named.completeBaseName();
    in.preferTab = prefersTab(path);
    in.keepLayout = !gzip; // offsets into the unpacked text cannot be copied from the file
    return readInput(in, options, progress, std::move(info), timer);
}

Result<Dataset> readCsvBytes(QByteArrayView bytes, const QString& name, const CsvReadOptions& options,
                             Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    SourceInfo info;
    info.size = bytes.size();
    if (auto refused = refuseBinary(bytes.data(), std::size_t(bytes.size()), name))
        return *refused;

    Input in;
    in.bytes = bytes.isEmpty() ? "" : bytes.data();
    in.size = std::size_t(bytes.size());
    in.errorName = name;
    const QString base = QFileInfo(name).completeBaseName();
    in.tableName = !base.isEmpty() ? base : !name.isEmpty() ? name : QStringLiteral("table");
    in.preferTab = prefersTab(name);
    return readInput(in, options, progress, std::move(info), timer);
}

} // namespace plumbline
