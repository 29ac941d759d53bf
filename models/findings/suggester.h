#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plumbline {

/// Computes the suggested value for an offending one when a check gives none (a rule's fix). Lets the findings
/// layer ask for a suggestion without knowing how rules describe fixes.
class Suggester
{
public:
    virtual ~Suggester() = default;
    /// The suggested value, or nothing when there is none or it equals value.
    virtual std::optional<std::string> suggest(std::string_view value) const = 0;
};

} // namespace plumbline
