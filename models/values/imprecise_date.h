#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

/// Imprecise (reduced-precision) dates as Popolo and planning.data.gov.uk use them: `1954`, `1954-09`,
/// `1954-09-23`, ISO 8601 datetimes and UK `dd/mm/yyyy`. A value is an interval of whole days
/// [earliest, latest] so that comparisons can say Definitely / Possibly / Never instead of coercing
/// `1954` to `1954-01-01`. All functions are pure and thread-safe; parsing never allocates.
namespace plumbline::values {

/// Proleptic Gregorian calendar date. Years 0..9999 are what the parser produces.
struct CivilDate
{
    int year = 1970;
    int month = 1; ///< 1..12
    int day = 1;   ///< 1..31
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

/// Days since 1970-01-01 (negative before). Inputs must be a real date (see isValidCivilDate).
std::int32_t daysFromCivil(int year, int month, int day);
/// Inverse of daysFromCivil.
CivilDate civilFromDays(std::int32_t days);
bool isLeapYear(int year);
/// 28..31 for month 1..12; 0 for a month out of range.
int daysInMonth(int year, int month);
bool isValidCivilDate(int year, int month, int day);

/// How much of the value was written. Minute/Second mean a datetime (a time of day was given).
enum class DatePrecision : std::uint8_t { Year, Month, Day, Minute, Second };

/// The notation the value was written in, so a rule can suggest the ISO form (formatIso) as a fix.
enum class DateFormat : std::uint8_t {
    Iso,            ///< YYYY, YYYY-MM, YYYY-MM-DD
    IsoDateTime,    ///< YYYY-MM-DD[T or space]hh:mm[:ss[.fff]][Z|±hh[:mm]]
    UkDayFirst,     ///< d/m/yyyy or dd/mm/yyyy, optionally followed by " hh:mm[:ss]" (LGA 2014 schema)
    YearFirstSlash, ///< yyyy/mm/dd
    IsoUnpadded,    ///< yyyy-m or yyyy-m-d with one-digit month or day (`2015-3-5`), dates only
};

/// True only for the ISO notations.
constexpr bool isIsoFormat(DateFormat f)
{
    return f == DateFormat::Iso || f == DateFormat::IsoDateTime;
}

/// A parsed date: an inclusive interval of days plus what was written. Plain value, 20 bytes.
struct ImpreciseDate
{
    std::int32_t earliest = 0;      ///< first day the value can mean (days since 1970-01-01), inclusive
    std::int32_t latest = 0;        ///< last day the value can mean, inclusive; == earliest for day precision
    std::int32_t secondOfDay = -1;  ///< wall-clock time as written, 0..86399; -1 when no time was given
    std::int16_t offsetMinutes = 0; ///< UTC offset as written (Z = 0); meaningful only when hasOffset
    bool hasOffset = false;
    DatePrecision precision = DatePrecision::Day;
    DateFormat format = DateFormat::Iso;

