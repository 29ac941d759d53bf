#pragma once

#include "checks/check.h"
#include "checks/param_reader.h"

namespace plumbline {

/// `type`: every non-blank value is of a datatype (param "type"). Numbers follow the platform: integer and
/// decimal accept thousands commas, a leading '£' and (integers) a trailing ".0" — such values get a notice
/// with the clean number as the suggestion; anything else gets the rule's severity.
class TypeCheck final : public ValueCheck
{
public:
    enum class Type { Integer, Decimal };

    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    /// The type names the check accepts.
    static QStringList typeNames();

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    Type m_type = Type::Decimal;
};

} // namespace plumbline
