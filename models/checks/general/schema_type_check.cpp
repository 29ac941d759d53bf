#include "checks/general/schema_type_check.h"

namespace plumbline {

std::unique_ptr<Check> SchemaTypeCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<SchemaTypeCheck>();
    const QString type = params.requiredString("type");
    const QString format = params.string("format", QStringLiteral("default"));
    QString problem;
    if (!type.isEmpty() && !check->m_type.configure(type, format, &problem))
        params.fail(problem.startsWith(QLatin1String("unknown type")) ? QStringLiteral("type")
                                                                      : QStringLiteral("format"),
                    problem);
    const QStringList trueValues =
        params.has("true-values")
            ? params.strings("true-values")
            : QStringList{QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("1")};
    const QStringList falseValues = params.has("false-values")
                                        ? params.strings("false-values")
                                        : QStringList{QStringLiteral("false"), QStringLiteral("False"),
                                                      QStringLiteral("FALSE"), QStringLiteral("0")};
    check->m_type.setBooleanValues(trueValues, falseValues);
    const QString decimal = params.string("decimal-char", QStringLiteral("."));
    const QString group = params.string("group-char");
    if (decimal.isEmpty())
        params.fail(QStringLiteral("decimal-char"), QStringLiteral("must not be empty"));
    else if (decimal == group)
        params.fail(QStringLiteral("group-char"), QStringLiteral("must differ from decimal-char"));
    check->m_type.setNumberSyntax(decimal, group, params.boolean("bare-number", true));
    return check;
}

bool SchemaTypeCheck::test(std::string_view value, Verdict& verdict) const
{
    std::string reason;
    if (m_type.accepts(value, &reason))
        return false;
    verdict.detail = std::move(reason);
    return true;
}

} // namespace plumbline
