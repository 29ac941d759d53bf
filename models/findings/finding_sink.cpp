#include "findings/finding_sink.h"

#include "findings/suggester.h"
#include "table/table.h"

namespace plumbline {

TextRef FindingSink::store(std::string_view text, bool truncate)
{
    if (text.empty())
        return {};
    if (truncate && text.size() > kMaxValueBytes) {
        std::size_t cut = kMaxValueBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        text = text.substr(0, cut);
        const auto at = m_text.size();
        m_text.insert(m_text.end(), text.begin(), text.end());
        static constexpr std::string_view ellipsis = "\xE2\x80\xA6";
        m_text.insert(m_text.end(), ellipsis.begin(), ellipsis.end());
        return TextRef::make(at, std::uint32_t(m_text.size() - at));
    }
    if (text.size() > 0xffffffU)
        text = text.substr(0, 0xffffffU);
    const auto at = m_text.size();
    m_text.insert(m_text.end(), text.begin(), text.end());
    return TextRef::make(at, std::uint32_t(text.size()));
}

void FindingSink::addRecord(RecordId record, std::uint32_t row1, int column, std::string_view value,
                            const FindingExtra& extra)
{
    FindingRecord r;
    r.rule = m_rule;
    r.record = record;
    r.row = row1;
    r.table = m_tableIndex;
    r.column = std::int16_t(column);
    r.column2 = std::int16_t(extra.column2);
    r.severity = extra.severity.value_or(m_severity);
    if (extra.ownMessage)
        r.flags |= FindingRecord::kOwnMessage;
    r.value = store(value, true);
    if (extra.suggestion) {
        r.flags |= FindingRecord::kHasSuggestion;
        if (extra.tentative)
            r.flags |= FindingRecord::kTentative;
        r.suggestion = store(*extra.suggestion, true);
    } else if (m_fix) {
        if (const auto fixed = m_fix->suggest(value); fixed && *fixed != value) {
            r.flags |= FindingRecord::kHasSuggestion;
            r.suggestion = store(*fixed, true);
        }
    }
    r.detail = store(extra.detail, !extra.ownMessage);
    m_records.push_back(r);
}

void FindingSink::add(std::size_t row, int column, std::string_view value, const FindingExtra& extra)
{
    addRecord(m_table->recordId(row), std::uint32_t(row + 1), column, value, extra);
}

void FindingSink::addTableLevel(int column, std::string_view value, const FindingExtra& extra)
{
    addRecord(kNoRecord, 0, column, value, extra);
}

} // namespace plumbline
