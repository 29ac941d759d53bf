#include "io/csv/stored_column.h"

#include "io/csv/collected_cells.h"
#include "io/huge_pages.h"
#include "io/parallel_for.h"
#include "table/cell_bytes.h"

#include <algorithm>
#include <atomic>
#include <optional>
#include <string_view>

namespace plumbline {

namespace {

/// ColumnBuilder::finish's checks of the distinct count, every this many rows.
constexpr std::size_t kStoredWindow = std::size_t(1) << 16;
/// Rows each part of a column gets at least: fewer are not worth a thread.
constexpr std::size_t kStoredMinPart = kStoredWindow;

/// Plain form, as ColumnBuilder::finish keeps a single chunk (moved, not copied).
Column plainStoredColumn(const QString& name, std::size_t rows, std::vector<char>&& arena,
                         std::vector<std::uint32_t>&& offsets)
{
    if (std::optional<Column> column =
            ColumnBuilder::fromParts(name, rows, 0, std::move(arena), std::move(offsets), {}, nullptr))
        return std::move(*column);
    // Not reached for a reader's own storage; fromParts leaves the parts alone when it refuses them.
    std::vector<ColumnBuilder> parts;
    parts.push_back(ColumnBuilder::adopt(std::move(arena), std::move(offsets)));
    return ColumnBuilder::finish(name, std::move(parts));
}

} // namespace

StoredColumnFinisher::StoredColumnFinisher(std::size_t rows, int threads) : m_rows(rows), m_threads(threads) {}

Column StoredColumnFinisher::finish(const QString& name, std::vector<char>&& arena,
                                    std::vector<std::uint32_t>&& offsets)
{
    const std::size_t rows = offsets.empty() ? 0 : offsets.size() - 1;
    const std::size_t parts = std::min<std::size_t>(std::size_t(std::max(1, m_threads)), rows / kStoredMinPart);
    if (parts < 2 || rows != m_rows) {
        std::vector<ColumnBuilder> chunk;
        chunk.push_back(ColumnBuilder::adopt(std::move(arena), std::move(offsets)));
        return ColumnBuilder::finish(name, std::move(chunk));
    }
    if (m_codes.size() != rows)
        resizeWithHugePages(m_codes, rows);

    // ColumnBuilder::finish's limit and early exits. The first part sees the rows finish() would see first, so
    // it applies them as finish() does; the others stop when it does, or when they alone pass the limit. The
    // joined codes are then checked in full (dictionaryFormFits), so the form chosen is always finish()'s.
    const std::size_t limit = std::min<std::size_t>(rows / 4 + 1, 1u << 24);
    std::vector<std::size_t> bounds(parts + 1);
    for (std::size_t p = 0; p <= parts; ++p)
        bounds[p] = rows * p / parts;
    std::vector<ValueDictionary> dictionaries(parts);
    std::atomic<bool> plain{false};
    const char* cells = arena.data();
    std::uint32_t* codes = m_codes.data();
    parallelFor(m_threads, parts, [&](std::size_t part) {
        ValueDictionary& dictionary = dictionaries[part];
        std::string_view previous;
        std::uint32_t previousCode = ValueDictionary::kNoCode;
        std::size_t windowStart = 0;
        for (std::size_t r = bounds[part]; r < bounds[part + 1]; ++r) {
            if ((r & 4095) == 0 && plain.load(std::memory_order_relaxed))
                return;
            const std::string_view value(cells + offsets[r], offsets[r + 1] - offsets[r]);
            // Registers are often sorted or grouped: a run of equal values skips the hash lookup.
            std::uint32_t code = previousCode;
            if (code == ValueDictionary::kNoCode || value.size() != previous.size() ||
                !cellbytes::same(value.data(), previous.data(), value.size()))
                code = dictionary.codeOf(value, limit);
            if (code == ValueDictionary::kNoCode) { // more than `limit` distinct values in this part alone
                plain = true;
                return;
            }
            previous = value;
            previousCode = code;
            codes[r] = code;
            if (part != 0)
                continue;
            const std::size_t seen = r + 1;
            if (seen == 4096 && dictionary.size() > 2048) {
                plain = true;
                return;
            }
            if (seen % kStoredWindow == 0) {
                const double rate = double(dictionary.size() - windowStart) / double(kStoredWindow);
                if (seen >= 2 * kStoredWindow &&
                    double(dictionary.size()) + rate * double(rows - seen) > 1.1 * double(limit)) {
                    plain = true;
                    return;
                }
                windowStart = dictionary.size();
            }
        }
    });
    if (plain)
        return plainStoredColumn(name, rows, std::move(arena), std::move(offsets));

    // One dictionary in first-seen order: the first part's, then each later part's new values in its own order.
    ValueDictionary joined = std::move(dictionaries.front());
    for (std::size_t p = 1; p < parts; ++p)
        joined.join(dictionaries[p], codes + bounds[p], bounds[p + 1] - bounds[p]);
    if (!dictionaryFormFits(m_codes, joined.size(), arena.size()))
        return plainStoredColumn(name, rows, std::move(arena), std::move(offsets));
    Column column = ColumnBuilder::finishDictionary(name, joined.takeValues(), m_codes);
    arena = std::vector<char>();
    offsets = std::vector<std::uint32_t>();
    return column;
}

} // namespace plumbline
