#include "values/text_hygiene.h"

#include "values/utf8.h"

namespace plumbline::values {

namespace {

/// Horizontal space characters: ASCII space, NBSP and the Unicode spaces (not tab or line breaks).
bool isHorizontalSpace(char32_t cp)
{
    return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x205F ||
           cp == 0x3000;
}

bool isLineBreak(char32_t cp)
{
    return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
}

bool isEdgeWhitespace(char32_t cp)
{
    return isHorizontalSpace(cp) || cp == '\t' || isLineBreak(cp);
}

bool isInvisible(char32_t cp)
{
    return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool isControl(char32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

/// Code point at `i`; an invalid byte decodes as itself with length 1 and `valid` false.
int codePointAt(std::string_view s, std::size_t i, char32_t* cp, bool* valid)
{
    const int n = utf8::decode(s, i, cp);
    *valid = n > 0;
    if (n > 0)
        return n;
    *cp = static_cast<unsigned char>(s[i]);
    return 1;
}

/// Start of the last code point (steps back over continuation bytes, at most three).
std::size_t lastCodePointStart(std::string_view s)
{
    std::size_t i = s.size() - 1;
    for (int k = 0; k < 3 && i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k)
        --i;
    return i;
}

/// When the code points starting at `i` re-encode (windows-1252) to one multi-byte UTF-8 character, writes
/// that character's bytes to `bytes` and returns how many; `consumed` gets the source length. Else 0.
int mojibakeAt(std::string_view s, std::size_t i, char* bytes, std::size_t* consumed)
{
    char32_t cp = 0;
    int n = utf8::decode(s, i, &cp);
    if (n <= 1)
        return 0;
    const int lead = utf8::toWindows1252(cp);
    if (lead < 0xC2 || lead > 0xF4)
        return 0;
    const int need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    bytes[0] = char(lead);
    std::size_t j = i + std::size_t(n);
    for (int k = 1; k < need; ++k) {
        if (j >= s.size() || (n = utf8::decode(s, j, &cp)) <= 1)
            return 0; // continuation bytes are >= 0x80, so never ASCII
        const int b = utf8::toWindows1252(cp);
        if (b < 0x80 || b > 0xBF)
            return 0;
        bytes[k] = char(b);
        j += std::size_t(n);
    }
    char32_t repaired = 0;
    if (utf8::decode(std::string_view(bytes, std::size_t(need)), 0, &repaired) != need)
        return 0;
    *consumed = j - i;
    return need;
}

bool repairOnce(std::string_view text, std::string& out)
{
    out.clear();
    out.reserve(text.size());
    bool changed = false;
    for (std::size_t i = 0; i < text.size();) {
        char bytes[4];
        std::size_t consumed = 0;
        if (const int n = mojibakeAt(text, i, bytes, &consumed)) {
            out.append(bytes, std::size_t(n));
            i += consumed;
            changed = true;
        } else {
            out += text[i++];
        }
    }
    return changed;
}

} // namespace

TextScan scanText(std::string_view text, TextScanOptions options)
{
    TextScan scan;
    if (text.empty())
        return scan;
    auto flag = [&scan](TextIssue issue) { scan.issues |= std::uint32_t(issue); };

    char32_t cp = 0;
    bool valid = true;
    codePointAt(text, 0, &cp, &valid);
    if (valid && isEdgeWhitespace(cp))
        flag(TextIssue::LeadingWhitespace);
    codePointAt(text, lastCodePointStart(text), &cp, &valid);
    if (valid && isEdgeWhitespace(cp))
        flag(TextIssue::TrailingWhitespace);

    std::size_t spaceRun = 0;
    bool runAfterText = false; // the current space run follows a non-space, non-line-break character
    bool previousIsText = false;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char byte = static_cast<unsigned char>(text[i]);
        if (byte > 0x20 && byte < 0x7F) { // fast path: printable ASCII
            if (spaceRun >= 2 && runAfterText)
                flag(TextIssue::RepeatedSpaces);
            spaceRun = 0;
            previousIsText = true;
            ++i;
            continue;
        }
        const int n = codePointAt(text, i, &cp, &valid);
        if (!valid) {
            flag(TextIssue::InvalidUtf8);
        } else if (isHorizontalSpace(cp)) {
            if (spaceRun++ == 0)
                runAfterText = previousIsText;
            if (cp == 0xA0 || cp == 0x202F)
                flag(TextIssue::NoBreakSpace);
            else if (cp != ' ')
                flag(TextIssue::UnicodeSpace);
            i += std::size_t(n);
            continue;
        } else if (cp == '\t') {
            if (!options.allowTabs)
                flag(TextIssue::Tab);
        } else if (isLineBreak(cp)) {
            if (!options.allowLineBreaks)
                flag(TextIssue::LineBreak);
            spaceRun = 0; // spaces next to a line break are trailing/leading on that line, not doubled
            previousIsText = false;
            i += std::size_t(n);
            continue;
        } else if (cp == 0) {
            flag(TextIssue::Nul);
        } else if (isControl(cp)) {
            flag(TextIssue::ControlChar);
        } else if (isInvisible(cp)) {
            flag(TextIssue::Invisible);
        } else if (cp == 0xFFFD) {
            flag(TextIssue::ReplacementChar);
        } else if (n > 1 && !scan.has(TextIssue::Mojibake)) {
            char bytes[4];
            std::size_t consumed = 0;
            if (mojibakeAt(text, i, bytes, &consumed))
                flag(TextIssue::Mojibake);
        }
        if (spaceRun >= 2 && runAfterText)
            flag(TextIssue::RepeatedSpaces);
        spaceRun = 0;
        previousIsText = true;
        i += std::size_t(n);
    }
    return scan;
}

std::string_view textIssueName(TextIssue issue)
{
    switch (issue) {
    case TextIssue::LeadingWhitespace:
        return "leading whitespace";
    case TextIssue::TrailingWhitespace:
        return "trailing whitespace";
    case TextIssue::RepeatedSpaces:
        return "repeated spaces";
    case TextIssue::NoBreakSpace:
        return "non-breaking space";
    case TextIssue::UnicodeSpace:
        return "unusual Unicode space";
    case TextIssue::Invisible:
        return "invisible character";
    case TextIssue::Tab:
        return "tab";
    case TextIssue::LineBreak:
        return "line break";
    case TextIssue::Nul:
        return "NUL character";
    case TextIssue::ControlChar:
        return "control character";
    case TextIssue::InvalidUtf8:
        return "invalid UTF-8";
    case TextIssue::ReplacementChar:
        return "replacement character U+FFFD";
    case TextIssue::Mojibake:
        return "mojibake";
    }
    return "text issue";
}

bool isValidUtf8(std::string_view text)
{
    char32_t cp = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const int n = utf8::decode(text, i, &cp);
        if (n == 0)
            return false;
        i += std::size_t(n);
    }
    return true;
}

std::string decodeWindows1252(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes)
        utf8::append(out, utf8::fromWindows1252(static_cast<unsigned char>(c)));
    return out;
}

