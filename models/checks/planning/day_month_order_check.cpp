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

std::vector<int> DayMonthOrderCheck::targets() const
{
    std::vector<int> out;
    for (const auto& resolved : m_columns)
        for (int c : resolved)
            if (std::find(out.begin(), out.end(), c) == out.end())
                out.push_back(c);
    return out;
}

bool DayMonthOrderCheck::judgeColumn(const Table& table, int c, Progress* progress, ColumnVerdict& verdict,
                                     std::vector<std::uint8_t>* readings) const
{
    verdict = ColumnVerdict();
    const bool direct = table.overlay().isEmpty() && table.rowCount() == table.baseRowCount();
    const Column& column = table.column(c);
    std::vector<Reading> perCode;
    if (direct && column.isDictionary()) {
        perCode.resize(column.distinctCount());
        for (std::size_t code = 0; code < perCode.size(); ++code)
            perCode[code] = classify(column.distinctValue(code));
    }
    std::size_t dayFirst = 0, ambiguous = 0;
    std::vector<std::size_t>& monthFirstRows = verdict.monthFirstRows;
    std::string dayExample, monthExample, ambiguousExample;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if ((row & 0xFFFF) == 0 && progress && progress->canceled())
            return false;
        Reading r;
        std::string_view value;
        if (!perCode.empty()) {
            const std::uint32_t code = column.code(table.recordId(row));
            r = perCode[code];
            if (readings)
                (*readings)[table.recordId(row)] = std::uint8_t(r);
            if (r == Reading::NotSlashDate)
                continue;
            value = column.distinctValue(code);
        } else {
            value = table.cell(row, c);
            r = value.empty() ? Reading::NotSlashDate : classify(value);
            if (readings)
                (*readings)[table.recordId(row)] = std::uint8_t(r);
            if (value.empty())
                continue;
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
    if (monthFirstRows.empty() || (dayFirst == 0 && ambiguous == 0)) {
        monthFirstRows.clear();
        return true; // day-first as the LGA schema says, or a column every value of which is unambiguous
    }
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
    verdict.fires = true;
    verdict.message = std::move(message);
    verdict.order = std::move(order);
    verdict.example = std::move(monthExample);
    return true;
}

void DayMonthOrderCheck::reportEvidence(const Table& table, std::size_t row, int c, FindingSink& sink) const
{
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

void DayMonthOrderCheck::reportColumn(const Table& table, int c, const ColumnVerdict& verdict, FindingSink& sink) const
{
    if (!verdict.fires)
        return;
    sink.addTableLevel(c, verdict.example, FindingExtra().asMessage(verdict.message).suggest(verdict.order));
    if (!m_evidence)
        return;
    for (std::size_t row : verdict.monthFirstRows)
        reportEvidence(table, row, c, sink);
}

void DayMonthOrderCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    ColumnVerdict verdict;
    for (int c : targets()) {
        if (progress.canceled() || !judgeColumn(table, c, &progress, verdict, nullptr))
            return;
        reportColumn(table, c, verdict, sink);
    }
}

void DayMonthOrderCheck::buildIndex(const Table& table)
{
    m_targets = targets();
    std::size_t records = 0;
    for (std::size_t row = 0; row < table.rowCount(); ++row)
        records = std::max<std::size_t>(records, std::size_t(table.recordId(row)) + 1);
    m_readings.assign(m_targets.size(), std::vector<std::uint8_t>(records, std::uint8_t(Reading::NotSlashDate)));
    m_verdicts.assign(m_targets.size(), ColumnVerdict());
    m_evidenceRecords.assign(m_targets.size(), {});
    for (std::size_t t = 0; t < m_targets.size(); ++t) {
        judgeColumn(table, m_targets[t], nullptr, m_verdicts[t], &m_readings[t]);
        for (std::size_t row : m_verdicts[t].monthFirstRows)
            m_evidenceRecords[t].push_back(table.recordId(row));
        m_verdicts[t].monthFirstRows.clear(); // kept as records, which do not move
        std::sort(m_evidenceRecords[t].begin(), m_evidenceRecords[t].end());
    }
}

std::vector<RecordId> DayMonthOrderCheck::recheck(const Table& table, const std::vector<RecordId>& records,
                                                  FindingSink& sink)
{
    auto counts = [](std::uint8_t r) {
        return r == std::uint8_t(Reading::DayFirst) || r == std::uint8_t(Reading::MonthFirst) ||
               r == std::uint8_t(Reading::Ambiguous);
    };
    std::vector<RecordId> affected;
    bool any = false;
    for (std::size_t t = 0; t < m_targets.size(); ++t) {
        auto& readings = m_readings[t];
        bool dirty = false;
        for (const RecordId record : records) {
            if (record >= readings.size())
                readings.resize(std::size_t(record) + 1, std::uint8_t(Reading::NotSlashDate));
            const auto row = table.rowOf(record);
            const std::string_view value = row < 0 ? std::string_view() : table.cell(std::size_t(row), m_targets[t]);
            const auto now = std::uint8_t(value.empty() ? Reading::NotSlashDate : classify(value));
            // A slash date's value may have changed within its reading (the column's examples quote values).
            dirty = dirty || counts(readings[record]) || counts(now);
            readings[record] = now;
        }
        if (!dirty)
            continue;
        any = true;
        affected.insert(affected.end(), m_evidenceRecords[t].begin(), m_evidenceRecords[t].end());
        judgeColumn(table, m_targets[t], nullptr, m_verdicts[t], &readings);
        m_evidenceRecords[t].clear();
        for (std::size_t row : m_verdicts[t].monthFirstRows)
            m_evidenceRecords[t].push_back(table.recordId(row));
        m_verdicts[t].monthFirstRows.clear();
        std::sort(m_evidenceRecords[t].begin(), m_evidenceRecords[t].end());
        affected.insert(affected.end(), m_evidenceRecords[t].begin(), m_evidenceRecords[t].end());
    }
    if (!any)
        return {};
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    // Every column's finding again (they are replaced together), and every finding of the records re-reported.
    for (std::size_t t = 0; t < m_targets.size(); ++t)
        if (m_verdicts[t].fires)
            sink.addTableLevel(m_targets[t], m_verdicts[t].example,
                               FindingExtra().asMessage(m_verdicts[t].message).suggest(m_verdicts[t].order));
    if (m_evidence)
        for (const RecordId record : affected) {
            const auto row = table.rowOf(record);
            if (row < 0)
                continue;
            for (std::size_t t = 0; t < m_targets.size(); ++t)
                if (m_verdicts[t].fires &&
                    std::binary_search(m_evidenceRecords[t].begin(), m_evidenceRecords[t].end(), record))
                    reportEvidence(table, std::size_t(row), m_targets[t], sink);
        }
    affected.push_back(kNoRecord);
    return affected;
}

} // namespace plumbline
