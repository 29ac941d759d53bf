#include "checks/whitespace_check.h"

#include "checks/text_util.h"
#include "io/source_info.h"
#include "table/table.h"
#include "values/text_hygiene.h"

namespace plumbline {

using values::TextIssue;

namespace {

std::string issueNames(std::uint32_t issues)
{
    std::string out;
    for (std::uint32_t bit = 1; bit && bit <= std::uint32_t(TextIssue::Mojibake); bit <<= 1) {
        if (!(issues & bit))
            continue;
        if (!out.empty())
            out += ", ";
        out += std::string(values::textIssueName(TextIssue(bit)));
    }
    return out;
}

constexpr std::uint32_t kEncodingIssues =
    std::uint32_t(TextIssue::InvalidUtf8) | std::uint32_t(TextIssue::ReplacementChar) | std::uint32_t(TextIssue::Mojibake);

} // namespace

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
    if (value.front() != ' ' && value.back() != ' ' && textutil::isPrintableAscii(value) && !textutil::hasDoubleSpace(value))
        return false;
    const values::TextScanOptions options{m_lineBreaks, m_tabs};
    const std::uint32_t issues = values::scanText(value, options).issues & m_mask;
    if (!issues)
        return false;
    verdict.detail = issueNames(issues);
    verdict.suggestion = values::cleanText(value, options);
    return true;
}

std::unique_ptr<Check> EncodingCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<EncodingCheck>();
    check->m_file = params.boolean("file", true);
    return check;
}

bool EncodingCheck::prepare(const BindContext& context, QString*)
{
    m_fileEncoding.clear();
    if (m_file && context.source && context.source->encoding != TextEncoding::Utf8 &&
        context.source->encoding != TextEncoding::Utf16LE && context.source->encoding != TextEncoding::Utf16BE)
        m_fileEncoding = textEncodingName(context.source->encoding).toStdString();
    return true;
}

bool EncodingCheck::test(std::string_view value, Verdict& verdict) const
{
    if (!textutil::hasNonAscii(value))
        return false;
    const std::uint32_t issues = values::scanText(value, {true, true}).issues & kEncodingIssues;
    if (!issues)
        return false;
    verdict.detail = issueNames(issues);
    std::string repaired;
    if (issues & std::uint32_t(TextIssue::InvalidUtf8)) {
        verdict.suggestion = values::decodeWindows1252(value);
    } else if ((issues & std::uint32_t(TextIssue::Mojibake)) && values::repairMojibake(value, &repaired)) {
        verdict.suggestion = std::move(repaired);
    }
    return true;
}

void EncodingCheck::checkSet(const Table& table, FindingSink& sink, Progress&) const
{
    const std::string message = "The file is encoded as " + m_fileEncoding + ", not UTF-8 (the platform's "
                                "datasets are UTF-8); save it as UTF-8.";
    sink.addTableLevel(-1, m_fileEncoding, FindingExtra().asMessage(message).suggest("UTF-8"));
    checkRows(table, 0, table.rowCount(), sink);
}

} // namespace plumbline
