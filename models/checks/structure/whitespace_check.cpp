#include "checks/structure/whitespace_check.h"

#include "checks/support/text_issues.h"
#include "values/text_hygiene.h"
#include "values/text_util.h"

namespace plumbline {

using values::TextIssue;

std::unique_ptr<Check> WhitespaceCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<WhitespaceCheck>();
    check->m_lineBreaks = params.boolean("allow-line-breaks", false);
    check->m_tabs = params.boolean("allow-tabs", false);
    check->m_mask = ~kEncodingIssues;
    if (!params.boolean("repeated-spaces", true))
        check->m_mask &= ~std::uint32_t(TextIssue::RepeatedSpaces);
    return check;
}

bool WhitespaceCheck::test(std::string_view value, Verdict& verdict) const
{
    if (value.empty())
        return false;
    if (value.front() != ' ' && value.back() != ' ' && textutil::isPrintableAscii(value) &&
        !textutil::hasDoubleSpace(value))
        return false;
    const values::TextScanOptions options{m_lineBreaks, m_tabs};
    const std::uint32_t issues = values::scanText(value, options).issues & m_mask;
    if (!issues)
        return false;
    verdict.detail = textIssueNames(issues);
    verdict.suggestion = values::cleanText(value, options);
    return true;
}

} // namespace plumbline
