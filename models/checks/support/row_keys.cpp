#include "checks/support/row_keys.h"

#include "table/table.h"
#include "values/text_util.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace plumbline {

namespace {

inline char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

std::uint64_t mix(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

} // namespace

bool isBlankKey(std::string_view value, const KeyOptions& options)
{
    if (textutil::isBlank(value))
        return true;
    for (const auto& m : options.missingValues)
        if (value == m)
            return true;
    return false;
}

void sortHashed(std::vector<std::uint64_t>& words)
{
    if (words.size() < 4096) {
        std::sort(words.begin(), words.end());
        return;
    }
    std::vector<std::uint32_t> start(65537, 0);
    for (const std::uint64_t w : words)
        ++start[(w >> 48) + 1];
    for (std::size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    std::vector<std::uint64_t> sorted(words.size());
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (const std::uint64_t w : words)
        sorted[next[w >> 48]++] = w;
    for (std::size_t b = 0; b + 1 < start.size(); ++b)
        std::sort(sorted.begin() + start[b], sorted.begin() + start[b + 1]);
    words.swap(sorted);
}

std::uint64_t fastHash(std::string_view s)
{
    // Eight bytes per multiply: keys are short (references, ids) or read once (duplicate rows).
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xff51afd7ed558ccdULL);
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ mix(w)) * 0x9E3779B97F4A7C15ULL;
    }
    std::uint64_t tail = 0;
    if (i < s.size()) // memcpy from a null data() is undefined even for zero bytes
        std::memcpy(&tail, s.data() + i, s.size() - i);
    return mix(h ^ mix(tail ^ 0x1234567ULL));
}

std::uint64_t hashCell(std::string_view value, const KeyOptions& options)
{
    if (options.trim)
        value = textutil::trim(value);
    if (options.caseSensitive)
        return fastHash(value);
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : value)
        h = (h ^ std::uint8_t(lower(c))) * 1099511628211ULL;
    return mix(h);
}

