#include "checks/general/length_check.h"

#include "values/text_util.h"

namespace plumbline {

std::unique_ptr<Check> LengthCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<LengthCheck>();
    const auto min = params.optionalNumber("min");
    const auto max = params.optionalNumber("max");
    if (!min && !max)
        params.failRule(QStringLiteral("a length check needs params.min or params.max"));
    if (min && *min < 0)
        params.fail(QStringLiteral("min"), QStringLiteral("must be ≥ 0"));
    if (min && max && *max < *min)
        params.fail(QStringLiteral("max"), QStringLiteral("must be ≥ min"));
    if (min)
        check->m_min = std::size_t(*min);
    if (max)
        check->m_max = std::size_t(*max);
    return check;
}

bool LengthCheck::test(std::string_view value, Verdict& verdict) const
{
    // Byte length bounds the character count from above, so most values need no counting.
    if (value.size() <= m_max && m_min == 0)
        return false;
    const std::size_t n = textutil::utf8Length(value);
    if (n >= m_min && n <= m_max)
        return false;
    verdict.detail = std::to_string(n);
    return true;
}

} // namespace plumbline
