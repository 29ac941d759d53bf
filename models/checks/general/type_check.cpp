#include "checks/general/type_check.h"

#include "values/identifiers.h"
#include "values/imprecise_date.h"
#include "values/web_identifiers.h"

#include <algorithm>

namespace plumbline {

using namespace values;

QStringList TypeCheck::typeNames()
{
    return {
        QStringLiteral("integer"), QStringLiteral("decimal"), QStringLiteral("date"),    QStringLiteral("datetime"),
        QStringLiteral("flag"),    QStringLiteral("boolean"), QStringLiteral("url"),     QStringLiteral("email"),
        QStringLiteral("curie"),   QStringLiteral("uprn"),    QStringLiteral("usrn"),    QStringLiteral("postcode"),
        QStringLiteral("gss"),     QStringLiteral("qid"),     QStringLiteral("twitter"), QStringLiteral("facebook")};
}

std::unique_ptr<Check> TypeCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<TypeCheck>();
    const QString type = params.requiredString("type");
    const int index = int(typeNames().indexOf(type));
    if (index < 0 && !type.isEmpty())
        params.fail(QStringLiteral("type"),
                    QStringLiteral("unknown type '%1' (known: %2)").arg(type, typeNames().join(QLatin1String(", "))));
    check->m_type = Type(std::max(index, 0));

    Severity nonCanonical = Severity::Notice;
    const QString nc = params.string("non-canonical", QStringLiteral("notice"));
    if (!parseSeverity(nc, &nonCanonical))
        params.fail(QStringLiteral("non-canonical"), QStringLiteral("expected one of error, warning, notice, info"));
    check->m_nonCanonical = std::min(nonCanonical, rule.severity);

    switch (check->m_type) {
    case Type::Flag:
    case Type::Boolean: {
        const QStringList styles{QStringLiteral("yes-no"), QStringLiteral("true-false"), QStringLiteral("True-False"),
                                 QStringLiteral("1-0")};
        QStringList ordered = styles;
        if (check->m_type == Type::Boolean)
            ordered.move(1, 0); // booleans default to true/false
        check->m_style = int(styles.indexOf(params.choice("style", ordered)));
        break;
    }
    case Type::Twitter:
    case Type::Facebook: {
        const QStringList forms{QStringLiteral("bare"), QStringLiteral("at"), QStringLiteral("url")};
        check->m_style = int(forms.indexOf(params.choice("form", forms)));
        break;
    }
    case Type::Date:
    case Type::DateTime: {
        const QStringList precisions{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day")};
        check->m_minPrecision = int(precisions.indexOf(params.choice("min-precision", precisions)));
        check->m_isoOnly = params.boolean("iso", false);
        break;
    }
    case Type::Gss:
        for (const auto& e : params.strings("entities"))
            check->m_entities.push_back(e.toStdString());
        check->m_entityViews.assign(check->m_entities.begin(), check->m_entities.end());
        break;
    default:
        break;
    }
    return check;
}

bool TypeCheck::testDate(std::string_view value, Verdict& verdict) const
{
    const DateParse parsed = parseDate(value);
    if (!parsed.ok()) {
        ImpreciseDate serial;
        if (parseExcelSerial(value, &serial)) {
            verdict.suggestion = toIsoString(serial);
            verdict.tentative = true;
            verdict.detail = "It looks like a spreadsheet day number.";
        } else {
            const QString sentence = describeDateError(value, parsed.error);
            const qsizetype colon = sentence.indexOf(QLatin1String(": "));
            QString reason = colon >= 0 ? sentence.mid(colon + 2) : sentence;
            if (!reason.isEmpty())
                reason[0] = reason[0].toUpper();
            verdict.detail = reason.toStdString();
            if (looksMonthFirst(value))
                verdict.detail += " It may be written month first.";
        }
        return true;
    }
    const ImpreciseDate& d = parsed.date;
    if (int(d.precision) < m_minPrecision) {
        static const char* const names[] = {"year", "month", "day"};
        verdict.detail = std::string("Only the ") + names[int(d.precision)] + " is given; at least the " +
                         names[m_minPrecision] + " is expected.";
        verdict.severity = m_nonCanonical;
        return true;
    }
    if (m_type == Type::Date && d.hasTime()) {
        return false; // the platform's date fields are datetimes: a time of day is fine
    }
    if (m_isoOnly && !isIsoFormat(d.format)) {
        verdict.suggestion = toIsoString(d);
        verdict.detail = "{column} '{value}' should be written as an ISO date: '{suggestion}'.";
        verdict.ownMessage = true;
        verdict.severity = m_nonCanonical;
        return true;
    }
    return false;
}

bool TypeCheck::test(std::string_view value, Verdict& verdict) const
{
    if (m_type == Type::Date || m_type == Type::DateTime)
        return testDate(value, verdict);
    std::string suggestion;
    values::Verdict v = values::Verdict::Valid;
    switch (m_type) {
    case Type::Integer:
        v = checkInteger(value, &suggestion);
        break;
    case Type::Decimal:
        v = checkDecimal(value, &suggestion);
        break;
    case Type::Flag:
    case Type::Boolean:
        v = checkBoolean(value, BoolStyle(m_style), &suggestion);
        break;
    case Type::Url:
        v = checkUrl(value, &suggestion);
        break;
    case Type::Email:
        v = checkEmail(value, &suggestion);
        break;
    case Type::Curie:
        v = checkCurie(value, &suggestion);
        break;
    case Type::Uprn:
        v = checkUprn(value, &suggestion);
        break;
    case Type::Usrn:
        v = checkUsrn(value, &suggestion);
        break;
    case Type::Postcode:
        v = checkPostcode(value, &suggestion);
        break;
    case Type::Gss:
        v = checkGssCode(value, &suggestion, m_entityViews);
        break;
    case Type::Qid:
        v = checkWikidataId(value, &suggestion);
        break;
    case Type::Twitter:
        v = checkTwitter(value, HandleForm(m_style), &suggestion);
        break;
    case Type::Facebook:
        v = checkFacebook(value, HandleForm(m_style), &suggestion);
        break;
    case Type::Date:
    case Type::DateTime:
        break;
    }
    if (v == values::Verdict::Valid)
        return false;
    if (v == values::Verdict::NonCanonical) {
        // Surrounding spaces alone are the whitespace rule's finding, not a second one here.
        const auto first = value.find_first_not_of(" \t\r\n");
        const auto last = value.find_last_not_of(" \t\r\n");
        if (first != std::string_view::npos && suggestion == value.substr(first, last - first + 1))
            return false;
        verdict.severity = m_nonCanonical;
        // Right but untidy: one plain sentence serves every type better than the rule's "is not a …".
        verdict.detail = "{column} '{value}' should be written '{suggestion}'.";
        verdict.ownMessage = true;
    }
    if (!suggestion.empty()) {
        verdict.suggestion = std::move(suggestion);
        // An invalid value's repair is a likely reading (a postcode's O for 0, an exponent's lost digits).
        verdict.tentative = v == values::Verdict::Invalid;
    }
    return true;
}

} // namespace plumbline