bool cellsEqual(std::string_view a, std::string_view b, const KeyOptions& options)
{
    if (options.trim) {
        a = textutil::trim(a);
        b = textutil::trim(b);
    }
    if (a.size() != b.size())
        return false;
    if (options.caseSensitive)
        return a == b;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

std::vector<std::vector<std::size_t>> groupRows(const Table& table, const std::vector<int>& columns,
                                                const KeyOptions& options, Progress& progress, std::size_t minSize,
                                                const std::vector<int>& verify)
{
    const std::size_t rows = table.rowCount();
    struct Entry
    {
        std::uint64_t hash;
        std::uint32_t row;
    };
    // Dictionary columns: hash and blankness once per distinct value, then a lookup per row.
    struct ColumnPlan
    {
        int column;
        const Column* data;
        std::vector<std::uint64_t> codeHash; // empty for plain columns
        std::vector<std::uint8_t> codeBlank;
    };
    const bool edited = !table.overlay().isEmpty();
    std::vector<ColumnPlan> plans;
    for (int c : columns) {
        ColumnPlan plan{c, &table.column(c), {}, {}};
        if (plan.data->isDictionary()) {
            plan.codeHash.resize(plan.data->distinctCount());
            plan.codeBlank.resize(plan.data->distinctCount());
            for (std::size_t code = 0; code < plan.data->distinctCount(); ++code) {
                plan.codeHash[code] = hashCell(plan.data->distinctValue(code), options);
                plan.codeBlank[code] = isBlankKey(plan.data->distinctValue(code), options);
            }
        }
        plans.push_back(std::move(plan));
    }
    // (hash, row) in one word: the hash's top 40 bits above a 24-bit row, so the sort moves 8 bytes a row and
    // equal hashes come out in row order. Tables of 16M rows or more keep the two apart.
    const bool packed = rows < (std::size_t(1) << 24);
    constexpr std::uint64_t kRowMask = (std::uint64_t(1) << 24) - 1;
    std::vector<std::uint64_t> words;
    std::vector<Entry> entries;
    (packed ? words.reserve(rows) : entries.reserve(rows));
    for (std::size_t row = 0; row < rows; ++row) {
        if ((row & 0xffff) == 0 && progress.canceled())
            return {};
        std::uint64_t h = 0x9e3779b97f4a7c15ULL;
        bool allBlank = true;
        bool anyBlank = false;
        const RecordId record = table.recordId(row);
        for (const auto& plan : plans) {
            std::uint64_t cellHash;
            bool blank;
            if (!plan.codeHash.empty() && record < table.baseRowCount() &&
                (!edited || !table.overlay().find(record, plan.column))) {
                const auto code = plan.data->code(record);
                cellHash = plan.codeHash[code];
                blank = plan.codeBlank[code];
            } else {
                const auto cell = table.cell(row, plan.column);
                cellHash = hashCell(cell, options);
                blank = isBlankKey(cell, options);
            }
            allBlank = allBlank && blank;
            anyBlank = anyBlank || blank;
            h = mix(h ^ cellHash) + 0x9e3779b97f4a7c15ULL;
        }
        if ((options.skipBlank && allBlank) || (options.skipAnyBlank && anyBlank))
            continue;
        if (packed)
            words.push_back((mix(h) & ~kRowMask) | row);
        else
            entries.push_back({h, std::uint32_t(row)});
    }
    if (packed) {
        sortHashed(words);
        entries.reserve(words.size() / 64);
        // Only runs of equal hashes go on: most keys are unique.
        for (std::size_t i = 0; i < words.size();) {
            std::size_t j = i + 1;
            while (j < words.size() && (words[j] & ~kRowMask) == (words[i] & ~kRowMask))
                ++j;
            if (j - i >= minSize)
                for (std::size_t k = i; k < j; ++k)
                    entries.push_back({words[k] & ~kRowMask, std::uint32_t(words[k] & kRowMask)});
            i = j;
        }
        std::vector<std::uint64_t>().swap(words);
    } else {
        std::sort(entries.begin(), entries.end(),
                  [](const Entry& a, const Entry& b) { return a.hash != b.hash ? a.hash < b.hash : a.row < b.row; });
    }

    const std::vector<int>& exact = verify.empty() ? columns : verify;
    auto sameKey = [&](std::size_t a, std::size_t b) {
        for (int c : exact)
            if (!cellsEqual(table.cell(a, c), table.cell(b, c), options))
                return false;
        return true;
    };
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < entries.size();) {
        std::size_t j = i + 1;
        while (j < entries.size() && entries[j].hash == entries[i].hash)
            ++j;
        if (j - i >= minSize) {
            // Equal hashes almost always mean equal keys; split exactly anyway.
            std::vector<std::size_t> pending;
            for (std::size_t k = i; k < j; ++k)
                pending.push_back(entries[k].row);
            while (pending.size() >= minSize) {
                std::vector<std::size_t> group{pending.front()};
                std::vector<std::size_t> rest;
                for (std::size_t k = 1; k < pending.size(); ++k)
                    (sameKey(pending.front(), pending[k]) ? group : rest).push_back(pending[k]);
                if (group.size() >= minSize)
                    groups.push_back(std::move(group));
                pending.swap(rest);
            }
        }
        i = j;
    }
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
    return groups;
}

QString describeRows(const std::vector<std::size_t>& rows, std::size_t skip, std::size_t limit)
{
    QStringList parts;
    std::size_t shown = 0;
    std::size_t total = 0;
    for (std::size_t r : rows) {
        if (r == skip)
            continue;
        ++total;
        if (shown < limit) {
            parts << QString::number(r + 1);
            ++shown;
        }
    }
    QString text = (total == 1 ? QStringLiteral("row ") : QStringLiteral("rows ")) + parts.join(QLatin1String(", "));
    if (total > shown)
        text += QStringLiteral(" and %1 more").arg(total - shown);
    return text;
}

} // namespace plumbline
