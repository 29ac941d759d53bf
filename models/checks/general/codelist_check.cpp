#include "checks/general/codelist_check.h"

#include "values/text_util.h"

namespace plumbline {

namespace {

/// Reads a severity parameter: a severity name, or "none" (nullopt); never above the rule's severity.
std::optional<Severity> severityParam(ParamReader& params, const char* key, const QString& fallback, Severity cap)
{
    const QString text = params.string(key, fallback);
    if (text == QLatin1String("none"))
        return std::nullopt;
    Severity s = cap;
    if (!parseSeverity(text, &s))
        params.fail(QLatin1String(key), QStringLiteral("expected error, warning, notice, info or none"));
    return std::min(s, cap);
}

} // namespace

std::unique_ptr<Check> CodelistCheck::create(ParamReader& params, const Rule& rule, const CheckEnv& env)
{
    auto check = std::make_unique<CodelistCheck>();
    check->m_codelist = LoadedCodelist::load(params, env);
    check->m_separators = params.string("multiple").toStdString();
    check->m_foreign = params.string("foreign-separators").toStdString();
    const QString ruleSeverity = severityName(rule.severity);
    check->m_normalised = severityParam(params, "normalised", QStringLiteral("notice"), rule.severity);
    check->m_synonym = severityParam(params, "synonym", ruleSeverity, rule.severity);
    check->m_unknown = severityParam(params, "unknown", ruleSeverity, rule.severity);
    check->m_separator = severityParam(params, "separator", QStringLiteral("warning"), rule.severity);
    if (!check->m_foreign.empty() && check->m_separators.empty())
        params.fail(QStringLiteral("foreign-separators"),
                    QStringLiteral("needs params.multiple (the right separator)"));
    return check;
}

bool CodelistCheck::test(std::string_view value, Verdict& verdict) const
{
    if (!m_codelist.matcher)
        return false;
    const values::Codelist& codelist = *m_codelist.matcher;
    const bool multi = !m_separators.empty();
    const char foreign = multi ? values::firstSeparator(value, m_foreign) : '\0';
    if (!multi || (values::firstSeparator(value, m_separators) == '\0' && foreign == '\0')) {
        const values::CodeMatch match = codelist.match(value);
        switch (match.kind) {
        case values::CodeMatchKind::Exact:
        case values::CodeMatchKind::Empty:
            return false;
        case values::CodeMatchKind::Normalised:
            if (!m_normalised || textutil::trim(value) == match.canonical)
                return false; // surrounding spaces alone are the whitespace rule's
            verdict.severity = m_normalised;
            verdict.suggestion = std::string(match.canonical);
            verdict.detail = "{column} '{value}' is written differently from the codelist value '{suggestion}'.";
            verdict.ownMessage = true;
            return true;
        case values::CodeMatchKind::Synonym:
            if (!m_synonym)
                return false;
            verdict.severity = m_synonym;
            verdict.suggestion = std::string(match.canonical);
            verdict.detail = "{column} '{value}' is not a codelist value; it means '{suggestion}'.";
            verdict.ownMessage = true;
            return true;
        case values::CodeMatchKind::NoMatch:
            if (!m_unknown)
                return false;
            verdict.severity = m_unknown;
            if (!match.canonical.empty()) {
                verdict.suggestion = std::string(match.canonical);
                verdict.tentative = true; // the nearest spelling, not a known synonym
                verdict.detail = "Did you mean '" + std::string(match.canonical) + "'?";
            }
            return true;
        }
        return false;
    }
    // Multi-valued: every item must resolve; a foreign separator is its own finding.
    const std::string separators = m_separators + m_foreign;
    const auto items = values::matchMultiValue(codelist, value, separators);
    std::string unknown;
    bool rewrite = foreign != '\0';
    for (const auto& item : items) {
        if (item.match.kind == values::CodeMatchKind::NoMatch) {
            if (!unknown.empty())
                unknown += "', '";
            unknown += std::string(item.text);
        } else if (item.match.kind == values::CodeMatchKind::Synonym ||
                   (item.match.kind == values::CodeMatchKind::Normalised && m_normalised)) {
            rewrite = true;
        }
    }
    if (!unknown.empty() && m_unknown) {
        verdict.severity = m_unknown;
        verdict.detail = "Not in the codelist: '" + unknown + "'.";
        return true;
    }
    if (!rewrite)
        return false;
    verdict.suggestion = values::joinCanonical(items, m_separators.front());
    if (*verdict.suggestion == value)
        return false;
    if (foreign != '\0') {
        if (!m_separator)
            return false;
        verdict.severity = m_separator;
        verdict.detail = std::string("{column} '{value}' separates values with '") + foreign +
                         "'; the codelist values are separated by '" + m_separators.front() + "': '{suggestion}'.";
    } else {
        verdict.severity = m_synonym ? m_synonym : m_normalised;
        if (!verdict.severity)
            return false;
        verdict.detail = "{column} '{value}' holds values that are not written as in the codelist: '{suggestion}'.";
    }
    verdict.ownMessage = true;
    return true;
}

} // namespace plumbline
