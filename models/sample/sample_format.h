#pragma once

#include <cstdint>
#include <string>

/// Integer-only formatting for the sample generators: no locale, no floating point, identical on every machine.
namespace plumbline::sampleformat {

struct CivilDate
{
    int year;
    int month; ///< 1..12
    int day;   ///< 1..31
};

/// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

constexpr CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = std::int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return CivilDate{int(y + (m <= 2)), int(m), int(d)};
}

/// Appends value in decimal, left-padded with zeros to at least width digits.
inline void appendInt(std::string& out, std::int64_t value, int width = 0)
{
    char buffer[24];
    int n = 0;
    const bool negative = value < 0;
    std::uint64_t v = negative ? std::uint64_t(-(value + 1)) + 1 : std::uint64_t(value);
    do {
        buffer[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n < width)
        buffer[n++] = '0';
    if (negative)
        out.push_back('-');
    while (n > 0)
        out.push_back(buffer[--n]);
}

/// yyyy-mm-dd
inline void appendIsoDate(std::string& out, const CivilDate& date)
{
    appendInt(out, date.year, 4);
    out.push_back('-');
    appendInt(out, date.month, 2);
    out.push_back('-');
    appendInt(out, date.day, 2);
}

inline void appendIsoDate(std::string& out, std::int64_t days)
{
    appendIsoDate(out, civilFromDays(days));
}

/// A fixed-point value with `decimals` digits after the point: appendFixed(out, -117234, 6) gives "-0.117234".
inline void appendFixed(std::string& out, std::int64_t scaled, int decimals)
{
    std::int64_t unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    if (scaled < 0) {
        out.push_back('-');
        scaled = -scaled;
    }
    appendInt(out, scaled / unit);
    if (decimals > 0) {
        out.push_back('.');
        appendInt(out, scaled % unit, decimals);
    }
}

} // namespace plumbline::sampleformat
