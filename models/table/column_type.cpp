#include "table/column_type.h"

#include "table/column.h"
#include "values/ascii_scan.h"

#include <algorithm>
#include <array>

namespace plumbline {

namespace {

using values::ascii::isDigit;

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

bool isInteger(std::string_view s)
{
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    return allDigits(s) && s.size() <= 18;
}

bool isDecimal(std::string_view s)
{
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    const auto dot = s.find('.');
    if (dot == std::string_view::npos)
        return false;
    const auto whole = s.substr(0, dot);
    const auto fraction = s.substr(dot + 1);
    return (whole.empty() || allDigits(whole)) && allDigits(fraction);
}

bool isBoolean(std::string_view s)
{
    static constexpr std::array<std::string_view, 8> words{"true", "false", "TRUE", "FALSE",
                                                           "True", "False", "yes",  "no"};
    return std::find(words.begin(), words.end(), s) != words.end();
}

// yyyy-mm-dd, dd/mm/yyyy (UK registers) or yyyy/mm/dd
bool isDate(std::string_view s)
{
    if (s.size() != 10)
        return false;
    const auto digitsAt = [&](std::initializer_list<int> at) {
        return std::all_of(at.begin(), at.end(), [&](int i) { return isDigit(s[i]); });
    };
    if ((s[4] == '-' || s[4] == '/') && s[7] == s[4])
        return digitsAt({0, 1, 2, 3, 5, 6, 8, 9});
    if ((s[2] == '/' || s[2] == '-' || s[2] == '.') && s[5] == s[2])
        return digitsAt({0, 1, 3, 4, 6, 7, 8, 9});
    return false;
}

bool isDateTime(std::string_view s)
{
    if (s.size() < 16 || !isDate(s.substr(0, 10)) || (s[10] != 'T' && s[10] != ' '))
        return false;
    return isDigit(s[11]) && isDigit(s[12]) && s[13] == ':' && isDigit(s[14]) && isDigit(s[15]);
}

/// Joins the running guess with one more value's class: numbers widen to decimal, anything else mixed is text.
ColumnType join(ColumnType acc, ColumnType next)
{
    if (acc == ColumnType::Empty || acc == next)
        return next;
    if ((acc == ColumnType::Integer && next == ColumnType::Decimal) ||
        (acc == ColumnType::Decimal && next == ColumnType::Integer))
        return ColumnType::Decimal;
    if ((acc == ColumnType::Date && next == ColumnType::DateTime) ||
        (acc == ColumnType::DateTime && next == ColumnType::Date))
        return ColumnType::DateTime;
    return ColumnType::Text;
}

} // namespace

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Empty:
        return QStringLiteral("empty");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Decimal:
        return QStringLiteral("decimal");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::DateTime:
        return QStringLiteral("datetime");
    case ColumnType::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

ColumnType classifyValue(std::string_view value)
{
    if (value.empty())
        return ColumnType::Empty;
    if (isInteger(value))
        return ColumnType::Integer;
    if (isDecimal(value))
        return ColumnType::Decimal;
    if (isDate(value))
        return ColumnType::Date;
    if (isDateTime(value))
        return ColumnType::DateTime;
    if (isBoolean(value))
        return ColumnType::Boolean;
    return ColumnType::Text;
}

ColumnType inferColumnType(const Column& column, std::size_t sampleSize)
{
    ColumnType type = ColumnType::Empty;
    const auto visit = [&](std::string_view value) {
        if (!value.empty())
            type = join(type, classifyValue(value));
        return type != ColumnType::Text;
    };
    if (column.isDictionary()) {
        for (std::size_t code = 0; code < column.distinctCount(); ++code)
            if (!visit(column.distinctValue(code)))
                break;
        return type;
    }
    const std::size_t rows = column.size();
    const std::size_t step = rows <= sampleSize ? 1 : rows / sampleSize;
    for (std::size_t row = 0; row < rows; row += step)
        if (!visit(column.cell(row)))
            break;
    return type;
}

} // namespace plumbline
