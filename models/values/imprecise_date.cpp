#include "values/imprecise_date.h"

#include "values/ascii_scan.h"

#include <QDate>

#include <algorithm>

namespace plumbline::values {

namespace {

constexpr std::int32_t kSecondsPerDay = 86400;

using ascii::isDigit;
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Reads exactly `n` digits at `pos`; -1 when any is not a digit or the text is too short.
int digitsAt(std::string_view s, std::size_t pos, std::size_t n)
{
    if (pos + n > s.size())
        return -1;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (!isDigit(s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/// The numeric fields seen while parsing, kept for the error message.
struct Fields
{
    int year = -1;
    int month = -1;
    int day = -1;
};

/// Parses "hh:mm[:ss[.fff]][Z|±hh[:mm]|±hhmm]" (offset only when allowOffset) into `d`.
DateError parseTime(std::string_view t, bool allowOffset, ImpreciseDate& d)
{
    const int hour = digitsAt(t, 0, 2);
    const int minute = t.size() >= 5 && t[2] == ':' ? digitsAt(t, 3, 2) : -1;
    if (hour < 0 || minute < 0)
        return DateError::Syntax;
    std::size_t pos = 5;
    int second = 0;
    d.precision = DatePrecision::Minute;
    if (pos < t.size() && t[pos] == ':') {
        second = digitsAt(t, pos + 1, 2);
        if (second < 0)
            return DateError::Syntax;
        pos += 3;
        d.precision = DatePrecision::Second;
        if (pos < t.size() && (t[pos] == '.' || t[pos] == ',')) {
            ++pos;
            const std::size_t start = pos;
            while (pos < t.size() && isDigit(t[pos]))
                ++pos;
            if (pos == start)
                return DateError::Syntax;
        }
    }
    if (pos < t.size()) {
        if (!allowOffset)
            return DateError::Syntax;
        const char c = t[pos];
        if ((c == 'Z' || c == 'z') && pos + 1 == t.size()) {
            d.hasOffset = true;
            d.offsetMinutes = 0;
        } else if (c == '+' || c == '-') {
            const std::string_view o = t.substr(pos + 1);
            int oh = digitsAt(o, 0, 2);
            int om = 0;
            if (o.size() == 5 && o[2] == ':')
                om = digitsAt(o, 3, 2);
            else if (o.size() == 4)
                om = digitsAt(o, 2, 2);
            else if (o.size() != 2)
                return DateError::Syntax;
            if (oh < 0 || om < 0)
                return DateError::Syntax;
            if (oh > 14 || om > 59 || (oh == 14 && om > 0))
                return DateError::OffsetOutOfRange;
            d.hasOffset = true;
            d.offsetMinutes = static_cast<std::int16_t>((c == '-' ? -1 : 1) * (oh * 60 + om));
        } else {
            return DateError::Syntax;
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return DateError::TimeOutOfRange;
    d.secondOfDay = hour * 3600 + minute * 60 + second;
    return DateError::None;
}

DateError finishDay(Fields& f, ImpreciseDate& d)
{
    if (f.month < 1 || f.month > 12)
        return DateError::MonthOutOfRange;
    if (f.day < 1 || f.day > daysInMonth(f.year, f.month))
        return DateError::DayOutOfRange;
    d.earliest = d.latest = daysFromCivil(f.year, f.month, f.day);
    d.precision = DatePrecision::Day;
    return DateError::None;
}

/// YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DD[T ]time
DateError parseIso(std::string_view s, Fields& f, ImpreciseDate& d)
{
    f.year = digitsAt(s, 0, 4);
    if (f.year < 0)
        return DateError::Syntax;
    d.format = DateFormat::Iso;
    if (s.size() == 4) {
        d.earliest = daysFromCivil(f.year, 1, 1);
        d.latest = daysFromCivil(f.year, 12, 31);
        d.precision = DatePrecision::Year;
        return DateError::None;
    }
    if (s[4] != '-' || (f.month = digitsAt(s, 5, 2)) < 0)
        return DateError::Syntax;
    if (s.size() == 7) {
        if (f.month < 1 || f.month > 12)
            return DateError::MonthOutOfRange;
        d.earliest = daysFromCivil(f.year, f.month, 1);
        d.latest = daysFromCivil(f.year, f.month, daysInMonth(f.year, f.month));
        d.precision = DatePrecision::Month;
        return DateError::None;
    }
    if (s.size() < 10 || s[7] != '-' || (f.day = digitsAt(s, 8, 2)) < 0)
        return DateError::Syntax;
    if (s.size() > 10) {
        if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
            return DateError::Syntax;
        d.format = DateFormat::IsoDateTime;
        ImpreciseDate timed;
        if (const DateError e = parseTime(s.substr(11), true, timed); e != DateError::None)
            return e;
        if (const DateError e = finishDay(f, d); e != DateError::None)
            return e;
        d.secondOfDay = timed.secondOfDay;
        d.offsetMinutes = timed.offsetMinutes;
        d.hasOffset = timed.hasOffset;
        d.precision = timed.precision;
        return DateError::None;
    }
    return finishDay(f, d);
}

/// d/m/yyyy, dd/mm/yyyy (also with '-' or '.' used consistently) [ hh:mm[:ss]]
DateError parseDayFirst(std::string_view s, Fields& f, ImpreciseDate& d)
{
    std::size_t pos = 0;
    auto number = [&](std::size_t maxDigits) {
        const std::size_t start = pos;
        int v = 0;
        while (pos < s.size() && isDigit(s[pos]) && pos - start < maxDigits)
            v = v * 10 + (s[pos++] - '0');
        return pos == start ? -1 : v;
    };
    f.day = number(2);
    if (f.day < 0 || pos >= s.size())
        return DateError::Syntax;
    const char sep = s[pos];
    if (sep != '/' && sep != '-' && sep != '.')
        return DateError::Syntax;
    ++pos;
    f.month = number(2);
    if (f.month < 0 || pos >= s.size() || s[pos] != sep)
        return DateError::Syntax;
    ++pos;
    const std::size_t yearStart = pos;
    f.year = number(4);
    if (f.year < 0 || pos - yearStart != 4)
        return DateError::Syntax;
    d.format = DateFormat::UkDayFirst;
    if (pos == s.size())
        return finishDay(f, d);
    if (s[pos] != ' ' && s[pos] != 'T')
        return DateError::Syntax;
    ImpreciseDate timed;
    if (const DateError e = parseTime(s.substr(pos + 1), false, timed); e != DateError::None)
        return e;
    if (const DateError e = finishDay(f, d); e != DateError::None)
        return e;
    d.secondOfDay = timed.secondOfDay;
    d.precision = timed.precision;
    return DateError::None;
}

/// yyyy/mm/dd
DateError parseYearFirstSlash(std::string_view s, Fields& f, ImpreciseDate& d)
{
    if (s.size() != 10 || s[4] != '/' || s[7] != '/')
        return DateError::Syntax;
    f.year = digitsAt(s, 0, 4);
    f.month = digitsAt(s, 5, 2);
    f.day = digitsAt(s, 8, 2);
    if (f.year < 0 || f.month < 0 || f.day < 0)
        return DateError::Syntax;
    d.format = DateFormat::YearFirstSlash;
    return finishDay(f, d);
}

/// yyyy-m[-d] with one- or two-digit parts, at least one of them one digit (the padded forms are parseIso's).
DateError parseIsoUnpadded(std::string_view s, Fields& f, ImpreciseDate& d)
{
    std::size_t pos = 5;
    auto number = [&]() {
        const std::size_t start = pos;
        int v = 0;
        while (pos < s.size() && isDigit(s[pos]) && pos - start < 2)
            v = v * 10 + (s[pos++] - '0');
        return pos == start ? -1 : v;
    };
    f.year = digitsAt(s, 0, 4);
    f.month = number();
    if (f.month < 0)
        return DateError::Syntax;
    d.format = DateFormat::IsoUnpadded;
    if (pos == s.size()) {
        if (f.month < 1 || f.month > 12)
            return DateError::MonthOutOfRange;
        d.earliest = daysFromCivil(f.year, f.month, 1);
        d.latest = daysFromCivil(f.year, f.month, daysInMonth(f.year, f.month));
        d.precision = DatePrecision::Month;
        return DateError::None;
    }
    if (s[pos++] != '-' || (f.day = number()) < 0 || pos != s.size())
        return DateError::Syntax;
    return finishDay(f, d);
}

DateParse parseImpl(std::string_view text, Fields& f)
{
    DateParse r;
    std::string_view s = text;
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    r.trimmed = s.size() != text.size();
    if (s.empty()) {
        r.error = DateError::Empty;
        return r;
    }
    const bool fourDigits = digitsAt(s, 0, 4) >= 0;
    if (fourDigits && (s.size() == 4 || s[4] == '-')) {
        r.error = parseIso(s, f, r.date);
        if (r.error == DateError::Syntax && s.size() < 10 && s.find_first_of("T :") == std::string_view::npos) {
            f = Fields{};
            r.date = ImpreciseDate{};
            r.error = parseIsoUnpadded(s, f, r.date);
        }
    } else if (fourDigits && s[4] == '/')
        r.error = parseYearFirstSlash(s, f, r.date);
    else if (!s.empty() && isDigit(s.front()))
        r.error = parseDayFirst(s, f, r.date);
    else
        r.error = DateError::Syntax;
    return r;
}

/// Whole completed years from `from` to `to` (negative when `to` is earlier).
int yearsBetween(std::int32_t from, std::int32_t to)
{
    const CivilDate a = civilFromDays(from);
    const CivilDate b = civilFromDays(to);
    // Floor semantics: a birthday not yet reached this year does not count, also before birth (-1, not 0).
    int years = b.year - a.year;
    if (b.month < a.month || (b.month == a.month && b.day < a.day))
        --years;
    return years;
}

char* put2(char* p, int v)
{
    *p++ = char('0' + v / 10);
    *p++ = char('0' + v % 10);
    return p;
}

} // namespace

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
std::int32_t daysFromCivil(int year, int month, int day)
{
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int32_t days)
{
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    return CivilDate{yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool isValidCivilDate(int year, int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

ImpreciseDate ImpreciseDate::fromDays(std::int32_t days)
{
    ImpreciseDate d;
    d.earliest = d.latest = days;
    return d;
}

ImpreciseDate ImpreciseDate::fromCivil(int year, int month, int day)
{
    return fromDays(daysFromCivil(year, month, day));
}

ImpreciseDate ImpreciseDate::today()
{
    const QDate now = QDate::currentDate();
    return fromCivil(now.year(), now.month(), now.day());
}

DateParse parseDate(std::string_view text)
{
    Fields f;
    return parseImpl(text, f);
}

QString describeDateError(std::string_view text, DateError error)
{
    static const char* const kMonths[12] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
    Fields f;
    parseImpl(text, f);
    const QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
    const QString prefix = QStringLiteral("%1 is not a date: ").arg(value);
    switch (error) {
    case DateError::None:
        return QString();
    case DateError::Empty:
        return QStringLiteral("The value is empty.");
    case DateError::Syntax:
        return prefix + QStringLiteral("expected YYYY, YYYY-MM, YYYY-MM-DD, an ISO 8601 datetime or dd/mm/yyyy.");
    case DateError::MonthOutOfRange:
        return prefix + QStringLiteral("there is no month %1.").arg(f.month);
    case DateError::DayOutOfRange:
        if (f.month >= 1 && f.month <= 12 && f.day > 0)
            return prefix + QStringLiteral("%1 %2 has %3 days.")
                                .arg(QLatin1String(kMonths[f.month - 1]))
                                .arg(f.year)
                                .arg(daysInMonth(f.year, f.month));
        return prefix + QStringLiteral("there is no day %1.").arg(f.day);
    case DateError::TimeOutOfRange:
        return prefix + QStringLiteral("the time of day is out of range.");
    case DateError::OffsetOutOfRange:
        return prefix + QStringLiteral("the UTC offset is out of range.");
    }
    return prefix;
}

int formatIso(const ImpreciseDate& date, char* out)
{
    const CivilDate c = civilFromDays(date.earliest);
    char* p = out;
    p = put2(p, c.year / 100);
    p = put2(p, c.year % 100);
    if (date.precision == DatePrecision::Year)
        return int(p - out);
    *p++ = '-';
    p = put2(p, c.month);
    if (date.precision == DatePrecision::Month)
        return int(p - out);
    *p++ = '-';
    p = put2(p, c.day);
    if (!date.hasTime())
        return int(p - out);
    *p++ = 'T';
    p = put2(p, date.secondOfDay / 3600);
    *p++ = ':';
    p = put2(p, date.secondOfDay / 60 % 60);
    *p++ = ':';
    p = put2(p, date.secondOfDay % 60);
    if (date.hasOffset) {
        if (date.offsetMinutes == 0) {
            *p++ = 'Z';
        } else {
            const int o = date.offsetMinutes < 0 ? -date.offsetMinutes : date.offsetMinutes;
            *p++ = date.offsetMinutes < 0 ? '-' : '+';
            p = put2(p, o / 60);
            *p++ = ':';
            p = put2(p, o % 60);
        }
    }
    return int(p - out);
}

std::string toIsoString(const ImpreciseDate& date)
{
    char buffer[32];
    return std::string(buffer, std::size_t(formatIso(date, buffer)));
}

bool looksMonthFirst(std::string_view text)
{
    Fields f;
    const DateParse r = parseImpl(text, f);
    if (r.error != DateError::MonthOutOfRange || f.day < 1 || f.day > 12)
        return false;
    return isValidCivilDate(f.year, f.day, f.month);
}

bool parseExcelSerial(std::string_view text, ImpreciseDate* out)
{
    if (text.size() != 5)
        return false;
    const int serial = digitsAt(text, 0, 5);
    if (serial < 10000)
        return false;
    // The 1900 system counts 1900-02-29 (which did not exist), so serials after 60 are days since 1899-12-30.
    if (out)
        *out = ImpreciseDate::fromDays(daysFromCivil(1899, 12, 30) + serial);
    return true;
}

Truth compare(const ImpreciseDate& a, CompareOp op, const ImpreciseDate& b)
{
    std::int64_t a1 = a.earliest, a2 = a.latest, b1 = b.earliest, b2 = b.latest;
    if (a.hasTime() && b.hasTime()) {
        const bool utc = a.hasOffset && b.hasOffset;
        auto seconds = [utc](const ImpreciseDate& d, std::int64_t& lo, std::int64_t& hi) {
            lo = std::int64_t(d.earliest) * kSecondsPerDay + d.secondOfDay - (utc ? d.offsetMinutes * 60 : 0);
            hi = lo + (d.precision == DatePrecision::Minute ? 59 : 0);
        };
        seconds(a, a1, a2);
        seconds(b, b1, b2);
    }
    auto less = [&]() {
        if (a2 < b1)
            return Truth::Definitely;
        return a1 >= b2 ? Truth::Never : Truth::Possibly;
    };
    auto lessEqual = [&]() {
        if (a2 <= b1)
            return Truth::Definitely;
        return a1 > b2 ? Truth::Never : Truth::Possibly;
    };
    auto greater = [&]() {
        if (a1 > b2)
            return Truth::Definitely;
        return a2 <= b1 ? Truth::Never : Truth::Possibly;
    };
    auto greaterEqual = [&]() {
        if (a1 >= b2)
            return Truth::Definitely;
        return a2 < b1 ? Truth::Never : Truth::Possibly;
    };
    auto equal = [&]() {
        if (a1 == a2 && b1 == b2 && a1 == b1)
            return Truth::Definitely;
        return (a2 < b1 || b2 < a1) ? Truth::Never : Truth::Possibly;
    };
    switch (op) {
    case CompareOp::Less:
        return less();
    case CompareOp::LessEqual:
        return lessEqual();
    case CompareOp::Equal:
        return equal();
    case CompareOp::NotEqual: {
        const Truth t = equal();
        return t == Truth::Definitely ? Truth::Never : t == Truth::Never ? Truth::Definitely : Truth::Possibly;
    }
    case CompareOp::GreaterEqual:
        return greaterEqual();
    case CompareOp::Greater:
        return greater();
    }
    return Truth::Possibly;
}

std::int32_t addYears(std::int32_t day, int years)
{
    const CivilDate c = civilFromDays(day);
    const int year = c.year + years;
    return daysFromCivil(year, c.month, std::min(c.day, daysInMonth(year, c.month)));
}

ImpreciseDate relativeToToday(const ImpreciseDate& today, int years, int days)
{
    return ImpreciseDate::fromDays(addYears(today.earliest, years) + days);
}

AgeRange ageAt(const ImpreciseDate& birth, const ImpreciseDate& at)
{
    return AgeRange{yearsBetween(birth.latest, at.earliest), yearsBetween(birth.earliest, at.latest)};
}

Truth isAtLeastAge(const ImpreciseDate& birth, const ImpreciseDate& at, int years)
{
    const AgeRange age = ageAt(birth, at);
    if (age.minYears >= years)
        return Truth::Definitely;
    return age.maxYears < years ? Truth::Never : Truth::Possibly;
}

} // namespace plumbline::values
