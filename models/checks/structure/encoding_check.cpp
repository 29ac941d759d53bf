#include "checks/structure/encoding_check.h"

#include "checks/support/row_recheck.h"
#include "checks/support/text_issues.h"
#include "table/source_info.h"
#include "table/table.h"
#include "values/text_hygiene.h"
#include "values/text_util.h"

#include <algorithm>

namespace plumbline {

using values::TextIssue;

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
    verdict.detail = textIssueNames(issues);
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
    const std::string message = "The file is encoded as " + m_fileEncoding +
                                ", not UTF-8 (the platform's "
                                "datasets are UTF-8); save it as UTF-8.";
    sink.addTableLevel(-1, m_fileEncoding, FindingExtra().asMessage(message).suggest("UTF-8"));
    checkRows(table, 0, table.rowCount(), sink);
}

std::vector<RecordId> EncodingCheck::recheck(const Table& table, const std::vector<RecordId>& records,
                                             FindingSink& sink)
{
    return recheckEditedRows(table, records,
                             [&](std::size_t first, std::size_t last) { checkRows(table, first, last, sink); });
}

} // namespace plumbline