    bool hasTime() const { return secondOfDay >= 0; }
    /// Interval length in days (1 for a day, 365/366 for a year).
    std::int32_t spanDays() const { return latest - earliest + 1; }
    /// A day-precision value for one day.
    static ImpreciseDate fromDays(std::int32_t days);
    /// A day-precision value; the caller guarantees a real date.
    static ImpreciseDate fromCivil(int year, int month, int day);
    /// Today's date from the system clock (local time). Checks take "today" as a parameter instead, so that
    /// they are testable; call this once per validation run.
    static ImpreciseDate today();
};

/// Why a value is not a date. None means it parsed.
enum class DateError : std::uint8_t {
    None,
    Empty,           ///< blank after trimming
    Syntax,          ///< not one of the accepted notations
    MonthOutOfRange, ///< month 0 or > 12
    DayOutOfRange,   ///< e.g. 2023-02-30, 31/04/2019
    TimeOutOfRange,  ///< hour > 23 (24:00 is rejected), minute or second > 59
    OffsetOutOfRange ///< |offset| > 14:00 or minutes > 59
};

/// Outcome of parseDate. `date` is meaningful only when ok().
struct DateParse
{
    ImpreciseDate date;
    DateError error = DateError::None;
    /// The value had leading/trailing ASCII whitespace; it was parsed without it. Whitespace is the
    /// text-hygiene check's business, so this does not make the parse fail.
    bool trimmed = false;
    bool ok() const { return error == DateError::None; }
};

/// Parses one value in any accepted notation (see DateFormat). Never allocates; O(length).
/// Rejects impossible calendar dates with a reason. Years are exactly four digits (0000..9999); a range
/// check (far past / far future) is the caller's rule, see relative bounds below.
DateParse parseDate(std::string_view text);

/// A sentence for people, e.g. "31/04/2019 is not a date: April has 30 days". Allocates; call only for
/// findings.
QString describeDateError(std::string_view text, DateError error);

/// Writes the ISO form of `date` ("1954", "1954-09", "1954-09-23", "2013-06-04T10:30:00", with "Z" or
/// "+01:00" when an offset was given) into `out` (at least 26 bytes). Returns the length written.
/// Datetimes are written at second precision.
int formatIso(const ImpreciseDate& date, char* out);
/// std::string convenience over formatIso (allocates).
std::string toIsoString(const ImpreciseDate& date);

/// True when `text` is an all-digit slash date that is impossible day-first but valid month-first
/// (`06/13/2013`): evidence that a column is US-ordered (PA-12).
bool looksMonthFirst(std::string_view text);

/// An Excel serial day number (1900 date system, 5 digits, e.g. `43466` = 2019-01-01) as a date, for a
/// confirmed conversion suggestion. Returns false when `text` is not 5 digits in 10000..99999.
bool parseExcelSerial(std::string_view text, ImpreciseDate* out);

/// Three-valued answer over every reading of two imprecise values.
enum class Truth : std::uint8_t {
    Never,     ///< false for every pair of readings
    Possibly,  ///< true for some readings and false for others
    Definitely ///< true for every pair of readings
};

enum class CompareOp : std::uint8_t { Less, LessEqual, Equal, NotEqual, GreaterEqual, Greater };

/// `a op b` with interval semantics. Two values that both carry a time of day compare to the second
/// (after applying UTC offsets when both have one); otherwise whole days are compared and a date-only
/// value covers its whole day(s). Example: `1954` < `1954-09-01` is Possibly; `1953` < `1954-09` is
/// Definitely; `2019-05-29` <= `2014-05-06` is Never. A rule "start <= end" reports an error on Never
/// and at most a warning on Possibly.
Truth compare(const ImpreciseDate& a, CompareOp op, const ImpreciseDate& b);

/// `day` moved by whole calendar years; 29 February maps to 28 February in non-leap years.
std::int32_t addYears(std::int32_t day, int years);

/// A day-precision bound relative to `today`: today + years + days (negative to go back). Use for
/// "far-future: date > today + 50 years" or "not in the future: date <= today".
ImpreciseDate relativeToToday(const ImpreciseDate& today, int years, int days = 0);

/// Whole years between birth and a date, over every reading of both intervals.
struct AgeRange
{
    int minYears = 0; ///< youngest possible age (latest birth, earliest date); negative if before birth
    int maxYears = 0; ///< oldest possible age
};

/// Age at `at` for someone born at `birth` (e.g. birth `1987`, at `2001-03-28`: 13..14).
AgeRange ageAt(const ImpreciseDate& birth, const ImpreciseDate& at);

/// "Was at least `years` old at `at`": Definitely when even the youngest reading is old enough, Never when
/// even the oldest reading is too young (DATE-05's minimum age).
Truth isAtLeastAge(const ImpreciseDate& birth, const ImpreciseDate& at, int years);

} // namespace plumbline::values
