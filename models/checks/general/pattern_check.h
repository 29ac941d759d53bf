#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace re2 {
class RE2;
}

namespace plumbline {

/// `pattern`: values must (or, with "negate", must not) match an RE2 regular expression — linear time, so
/// no pattern can hang the app. Compiled once per rule; evaluated once per distinct value of a dictionary
/// column. Params: "pattern" (required), "match": "full" (default) | "partial", "negate", "case-sensitive"
/// (default true), "max-length": values longer than this many characters never match (RE2 has no lookahead,
/// so "a code of at most 20 characters with a digit" is the pattern `[A-Za-z./-]*[0-9][A-Za-z0-9./-]*` with
/// max-length 20).
class PatternCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    std::shared_ptr<const re2::RE2> m_re;
    bool m_full = true;
    bool m_negate = false;
    std::size_t m_maxLength = 0; // characters; 0 = no limit
};

} // namespace plumbline
