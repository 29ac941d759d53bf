#include "checks/range_check.h"

#include "checks/text_util.h"

namespace plumbline {

std::unique_ptr<Check> RangeCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<RangeCheck>();
    check->m_min = params.optionalNumber("min");
    check->m_max = params.optionalNumber("max");
    if (!check->m_min && !check->m_max)
        params.failRule(QStringLiteral("a range check needs params.min or params.max"));
    if (check->m_min && check->m_max && *check->m_max < *check->m_min)
        params.fail(QStringLiteral("max"), QStringLiteral("must be ≥ min"));
    return check;
}

bool RangeCheck::test(std::string_view value, Verdict& verdict) const
{
    const auto number = textutil::parseLooseNumber(value);
    if (!number)
        return false;
    if (m_min && *number < *m_min) {
        verdict.detail = QStringLiteral("at least %1").arg(*m_min).toStdString();
        return true;
    }
    if (m_max && *number > *m_max) {
        verdict.detail = QStringLiteral("at most %1").arg(*m_max).toStdString();
        return true;
    }
    return false;
}

} // namespace plumbline
