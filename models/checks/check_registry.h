#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "core/result.h"

#include <QString>

#include <memory>
#include <vector>

namespace plumbline {

/// A check kind: its name in rule packs, a one-line summary, how many rule columns it takes and a factory
/// that compiles a rule's params (returns null after recording a problem in the ParamReader).
struct CheckKindInfo
{
    const char* name;
    const char* summary;
    int minColumns;
    int maxColumns; ///< -1 = no limit
    std::unique_ptr<Check> (*create)(ParamReader& params, const Rule& rule, const CheckEnv& env);
};

/// The check kinds Plumbline knows, by name. Kinds are listed explicitly in check_registry.cpp (static
/// self-registration would be dropped by the linker from a static library).
class CheckRegistry
{
public:
    static const std::vector<CheckKindInfo>& kinds();
    static const CheckKindInfo* find(const QString& name);
    /// Compiles a rule's check; the error message starts with the JSON path of the problem
    /// (rulePath is e.g. "$.rules[3]").
    static Result<std::unique_ptr<Check>> create(const Rule& rule, const CheckEnv& env, const QString& rulePath);
};

} // namespace plumbline
