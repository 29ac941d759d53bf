#pragma once

#include "core/result.h"

#include <QString>

#include <memory>
#include <string_view>

namespace re2 {
class RE2;
}

namespace plumbline {

/// The free-text search of the row filter: plain text (a byte search; case-insensitive through RE2 with the
/// text quoted) or an RE2 expression (linear time: no expression can hang the search). Thread-safe after
/// creation: one matcher serves every worker thread.
class TextMatcher final
{
public:
    /// An Error (a sentence about the expression) when regex is set and text is not a valid RE2 expression.
    static Result<std::shared_ptr<const TextMatcher>> create(const QString& text, bool regex, bool caseSensitive);
    ~TextMatcher();

    bool matches(std::string_view value) const;

private:
    TextMatcher() = default;
    std::string m_plain;             // case-sensitive plain text: a byte search
    std::unique_ptr<re2::RE2> m_re2; // otherwise
};

} // namespace plumbline
