#include "checks/popolo/contact_value_check.h"

#include "checks/popolo/popolo_check.h"
#include "table/table.h"
#include "values/text_util.h"
#include "values/web_identifiers.h"

#include <algorithm>
#include <array>

namespace plumbline {

using values::HandleForm;

namespace {

QString formName(int form, bool plural, bool twitter)
{
    const char* thing = twitter ? "handle" : "page name";
    switch (HandleForm(form)) {
    case HandleForm::Bare:
        return QStringLiteral("%1bare %2%3")
            .arg(QLatin1String(plural ? "" : "a "), QLatin1String(thing), QLatin1String(plural ? "s" : ""));
    case HandleForm::At:
        return QStringLiteral("%1@%2%3").arg(QLatin1String(plural ? "" : "an "), QLatin1String(thing),
                                             QLatin1String(plural ? "s" : ""));
    case HandleForm::Url:
        return plural ? QStringLiteral("URLs") : QStringLiteral("a URL");
    }
    return {};
}

/// "41 bare handles", "1 URL".
QString counted(std::size_t n, int form, bool twitter)
{
    QString words = formName(form, n != 1, twitter);
    if (n == 1)
        words = words.section(QLatin1Char(' '), 1); // "a URL" → "URL"
    return QStringLiteral("%1 %2").arg(n).arg(words);
}

} // namespace

std::unique_ptr<Check> ContactValueCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<ContactValueCheck>();
    const QStringList services{QStringLiteral("email"), QStringLiteral("twitter"), QStringLiteral("facebook")};
    const QString service = params.choice("service", services);
    check->m_service = Service(std::max<qsizetype>(0, services.indexOf(service)));
    for (const auto& t : params.has("types") ? params.strings("types") : QStringList{service})
        check->m_types.push_back(t.toLower().toStdString());
    const QStringList forms{QStringLiteral("auto"), QStringLiteral("bare"), QStringLiteral("at"),
                            QStringLiteral("url")};
    check->m_form = int(forms.indexOf(params.choice("form", forms))) - 1;
    check->m_otherForm = popolo::readWeakerSeverity(params, "other-form", Severity::Info, rule);
    return check;
}

bool ContactValueCheck::wanted(const Table& table, std::size_t row) const
{
    if (column(1) < 0)
        return true;
    const auto type = textutil::trim(table.cell(row, column(1)));
    return std::any_of(m_types.begin(), m_types.end(), [&](const std::string& t) {
        return std::equal(t.begin(), t.end(), type.begin(), type.end(),
                          [](char lower, char c) { return lower == ((c >= 'A' && c <= 'Z') ? char(c + 32) : c); });
    });
}

void ContactValueCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int valueColumn = column(0);
    if (m_service == Service::Email) {
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            const auto value = table.cell(row, valueColumn);
            if (textutil::isBlank(value) || !wanted(table, row))
                continue;
            std::string suggestion;
            const values::Verdict verdict = values::checkEmail(value, &suggestion);
            if (verdict == values::Verdict::Valid || (verdict == values::Verdict::NonCanonical && !m_otherForm))
                continue;
            FindingExtra extra;
            if (!suggestion.empty())
                extra.suggest(suggestion);
            extra.tentative = verdict == values::Verdict::Invalid; // glued addresses split: a person checks
            if (verdict == values::Verdict::NonCanonical)
                extra.withSeverity(*m_otherForm);
            sink.add(row, valueColumn, value, extra);
        }
        return;
    }
    const bool twitter = m_service == Service::Twitter;
    // The form each valid value is written in; -1 = no handle or page in it.
    std::vector<std::int8_t> forms(table.rowCount(), -2);
    std::array<std::size_t, 3> counts{};
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const auto value = textutil::trim(table.cell(row, valueColumn));
        if (value.empty() || !wanted(table, row))
            continue;
        std::string_view handle;
        std::string page;
        const bool ok =
            twitter ? values::extractTwitterHandle(value, &handle) : values::extractFacebookPage(value, &page);
        HandleForm form = HandleForm::Bare;
        if (!ok)
            forms[row] = -1;
        else {
            const std::string lower = textutil::asciiLower(value);
            if (!lower.empty() && lower.front() == '@')
                form = HandleForm::At;
            else if (lower.find("://") != std::string::npos ||
                     lower.find(twitter ? "twitter.com" : "facebook.com") != std::string::npos ||
                     lower.rfind("www.", 0) == 0)
                form = HandleForm::Url;
            forms[row] = std::int8_t(form);
            ++counts[std::size_t(form)];
        }
    }
    if (progress.canceled())
        return;
    int target = m_form;
    if (target < 0) {
        target = 0;
        for (int f = 1; f < 3; ++f)
            if (counts[std::size_t(f)] > counts[std::size_t(target)])
                target = f;
    }
    const int kinds = (counts[0] > 0) + (counts[1] > 0) + (counts[2] > 0);
    if (kinds > 1 && m_otherForm) {
        QStringList parts;
        for (int f = 0; f < 3; ++f)
            if (counts[std::size_t(f)])
                parts << counted(counts[std::size_t(f)], f, twitter);
        const std::string message =
            QStringLiteral("%1 values are written in several forms: %2.")
                .arg(QLatin1String(twitter ? "Twitter" : "Facebook"), parts.join(QLatin1String(", ")))
                .toStdString();
        sink.addTableLevel(valueColumn, {}, FindingExtra().asMessage(message).withSeverity(*m_otherForm));
    }
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if (forms[row] == -2)
            continue;
        const auto value = table.cell(row, valueColumn);
        if (forms[row] == -1) {
            sink.add(row, valueColumn, value,
                     FindingExtra().withDetail(twitter ? "has no Twitter handle" : "is not a Facebook page"));
            continue;
        }
        if (!m_otherForm)
            continue;
        std::string suggestion;
        const values::Verdict verdict = twitter ? values::checkTwitter(value, HandleForm(target), &suggestion)
                                                : values::checkFacebook(value, HandleForm(target), &suggestion);
        if (verdict == values::Verdict::Valid)
            continue;
        const std::string detail = forms[row] == target
                                       ? std::string("is not in canonical form")
                                       : QStringLiteral("is %1 where most values are %2")
                                             .arg(formName(forms[row], false, twitter), formName(target, true, twitter))
                                             .toStdString();
        FindingExtra extra = FindingExtra().withDetail(detail).withSeverity(*m_otherForm);
        if (!suggestion.empty())
            extra.suggest(suggestion);
        sink.add(row, valueColumn, value, extra);
    }
}

} // namespace plumbline
