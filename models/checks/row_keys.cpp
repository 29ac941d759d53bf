#include "checks/row_keys.h"

#include "checks/text_util.h"
#include "table/table.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace plumbline {

namespace {

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

std::uint64_t mix(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

} // namespace

std::uint64_t hashCell(std::string_view value, const KeyOptions& options)
{
    if (options.trim)
        value = textutil::trim(value);
    if (options.caseSensitive)
        return std::hash<std::string_view>()(value);
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
                                                const KeyOptions& options, Progress& progress, std::size_t minSize)
{
    const std::size_t rows = table.rowCount();
    struct Entry
    {
        std::uint64_t hash;
        std::uint32_t row;
    };
    std::vector<Entry> entries;
    entries.reserve(rows);
    for (std::size_t row = 0; row < rows; ++row) {
        if ((row & 0xffff) == 0 && progress.canceled())
            return {};
        std::uint64_t h = 0x9e3779b97f4a7c15ULL;
        bool allBlank = true;
        bool anyBlank = false;
        for (int c : columns) {
            const auto cell = table.cell(row, c);
            const bool blank = textutil::isBlank(cell);
            allBlank = allBlank && blank;
            anyBlank = anyBlank || blank;
            h = mix(h ^ hashCell(cell, options)) + 0x9e3779b97f4a7c15ULL;
        }
        if ((options.skipBlank && allBlank) || (options.skipAnyBlank && anyBlank))
            continue;
        entries.push_back({h, std::uint32_t(row)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.row < b.row;
    });

    auto sameKey = [&](std::size_t a, std::size_t b) {
        for (int c : columns)
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
