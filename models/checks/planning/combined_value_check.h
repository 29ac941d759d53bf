#pragma once

#include "checks/support/codelist_support.h"

#include <string>
#include <vector>

namespace plumbline {

/// `combined-value`: one cell holds several values of a field that takes one — two dates
/// ("12/01/2020; 15/02/2020"), two URLs, two UPRNs, two references, two decisions ("granted, refused").
/// The platform keeps one value per field and entry; when entries for one entity disagree it combines them
/// (its `combined-value` issue), so a cell that already combines several is the same problem at the source.
///
/// A value is reported when it splits at the separators into two or more non-blank parts, every part is a
/// value of the "type" and the whole is not (so "12 March, 2020" is one date, "1,000" one number).
/// Params: "type": "code" (default: a short token with a digit and no spaces, such as a reference or a UPRN),
/// "date", "url", "integer", "decimal" or "codelist" (with the codelist params: "codelist", "values",
/// "synonyms"); "separators": the strings that may join values (default ";", "|", newline, " and ", " & ",
/// plus "," and " " where the type cannot contain them). {detail} lists the parts; there is no single
/// suggestion — which value is right, or whether the others need their own records, is a person's call.
class CombinedValueCheck final : public ValueCheck
{
public:
    enum class Type { Code, Date, Url, Integer, Decimal, Codelist };

    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    /// The non-blank, trimmed parts of value split at any of separators (longest separator first).
    static std::vector<std::string_view> split(std::string_view value, const std::vector<std::string>& separators);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    bool isOne(std::string_view part) const;

    Type m_type = Type::Code;
    std::vector<std::string> m_separators;
    LoadedCodelist m_codelist;
};

} // namespace plumbline
