#include "checks/planning/count_in_text_check.h"

#include "table/table.h"
#include "values/text_util.h"

#include <re2/re2.h>

#include <algorithm>
#include <numeric>

namespace plumbline {

namespace {

constexpr const char* kNumberWords[] = {
    "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",     "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

/// A count's number: digits (commas as thousands separators) or a word one…twenty; -1 if neither.
long long numberOf(std::string_view text)
{
    if (!text.empty() && text.front() >= '0' && text.front() <= '9') {
        long long n = 0;
        for (char c : text) {
            if (c == ',')
                continue;
            if (c < '0' || c > '9' || n > 100000000)
                return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
    const std::string lower = textutil::asciiLower(text);
    for (std::size_t i = 0; i < std::size(kNumberWords); ++i)
        if (lower == kNumberWords[i])
            return (long long)(i + 1);
    return -1;
}

std::optional<Severity> severityParam(ParamReader& params, const char* key, Severity fallback, Severity cap)
{
    const QString text = params.string(key, severityName(fallback));
    if (text == QLatin1String("none"))
        return std::nullopt;
    Severity s = cap;
    if (!parseSeverity(text, &s))
        params.fail(QLatin1String(key), QStringLiteral("expected error, warning, notice, info or none"));
    return std::min(s, cap);
}

} // namespace

std::unique_ptr<Check> CountInTextCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<CountInTextCheck>();
    QStringList nouns = params.strings("nouns");
    if (nouns.isEmpty())
        nouns =
            QStringList{QStringLiteral("dwellinghouses"), QStringLiteral("dwellings"), QStringLiteral("homes"),
                        QStringLiteral("units"),          QStringLiteral("flats"),     QStringLiteral("houses"),
                        QStringLiteral("apartments"),     QStringLiteral("bungalows"), QStringLiteral("maisonettes")};
    // Each plural noun also matches its singular (for "one dwelling"): the trailing 's' is captured.
    QStringList stems;
    for (const QString& noun : nouns) {
        QString stem = QString::fromStdString(re2::RE2::QuoteMeta(noun.toStdString()));
        if (stem.endsWith(QLatin1Char('s')))
            stem.chop(1);
        stems << stem;
    }
    QStringList words;
    for (const char* w : kNumberWords)
        words << QLatin1String(w);
    const QString pattern =
        QStringLiteral("(?i)\\b((?:up\\s+to|approximately|approx\\.?|about|around|circa|c\\.|in\\s+the\\s+region\\s+of|"
                       "at\\s+least|(?:a\\s+)?minimum\\s+of|(?:a\\s+)?maximum\\s+of|min\\.?|max\\.?)\\s+)?"
                       "(?:(\\d[\\d,]*|%1)\\s*(?:-|\\x{2013}|to)\\s*)?"
                       "(\\d[\\d,]*|%1)(?:\\s*nos?\\.?)?\\s+"
                       "(?:(?:new|additional|residential|affordable|market|retirement|private|detached|"
                       "semi-detached|terraced|self-contained)\\s+){0,2}"
                       "(?:%2)(s?)\\b")
            .arg(words.join(QLatin1Char('|')), stems.join(QLatin1Char('|')));
    re2::RE2::Options options;
    options.set_log_errors(false);
    auto count = std::make_shared<re2::RE2>(pattern.toStdString(), options);
    if (!count->ok())
        params.fail(QStringLiteral("nouns"),
                    QStringLiteral("do not make a valid expression: %1").arg(QString::fromStdString(count->error())));
    check->m_count = std::move(count);
    check->m_replacement = std::make_shared<re2::RE2>(
        "(?i)\\b(?:demoli\\w*|replac\\w*|remov\\w*|loss\\s+of|existing\\s+(?:dwelling|house|home|bungalow|flat|"
        "cottage)s?\\b)",
        options);
    check->m_replacementSeverity = severityParam(params, "replacement", Severity::Notice, rule.severity);
    check->m_severalSeverity = severityParam(params, "several", Severity::Notice, rule.severity);
    return check;
}

CountInTextCheck::Counts CountInTextCheck::extract(std::string_view text) const
{
    Counts out;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece qualifier, from, number, plural;
    while (re2::RE2::FindAndConsume(&input, *m_count, &qualifier, &from, &number, &plural)) {
        const long long n = numberOf(std::string_view(number.data(), number.size()));
        if (n < 0)
            continue;
        if (plural.empty() && n != 1)
            continue; // "3 bedroom house" style: the noun is singular, so this is no count
        if (!qualifier.empty() || !from.empty())
            out.uncertain = true;
        out.values.push_back(n);
    }
    if (!out.values.empty())
        out.replacement = re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *m_replacement);
    return out;
}

void CountInTextCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    const int textColumn = column(0);
    const int numberColumn = column(1);
    std::string detail;
    for (std::size_t row = first; row < last; ++row) {
        const std::string_view numberText = table.cell(row, numberColumn);
        const auto number = textutil::parseInteger(textutil::trim(numberText));
        if (!number)
            continue; // blank or not a whole number: the type rule's business
        const std::string_view text = table.cell(row, textColumn);
        if (textutil::isBlank(text))
            continue;
        const Counts counts = extract(text);
        if (counts.values.empty() || counts.uncertain)
            continue;
        const long long n = *number;
        const auto& values = counts.values;
        std::optional<Severity> severity = sink.severity();
        std::string suggestion;
        if (values.size() == 1) {
            if (n == values.front())
                continue;
            suggestion = std::to_string(values.front());
            detail = "the text gives " + suggestion;
            if (counts.replacement && n < values.front()) {
                severity = m_replacementSeverity;
                detail += "; if that is gross, the difference may be the homes it demolishes or replaces";
            }
        } else {
            const long long total = std::accumulate(values.begin(), values.end(), 0LL);
            const long long largest = *std::max_element(values.begin(), values.end());
            if (std::find(values.begin(), values.end(), n) != values.end() || n == total ||
                n == largest - (total - largest))
                continue;
            severity = m_severalSeverity;
            detail = "the text gives ";
            for (std::size_t i = 0; i < values.size(); ++i)
                detail += (i == 0 ? "" : i + 1 == values.size() ? " and " : ", ") + std::to_string(values[i]);
            detail += " (" + std::to_string(total) + " in all)";
        }
        if (!severity)
            continue;
        FindingExtra extra;
        extra.withDetail(detail).withColumn2(textColumn).withSeverity(*severity);
        if (!suggestion.empty())
            extra.suggest(suggestion);
        sink.add(row, numberColumn, numberText, extra);
    }
}

} // namespace plumbline
