#include "io/xlsx/number_text.h"

#include <fast_float/fast_float.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace plumbline {

std::size_t formatNumber(double value, char* out)
{
    if (std::isnan(value)) {
        std::memcpy(out, "NaN", 3);
        return 3;
    }
    if (std::isinf(value)) {
        const std::string_view text = value < 0 ? "-Infinity" : "Infinity";
        std::memcpy(out, text.data(), text.size());
        return text.size();
    }
    if (value == 0) {
        out[0] = '0';
        return 1;
    }
    // The shortest round-trip digits come from to_chars in scientific form: "d.ddde±xx".
    char sci[kNumberTextCapacity];
    const auto [end, ec] = std::to_chars(sci, sci + sizeof sci, value, std::chars_format::scientific);
    (void)ec; // 40 bytes always suffice for a double
    const char* p = sci;
    std::size_t n = 0;
    if (*p == '-') {
        out[n++] = '-';
        ++p;
    }
    char digits[20];
    int digitCount = 0;
    for (; p < end && *p != 'e'; ++p)
        if (*p != '.')
            digits[digitCount++] = *p;
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);

    if (exponent >= 21 || exponent < -6) {
        out[n++] = digits[0];
        if (digitCount > 1) {
            out[n++] = '.';
            std::memcpy(out + n, digits + 1, std::size_t(digitCount - 1));
            n += std::size_t(digitCount - 1);
        }
        out[n++] = 'e';
        out[n++] = exponent < 0 ? '-' : '+';
        const auto r = std::to_chars(out + n, out + kNumberTextCapacity, std::abs(exponent));
        return std::size_t(r.ptr - out);
    }
    if (exponent < 0) {
        out[n++] = '0';
        out[n++] = '.';
        for (int i = 0; i < -exponent - 1; ++i)
            out[n++] = '0';
        std::memcpy(out + n, digits, std::size_t(digitCount));
        return n + std::size_t(digitCount);
    }
    // exponent in [0, 20]: the integer part has exponent+1 digits, padded with zeros if needed.
    const int whole = exponent + 1;
    for (int i = 0; i < whole; ++i)
        out[n++] = i < digitCount ? digits[i] : '0';
    if (digitCount > whole) {
        out[n++] = '.';
        std::memcpy(out + n, digits + whole, std::size_t(digitCount - whole));
        n += std::size_t(digitCount - whole);
    }
    return n;
}

std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty() || text.front() == '+')
        return std::nullopt;
    // fast_float accepts "inf"/"nan": only digits, sign, dot and exponent may start a number here.
    const char first = text.front() == '-' && text.size() > 1 ? text[1] : text.front();
    if (!((first >= '0' && first <= '9') || first == '.'))
        return std::nullopt;
    double value = 0;
    const auto r = fast_float::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool isCanonicalNumber(std::string_view text)
{
    const auto value = parseNumber(text);
    if (!value || !std::isfinite(*value))
        return false;
    char buffer[kNumberTextCapacity];
    const std::size_t n = formatNumber(*value, buffer);
    return std::string_view(buffer, n) == text;
}

bool isCanonicalInteger(std::string_view text)
{
    std::string_view digits = text;
    if (!digits.empty() && digits.front() == '-')
        digits.remove_prefix(1);
    if (digits.empty() || digits.size() > 19 || (digits.size() > 1 && digits.front() == '0') ||
        (text.front() == '-' && digits == "0"))
        return false;
    for (const char c : digits)
        if (c < '0' || c > '9')
            return false;
    long long value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

} // namespace plumbline
