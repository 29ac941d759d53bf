#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <array>

namespace plumbline {

/// `contains`: values that contain (or, with "negate", lack) a piece of text — a character from "any-of"
/// ("\r\n" for line breaks, "|" for a foreign separator) or the substring "text" ("/doc/"). A byte search, so
/// it costs far less than a regular expression on a million cells; use `pattern` for anything richer.
/// Params: "any-of" or "text" (one is required), "negate" (default false: finding when found).
class ContainsCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;
    /// Tidy text has only printable ASCII: it cannot contain a control character being searched for.
    bool skipsTidyText() const override { return m_controlOnly && !m_negate; }

private:
    bool m_controlOnly = false; // every any-of byte is a control character (line breaks, tabs)
    std::string m_anyOf;
    std::array<bool, 256> m_isWanted{}; // the any-of bytes
    std::string m_text;
    bool m_negate = false;
};

} // namespace plumbline