bool hasMojibake(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        char bytes[4];
        std::size_t consumed = 0;
        if (static_cast<unsigned char>(text[i]) >= 0xC2 && mojibakeAt(text, i, bytes, &consumed))
            return true;
    }
    return false;
}

bool repairMojibake(std::string_view text, std::string* out)
{
    if (!hasMojibake(text))
        return false;
    std::string current(text), next;
    for (int round = 0; round < 3 && repairOnce(current, next); ++round)
        current.swap(next);
    *out = std::move(current);
    return true;
}

namespace {

/// One round of cleaning (see cleanText). Removing a character can join its neighbours into a new mojibake
/// sequence, so cleanText repeats this until nothing changes.
std::string cleanOnce(std::string_view text, TextScanOptions options)
{
    // 1. bytes that are not UTF-8 are windows-1252 (the UK default for non-UTF-8 data)
    std::string decoded;
    decoded.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        bool valid = true;
        const int n = codePointAt(text, i, &cp, &valid);
        if (valid)
            decoded.append(text.substr(i, std::size_t(n)));
        else
            utf8::append(decoded, utf8::fromWindows1252(static_cast<unsigned char>(text[i])));
        i += std::size_t(n);
    }
    // 2. mojibake
    std::string repaired;
    if (repairMojibake(decoded, &repaired))
        decoded.swap(repaired);
    // 3. spaces, invisible and control characters, line breaks
    std::string out;
    out.reserve(decoded.size());
    auto trimTrailingSpaces = [&out]() {
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
    };
    for (std::size_t i = 0; i < decoded.size();) {
        char32_t cp = 0;
        bool valid = true;
        const int n = codePointAt(decoded, i, &cp, &valid);
        i += std::size_t(n);
        const bool atLineStart = out.empty() || out.back() == '\n' || out.back() == '\r';
        if (isHorizontalSpace(cp) || (cp == '\t' && !options.allowTabs) ||
            (isLineBreak(cp) && !options.allowLineBreaks)) {
            if (!atLineStart && out.back() != ' ')
                out += ' ';
        } else if (isLineBreak(cp)) {
            trimTrailingSpaces();
            utf8::append(out, cp);
        } else if (cp == 0 || isControl(cp) || isInvisible(cp)) {
            continue;
        } else {
            utf8::append(out, cp);
        }
    }
    trimTrailingSpaces();
    // Line breaks and tabs kept by the options may still sit at the ends.
    const auto edge = [](char c) { return c == '\n' || c == '\r' || c == '\t' || c == ' '; };
    std::size_t begin = 0, end = out.size();
    while (begin < end && edge(out[begin]))
        ++begin;
    while (end > begin && edge(out[end - 1]))
        --end;
    return out.substr(begin, end - begin);
}

} // namespace

std::string cleanText(std::string_view text, TextScanOptions options)
{
    std::string current = cleanOnce(text, options);
    // Each round only removes or merges characters, so this terminates; a few rounds cover real data.
    for (int round = 0; round < 4; ++round) {
        std::string next = cleanOnce(current, options);
        if (next == current)
            break;
        current.swap(next);
    }
    return current;
}

} // namespace plumbline::values
