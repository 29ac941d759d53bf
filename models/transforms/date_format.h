#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/cell_change.h"
#include "table/table.h"
#include "values/imprecise_date.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plumbline {

/// How a column writes its slash dates (04/06/2013), judged over every value as the day-month-order check does:
/// month-first when some values are dates only month-first (06/13/2013) and none only day-first; mixed when both
/// occur; day-first (the UK default) otherwise.
enum class DateOrder { DayFirst, MonthFirst, Mixed };
DateOrder detectDateOrder(const Table& table, int column);

/// A value that is a slash date (d{1,2} SEP d{1,2} SEP yyyy, SEP one of / - ., a time may follow).
struct SlashDate
{
    enum class Reading { NotSlashDate, DayFirst, MonthFirst, Ambiguous, Same, Neither };
    Reading reading = Reading::NotSlashDate;
    int first = 0, second = 0, year = 0;
    std::string_view rest; ///< what follows the date (" 10:30", "T10:30"), or nothing

    bool isDate() const { return reading != Reading::NotSlashDate && reading != Reading::Neither; }
    /// The date, read month-first where both orders give one (else day-first); the only reading otherwise.
    values::CivilDate read(bool monthFirst) const;
};
SlashDate readSlashDate(std::string_view value);
/// yyyy-mm-dd, with the time that followed the date after a 'T'.
std::string isoText(const values::CivilDate& date, std::string_view rest = {});

/// A date layout made of yyyy, mm (two digits), m (one or two), dd, d and literal text: "dd/mm/yyyy",
/// "yyyy-mm-dd", "d.m.yyyy", "mm/dd/yyyy".
class DatePattern
{
public:
    /// Error when the pattern lacks yyyy, mm or m, or dd or d, or names one twice.
    static Result<DatePattern> parse(const QString& pattern);
    /// The date the whole value (spaces around allowed) writes in this layout, if it is a real date.
    std::optional<values::CivilDate> read(std::string_view value) const;
    std::string write(const values::CivilDate& date) const;
    const QString& text() const { return m_text; }

private:
    enum class Token { Literal, Year, Month2, Month, Day2, Day };
    struct Part
    {
        Token token;
        std::string literal;
    };
    QString m_text;
    std::vector<Part> m_parts;
};

/// How reformatDates reads the column.
enum class DateInput {
    Detected,   ///< ISO and the other notations parseDate knows; slash dates in the column's detected order
    DayFirst,   ///< slash dates day-first; ISO as ISO
    MonthFirst, ///< slash dates month-first; ISO as ISO
    Pattern     ///< only values in the given pattern
};

struct DateReformat
{
    DateInput from = DateInput::Detected;
    QString fromPattern;                              ///< for DateInput::Pattern
    QString toPattern = QStringLiteral("yyyy-mm-dd"); ///< the layout to write
};

/// Rewrites the day-precision dates of a column in options.toPattern; other values (blank, not dates, a year or a
/// month alone, a date with a time of day) are left as they are. Error for an invalid pattern.
Result<CellChanges> reformatDates(const Table& table, int column, const DateReformat& options,
                                  Progress* progress = nullptr);

} // namespace plumbline
