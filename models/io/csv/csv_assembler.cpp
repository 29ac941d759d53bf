#include "io/csv/csv_assembler.h"

#include "io/csv/stored_column.h"
#include "io/huge_pages.h"
#include "io/parallel_for.h"

#include <QSet>

#include <algorithm>
#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace plumbline {

namespace {

constexpr std::uint64_t kColumnLimit = std::uint64_t(1) << 32;

QString generatedName(std::size_t index)
{
    return QStringLiteral("column %1").arg(index + 1);
}

} // namespace

std::vector<QString> uniqueColumnNames(const std::vector<std::string>& header, std::size_t width,
                                       std::vector<int>* renamed)
{
    std::vector<QString> names(std::max(width, header.size()));
    QSet<QString> used;
    std::vector<bool> blank(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) {
        names[i] = QString::fromUtf8(header[i].data(), qsizetype(header[i].size()));
        blank[i] = names[i].trimmed().isEmpty();
        if (!blank[i])
            used.insert(names[i]);
    }
    QSet<QString> seen;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const bool fromHeader = i < header.size();
        if (fromHeader && !blank[i] && !seen.contains(names[i])) {
            seen.insert(names[i]);
            continue;
        }
        QString name;
        if (fromHeader && !blank[i]) {
            for (int k = 2; name.isEmpty() || used.contains(name); ++k)
                name = QStringLiteral("%1 (%2)").arg(names[i]).arg(k);
        } else {
            name = generatedName(i);
            for (int k = 2; used.contains(name); ++k)
                name = QStringLiteral("%1 (%2)").arg(generatedName(i)).arg(k);
        }
        used.insert(name);
        seen.insert(name);
        names[i] = name;
        if (fromHeader && renamed)
            renamed->push_back(int(i));
    }
    return names;
}

namespace {

/// One chunk's cells of an extra column, dense: empty except where the sparse column has a value.
ColumnBuilder densify(const SparseColumn* sparse, std::size_t rows)
{
    ColumnBuilder builder;
    builder.reserve(rows, sparse ? sparse->bytes.size() : 0);
    std::size_t next = 0, from = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        if (sparse && next < sparse->rows.size() && sparse->rows[next] == r) {
            builder.append(std::string_view(sparse->bytes).substr(from, sparse->ends[next] - from));
            from = sparse->ends[next++];
        } else {
            builder.append({});
        }
    }
    return builder;
}

/// A part of a buffer to fault in, on one thread.
struct AssemblerPrefaultPiece
{
    void* data;
    std::size_t bytes;
};

/// Advises [data, data + bytes) huge pages and splits it into pieces of at most 8 MiB (whole huge pages).
void addAssemblerPrefaultPieces(std::vector<AssemblerPrefaultPiece>& pieces, void* data, std::size_t bytes)
{
    constexpr std::size_t kPiece = std::size_t(8) << 20;
    if (!data || bytes == 0)
        return;
    adviseHugePages(data, bytes);
    auto* at = static_cast<char*>(data);
    for (std::size_t done = 0; done < bytes; done += kPiece)
        pieces.push_back({at + done, std::min(kPiece, bytes - done)});
}

/// Hands freed heap memory back to the system: the collected columns' cells are freed just before the
/// other columns are allocated, and glibc would otherwise keep them for itself, adding to the peak.
void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

