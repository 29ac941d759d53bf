#include "checks/planning/combined_value_check.h"

#include "values/identifiers.h"
#include "values/imprecise_date.h"
#include "values/text_util.h"
#include "values/web_identifiers.h"

#include <algorithm>

namespace plumbline {

namespace {

/// Separators that cannot occur inside a value of the type, so splitting at them never cuts one value in two.
std::vector<std::string> defaultSeparators(CombinedValueCheck::Type type)
{
    using Type = CombinedValueCheck::Type;
    std::vector<std::string> s{";", "|", "\n", " and ", " & "};
    switch (type) {
    case Type::Code:
    case Type::Url:
        s.insert(s.end(), {",", " "});
        break;
    case Type::Date:
        s.insert(s.end(), {",", " to "});
        break;
    case Type::Integer:
    case Type::Decimal:
        s.emplace_back(" "); // not ",": 1,000 is one number
        break;
    case Type::Codelist:
        s.insert(s.end(), {",", "/"});
        break;
    }
    return s;
}

/// A reference-like code: 1 to 30 characters of letters, digits and ./-_ with at least one digit.
bool isCode(std::string_view s)
{
    if (s.empty() || s.size() > 30)
        return false;
    bool digit = false;
    for (const char c : s) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '/' || c == '-' || c == '_'))
            return false;
    }
    return digit;
}

} // namespace

std::unique_ptr<Check> CombinedValueCheck::create(ParamReader& params, const Rule&, const CheckEnv& env)
{
    auto check = std::make_unique<CombinedValueCheck>();
    const QString type =
        params.choice("type", {QStringLiteral("code"), QStringLiteral("date"), QStringLiteral("url"),
                               QStringLiteral("integer"), QStringLiteral("decimal"), QStringLiteral("codelist")});
    const QStringList types{QStringLiteral("code"),    QStringLiteral("date"),    QStringLiteral("url"),
                            QStringLiteral("integer"), QStringLiteral("decimal"), QStringLiteral("codelist")};
    check->m_type = Type(std::max<qsizetype>(0, types.indexOf(type)));
    if (check->m_type == Type::Codelist)
        check->m_codelist = LoadedCodelist::load(params, env);
    if (params.has("separators")) {
        for (const auto& s : params.strings("separators"))
            if (!s.isEmpty())
                check->m_separators.push_back(s.toStdString());
        if (check->m_separators.empty())
            params.fail(QStringLiteral("separators"), QStringLiteral("expected at least one non-empty separator"));
    } else {
        check->m_separators = defaultSeparators(check->m_type);
    }
    // Longest first, so " and " wins over " " at the same position.
    std::stable_sort(check->m_separators.begin(), check->m_separators.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return check;
}

std::vector<std::string_view> CombinedValueCheck::split(std::string_view value,
                                                        const std::vector<std::string>& separators)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    std::size_t i = 0;
    auto push = [&](std::size_t end) {
        const auto part = textutil::trim(value.substr(start, end - start));
        if (!part.empty())
            parts.push_back(part);
    };
    while (i < value.size()) {
        std::size_t matched = 0;
        for (const auto& s : separators)
            if (value.compare(i, s.size(), s) == 0) {
                matched = s.size();
                break;
            }
        if (matched == 0) {
            ++i;
            continue;
        }
        push(i);
        i += matched;
        start = i;
    }
    push(value.size());
    return parts;
}

bool CombinedValueCheck::isOne(std::string_view part) const
{
    switch (m_type) {
    case Type::Code:
        return isCode(part);
    case Type::Date:
        return values::parseDate(part).ok();
    case Type::Url:
        return values::checkUrl(part) != values::Verdict::Invalid;
    case Type::Integer:
        return values::checkInteger(part) != values::Verdict::Invalid;
    case Type::Decimal:
        return values::checkDecimal(part) != values::Verdict::Invalid;
    case Type::Codelist:
        return m_codelist.matcher && m_codelist.matcher->match(part).resolved();
    }
    return false;
}

bool CombinedValueCheck::test(std::string_view value, Verdict& verdict) const
{
    // Most cells hold no separator at all: one pass over the bytes decides.
    bool any = false;
    for (const auto& s : m_separators)
        if (value.find(s) != std::string_view::npos) {
            any = true;
            break;
        }
    if (!any)
        return false;
    const auto parts = split(value, m_separators);
    // A URL may itself contain ';' or ',', but two parts that each start with a scheme are two addresses.
    const bool urls = m_type == Type::Url && std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
                          return p.starts_with("http://") || p.starts_with("https://");
                      });
    if (parts.size() < 2 || (!urls && isOne(textutil::trim(value))))
        return false;
    for (const auto part : parts)
        if (!isOne(part))
            return false;
    std::string detail = std::to_string(parts.size()) + " values: ";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            detail += ", ";
        detail += '\'';
        detail += parts[i];
        detail += '\'';
    }
    verdict.detail = std::move(detail);
    return true;
}

} // namespace plumbline
