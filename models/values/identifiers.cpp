#include "values/identifiers.h"

#include "values/ascii_scan.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fast_float/fast_float.h>

namespace plumbline::values {

using namespace ascii;

namespace {

Verdict suggest(std::string* suggestion, std::string_view value, Verdict verdict = Verdict::NonCanonical)
{
    if (suggestion)
        suggestion->assign(value);
    return verdict;
}

/// Trimmed-but-otherwise-valid values are NonCanonical; exactly-as-written ones are Valid.
Verdict validOrTrimmed(std::string_view text, std::string_view trimmed, std::string* suggestion)
{
    return trimmed.size() == text.size() ? Verdict::Valid : suggest(suggestion, trimmed);
}

constexpr std::string_view kPound = "\xC2\xA3"; // U+00A3 in UTF-8

/// "[sign][£]digits(,ddd)*[.fraction]" with an optional leading '£' before or after the sign, into a plain
/// "[-]digits[.fraction]". Returns false when the text is not of that shape or a group is not 3 digits.
bool stripNumberDecorations(std::string_view s, std::string& out)
{
    out.clear();
    if (s.starts_with(kPound))
        s.remove_prefix(kPound.size());
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        if (s.front() == '-')
            out += '-';
        s.remove_prefix(1);
    }
    if (s.starts_with(kPound))
        s.remove_prefix(kPound.size());
    std::size_t i = 0;
    std::size_t group = 0;
    bool grouped = false;
    while (i < s.size() && (isDigit(s[i]) || s[i] == ',')) {
        if (s[i] == ',') {
            // the first group may have 1..3 digits, every later group exactly 3
            if (group == 0 || group > 3 || (grouped && group != 3))
                return false;
            grouped = true;
            group = 0;
        } else {
            out += s[i];
            ++group;
        }
        ++i;
    }
    if (group == 0 || (grouped && group != 3))
        return false;
    if (i < s.size()) {
        if (s[i] != '.')
            return false;
        out += '.';
        ++i;
        if (i == s.size())
            return false;
        for (; i < s.size(); ++i) {
            if (!isDigit(s[i]))
                return false;
            out += s[i];
        }
    }
    return true;
}

/// UPRN/USRN shared rule.
Verdict checkReferenceNumber(std::string_view text, std::string_view label, std::size_t maxDigits,
                             std::string* suggestion)
{
    const std::string_view s = trim(text);
    if (s.size() <= maxDigits && allDigits(s) && s.front() != '0')
        return validOrTrimmed(text, s, suggestion);
    std::string_view rest = s;
    if (istartsWith(rest, label)) {
        rest.remove_prefix(label.size());
        while (!rest.empty() && (isSpace(rest.front()) || rest.front() == ':' || rest.front() == '#' ||
                                 rest.front() == '-' || rest.front() == '='))
            rest.remove_prefix(1);
    }
    std::string digits;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        if (isDigit(c)) {
            digits += c;
        } else if (c == ' ') {
            continue;
        } else if (c == '.' && rest.find_first_not_of('0', i + 1) == std::string_view::npos && i + 1 < rest.size()) {
            break; // a trailing ".0" from a spreadsheet; anything else after '.' is not an integer
        } else {
            return Verdict::Invalid; // exponent form, letters, signs: digits are lost or it is not a number
        }
    }
    const std::size_t firstNonZero = digits.find_first_not_of('0');
    if (firstNonZero == std::string::npos)
        return Verdict::Invalid;
    digits.erase(0, firstNonZero);
    if (digits.size() > maxDigits)
        return Verdict::Invalid;
    return suggest(suggestion, digits);
}

// Postcode letter classes from the GOV.UK rule.
bool inClass(char c, std::string_view set)
{
    return set.find(c) != std::string_view::npos;
}
constexpr std::string_view kFirst = "ABCDEFGHIJKLMNOPRSTUWYZ";   // [A-PR-UWYZ]
constexpr std::string_view kSecond = "ABCDEFGHKLMNOPQRSTUVWXY";  // [A-HK-Y]
constexpr std::string_view kThirdAfterDigit = "ABCDEFGHJKPSTUW"; // [A-HJKPS-UW]
constexpr std::string_view kFourth = "ABEHMNPRVWXY";             // [ABEHMNPRV-Y]
constexpr std::string_view kInward = "ABDEFGHJLNPQRSTUWXYZ";     // [ABD-HJLNP-UW-Z]