Result<AssembledRows> assembleRows(std::vector<ChunkResult>&& chunks, const std::vector<std::string>& header,
                                   std::size_t expectedFields, const std::vector<bool>& collect,
                                   std::vector<int>* renamed, int threads, std::size_t end, const StoreChunk& store,
                                   const ErrorAt& errorAt)
{
    AssembledRows out;
    const std::size_t dense = std::max<std::size_t>(expectedFields, 1);
    std::size_t width = std::max(expectedFields, header.size());
    std::size_t totalRows = 0;
    for (const auto& chunk : chunks) {
        if (chunk.rows > 0)
            width = std::max(width, chunk.width);
        totalRows += chunk.rows;
    }
    if (totalRows > 0)
        width = std::max(width, dense);
    const std::size_t extraColumns =
        width > std::max(expectedFields, header.size()) ? width - std::max(expectedFields, header.size()) : 0;
    if (std::uint64_t(extraColumns) * totalRows > kMaxExtraCells) {
        std::size_t offset = 0; // the first row that long
        for (const auto& chunk : chunks)
            for (const RaggedRow& r : chunk.ragged)
                if (r.fieldCount == width && offset == 0)
                    offset = std::size_t(chunk.rowStarts[r.row]);
        return errorAt(offset, QStringLiteral("This row has %1 fields where the %2 has %3. Keeping the extra "
                                              "fields would add %4 columns to all %5 rows, more than Plumbline "
                                              "can hold. Check the delimiter and the quoting around this row.")
                                   .arg(width)
                                   .arg(header.empty() ? QStringLiteral("first row") : QStringLiteral("header"))
                                   .arg(expectedFields)
                                   .arg(extraColumns)
                                   .arg(totalRows));
    }
    const std::vector<QString> names = uniqueColumnNames(header, width, renamed);

    // 1. Sizes and limits of the expected columns (the ones every chunk stores densely).
    const std::size_t stored = totalRows > 0 ? dense : 0;
    std::vector<std::uint64_t> bytes(stored, 0);
    for (const auto& chunk : chunks)
        for (std::size_t c = 0; c < stored && c < chunk.cellBytes.size(); ++c)
            bytes[c] += chunk.cellBytes[c];
    for (std::size_t c = 0; c < stored; ++c)
        if (bytes[c] >= kColumnLimit)
            return errorAt(0, QStringLiteral("The column \u201c%1\u201d holds 4 GiB of text or more, which is more "
                                             "than Plumbline can keep in one column. Split the file and load the "
                                             "parts.")
                                  .arg(names[c]));

    // 2. Collected columns first: their dictionary form is small, their per-chunk cells are freed here.
    out.columns.resize(width);
    const auto collected = [&](std::size_t c) { return c < collect.size() && collect[c]; };
    std::vector<std::size_t> early;
    for (std::size_t c = 0; c < stored; ++c)
        if (collected(c))
            early.push_back(c);
    parallelFor(threads, early.size(), [&](std::size_t i) {
        const std::size_t c = early[i];
        std::vector<CollectedCells> runs;
        for (auto& chunk : chunks)
            if (chunk.rows > 0)
                runs.push_back(std::move(chunk.collected[c]));
        out.columns[c] = CollectedCells::finish(names[c], std::move(runs), bytes[c]);
    });
    for (auto& chunk : chunks)
        chunk.collected.clear();
    returnFreedMemory();

    // 3. Final storage of the other columns, allocated at its exact size.
    std::vector<std::vector<char>> arenas(stored);
    std::vector<std::vector<std::uint32_t>> offsets(stored);
    std::vector<std::size_t> late;
    for (std::size_t c = 0; c < stored; ++c)
        if (!collected(c))
            late.push_back(c);
    std::stable_sort(late.begin(), late.end(), [&](std::size_t a, std::size_t b) { return bytes[a] > bytes[b]; });
    // The first write to fresh memory is most of this step's cost (each huge page is zeroed by the kernel, and on
    // a virtual machine backed by the host on first use), so the buffers are reserved first and faulted in as
    // pieces of one size on all threads: one column per thread would leave the largest to one thread.
    std::vector<AssemblerPrefaultPiece> pieces;
    for (const std::size_t c : late) {
        arenas[c].reserve(std::size_t(bytes[c]));
        addAssemblerPrefaultPieces(pieces, arenas[c].data(), std::size_t(bytes[c]));
        offsets[c].reserve(totalRows + 1);
        addAssemblerPrefaultPieces(pieces, offsets[c].data(), (totalRows + 1) * sizeof(std::uint32_t));
    }
    parallelFor(threads, pieces.size(), [&](std::size_t i) { prefaultHugePages(pieces[i].data, pieces[i].bytes); });
    parallelFor(threads, late.size(), [&](std::size_t i) {
        arenas[late[i]].resize(std::size_t(bytes[late[i]]));
        offsets[late[i]].resize(totalRows + 1);
    });

    // 4. Each chunk writes its slice of every column.
    std::vector<std::vector<ColumnSlice>> slices(chunks.size(), std::vector<ColumnSlice>(stored));
    std::vector<std::uint64_t> at(stored, 0);
    std::size_t rowBase = 0;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        for (std::size_t c = 0; c < stored && chunks[i].rows > 0; ++c) {
            if (collected(c))
                continue; // a null slice: store() skips the column
            slices[i][c] = ColumnSlice{arenas[c].data() + at[c], chunks[i].cellBytes[c],
                                       offsets[c].data() + rowBase + 1, std::uint32_t(at[c])};
            at[c] += chunks[i].cellBytes[c];
        }
        rowBase += chunks[i].rows;
    }
    std::atomic<bool> storedOk{true};
    parallelFor(threads, chunks.size(), [&](std::size_t i) {
        if (chunks[i].rows > 0 && storedOk && !store(chunks[i], slices[i].data()))
            storedOk = false;
    });
    if (!storedOk)
        return errorAt(0, QStringLiteral("The file changed while it was being read, or could not be read "
                                         "consistently. Load it again."));

    // Row facts, rebased; extra columns made dense per chunk. The row starts (8 bytes a row) are copied into
    // place and the chunks freed on all threads.
    std::vector<std::vector<ColumnBuilder>> extraParts(width > stored ? width - stored : 0);
    std::vector<std::size_t> startsAt(chunks.size(), 0);
    std::size_t starts = 0;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const ChunkResult& chunk = chunks[i];
        if (chunk.rows == 0)
            continue;
        const auto base = std::uint32_t(out.rows);
        for (std::size_t e = 0; e < extraParts.size(); ++e)
            extraParts[e].push_back(densify(e < chunk.extra.size() ? &chunk.extra[e] : nullptr, chunk.rows));
        for (const RaggedRow& r : chunk.ragged)
            out.ragged.push_back(RaggedRow{r.row + base, r.fieldCount});
        for (const std::uint32_t r : chunk.blank)
            out.blank.push_back(r + base);
        startsAt[i] = starts;
        starts += chunk.rowStarts.size();
        out.endings |= chunk.endings;
        out.lastHadLineEnding = chunk.lastHadLineEnding;
        out.rows += chunk.rows;
    }
    resizeWithHugePages(out.rowStarts, starts + 1);
    parallelFor(threads, chunks.size(), [&](std::size_t i) {
        if (chunks[i].rows > 0)
            std::copy(chunks[i].rowStarts.begin(), chunks[i].rowStarts.end(),
                      out.rowStarts.begin() + std::ptrdiff_t(startsAt[i]));
        chunks[i] = ChunkResult();
    });
    out.rowStarts[starts] = end;

    // 5. Finish the rest. A stored column may have to be read to its end before its form is known (a column
    //    of a few thousand long values repeated over every row), so each is finished on all threads in turn
    //    rather than one column per thread: one such column would otherwise keep one thread busy alone.
    StoredColumnFinisher finisher(out.rows, threads);
    for (const std::size_t c : late)
        out.columns[c] = finisher.finish(names[c], std::move(arenas[c]), std::move(offsets[c]));
    parallelFor(threads, extraParts.size(), [&](std::size_t e) {
        out.columns[stored + e] = ColumnBuilder::finish(names[stored + e], std::move(extraParts[e]));
    });
    returnFreedMemory();
    return out;
}

} // namespace plumbline
