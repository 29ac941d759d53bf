#include "io/json_writer.h"

#include "io/output_file.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace plumbline {

namespace {

constexpr std::size_t kRowsPerBlock = 16384;

// 0: copy as is; 1: escape (quote, backslash, control character); 2: start of a multi-byte UTF-8 sequence.
constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> classes{};
    for (int b = 0; b < 0x20; ++b)
        classes[std::size_t(b)] = 1;
    classes['"'] = 1;
    classes['\\'] = 1;
    for (int b = 0x80; b < 0x100; ++b)
        classes[std::size_t(b)] = 2;
    return classes;
}
constexpr std::array<unsigned char, 256> kClasses = makeClasses();

/// Length of the valid UTF-8 sequence at s[i], or 0 if the bytes there are not one.
std::size_t validSequenceLength(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    auto cont = [](unsigned b) { return (b & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(at(1)) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned b1 = at(1);
        if (!cont(b1) || !cont(at(2)))
            return 0;
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0)) // overlong, or a UTF-16 surrogate
            return 0;
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned b1 = at(1);
        if (!cont(b1) || !cont(at(2)) || !cont(at(3)))
            return 0;
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90)) // overlong, or above U+10FFFF
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        std::size_t j = i;
        // Eight bytes at a time while none needs attention (control, quote, backslash, non-ASCII).
        for (; j + 8 <= n; j += 8) {
            std::uint64_t w;
            std::memcpy(&w, text.data() + j, 8);
            constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
            const std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
            const std::uint64_t control = (w - ones * 0x20) & ~w & highs;
            const std::uint64_t quotes = (quote - ones) & ~quote & highs;
            const std::uint64_t backslashes = (backslash - ones) & ~backslash & highs;
            if (control | quotes | backslashes | (w & highs))
                break;
        }
        while (j < n && kClasses[static_cast<unsigned char>(text[j])] == 0)
            ++j;
        out.append(text.data() + i, j - i);
        i = j;
        if (i == n)
            break;
        const auto b = static_cast<unsigned char>(text[i]);
        if (kClasses[b] == 2) {
            const std::size_t length = validSequenceLength(text, i);
            if (length) {
                out.append(text.data() + i, length);
                i += length;
            } else {
                out.append("\xEF\xBF\xBD"); // U+FFFD for a byte that starts no valid sequence
                ++i;
            }
            continue;
        }
        out.push_back('\\');
        switch (b) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '\n':
            out.push_back('n');
            break;
        case '\r':
            out.push_back('r');
            break;
        case '\t':
            out.push_back('t');
            break;
        case '\b':
            out.push_back('b');
            break;
        case '\f':
            out.push_back('f');
            break;
        default:
            out.append("u00");
            out.push_back(kHex[b >> 4]);
            out.push_back(kHex[b & 0xF]);
        }
        ++i;
    }
    out.push_back('"');
}

std::optional<Error> writeJson(const Table& table, const QString& path, Progress& progress)
{
    const int columns = table.columnCount();
    // Each key once, escaped, with what precedes it: "{" before the first, "," before the others.
    std::vector<std::string> keys(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        std::string& key = keys[std::size_t(c)];
        key.push_back(c == 0 ? '{' : ',');
        const QByteArray name = table.columnName(c).toUtf8();
        appendJsonString(key, std::string_view(name.constData(), std::size_t(name.size())));
        key.push_back(':');
    }

    OutputFile out(path);
    if (auto error = out.open())
        return error;
    const std::size_t rows = table.rowCount();
    out.append(rows == 0 ? std::string_view("[") : std::string_view("[\n"));
    std::size_t row = 0;
    while (row < rows) {
        const std::size_t blockEnd = std::min(rows, row + kRowsPerBlock);
        for (; row < blockEnd; ++row) {
            std::string& block = out.block();
            if (row > 0)
                block.append(",\n");
            if (columns == 0)
                block.push_back('{');
            for (int c = 0; c < columns; ++c) {
                block.append(keys[std::size_t(c)]);
                appendJsonString(block, table.cell(row, c));
            }
            block.push_back('}');
            out.flushIfFull();
        }
        if (out.failed())
            return out.error();
        progress.report(qint64(row), qint64(rows));
        if (progress.canceled())
            return Error{path, 0, 0, QStringLiteral("The export was canceled; the file was not changed.")};
    }
    out.append(rows == 0 ? std::string_view("]\n") : std::string_view("\n]\n"));
    if (auto error = out.commit())
        return error;
    progress.report(qint64(rows), qint64(rows));
    return std::nullopt;
}

} // namespace plumbline
