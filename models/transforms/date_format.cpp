#include "transforms/date_format.h"

#include "checks/planning/day_month_order_check.h"
#include "transforms/cell_mapper.h"
#include "values/text_util.h"

#include <cstdio>

namespace plumbline {

using values::CivilDate;

DateOrder detectDateOrder(const Table& table, int column)
{
    using Reading = DayMonthOrderCheck::Reading;
    std::size_t dayFirst = 0, monthFirst = 0;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const std::string_view value = table.cell(row, column);
        if (value.size() < 8)
            continue;
        const Reading r = DayMonthOrderCheck::classify(value);
        dayFirst += r == Reading::DayFirst;
        monthFirst += r == Reading::MonthFirst;
    }
    if (monthFirst == 0)
        return DateOrder::DayFirst;
    return dayFirst == 0 ? DateOrder::MonthFirst : DateOrder::Mixed;
}

static_assert(int(SlashDate::Reading::Neither) == int(DayMonthOrderCheck::Reading::Neither) &&
              int(SlashDate::Reading::Same) == int(DayMonthOrderCheck::Reading::Same));

SlashDate readSlashDate(std::string_view value)
{
    SlashDate d;
    const std::string_view s = textutil::trim(value);
    d.reading = SlashDate::Reading(DayMonthOrderCheck::classify(s, &d.first, &d.second, &d.year));
    if (!d.isDate())
        return d;
    // classify() accepted d{1,2} SEP d{1,2} SEP yyyy and perhaps a time: the date ends after the year.
    const std::size_t sep1 = s.find_first_of("/-.");
    const std::size_t sep2 = s.find(s[sep1], sep1 + 1);
    d.rest = s.substr(sep2 + 5);
    return d;
}

CivilDate SlashDate::read(bool monthFirst) const
{
    switch (reading) {
    case Reading::DayFirst:
        return CivilDate{year, second, first};
    case Reading::MonthFirst:
        return CivilDate{year, first, second};
    default:
        return monthFirst ? CivilDate{year, first, second} : CivilDate{year, second, first};
    }
}

std::string isoText(const CivilDate& date, std::string_view rest)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
    std::string out(buf);
    if (rest.size() > 1)
        out.append("T").append(rest.substr(1));
    return out;
}

Result<DatePattern> DatePattern::parse(const QString& pattern)
{
    DatePattern p;
    p.m_text = pattern;
    const std::string s = pattern.toStdString();
    int years = 0, months = 0, days = 0;
    for (std::size_t i = 0; i < s.size();) {
        auto token = [&](std::string_view t) { return std::string_view(s).substr(i, t.size()) == t; };
        if (token("yyyy")) {
            p.m_parts.push_back({Token::Year, {}});
            ++years;
            i += 4;
        } else if (token("mm") || token("m")) {
            const bool two = token("mm");
            p.m_parts.push_back({two ? Token::Month2 : Token::Month, {}});
            ++months;
            i += two ? 2 : 1;
        } else if (token("dd") || token("d")) {
            const bool two = token("dd");
            p.m_parts.push_back({two ? Token::Day2 : Token::Day, {}});
            ++days;
            i += two ? 2 : 1;
        } else {
            if (p.m_parts.empty() || p.m_parts.back().token != Token::Literal)
                p.m_parts.push_back({Token::Literal, {}});
            p.m_parts.back().literal.push_back(s[i]);
            ++i;
        }
    }
    if (years != 1 || months != 1 || days != 1)
        return Error{QString(), 0, 0,
                     QStringLiteral("The date pattern '%1' must name the year (yyyy), the month (mm or m) and the day "
                                    "(dd or d) once each, e.g. dd/mm/yyyy.")
                         .arg(pattern)};
    return p;
}

std::optional<CivilDate> DatePattern::read(std::string_view value) const
{
    const std::string_view s = textutil::trim(value);
    std::size_t i = 0;
    CivilDate date;
    auto digits = [&](std::size_t min, std::size_t max, int* out) {
        std::size_t n = 0;
        int v = 0;
        while (n < max && i < s.size() && s[i] >= '0' && s[i] <= '9') {
            v = v * 10 + (s[i] - '0');
            ++i;
            ++n;
        }
        *out = v;
        return n >= min;
    };
    for (const Part& part : m_parts) {
        bool ok = true;
        switch (part.token) {
        case Token::Literal:
            ok = s.substr(i, part.literal.size()) == part.literal;
            i += part.literal.size();
            break;
        case Token::Year:
            ok = digits(4, 4, &date.year);
            break;
        case Token::Month2:
            ok = digits(2, 2, &date.month);
            break;
        case Token::Month:
            ok = digits(1, 2, &date.month);
            break;
        case Token::Day2:
            ok = digits(2, 2, &date.day);
            break;
        case Token::Day:
            ok = digits(1, 2, &date.day);
            break;
        }
        if (!ok)
            return std::nullopt;
    }
    if (i != s.size() || !values::isValidCivilDate(date.year, date.month, date.day))
        return std::nullopt;
    return date;
}

std::string DatePattern::write(const CivilDate& date) const
{
    std::string out;
    char buf[16];
    for (const Part& part : m_parts) {
        switch (part.token) {
        case Token::Literal:
            out += part.literal;
            continue;
        case Token::Year:
            std::snprintf(buf, sizeof buf, "%04d", date.year);
            break;
        case Token::Month2:
            std::snprintf(buf, sizeof buf, "%02d", date.month);
            break;
        case Token::Month:
            std::snprintf(buf, sizeof buf, "%d", date.month);
            break;
        case Token::Day2:
            std::snprintf(buf, sizeof buf, "%02d", date.day);
            break;
        case Token::Day:
            std::snprintf(buf, sizeof buf, "%d", date.day);
            break;
        }
        out += buf;
    }
    return out;
}

Result<CellChanges> reformatDates(const Table& table, int column, const DateReformat& options, Progress* progress)
{
    const auto to = DatePattern::parse(options.toPattern);
    if (!to)
        return to.error();
    std::optional<DatePattern> from;
    if (options.from == DateInput::Pattern) {
        auto parsed = DatePattern::parse(options.fromPattern);
        if (!parsed)
            return parsed.error();
        from = std::move(parsed).value();
    }
    bool monthFirst = options.from == DateInput::MonthFirst;
    if (options.from == DateInput::Detected)
        monthFirst = detectDateOrder(table, column) == DateOrder::MonthFirst;
    const DatePattern& out = to.value();
    return mapColumn(
        table, column,
        [&](std::string_view value) -> std::optional<std::string> {
            if (from) {
                const auto date = from->read(value);
                return date ? std::optional<std::string>(out.write(*date)) : std::nullopt;
            }
            const SlashDate slash = readSlashDate(value);
            if (slash.isDate())
                return slash.rest.empty() ? std::optional<std::string>(out.write(slash.read(monthFirst)))
                                          : std::nullopt;
            const values::DateParse parsed = values::parseDate(value);
            if (!parsed.ok() || parsed.date.precision != values::DatePrecision::Day || parsed.date.hasTime())
                return std::nullopt;
            return out.write(values::civilFromDays(parsed.date.earliest));
        },
        progress);
}

} // namespace plumbline
