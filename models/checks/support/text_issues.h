#pragma once

#include "values/text_hygiene.h"

#include <cstdint>
#include <string>

namespace plumbline {

/// The values::TextIssue bits that are about encoding (the encoding check) rather than spacing (whitespace).
constexpr std::uint32_t kEncodingIssues = std::uint32_t(values::TextIssue::InvalidUtf8) |
                                          std::uint32_t(values::TextIssue::ReplacementChar) |
                                          std::uint32_t(values::TextIssue::Mojibake);

/// "trailing whitespace, no-break space": the names of the issues in a bit set, for {detail}.
inline std::string textIssueNames(std::uint32_t issues)
{
    std::string out;
    for (std::uint32_t bit = 1; bit && bit <= std::uint32_t(values::TextIssue::Mojibake); bit <<= 1) {
        if (!(issues & bit))
            continue;
        if (!out.empty())
            out += ", ";
        out += std::string(values::textIssueName(values::TextIssue(bit)));
    }
    return out;
}

} // namespace plumbline
