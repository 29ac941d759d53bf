#include "checks/popolo/date_precision_check.h"

#include "checks/popolo/popolo_check.h"
#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/imprecise_date.h"
#include "values/text_util.h"

#include <QJsonArray>

#include <array>

namespace plumbline {

namespace {

/// Year, month, day (times count as day).
int level(values::DatePrecision p)
{
    return p == values::DatePrecision::Year ? 0 : p == values::DatePrecision::Month ? 1 : 2;
}

const char* pattern(int level)
{
    static const char* const names[] = {"YYYY", "YYYY-MM", "YYYY-MM-DD"};
    return names[level];
}

const char* gives(int level)
{
    static const char* const names[] = {"the year", "the month", "the day"};
    return names[level];
}

} // namespace

std::unique_ptr<Check> DatePrecisionCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<DatePrecisionCheck>();
    check->m_januaryFirst = popolo::readWeakerSeverity(params, "january-first", Severity::Notice, rule);
    const QJsonValue pairs = params.value("pairs");
    if (pairs.isUndefined()) {
        check->m_pairNames.emplace_back(QStringLiteral("start_date"), QStringLiteral("end_date"));
    } else if (!pairs.isArray()) {
        params.fail(QStringLiteral("pairs"), QStringLiteral("expected an array of [start, end] column pairs"));
    } else {
        for (const auto& p : pairs.toArray()) {
            const QJsonArray a = p.toArray();
            if (a.size() != 2 || !a[0].isString() || !a[1].isString()) {
                params.fail(QStringLiteral("pairs"), QStringLiteral("each pair is two column names"));
                break;
            }
            check->m_pairNames.emplace_back(a[0].toString(), a[1].toString());
        }
    }
    return check;
}

QString DatePrecisionCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    m_targets.clear();
    m_pairs.clear();
    for (const auto& resolved : m_columns)
        for (const int c : resolved)
            m_targets.push_back(c);
    for (const auto& [a, b] : m_pairNames) {
        const int ca = context.resolver.resolve(a), cb = context.resolver.resolve(b);
        if (ca >= 0 && cb >= 0)
            m_pairs.emplace_back(ca, cb);
    }
    if (m_targets.empty() && m_pairs.empty())
        return QStringLiteral("no column matches %1").arg(context.rule.columns.join(QLatin1String(", ")));
    return {};
}

void DatePrecisionCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    for (const int column : m_targets) {
        if (progress.canceled())
            return;
        std::array<std::size_t, 3> counts{};
        std::size_t januaryFirst = 0;
        std::vector<std::int8_t> levels(table.rowCount(), -1);
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            const auto text = table.cell(row, column);
            if (textutil::isBlank(text))
                continue;
            const values::DateParse parsed = values::parseDate(text);
            if (!parsed.ok())
                continue;
            const int l = level(parsed.date.precision);
            levels[row] = std::int8_t(l);
            ++counts[std::size_t(l)];
            if (l == 2 && values::civilFromDays(parsed.date.earliest).month == 1 &&
                values::civilFromDays(parsed.date.earliest).day == 1)
                ++januaryFirst;
        }
        const std::size_t total = counts[0] + counts[1] + counts[2];
        const int kinds = (counts[0] > 0) + (counts[1] > 0) + (counts[2] > 0);
        int dominant = 2;
        for (int l = 1; l >= 0; --l)
            if (counts[std::size_t(l)] > counts[std::size_t(dominant)])
                dominant = l;
        const QString name = table.columnName(column);
        if (kinds > 1) {
            QStringList parts;
            for (int l = 2; l >= 0; --l)
                if (counts[std::size_t(l)])
                    parts << QStringLiteral("%1 × %2").arg(counts[std::size_t(l)]).arg(QLatin1String(pattern(l)));
            const std::string message =
                QStringLiteral("%1 mixes precisions: %2.").arg(name, parts.join(QLatin1String(", "))).toStdString();
            sink.addTableLevel(column, {}, FindingExtra().asMessage(message));
            for (std::size_t row = 0; row < table.rowCount(); ++row) {
                if (levels[row] < 0 || levels[row] >= dominant)
                    continue;
                const std::string detail = QStringLiteral("%1 '%2' gives only %3; %4 of the %5 values give %6")
                                               .arg(name, textutil::toQString(textutil::trim(table.cell(row, column))),
                                                    QLatin1String(gives(levels[row])))
                                               .arg(counts[std::size_t(dominant)])
                                               .arg(total)
                                               .arg(QLatin1String(gives(dominant)))
                                               .toStdString();
                sink.add(row, column, table.cell(row, column), FindingExtra().withDetail(detail));
            }
        }
        // More 1 Januaries than chance (one day in 365) would give: a default, not a birthday.
        if (m_januaryFirst && januaryFirst >= 3 && double(januaryFirst) > 4.0 * double(counts[2]) / 365.0) {
            for (std::size_t row = 0; row < table.rowCount(); ++row) {
                if (levels[row] != 2)
                    continue;
                const auto text = textutil::trim(table.cell(row, column));
                if (text.size() < 10 || text.substr(4, 6) != "-01-01")
                    continue;
                const std::string detail = QStringLiteral("%1 '%2' is 1 January, as are %3 of the %4 full dates: "
                                                          "often a placeholder for an unknown day")
                                               .arg(name, textutil::toQString(text))
                                               .arg(januaryFirst)
                                               .arg(counts[2])
                                               .toStdString();
                sink.add(row, column, text, FindingExtra().withDetail(detail).withSeverity(*m_januaryFirst));
            }
        }
    }
    for (const auto& [a, b] : m_pairs) {
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            const auto ta = table.cell(row, a), tb = table.cell(row, b);
            if (textutil::isBlank(ta) || textutil::isBlank(tb))
                continue;
            const values::DateParse pa = values::parseDate(ta), pb = values::parseDate(tb);
            if (!pa.ok() || !pb.ok() || level(pa.date.precision) == level(pb.date.precision))
                continue;
            const std::string detail =
                QStringLiteral("%1 '%2' gives %3 but %4 '%5' gives %6")
                    .arg(table.columnName(a), textutil::toQString(textutil::trim(ta)),
                         QLatin1String(gives(level(pa.date.precision))), table.columnName(b),
                         textutil::toQString(textutil::trim(tb)), QLatin1String(gives(level(pb.date.precision))))
                    .toStdString();
            sink.add(row, a, ta, FindingExtra().withDetail(detail).withColumn2(b));
        }
    }
}

} // namespace plumbline
