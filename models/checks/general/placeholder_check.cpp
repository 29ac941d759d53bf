#include "checks/general/placeholder_check.h"

#include "checks/general/required_check.h"
#include "checks/support/text_profile.h"
#include "values/text_util.h"

namespace plumbline {

std::unique_ptr<Check> PlaceholderCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<PlaceholderCheck>();
    for (const auto& v : params.strings("values"))
        check->m_values.push_back(textutil::asciiLower(textutil::tidySpaces(v.toStdString())));
    check->m_nullTokens = params.boolean("null-tokens", true);
    if (!check->m_nullTokens && check->m_values.empty())
        params.fail(QStringLiteral("values"),
                    QStringLiteral("with \"null-tokens\": false the rule needs its own values"));
    return check;
}

const std::vector<std::uint64_t>* PlaceholderCheck::skippableRows(const BindContext& context, int column) const
{
    return m_nullTokens && m_values.empty() && context.profiles ? context.profiles->filled(column) : nullptr;
}

bool PlaceholderCheck::test(std::string_view value, Verdict& verdict) const
{
    bool placeholder = m_nullTokens && RequiredCheck::isNullToken(value);
    if (!placeholder && !m_values.empty()) {
        const std::string lower = textutil::asciiLower(textutil::tidySpaces(value));
        for (const auto& v : m_values)
            placeholder = placeholder || v == lower;
    }
    if (placeholder)
        verdict.suggestion = std::string();
    return placeholder;
}

} // namespace plumbline
