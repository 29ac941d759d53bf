#include "checks/general/codelist_active_check.h"

#include "rules/codelist_repository.h"
#include "table/table.h"
#include "values/text_util.h"

namespace plumbline {

using values::Truth;

std::unique_ptr<Check> CodelistActiveCheck::create(ParamReader& params, const Rule& rule, const CheckEnv& env)
{
    auto check = std::make_unique<CodelistActiveCheck>();
    check->m_codelist = LoadedCodelist::load(params, env);
    const QString startColumn = params.string("start-column", QStringLiteral("start-date"));
    const QString endColumn = params.string("end-column", QStringLiteral("end-date"));
    const QString possibly = params.string("possibly", QStringLiteral("warning"));
    Severity s = rule.severity;
    if (possibly != QLatin1String("none")) {
        if (!parseSeverity(possibly, &s))
            params.fail(QStringLiteral("possibly"), QStringLiteral("expected a severity or \"none\""));
        check->m_possibly = std::min(s, rule.severity);
    }
    const QDate today = env.today.isValid() ? env.today : QDate::currentDate();
    check->m_today = values::ImpreciseDate::fromCivil(today.year(), today.month(), today.day());
    if (!check->m_codelist.table) {
        if (params.ok() && env.codelists)
            params.failRule(QStringLiteral("codelist-active needs a codelist table with start and end dates"));
        return check;
    }
    const CodelistTable& table = *check->m_codelist.table;
    const int start = table.column(startColumn);
    const int end = table.column(endColumn);
    if (start < 0 && end < 0) {
        params.fail(QStringLiteral("end-column"),
                    QStringLiteral("the codelist has neither '%1' nor '%2' columns").arg(startColumn, endColumn));
        return check;
    }
    for (const auto& [canonical, row] : check->m_codelist.rowOf) {
        Period p;
        for (const auto& [column, slot] : {std::pair{start, &p.start}, std::pair{end, &p.end}}) {
            if (column < 0)
                continue;
            const auto parsed = values::parseDate(table.cell(row, column));
            if (parsed.ok())
                *slot = parsed.date;
        }
        if (p.start || p.end)
            check->m_periods.emplace(canonical, p);
    }
    return check;
}

QString CodelistActiveCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    if (m_columns.empty() || m_columns[0].empty())
        return QStringLiteral("no column matches '%1'").arg(context.rule.columns.value(0));
    m_dateColumn = -1;
    if (m_columns.size() > 1) {
        if (m_columns[1].empty())
            return QStringLiteral("no column matches '%1'").arg(context.rule.columns.value(1));
        m_dateColumn = m_columns[1][0];
    }
    if (!m_codelist.matcher)
        return QStringLiteral("the codelist did not load");
    m_byCode.clear();
    const Column& values = context.table.column(m_columns[0][0]);
    if (values.isDictionary()) {
        m_byCode.resize(values.distinctCount());
        for (std::size_t code = 0; code < values.distinctCount(); ++code)
            m_byCode[code] = periodOf(values.distinctValue(code));
    }
    return {};
}

const CodelistActiveCheck::Period* CodelistActiveCheck::periodOf(std::string_view value) const
{
    const values::CodeMatch match = m_codelist.matcher->match(value);
    if (!match.resolved())
        return nullptr;
    const auto it = m_periods.find(std::string(match.canonical));
    return it == m_periods.end() ? nullptr : &it->second;
}

void CodelistActiveCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    if (m_periods.empty())
        return;
    const int valueColumn = column(0);
    for (std::size_t row = first; row < last; ++row) {
        const auto value = table.cell(row, valueColumn);
        const RecordId record = table.recordId(row);
        const bool cached = !m_byCode.empty() && record < table.baseRowCount() &&
                            (table.overlay().isEmpty() || !table.overlay().find(record, valueColumn));
        const Period* period = cached                     ? m_byCode[table.column(valueColumn).code(record)]
                               : textutil::isBlank(value) ? nullptr
                                                          : periodOf(value);
        if (!period)
            continue;
        values::ImpreciseDate on = m_today;
        if (m_dateColumn >= 0) {
            const auto parsed = values::parseDate(table.cell(row, m_dateColumn));
            if (!parsed.ok())
                continue;
            on = parsed.date;
        }
        auto judge = [&](const values::ImpreciseDate& bound, values::CompareOp outside, const char* words) {
            const Truth t = values::compare(on, outside, bound);
            if (t == Truth::Never || (t == Truth::Possibly && !m_possibly))
                return false;
            const std::string detail = std::string(words) + " " + values::toIsoString(bound);
            FindingExtra extra = FindingExtra().withDetail(detail).withColumn2(m_dateColumn);
            if (t == Truth::Possibly)
                extra.withSeverity(*m_possibly);
            sink.add(row, valueColumn, value, extra);
            return true;
        };
        if (period->end && judge(*period->end, values::CompareOp::Greater, "ended on"))
            continue;
        if (period->start)
            judge(*period->start, values::CompareOp::Less, "began on");
    }
}

} // namespace plumbline
