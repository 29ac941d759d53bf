#include "io/csv_assembler.h"

#include <QSet>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>

namespace plumbline {

namespace {

constexpr std::uint64_t kColumnLimit = std::uint64_t(1) << 32;

QString generatedName(std::size_t index) { return QStringLiteral("column %1").arg(index + 1); }

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

Result<AssembledRows> assembleRows(std::vector<ChunkResult>&& chunks, const std::vector<std::string>& header,
                                   std::size_t expectedFields, std::vector<int>* renamed, int threads,
                                   std::size_t end, const ErrorAt& errorAt)
{
    AssembledRows out;
    std::size_t width = std::max(expectedFields, header.size());
    std::size_t totalRows = 0;
    for (const auto& chunk : chunks) {
        if (chunk.rows > 0)
            width = std::max({width, chunk.width, chunk.columns.size()});
        totalRows += chunk.rows;
    }
    const std::size_t extraColumns = width - std::max(expectedFields, header.size());
    if (std::uint64_t(extraColumns) * totalRows > kMaxExtraCells) {
        // Name the first row that is that long.
        std::size_t offset = 0;
        for (const auto& chunk : chunks)
            for (const RaggedRow& r : chunk.ragged)
                if (r.fieldCount == width && offset == 0)
                    offset = std::size_t(chunk.rowStarts[r.row]);
        return errorAt(offset, QStringLiteral("This row has %1 fields where the header has %2. Keeping the extra "
                                              "fields would add %3 columns to all %4 rows, more than Plumbline "
                                              "can hold. Check the delimiter and the quoting around this row.")
                                   .arg(width).arg(expectedFields).arg(extraColumns).arg(totalRows));
    }
    out.rowStarts.reserve(totalRows + 1);

    std::vector<std::vector<ColumnBuilder>> parts(width);
    std::vector<std::uint64_t> bytes(width, 0);
    for (auto& chunk : chunks) {
        if (chunk.rows == 0)
            continue;
        const auto rowBase = std::uint32_t(out.rows);
        const std::size_t dense = chunk.columns.size();
        for (std::size_t c = 0; c < width; ++c) {
            if (c < dense)
                parts[c].push_back(std::move(chunk.columns[c]));
            else
                parts[c].push_back(densify(c - dense < chunk.extra.size() ? &chunk.extra[c - dense] : nullptr,
                                           chunk.rows));
            bytes[c] += parts[c].back().arenaSize();
        }
        for (const RaggedRow& r : chunk.ragged)
            out.ragged.push_back(RaggedRow{r.row + rowBase, r.fieldCount});
        for (const std::uint32_t r : chunk.blank)
            out.blank.push_back(r + rowBase);
        out.rowStarts.insert(out.rowStarts.end(), chunk.rowStarts.begin(), chunk.rowStarts.end());
        out.endings |= chunk.endings;
        out.lastHadLineEnding = chunk.lastHadLineEnding;
        out.rows += chunk.rows;
        chunk = ChunkResult(); // free as we go
    }
    out.rowStarts.push_back(end);

    const std::vector<QString> names = uniqueColumnNames(header, width, renamed);
    for (std::size_t c = 0; c < width; ++c) {
        if (bytes[c] >= kColumnLimit) // a chunk's own offsets would have wrapped too
            return errorAt(0, QStringLiteral("The column \u201c%1\u201d holds 4 GiB of text or more, which is "
                                             "more than Plumbline can keep in one column. Split the file and "
                                             "load the parts.")
                                  .arg(names[c]));
    }

    // Finish the biggest columns first so the threads end together.
    std::vector<std::size_t> order(width);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return bytes[a] > bytes[b]; });
    out.columns.resize(width);
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next.fetch_add(1); i < width; i = next.fetch_add(1)) {
            const std::size_t c = order[i];
            out.columns[c] = ColumnBuilder::finish(names[c], std::move(parts[c]));
        }
    };
    const int workers = int(std::min<std::size_t>(std::size_t(std::max(1, threads)), width));
    std::vector<std::thread> pool;
    for (int t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    for (auto& thread : pool)
        thread.join();
    return out;
}

} // namespace plumbline
