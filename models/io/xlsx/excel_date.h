#pragma once

#include <cstddef>
#include <string_view>

namespace plumbline {

/// What an Excel number format shows of a serial number: nothing date-like, a date, a time, or both.
enum class ExcelDateKind { None, Date, Time, DateTime };

/// The kind of a built-in number format id: 14–17 and the East Asian 27–36, 50–58 are dates, 18–21 and
/// 45–47 times, 22 date and time; every other id is None.
ExcelDateKind builtinDateKind(int numFmtId);

/// The kind of a custom format code ("dd/mm/yyyy", "h:mm", "[$-809]d mmmm yyyy"): date parts d/y (and m when no
/// h/s is present), time parts h/s and elapsed [h]/[m]/[s], looked for outside quotes, brackets and escapes.
ExcelDateKind formatCodeDateKind(std::string_view code);

/// Enough room for any text formatExcelSerial writes.
inline constexpr std::size_t kExcelDateCapacity = 32;

/// Writes an Excel serial as ISO 8601 text into out (kExcelDateCapacity bytes) and returns its length, or 0
/// when the serial is outside what Excel can show as a date (negative, beyond 9999-12-31, not finite).
///
/// Date kind: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when the serial has a time of day (nothing is dropped).
/// DateTime: always "YYYY-MM-DDTHH:MM:SS". Time: "HH:MM:SS" for serials below 1, else as DateTime.
/// Fractions of a second are rounded to milliseconds and written (".250") only when not zero.
/// The 1900 system reproduces Excel's leap-year bug: serial 60 is the fake 1900-02-29 and serial 0 is shown
/// as 1900-01-00, as Excel does; date1904 selects the Mac system where serial 0 is 1904-01-01.
std::size_t formatExcelSerial(double serial, bool date1904, ExcelDateKind kind, char* out);

/// The inverse for writers: the 1900-system serial of a proleptic Gregorian date and time, for dates from
/// 1900-03-01 on (earlier ones collide with the leap-year bug; the caller writes those as text). Returns a
/// negative number for earlier dates.
double excelSerialFromDate(int year, int month, int day, int hour, int minute, int second);

} // namespace plumbline
