#pragma once

#include "checks/support/codelist_support.h"

namespace plumbline {

/// `codelist`: values belong to a codelist (the platform's `invalid category value`). Matching folds case
/// and treats '-', '_' and spaces alike; synonyms map to the canonical value, which becomes the suggested
/// fix ("Approve" → "granted"). Loading params: see LoadedCodelist. Other params:
///  "multiple": separators of a multi-valued cell (e.g. ";"); "foreign-separators": separators that are
///  recognised but wrong (e.g. "|,"), reported at "separator" severity (default warning) with the cell
///  rewritten with the first of "multiple" (PA-19);
///  "normalised": severity for a value that is right but spelled differently ("Decided" for "decided";
///  default notice; "none" accepts it silently); "synonym": severity for a synonym (default: the rule's);
///  "unknown": severity for a value that is not in the list (default: the rule's; e.g. info for free-text
///  gender). Severities never exceed the rule's.
/// Unknown values use the rule's message, with {detail} = "Did you mean 'x'?" when a close value exists;
/// synonyms, spelling and separator findings carry their own sentence naming the canonical value.
class CodelistCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    LoadedCodelist m_codelist;
    std::string m_separators;
    std::string m_foreign;
    std::optional<Severity> m_normalised;
    std::optional<Severity> m_synonym;
    std::optional<Severity> m_unknown;
    std::optional<Severity> m_separator;
};

} // namespace plumbline
