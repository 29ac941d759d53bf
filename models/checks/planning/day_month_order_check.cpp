#include "checks/planning/day_month_order_check.h"

#include "table/table.h"
#include "values/imprecise_date.h"
#include "values/text_util.h"

#include <algorithm>
#include <cstdio>

namespace plumbline {

namespace {

/// Up to two digits at s[*i]; false when there are none.
bool readPart(std::string_view s, std::size_t* i, int* out)
{
    int n = 0, digits = 0;
    while (*i < s.size() && digits < 3 && s[*i] >= '0' && s[*i] <= '9') {
        n = n * 10 + (s[*i] - '0');
        ++*i;
        ++digits;
    }
    *out = n;
    return digits >= 1 && digits <= 2;
}

} // namespace

DayMonthOrderCheck::Reading DayMonthOrderCheck::classify(std::string_view value, int* first, int* second, int* year)
{
    const std::string_view s = textutil::trim(value);
    if (s.size() < 8 || s[0] < '0' || s[0] > '9')
        return Reading::NotSlashDate;
    std::size_t i = 0;
    int a = 0, b = 0;
    if (!readPart(s, &i, &a) || i >= s.size())
        return Reading::NotSlashDate;
    const char separator = s[i];
    if (separator != '/' && separator != '-' && separator != '.')
        return Reading::NotSlashDate;
    ++i;
    if (!readPart(s, &i, &b) || i >= s.size() || s[i] != separator)
        return Reading::NotSlashDate;
    ++i;
    int y = 0;
    std::size_t digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 5) {
        y = y * 10 + (s[i] - '0');
        ++i;
        ++digits;
    }
    // yyyy-mm-dd has a 4-digit first part and never gets here; a time may follow (" 10:30", "T10:30").
    if (digits != 4 ||
        (i < s.size() && ((s[i] != ' ' && s[i] != 'T') || i + 1 >= s.size() || s[i + 1] < '0' || s[i + 1] > '9')))
        return Reading::NotSlashDate;
    if (first)
        *first = a;
    if (second)
        *second = b;
    if (year)
        *year = y;
    const bool dayFirst = b >= 1 && b <= 12 && values::isValidCivilDate(y, b, a);
    const bool monthFirst = a >= 1 && a <= 12 && values::isValidCivilDate(y, a, b);
    if (dayFirst && monthFirst)
        return a == b ? Reading::Same : Reading::Ambiguous;
    if (dayFirst)
        return Reading::DayFirst;
    if (monthFirst)
        return Reading::MonthFirst;
    return Reading::Neither;
}

std::unique_ptr<Check> DayMonthOrderCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<DayMonthOrderCheck>();
    const QString evidence = params.string("evidence", QStringLiteral("info"));
    Severity s = Severity::Info;
    if (evidence == QLatin1String("none"))
        check->m_evidence.reset();
    else if (parseSeverity(evidence, &s))
        check->m_evidence = std::min(s, rule.severity);
    else
        params.fail(QStringLiteral("evidence"), QStringLiteral("expected a severity or \"none\""));
    return check;
}

QString DayMonthOrderCheck::bind(const BindContext& context)
{
    // Like a value check: applies when any of the rule's date columns is present.
    m_columns = context.columns;
    for (const auto& resolved : m_columns)
        if (!resolved.empty())
            return {};
    return QStringLiteral("no column matches %1").arg(context.rule.columns.join(QLatin1String(", ")));
}

void DayMonthOrderCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    std::vector<int> targets;
    for (const auto& resolved : m_columns)
        for (int c : resolved)
            if (std::find(targets.begin(), targets.end(), c) == targets.end())
                targets.push_back(c);
    const bool direct = table.overlay().isEmpty() && table.rowCount() == table.baseRowCount();
    for (int c : targets) {
        if (progress.canceled())
            return;
        const Column& column = table.column(c);
        std::vector<Reading> perCode;
        if (direct && column.isDictionary()) {
            perCode.resize(column.distinctCount());
            for (std::size_t code = 0; code < perCode.size(); ++code)
                perCode[code] = classify(column.distinctValue(code));
        }
        std::size_t dayFirst = 0, ambiguous = 0;
        std::vector<std::size_t> monthFirstRows;
        std::string dayExample, monthExample, ambiguousExample;
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            if ((row & 0xFFFF) == 0 && progress.canceled())
                return;
            Reading r;
            std::string_view value;
            if (!perCode.empty()) {
                const std::uint32_t code = column.code(table.recordId(row));
                r = perCode[code];
                if (r == Reading::NotSlashDate)
                    continue;
                value = column.distinctValue(code);
            } else {
                value = table.cell(row, c);
                if (value.empty())
                    continue;
                r = classify(value);
            }
            switch (r) {
            case Reading::DayFirst:
                if (dayFirst++ == 0 || textutil::trim(value).size() > dayExample.size())
                    dayExample = std::string(textutil::trim(value));
                break;
            case Reading::MonthFirst:
                if (monthFirstRows.empty())
                    monthExample = std::string(textutil::trim(value));
                monthFirstRows.push_back(row);
                break;
            case Reading::Ambiguous:
                if (ambiguous++ == 0)
                    ambiguousExample = std::string(textutil::trim(value));
                break;
            default:
                break;
            }
        }
        if (monthFirstRows.empty() || (dayFirst == 0 && ambiguous == 0))
            continue; // day-first as the LGA schema says, or a column every value of which is unambiguous
        const std::string name = table.columnName(c).toStdString();
        std::string message = "{column} has " + std::to_string(monthFirstRows.size()) +
                              (monthFirstRows.size() == 1 ? " date that only makes" : " dates that only make") +
                              " sense month-first (" + monthExample + ")";
        std::string order;
        if (dayFirst > 0) {
            message += " and " + std::to_string(dayFirst) + (dayFirst == 1 ? " that only makes" : " that only make") +
                       " sense day-first (" + dayExample + ")";
            order = "dd/mm/yyyy";
        } else {
            order = "mm/dd/yyyy";
        }
        if (ambiguous > 0)
            message += "; " + std::to_string(ambiguous) + (ambiguous == 1 ? " date such as " : " dates such as ") +
                       ambiguousExample + " can be read either way";
        message += dayFirst > 0 ? ". The column mixes both orders; read it day-first (the UK default) and check the "
                                  "month-first ones with the source."
                                : ". Read the whole column month-first (mm/dd/yyyy), after checking with the source.";
        sink.addTableLevel(c, monthExample, FindingExtra().asMessage(message).suggest(order));
        if (!m_evidence)
            continue;
        for (std::size_t row : monthFirstRows) {
            const std::string_view value = table.cell(row, c);
            int a = 0, b = 0, y = 0;
            classify(value, &a, &b, &y);
            char iso[48];
            std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, a, b);
            sink.add(row, c, value,
                     FindingExtra()
                         .asMessage("{column} '{value}' is only a date month-first: {suggestion}.")
                         .suggest(iso)
                         .withSeverity(*m_evidence));
        }
    }
}

} // namespace plumbline