bool validOutward(std::string_view o)
{
    if (o.size() < 2 || o.size() > 4 || !inClass(o[0], kFirst))
        return false;
    switch (o.size()) {
    case 2:
        return isDigit(o[1]);
    case 3:
        return (isDigit(o[1]) && isDigit(o[2])) || (inClass(o[1], kSecond) && isDigit(o[2])) ||
               (isDigit(o[1]) && inClass(o[2], kThirdAfterDigit));
    default:
        return inClass(o[1], kSecond) && isDigit(o[2]) && (isDigit(o[3]) || inClass(o[3], kFourth));
    }
}

struct GssEntity
{
    std::string_view code;
    std::string_view name;
};

// The common entity codes of the ONS Register of Geographic Codes. Planning checks narrow this with
// allowedEntities (PA-10: E06-E09, E10, E60).
constexpr GssEntity kGssEntities[] = {
    {"E00", "output area"},
    {"E01", "lower layer super output area"},
    {"E02", "middle layer super output area"},
    {"E04", "civil parish"},
    {"E05", "electoral ward or division"},
    {"E06", "unitary authority"},
    {"E07", "non-metropolitan district"},
    {"E08", "metropolitan district"},
    {"E09", "London borough"},
    {"E10", "county"},
    {"E11", "metropolitan county"},
    {"E12", "region"},
    {"E13", "inner or outer London"},
    {"E14", "Westminster parliamentary constituency"},
    {"E15", "European electoral region"},
    {"E22", "community safety partnership"},
    {"E23", "police force area"},
    {"E26", "national park"},
    {"E30", "travel to work area"},
    {"E31", "fire and rescue authority"},
    {"E32", "London Assembly constituency"},
    {"E33", "workplace zone"},
    {"E38", "clinical commissioning group / sub-ICB location"},
    {"E40", "NHS England region"},
    {"E47", "combined authority"},
    {"E54", "integrated care board"},
    {"E58", "county electoral division"},
    {"E60", "local planning authority"},
    {"E92", "country"},
    {"W00", "output area"},
    {"W01", "lower layer super output area"},
    {"W02", "middle layer super output area"},
    {"W04", "community"},
    {"W05", "electoral ward or division"},
    {"W06", "unitary authority"},
    {"W07", "Westminster parliamentary constituency"},
    {"W08", "European electoral region"},
    {"W09", "Senedd constituency"},
    {"W10", "Senedd electoral region"},
    {"W18", "national park"},
    {"W92", "country"},
    {"S00", "output area"},
    {"S01", "data zone"},
    {"S02", "intermediate zone"},
    {"S12", "council area"},
    {"S13", "electoral ward"},
    {"S14", "Westminster parliamentary constituency"},
    {"S15", "European electoral region"},
    {"S16", "Scottish Parliament constituency"},
    {"S17", "Scottish Parliament electoral region"},
    {"S21", "national park"},
    {"S92", "country"},
    {"N00", "small area"},
    {"N06", "Westminster parliamentary constituency"},
    {"N07", "European electoral region"},
    {"N08", "electoral ward"},
    {"N09", "local government district"},
    {"N92", "country"},
    {"K02", "United Kingdom"},
    {"K03", "Great Britain"},
    {"K04", "England and Wales"},
};

bool gssShape(std::string_view s)
{
    return s.size() == 9 && isUpper(s[0]) && allDigits(s.substr(1));
}

bool gssEntityAllowed(std::string_view code, std::span<const std::string_view> allowed)
{
    const std::string_view entity = code.substr(0, 3);
    if (allowed.empty())
        return !gssEntityName(entity).empty();
    return std::find(allowed.begin(), allowed.end(), entity) != allowed.end();
}

bool qidShape(std::string_view s)
{
    return s.size() >= 2 && s[0] == 'Q' && s[1] >= '1' && s[1] <= '9' && allDigits(s.substr(1));
}

} // namespace

bool parseInteger(std::string_view text, std::int64_t* out)
{
    std::string_view digits = text;
    if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
        digits.remove_prefix(1);
    if (digits.size() > 18 || !allDigits(digits))
        return false;
    std::int64_t v = 0;
    for (char c : digits)
        v = v * 10 + (c - '0');
    if (out)
        *out = text.front() == '-' ? -v : v;
    return true;
}

Verdict checkInteger(std::string_view text, std::string* suggestion)
{
    const std::string_view s = trim(text);
    if (!s.empty() && s.front() != '+' && parseInteger(s, nullptr))
        return validOrTrimmed(text, s, suggestion);
    std::string plain;
    if (!stripNumberDecorations(s, plain))
        return Verdict::Invalid;
    const std::size_t dot = plain.find('.');
    if (dot != std::string::npos) {
        if (plain.find_first_not_of('0', dot + 1) != std::string::npos)
            return Verdict::Invalid; // a real fraction is not an integer
        plain.erase(dot);
    }
    if (!parseInteger(plain, nullptr))
        return Verdict::Invalid;
    return suggest(suggestion, plain);
}

