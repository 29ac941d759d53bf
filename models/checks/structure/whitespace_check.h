#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <cstdint>
#include <string>

namespace plumbline {

/// `whitespace`: leading or trailing spaces, doubled spaces, no-break and other Unicode spaces, invisible
/// characters (zero-width space, BOM, soft hyphen, bidi controls), tabs, line breaks in single-line fields,
/// NUL and other control characters (PA-04, NAME-03) — values::scanText. The suggestion is the cleaned value;
/// {detail} names the problems ("trailing whitespace, no-break space"). Params: "allow-line-breaks",
/// "allow-tabs" (default false: set them for multi-line text such as descriptions), "repeated-spaces"
/// (default true). Printable-ASCII values without edge or double spaces are passed eight bytes at a time.
class WhitespaceCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;
    bool checksBlank() const override { return true; } // "  " is blank but still padded
    bool skipsTidyText() const override { return true; }

private:
    bool m_lineBreaks = false;
    bool m_tabs = false;
    std::uint32_t m_mask = 0;
};

} // namespace plumbline
