#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `placeholder`: a value that only stands for "nothing" — the platform's null tokens (NULL, <NULL>, N/A,
/// #N/A, ?, ---), which it blanks (PA-04). Optional "values": further placeholders compared ignoring case and
/// runs of spaces ("TBC", "unknown", "No name for this Entry"); "null-tokens": false checks only those (a rule
/// about boilerplate names that should not repeat PA-04's findings). The suggested fix is the empty value.
class PlaceholderCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;
    /// Cells whose first character cannot start a null token are skipped (TextProfiles::filled).
    const std::vector<std::uint64_t>* skippableRows(const BindContext& context, int column) const override;

private:
    std::vector<std::string> m_values; // lower case, single spaces
    bool m_nullTokens = true;
};

} // namespace plumbline
