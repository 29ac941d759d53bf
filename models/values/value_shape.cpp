#include "values/value_shape.h"

#include "values/text_util.h"

#include <array>

namespace plumbline::values {

std::string valueShape(std::string_view value)
{
    std::string out;
    valueShapeInto(value, out);
    return out;
}

namespace {

/// Each ASCII byte's symbol; bytes from 0x80 (UTF-8 sequences) are handled apart.
constexpr std::array<char, 128> kValueShapeSymbols = [] {
    std::array<char, 128> symbols{};
    for (int c = 0; c < 128; ++c)
        symbols[std::size_t(c)] = c >= '0' && c <= '9'   ? '9'
                                  : c >= 'A' && c <= 'Z' ? 'A'
                                  : c >= 'a' && c <= 'z' ? 'a'
                                                         : char(c);
    return symbols;
}();

} // namespace

void valueShapeInto(std::string_view value, std::string& out)
{
    // Written in place through a pointer, not appended a character at a time: profiles shape every distinct value
    // of a column, a million of them in a high-cardinality one. A shape is never longer than its value.
    value = textutil::trim(value);
    out.resize(value.size());
    char* const begin = out.data();
    char* w = begin;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x80) {
            *w++ = kValueShapeSymbols[c];
            continue;
        }
        // One symbol per UTF-8 sequence: skip its continuation bytes.
        while (i + 1 < value.size() && (static_cast<unsigned char>(value[i + 1]) & 0xC0) == 0x80)
            ++i;
        *w++ = 'a';
    }
    const std::size_t n = std::size_t(w - begin);
    out.resize(n);
    if (n <= kMaxExactShape)
        return;
    // Long shapes are prose or names: keep their outline, not their length. Compacted in place: a run is never
    // written longer than it was read, so the write position never passes the read position.
    std::size_t o = 0;
    for (std::size_t i = 0; i < n;) {
        const char symbol = out[i];
        std::size_t j = i;
        while (j < n && out[j] == symbol)
            ++j;
        if ((symbol == '9' || symbol == 'A' || symbol == 'a') && j - i > 3) {
            out[o++] = symbol;
            out[o++] = '+';
        } else {
            for (std::size_t k = i; k < j; ++k)
                out[o++] = symbol;
        }
        i = j;
    }
    out.resize(o);
}

} // namespace plumbline::values
