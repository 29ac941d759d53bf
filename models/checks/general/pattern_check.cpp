#include "checks/general/pattern_check.h"

#include "values/text_util.h"

#include <re2/re2.h>

namespace plumbline {

std::unique_ptr<Check> PatternCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<PatternCheck>();
    const QString pattern = params.requiredString("pattern");
    check->m_full =
        params.choice("match", {QStringLiteral("full"), QStringLiteral("partial")}) == QLatin1String("full");
    check->m_negate = params.boolean("negate", false);
    if (const auto maxLength = params.optionalNumber("max-length")) {
        if (*maxLength < 1 || *maxLength != double(std::size_t(*maxLength)))
            params.fail(QStringLiteral("max-length"), QStringLiteral("expected a whole number of characters ≥ 1"));
        else
            check->m_maxLength = std::size_t(*maxLength);
    }
    re2::RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(params.boolean("case-sensitive", true));
    auto re = std::make_shared<re2::RE2>(pattern.toStdString(), options);
    if (!pattern.isEmpty() && !re->ok())
        params.fail(QStringLiteral("pattern"),
                    QStringLiteral("not a valid RE2 expression: %1").arg(QString::fromStdString(re->error())));
    check->m_re = std::move(re);
    return check;
}

bool PatternCheck::test(std::string_view value, Verdict&) const
{
    if (m_maxLength && value.size() > m_maxLength && textutil::utf8Length(value) > m_maxLength)
        return m_negate == false;
    const re2::StringPiece piece(value.data(), value.size());
    const bool match = m_full ? re2::RE2::FullMatch(piece, *m_re) : re2::RE2::PartialMatch(piece, *m_re);
    return match == m_negate;
}

} // namespace plumbline
