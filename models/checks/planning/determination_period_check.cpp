#include "checks/planning/determination_period_check.h"

#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/identifiers.h"
#include "values/imprecise_date.h"
#include "values/text_util.h"

#include <string>

namespace plumbline {

namespace {

/// A day (or finer) date as days since 1970, or false for blanks, non-dates and imprecise dates.
bool dayOf(std::string_view text, std::int32_t* day)
{
    if (textutil::isBlank(text))
        return false;
    const values::DateParse parsed = values::parseDate(text);
    if (!parsed.ok() || parsed.date.precision < values::DatePrecision::Day)
        return false;
    *day = parsed.date.earliest;
    return true;
}

/// An extension column counts as set unless blank, "none" or a false flag (a date or an agreement id sets it).
bool isSet(std::string_view text)
{
    const std::string_view v = textutil::trim(text);
    bool flag = true;
    return !(v.empty() || textutil::asciiLower(v) == "none" || (values::parseBoolean(v, &flag) && !flag));
}

/// An EIA column marks the application when it holds a true flag or the word "EIA".
bool isEia(std::string_view text)
{
    const std::string_view v = textutil::trim(text);
    bool flag = false;
    return (values::parseBoolean(v, &flag) && flag) || textutil::asciiLower(v) == "eia";
}

bool mentionsMajor(std::string_view text)
{
    return textutil::asciiLower(text).find("major") != std::string::npos;
}

} // namespace

std::unique_ptr<Check> DeterminationPeriodCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<DeterminationPeriodCheck>();
    check->m_days = int(params.number("days", 56));
    check->m_majorDays = int(params.number("major-days", 91));
    check->m_eiaDays = int(params.number("eia-days", 112));
    if (check->m_days <= 0 || check->m_majorDays <= 0 || check->m_eiaDays <= 0)
        params.failRule(QStringLiteral("the periods (days, major-days, eia-days) must be positive"));
    check->m_validatedName = params.string("validated-column", QStringLiteral("valid-date"));
    check->m_scaleName = params.string("scale-column", QStringLiteral("development-scale"));
    check->m_eiaName = params.string("eia-column", QStringLiteral("eia"));
    check->m_extensionNames =
        params.has("extension-columns")
            ? params.strings("extension-columns")
            : QStringList{QStringLiteral("extension-date"), QStringLiteral("planning-performance-agreement")};
    return check;
}

QString DeterminationPeriodCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    const auto optional = [&](const QString& name) { return name.isEmpty() ? -1 : context.resolver.resolve(name); };
    m_validated = optional(m_validatedName);
    m_scale = optional(m_scaleName);
    m_eia = optional(m_eiaName);
    m_extensions.clear();
    for (const auto& name : m_extensionNames)
        if (const int c = optional(name); c >= 0)
            m_extensions.push_back(c);
    return {};
}

void DeterminationPeriodCheck::checkRows(const Table& table, std::size_t first, std::size_t last,
                                         FindingSink& sink) const
{
    const int startColumn = column(0);
    const int decisionColumn = column(1);
    std::string detail;
    for (std::size_t row = first; row < last; ++row) {
        const std::string_view decisionText = table.cell(row, decisionColumn);
        std::int32_t decided = 0;
        if (!dayOf(decisionText, &decided))
            continue;
        std::int32_t started = 0;
        int startFrom = startColumn;
        if (m_validated >= 0 && dayOf(table.cell(row, m_validated), &started))
            startFrom = m_validated;
        else if (!dayOf(table.cell(row, startColumn), &started))
            continue;
        const std::int32_t days = decided - started;
        if (days <= m_days || days < 0)
            continue; // within the shortest period, or PA-15's decision-before-start
        int period = m_days;
        const char* what = "8-week";
        if (m_eia >= 0 && isEia(table.cell(row, m_eia))) {
            period = m_eiaDays;
            what = "EIA";
        } else if (m_scale >= 0 && mentionsMajor(table.cell(row, m_scale))) {
            period = m_majorDays;
            what = "major-development";
        }
        if (days <= period)
            continue;
        bool extended = false;
        for (int c : m_extensions)
            extended = extended || isSet(table.cell(row, c));
        if (extended)
            continue;
        if (!sink.keepsText()) { // counted for a summary: no words needed
            sink.add(row, decisionColumn, decisionText, FindingExtra().withColumn2(startFrom));
            continue;
        }
        detail = std::to_string(days) + " days after " + std::string(textutil::trim(table.cell(row, startFrom))) +
                 ", more than the ";
        if (period == m_days && what[0] == '8' && m_days != 56)
            what = "statutory";
        detail += what;
        detail += " period (" + std::to_string(period) + " days)";
        sink.add(row, decisionColumn, decisionText, FindingExtra().withDetail(detail).withColumn2(startFrom));
    }
}

} // namespace plumbline
