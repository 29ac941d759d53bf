#pragma once

#include <cstdint>
#include <string>
#include <string_view>

/// Character-level findings about one value (NAME-03, NAME-04, PA-01, PA-04): whitespace at the edges,
/// doubled spaces, NBSP and other Unicode spaces, invisible characters, control characters, invalid UTF-8,
/// U+FFFD and mojibake (UTF-8 that was decoded as windows-1252/Latin-1 and re-encoded). Pure and
/// thread-safe; scanText never allocates.
namespace plumbline::values {

/// One kind of finding; TextScan::issues is a bit set of these.
enum class TextIssue : std::uint32_t {
    LeadingWhitespace = 1u << 0,  ///< ASCII whitespace, NBSP or a Unicode space before the first character
    TrailingWhitespace = 1u << 1, ///< the same after the last character (`Live `, `LONG3 `)
    RepeatedSpaces = 1u << 2,     ///< two or more consecutive spaces inside the value
    NoBreakSpace = 1u << 3,       ///< U+00A0 or U+202F anywhere (gender-balance#283)
    UnicodeSpace = 1u << 4,       ///< U+1680, U+2000..U+200A, U+205F, U+3000
    Invisible = 1u << 5,          ///< U+200B, U+2060, U+FEFF, soft hyphen U+00AD, bidi controls U+200E/F, U+202A..E,
                                  ///< U+2066..9. ZWJ/ZWNJ (U+200C/D) are left alone: scripts such as Persian need them.
    Tab = 1u << 6,                ///< U+0009 (unless allowed)
    LineBreak = 1u << 7,          ///< CR, LF, U+2028, U+2029 (unless allowed; NEL U+0085 counts as a control)
    Nul = 1u << 8,                ///< U+0000
    ControlChar = 1u << 9,        ///< other C0 controls, DEL, C1 controls U+0080..U+009F
    InvalidUtf8 = 1u << 10,       ///< a byte sequence that is not UTF-8 (e.g. windows-1252 0x92)
    ReplacementChar = 1u << 11,   ///< U+FFFD: something was already lost in an earlier decode
    Mojibake = 1u << 12,          ///< e.g. `â€™`, `Ã©`, `Â£`, `Ø¬`: repairMojibake can undo it
};

/// Which characters a column legitimately holds.
struct TextScanOptions
{
    bool allowLineBreaks = false; ///< multi-line text such as descriptions and notes
    bool allowTabs = false;
};

/// The findings for one value.
struct TextScan
{
    std::uint32_t issues = 0; ///< bit set of TextIssue
    bool clean() const { return issues == 0; }
    bool has(TextIssue issue) const { return (issues & std::uint32_t(issue)) != 0; }
};

/// Scans `text` once, O(length), no allocation. Pure ASCII printable text takes the fast path.
TextScan scanText(std::string_view text, TextScanOptions options = {});

/// Short lower-case name for messages ("trailing whitespace", "mojibake", …).
std::string_view textIssueName(TextIssue issue);

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
bool isValidUtf8(std::string_view text);

/// `bytes` read as windows-1252, as UTF-8. The five bytes windows-1252 leaves undefined map to the C1
/// code points, as Latin-1 would. Use for PA-01's "re-decode as Windows-1252" suggestion.
std::string decodeWindows1252(std::string_view bytes);

/// True when `text` contains a sequence that, re-encoded as windows-1252, is a multi-byte UTF-8 character
/// (`Ã©` → `é`, `â€™` → `’`, `SiÃ¢n` → `Siân`). No allocation.
bool hasMojibake(std::string_view text);

/// Undoes mojibake: each such sequence is replaced by the UTF-8 character it encodes; everything else is
/// kept. Repeats (up to three rounds) for doubly encoded text. Returns false and leaves `out` untouched when
/// there is nothing to repair. `text` must be valid UTF-8.
bool repairMojibake(std::string_view text, std::string* out);

/// The suggested clean value: invalid bytes re-decoded as windows-1252, mojibake repaired, NBSP and Unicode
/// spaces turned into ' ', invisible and control characters removed, tabs and line breaks turned into ' '
/// unless allowed, runs of spaces collapsed and the ends trimmed. U+FFFD is kept (the lost character is
/// unknown). Equal to `text` when scanText finds nothing.
std::string cleanText(std::string_view text, TextScanOptions options = {});

} // namespace plumbline::values
