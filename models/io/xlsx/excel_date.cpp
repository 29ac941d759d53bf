#include "io/xlsx/excel_date.h"

#include <cmath>
#include <cstdint>

namespace plumbline {

namespace {

// Howard Hinnant's civil calendar algorithms (public domain): days since 1970-01-01 <-> y/m/d.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& year, int& month, int& day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(std::int64_t(yoe) + era * 400 + (month <= 2));
}

char* put2(char* p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
    return p + 2;
}

char* putDate(char* p, int y, int m, int d)
{
    p = put2(p, y / 100);
    p = put2(p, y % 100);
    *p++ = '-';
    p = put2(p, m);
    *p++ = '-';
    return put2(p, d);
}

char* putTime(char* p, std::int64_t msOfDay)
{
    const auto seconds = int(msOfDay / 1000);
    p = put2(p, seconds / 3600);
    *p++ = ':';
    p = put2(p, seconds / 60 % 60);
    *p++ = ':';
    p = put2(p, seconds % 60);
    if (const auto ms = int(msOfDay % 1000)) {
        *p++ = '.';
        *p++ = char('0' + ms / 100);
        p = put2(p, ms % 100);
    }
    return p;
}

constexpr std::int64_t kMsPerDay = 86400000;

} // namespace

ExcelDateKind builtinDateKind(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58))
        return ExcelDateKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return ExcelDateKind::Time;
    if (numFmtId == 22)
        return ExcelDateKind::DateTime;
    return ExcelDateKind::None;
}

ExcelDateKind formatCodeDateKind(std::string_view code)
{
    bool day = false, year = false, month = false, time = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        switch (c) {
        case '"': { // literal text
            const auto close = code.find('"', i + 1);
            i = close == std::string_view::npos ? code.size() : close;
            break;
        }
        case '\\': // escaped next character
        case '_':  // space as wide as the next character
        case '*':  // fill with the next character
            ++i;
            break;
        case '[': { // colour, locale, condition, or elapsed time [h] [mm] [ss]
            const auto close = code.find(']', i + 1);
            const auto inside =
                code.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos)
                time = true;
            i = close == std::string_view::npos ? code.size() : close;
            break;
        }
        case 'd':
        case 'D':
            day = true;
            break;
        case 'y':
        case 'Y':
            year = true;
            break;
        case 'm':
        case 'M':
            month = true;
            break;
        case 'h':
        case 'H':
        case 's':
        case 'S':
            time = true;
            break;
        case 'A':
        case 'a': // AM/PM and A/P hold an 'm' that is not a month
            if (code.substr(i, 5) == "AM/PM" || code.substr(i, 5) == "am/pm")
                i += 4;
            else if (code.substr(i, 3) == "A/P" || code.substr(i, 3) == "a/p")
                i += 2;
            break;
        case 'G':
        case 'g': // "General" holds no date letters but skip it whole for clarity
            if (code.substr(i, 7) == "General" || code.substr(i, 7) == "general")
                i += 6;
            break;
        default:
            break;
        }
    }
    const bool date = day || year || (month && !time);
    if (date && time)
        return ExcelDateKind::DateTime;
    if (date)
        return ExcelDateKind::Date;
    return time ? ExcelDateKind::Time : ExcelDateKind::None;
}

std::size_t formatExcelSerial(double serial, bool date1904, ExcelDateKind kind, char* out)
{
    if (kind == ExcelDateKind::None || !std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return 0;
    const auto totalMs = std::int64_t(std::llround(serial * double(kMsPerDay)));
    const std::int64_t days = totalMs / kMsPerDay;
    const std::int64_t msOfDay = totalMs % kMsPerDay;
    char* p = out;

    if (kind == ExcelDateKind::Time && days == 0)
        return std::size_t(putTime(p, msOfDay) - out);

    int y = 0, m = 0, d = 0;
    if (date1904) {
        civilFromDays(daysFromCivil(1904, 1, 1) + days, y, m, d);
    } else if (days == 0) {
        y = 1900, m = 1, d = 0; // Excel shows serial 0 as 1900-01-00
    } else if (days == 60) {
        y = 1900, m = 2, d = 29; // Lotus 1-2-3's leap-year bug, kept by Excel
    } else {
        // Serials 1..59 count from 1899-12-31; after the fake leap day everything is one day later.
        civilFromDays(daysFromCivil(1899, 12, days < 60 ? 31 : 30) + days, y, m, d);
    }
    if (y > 9999)
        return 0;
    p = putDate(p, y, m, d);
    if (kind == ExcelDateKind::Date && msOfDay == 0)
        return std::size_t(p - out);
    *p++ = 'T';
    return std::size_t(putTime(p, msOfDay) - out);
}

double excelSerialFromDate(int year, int month, int day, int hour, int minute, int second)
{
    const std::int64_t days = daysFromCivil(year, unsigned(month), unsigned(day)) - daysFromCivil(1899, 12, 30);
    if (days < 61)
        return -1;
    return double(days) + (hour * 3600 + minute * 60 + second) / 86400.0;
}

} // namespace plumbline