bool parseDecimal(std::string_view text, double* out)
{
    std::string_view s = text;
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    std::size_t i = 0, whole = 0, fraction = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i, ++whole;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i, ++fraction;
    }
    if (i != s.size() || (whole == 0 && fraction == 0))
        return false;
    if (out) {
        double v = 0;
        // fast_float wants at least one digit before the exponent-free end; "5." and ".5" both parse.
        const auto r = fast_float::from_chars(s.data(), s.data() + s.size(), v, fast_float::chars_format::fixed);
        if (r.ec != std::errc() || r.ptr != s.data() + s.size())
            return false;
        *out = text.front() == '-' ? -v : v;
    }
    return true;
}

Verdict checkDecimal(std::string_view text, std::string* suggestion)
{
    const std::string_view s = trim(text);
    if (!s.empty() && s.front() != '+' && parseDecimal(s, nullptr))
        return validOrTrimmed(text, s, suggestion);
    std::string plain;
    if (stripNumberDecorations(s, plain) && parseDecimal(plain, nullptr))
        return suggest(suggestion, plain);
    // Exponent notation (`6.0997E+5` from a spreadsheet): a decimal, written out in full.
    if (s.find_first_of("eE") == std::string_view::npos)
        return Verdict::Invalid;
    std::string_view number = s;
    if (!number.empty() && number.front() == '+')
        number.remove_prefix(1);
    double v = 0;
    const auto r =
        fast_float::from_chars(number.data(), number.data() + number.size(), v, fast_float::chars_format::scientific);
    if (r.ec != std::errc() || r.ptr != number.data() + number.size() || !std::isfinite(v))
        return Verdict::Invalid;
    char buffer[400];
    const auto w = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed);
    if (w.ec != std::errc())
        return Verdict::Invalid;
    return suggest(suggestion, std::string_view(buffer, std::size_t(w.ptr - buffer)));
}

bool parseBoolean(std::string_view text, bool* out)
{
    static constexpr std::string_view kTrue[] = {"true", "yes", "y", "1"};
    static constexpr std::string_view kFalse[] = {"false", "no", "n", "0"};
    for (std::string_view t : kTrue)
        if (iequals(text, t)) {
            if (out)
                *out = true;
            return true;
        }
    for (std::string_view f : kFalse)
        if (iequals(text, f)) {
            if (out)
                *out = false;
            return true;
        }
    return false;
}

Verdict checkBoolean(std::string_view text, BoolStyle style, std::string* suggestion)
{
    bool value = false;
    if (!parseBoolean(trim(text), &value))
        return Verdict::Invalid;
    std::string_view canonical;
    switch (style) {
    case BoolStyle::YesNo:
        canonical = value ? "yes" : "no";
        break;
    case BoolStyle::TrueFalse:
        canonical = value ? "true" : "false";
        break;
    case BoolStyle::TrueFalseTitle:
        canonical = value ? "True" : "False";
        break;
    case BoolStyle::OneZero:
        canonical = value ? "1" : "0";
        break;
    }
    return text == canonical ? Verdict::Valid : suggest(suggestion, canonical);
}

bool splitCurie(std::string_view text, Curie* out)
{
    const std::size_t colon = text.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon + 1 >= text.size())
        return false;
    const std::string_view prefix = text.substr(0, colon);
    const std::string_view reference = text.substr(colon + 1);
    for (char c : prefix)
        if (!isLower(c) && !isDigit(c) && c != '-')
            return false;
    for (std::string_view scheme : {"http", "https", "ftp", "mailto", "urn", "file"})
        if (prefix == scheme)
            return false;
    if (reference.front() == ':')
        return false;
    for (char c : reference)
        if (isSpace(c))
            return false;
    if (out)
        *out = Curie{prefix, reference};
    return true;
}

Verdict checkCurie(std::string_view text, std::string* suggestion)
{
    const std::string_view s = trim(text);
    if (splitCurie(s, nullptr))
        return validOrTrimmed(text, s, suggestion);
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos)
        return Verdict::Invalid;
    std::string lowered(s);
    std::transform(lowered.begin(), lowered.begin() + std::ptrdiff_t(colon), lowered.begin(), toLower);
    if (lowered == s || !splitCurie(lowered, nullptr))
        return Verdict::Invalid;
    return suggest(suggestion, lowered);
}

