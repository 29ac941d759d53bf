#include "checks/type_check.h"

#include "checks/text_util.h"

#include <cstdio>

namespace plumbline {

QStringList TypeCheck::typeNames()
{
    return {QStringLiteral("integer"), QStringLiteral("decimal")};
}

std::unique_ptr<Check> TypeCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<TypeCheck>();
    const QString type = params.requiredString("type");
    const int index = int(typeNames().indexOf(type));
    if (index < 0 && !type.isEmpty())
        params.fail(QStringLiteral("type"), QStringLiteral("unknown type '%1' (known: %2)").arg(type, typeNames().join(QLatin1String(", "))));
    check->m_type = Type(std::max(index, 0));
    return check;
}

namespace {

std::string formatNumber(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

} // namespace

bool TypeCheck::test(std::string_view value, Verdict& verdict) const
{
    // Surrounding spaces are the whitespace rule's business, not a type error.
    value = textutil::trim(value);
    switch (m_type) {
    case Type::Integer: {
        if (textutil::parseInteger(value) && value.find('.') == std::string_view::npos)
            return false;
        if (auto v = textutil::parseInteger(value)) {
            verdict.suggestion = std::to_string(*v);
            verdict.severity = Severity::Notice;
            return true;
        }
        // Exponent forms (1.00023E+11) have lost digits: no suggestion can restore them (PA-28).
        if (value.find_first_of("eE") != std::string_view::npos)
            return true;
        if (auto d = textutil::parseLooseNumber(value); d && *d == double((long long)*d)) {
            verdict.suggestion = std::to_string((long long)*d);
            verdict.severity = Severity::Notice;
            return true;
        }
        return true;
    }
    case Type::Decimal: {
        if (textutil::parseNumber(value))
            return false;
        if (auto d = textutil::parseLooseNumber(value)) {
            verdict.suggestion = formatNumber(*d);
            verdict.severity = Severity::Notice;
            return true;
        }
        return true;
    }
    }
    return false;
}

} // namespace plumbline
