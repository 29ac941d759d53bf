#pragma once

#include "findings/severity.h"

#include <cstdint>

namespace plumbline {

/// Where a string lives in a findings text arena: 40-bit offset, 24-bit length, packed into 8 bytes.
struct TextRef
{
    std::uint64_t bits = 0;

    static TextRef make(std::uint64_t offset, std::uint32_t size)
    {
        return TextRef{(offset << 24) | (size & 0xffffffU)};
    }
    std::uint64_t offset() const { return bits >> 24; }
    std::uint32_t size() const { return std::uint32_t(bits & 0xffffffU); }
    bool empty() const { return size() == 0; }
    TextRef rebased(std::uint64_t delta) const { return empty() ? TextRef{} : make(offset() + delta, size()); }
};

/// The compact stored form of a finding (48 bytes). Rule and table are indexes into the store's interned lists;
/// strings are TextRefs into the store's arena, so a million findings cost about 50 MB plus their values.
struct FindingRecord
{
    std::uint32_t rule = 0;    ///< index into FindingStore::rules()
    std::uint32_t record = 0;  ///< RecordId, or kNoRecord
    std::uint32_t row = 0;     ///< 1-based view row at validation time; 0 = table-level
    std::uint16_t table = 0;   ///< index into FindingStore::tables()
    std::int16_t column = -1;  ///< primary column index in the table; -1 = none
    std::int16_t column2 = -1; ///< second column (compare, conditional); -1 = none
    Severity severity = Severity::Error;
    std::uint8_t flags = 0; ///< kHasSuggestion | kOwnMessage | kTentative
    TextRef value;
    TextRef suggestion;
    TextRef detail; ///< extra context for the message template ({detail})

    static constexpr std::uint8_t kHasSuggestion = 1;
    static constexpr std::uint8_t kOwnMessage = 2; ///< detail is the whole message (not the rule's template)
    /// The suggestion is a likely repair, not a certain one (a misspelling's nearest codelist value, glued e-mail
    /// addresses split): a person confirms it before it is applied.
    static constexpr std::uint8_t kTentative = 4;
    bool hasSuggestion() const { return flags & kHasSuggestion; }
    bool hasOwnMessage() const { return flags & kOwnMessage; }
    bool isTentative() const { return flags & kTentative; }
};

} // namespace plumbline