Verdict checkUprn(std::string_view text, std::string* suggestion)
{
    return checkReferenceNumber(text, "UPRN", 12, suggestion);
}

Verdict checkUsrn(std::string_view text, std::string* suggestion)
{
    return checkReferenceNumber(text, "USRN", 8, suggestion);
}

Verdict checkPostcode(std::string_view text, std::string* suggestion)
{
    // Compact form (no spaces, upper case) in a fixed buffer: no allocation on the happy path.
    char compact[16];
    std::size_t n = 0;
    std::string_view s = trim(text);
    while (!s.empty() && (s.back() == '.' || s.back() == ','))
        s.remove_suffix(1);
    for (char c : s) {
        if (isSpace(c))
            continue;
        if (!isAlnum(c) || n == sizeof compact)
            return Verdict::Invalid;
        compact[n++] = toUpper(c);
    }
    const std::string_view code(compact, n);
    char canonical[16];
    std::size_t m = 0;
    if (code.starts_with("BFPO") && code.size() >= 5 && code.size() <= 8 && allDigits(code.substr(4))) {
        std::copy_n(code.data(), 4, canonical);
        canonical[4] = ' ';
        std::copy(code.begin() + 4, code.end(), canonical + 5);
        m = code.size() + 1;
    } else {
        if (n < 5 || n > 7)
            return Verdict::Invalid;
        const std::string_view outward = code.substr(0, n - 3);
        const std::string_view inward = code.substr(n - 3);
        const bool gir = outward == "GIR" && inward == "0AA";
        if (!gir && (!validOutward(outward) || !isDigit(inward[0]) || !inClass(inward[1], kInward) ||
                     !inClass(inward[2], kInward)))
            return Verdict::Invalid;
        std::copy(outward.begin(), outward.end(), canonical);
        canonical[outward.size()] = ' ';
        std::copy(inward.begin(), inward.end(), canonical + outward.size() + 1);
        m = n + 1;
    }
    const std::string_view result(canonical, m);
    return text == result ? Verdict::Valid : suggest(suggestion, result);
}

std::string_view gssEntityName(std::string_view code)
{
    for (const GssEntity& e : kGssEntities)
        if (e.code == code)
            return e.name;
    return {};
}

Verdict checkGssCode(std::string_view text, std::string* suggestion, std::span<const std::string_view> allowed)
{
    const std::string_view s = trim(text);
    if (gssShape(s))
        return gssEntityAllowed(s, allowed) ? validOrTrimmed(text, s, suggestion) : Verdict::Invalid;
    if (s.size() == 9 && isLower(s[0]) && allDigits(s.substr(1))) {
        const std::string upper = toUpper(s[0]) + std::string(s.substr(1));
        return gssEntityAllowed(upper, allowed) ? suggest(suggestion, upper) : Verdict::Invalid;
    }
    // A code embedded in a label or URI: a 9-character token bounded by non-alphanumerics.
    for (std::size_t i = 0; i + 9 <= s.size(); ++i) {
        if ((i > 0 && isAlnum(s[i - 1])) || (i + 9 < s.size() && isAlnum(s[i + 9])))
            continue;
        const std::string_view token = s.substr(i, 9);
        if (gssShape(token) && gssEntityAllowed(token, allowed))
            return suggest(suggestion, token);
    }
    // A dropped leading zero of the entity code (`E7000110`).
    if (s.size() == 8 && isUpper(s[0]) && allDigits(s.substr(1))) {
        const std::string repaired = std::string(1, s[0]) + '0' + std::string(s.substr(1));
        if (gssEntityAllowed(repaired, allowed))
            return suggest(suggestion, repaired, Verdict::Invalid);
    }
    return Verdict::Invalid;
}

Verdict checkWikidataId(std::string_view text, std::string* suggestion)
{
    const std::string_view s = trim(text);
    if (qidShape(s))
        return validOrTrimmed(text, s, suggestion);
    std::string_view id = s;
    for (std::string_view marker : {"wikidata.org/entity/", "wikidata.org/wiki/"}) {
        const std::size_t at = ifind(id, marker);
        if (at != std::string_view::npos) {
            id.remove_prefix(at + marker.size());
            id = id.substr(0, id.find_first_of("/?#"));
            break;
        }
    }
    if (istartsWith(id, "wd:"))
        id.remove_prefix(3);
    if (id.empty() || (id[0] != 'q' && id[0] != 'Q'))
        return Verdict::Invalid;
    std::string qid(id);
    qid[0] = 'Q';
    return qidShape(qid) ? suggest(suggestion, qid) : Verdict::Invalid;
}

} // namespace plumbline::values
