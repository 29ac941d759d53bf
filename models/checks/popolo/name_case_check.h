#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `name-case`: a person's name written with capitals as a convention rather than as the name — a family name
/// in capitals (`GAFURERO Léocadie`, `Joseph NKAISSERY`), a name all in capitals or all in lower case
/// (values::nameCase, after leading titles). The suggestion title-cases those words (values::titleCaseName);
/// {detail} says which pattern it is.
class NameCaseCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;
};

} // namespace plumbline
