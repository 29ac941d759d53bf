#include "checks/general/range_check.h"

#include "values/identifiers.h"
#include "values/text_util.h"

#include <QRegularExpression>

namespace plumbline {

using values::ImpreciseDate;
using values::Truth;

bool RangeCheck::parseDateBound(const QString& text, const QDate& today, ImpreciseDate* out)
{
    const QString t = text.trimmed().toLower();
    if (t.startsWith(QLatin1String("today"))) {
        static const QRegularExpression term(QStringLiteral("([+-])(\\d+)([yd])"));
        const QDate base = today.isValid() ? today : QDate::currentDate();
        int years = 0;
        int days = 0;
        qsizetype pos = 5;
        while (pos < t.size()) {
            const auto m =
                term.match(t, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                return false;
            const int n = m.captured(2).toInt() * (m.captured(1) == QLatin1String("-") ? -1 : 1);
            (m.captured(3) == QLatin1String("y") ? years : days) += n;
            pos = m.capturedEnd();
        }
        const ImpreciseDate todayDate = ImpreciseDate::fromCivil(base.year(), base.month(), base.day());
        *out = values::relativeToToday(todayDate, years, days);
        return true;
    }
    const QByteArray utf8 = t.toUtf8();
    const auto parsed = values::parseDate(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (!parsed.ok())
        return false;
    *out = parsed.date;
    return true;
}

std::unique_ptr<Check> RangeCheck::create(ParamReader& params, const Rule& rule, const CheckEnv& env)
{
    auto check = std::make_unique<RangeCheck>();
    const QJsonValue min = params.value("min");
    const QJsonValue max = params.value("max");
    if (min.isUndefined() && max.isUndefined())
        params.failRule(QStringLiteral("a range check needs params.min or params.max"));
    check->m_dates = min.isString() || max.isString();
    for (const auto& [key, v] : {std::pair{"min", min}, std::pair{"max", max}}) {
        if (v.isUndefined() || v.isNull())
            continue;
        const bool isMin = std::string_view(key) == "min";
        if (check->m_dates) {
            ImpreciseDate d;
            if (!v.isString() || !parseDateBound(v.toString(), env.today, &d)) {
                params.fail(QLatin1String(key),
                            QStringLiteral("expected a date (YYYY-MM-DD) or a relative bound such as "
                                           "\"today+50y\"; got %1")
                                .arg(v.isString() ? v.toString() : QStringLiteral("a number")));
                continue;
            }
            (isMin ? check->m_minDate : check->m_maxDate) = d;
        } else if (!v.isDouble()) {
            params.fail(QLatin1String(key), QStringLiteral("expected a number or a date"));
        } else {
            (isMin ? check->m_min : check->m_max) = v.toDouble();
        }
    }
    if (check->m_min && check->m_max && *check->m_max < *check->m_min)
        params.fail(QStringLiteral("max"), QStringLiteral("must be ≥ min"));
    check->m_possibly = params.severityOrNone("possibly", Severity::Warning, rule.severity);
    return check;
}

bool RangeCheck::test(std::string_view value, Verdict& verdict) const
{
    if (!m_dates) {
        double number = 0;
        std::string clean;
        if (values::checkDecimal(value, &clean) == values::Verdict::Invalid)
            return false;
        if (!values::parseDecimal(textutil::trim(value), &number) && !values::parseDecimal(clean, &number))
            return false;
        if (m_min && number < *m_min) {
            verdict.detail = QStringLiteral("at least %1").arg(*m_min).toStdString();
            return true;
        }
        if (m_max && number > *m_max) {
            verdict.detail = QStringLiteral("at most %1").arg(*m_max).toStdString();
            return true;
        }
        return false;
    }
    const auto parsed = values::parseDate(value);
    if (!parsed.ok())
        return false;
    auto check = [&](const ImpreciseDate& bound, values::CompareOp op, const char* words) {
        const Truth inside = values::compare(parsed.date, op, bound);
        if (inside == Truth::Definitely)
            return false;
        if (inside == Truth::Possibly) {
            if (!m_possibly)
                return false;
            verdict.severity = m_possibly;
        }
        verdict.detail = std::string(words) + " " + values::toIsoString(bound);
        return true;
    };
    if (m_minDate && check(*m_minDate, values::CompareOp::GreaterEqual, "on or after"))
        return true;
    if (m_maxDate && check(*m_maxDate, values::CompareOp::LessEqual, "on or before"))
        return true;
    return false;
}

} // namespace plumbline
