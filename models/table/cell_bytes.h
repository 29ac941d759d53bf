#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace plumbline::cellbytes {

/// The hash of a cell's bytes that dictionary columns are built with: FNV-1a over 8-byte words, fast for short
/// categorical values with a good enough spread. One definition, because the CSV reader's collected columns must
/// give exactly the dictionary ColumnBuilder would.
inline std::uint64_t hash(std::string_view s)
{
    std::uint64_t h = 1469598103934665603ULL ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 1099511628211ULL;
        h ^= h >> 29;
    }
    for (; i < s.size(); ++i)
        h = (h ^ std::uint8_t(s[i])) * 1099511628211ULL;
    return h ^ (h >> 32);
}

/// Byte equality of two cells of equal size n, inline: dictionary values are short, and nearly every cell is
/// compared once with its match (a library call per cell costs more than the comparison).
inline bool same(const char* a, const char* b, std::size_t n)
{
    for (; n >= 8; n -= 8, a += 8, b += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; n > 0; --n)
        if (*a++ != *b++)
            return false;
    return true;
}

} // namespace plumbline::cellbytes
