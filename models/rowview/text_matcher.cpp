#include "rowview/text_matcher.h"

#include <re2/re2.h>

namespace plumbline {

TextMatcher::~TextMatcher() = default;

Result<std::shared_ptr<const TextMatcher>> TextMatcher::create(const QString& text, bool regex, bool caseSensitive)
{
    std::shared_ptr<TextMatcher> matcher(new TextMatcher);
    const QByteArray utf8 = text.toUtf8();
    const std::string pattern(utf8.constData(), std::size_t(utf8.size()));
    if (!regex && caseSensitive) {
        matcher->m_plain = pattern;
        return std::shared_ptr<const TextMatcher>(std::move(matcher));
    }
    re2::RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(caseSensitive);
    matcher->m_re2 = std::make_unique<re2::RE2>(regex ? pattern : re2::RE2::QuoteMeta(pattern), options);
    if (!matcher->m_re2->ok())
        return Error{QString(), 0, 0,
                     QStringLiteral("The search is not a valid regular expression: %1")
                         .arg(QString::fromStdString(matcher->m_re2->error()))};
    return std::shared_ptr<const TextMatcher>(std::move(matcher));
}

bool TextMatcher::matches(std::string_view value) const
{
    if (!m_re2)
        return value.find(m_plain) != std::string_view::npos;
    return re2::RE2::PartialMatch(re2::StringPiece(value.data(), value.size()), *m_re2);
}

} // namespace plumbline
