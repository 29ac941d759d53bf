#include "checks/popolo/membership_dates_check.h"

#include "checks/popolo/popolo_index.h"
#include "table/table.h"
#include "values/text_util.h"

namespace plumbline::popolo {

using values::CompareOp;
using values::Truth;

namespace {

/// Adds a finding at the rule's severity (Definitely) or the weaker one (Possibly); nothing for Never.
struct Reporter
{
    FindingSink& sink;
    std::optional<Severity> possibly;

    void add(Truth truth, std::size_t row, int column, std::string_view value, const QString& detail,
             const std::string* suggestion = nullptr) const
    {
        if (truth == Truth::Never || (truth == Truth::Possibly && !possibly))
            return;
        const std::string text =
            (truth == Truth::Possibly ? detail + QStringLiteral(" (for some readings of the imprecise dates)") : detail)
                .toStdString();
        FindingExtra extra;
        extra.detail = text;
        extra.severity = truth == Truth::Definitely ? sink.severity() : *possibly;
        if (suggestion)
            extra.suggestion = std::string_view(*suggestion);
        sink.add(row, column, value, extra);
    }
};

} // namespace

std::unique_ptr<Check> MembershipDatesCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<MembershipDatesCheck>();
    const QStringList aspects{QStringLiteral("term"), QStringLiteral("term-equal"), QStringLiteral("birth"),
                              QStringLiteral("age"), QStringLiteral("death")};
    check->m_aspect = Aspect(std::max<qsizetype>(0, aspects.indexOf(params.choice("check", aspects))));
    check->m_minimumAge = int(params.number("minimum-age", 18));
    check->m_maximumAge = int(params.number("maximum-age", 100));
    const Severity weaker = check->m_aspect == Aspect::Birth ? Severity::Warning : Severity::Notice;
    check->m_possibly = readWeakerSeverity(params, "possibly", weaker, rule);
    return check;
}

void MembershipDatesCheck::run(const PopoloIndex& index, const Table&, FindingSink& sink, Progress& progress) const
{
    const Reporter report{sink, m_possibly};
    const MembershipColumns& c = index.membershipColumns;
    for (const Membership& m : index.memberships) {
        if ((m.row & 4095) == 0 && progress.canceled())
            return;
        const Event* term = m.term >= 0 ? &index.events[std::size_t(m.term)] : nullptr;
        const QString termId = textutil::toQString(m.termId);
        switch (m_aspect) {
        case Aspect::Term: {
            if (!term)
                break;
            // A date written exactly as the term's is the term's (DATE-04), however imprecise.
            auto outside = [](const DateCell& mine, CompareOp op, const DateCell& theirs) {
                return mine.text == theirs.text ? Truth::Never : values::compare(mine.date, op, theirs.date);
            };
            const std::string termStart(term->start.text), termEnd(term->end.text);
            if (m.start.ok && term->start.ok)
                report.add(outside(m.start, CompareOp::Less, term->start), m.row, c.start, m.start.text,
                           QStringLiteral("starts %1, before its term (%2) starts (%3)")
                               .arg(textutil::toQString(m.start.text), termId, textutil::toQString(term->start.text)),
                           &termStart);
            if (m.start.ok && term->end.ok)
                report.add(outside(m.start, CompareOp::Greater, term->end), m.row, c.start, m.start.text,
                           QStringLiteral("starts %1, after its term (%2) ends (%3)")
                               .arg(textutil::toQString(m.start.text), termId, textutil::toQString(term->end.text)));
            if (m.end.ok && term->end.ok)
                report.add(outside(m.end, CompareOp::Greater, term->end), m.row, c.end, m.end.text,
                           QStringLiteral("ends %1, after its term (%2) ends (%3)")
                               .arg(textutil::toQString(m.end.text), termId, textutil::toQString(term->end.text)),
                           &termEnd);
            if (m.end.ok && term->start.ok)
                report.add(outside(m.end, CompareOp::Less, term->start), m.row, c.end, m.end.text,
                           QStringLiteral("ends %1, before its term (%2) starts (%3)")
                               .arg(textutil::toQString(m.end.text), termId, textutil::toQString(term->start.text)));
            break;
        }
        case Aspect::TermEqual: {
            if (!term)
                break;
            static const std::string blank;
            if (m.start.ok && term->start.ok && m.start.text == term->start.text)
                report.add(Truth::Definitely, m.row, c.start, m.start.text,
                           QStringLiteral("start_date %1 is the start of its term (%2)")
                               .arg(textutil::toQString(m.start.text), termId),
                           &blank);
            if (m.end.ok && term->end.ok && m.end.text == term->end.text)
                report.add(Truth::Definitely, m.row, c.end, m.end.text,
                           QStringLiteral("end_date %1 is the end of its term (%2)")
                               .arg(textutil::toQString(m.end.text), termId),
                           &blank);
            break;
        }
        case Aspect::Birth:
        case Aspect::Age: {
            if (m.person < 0)
                break;
            const Person& p = index.persons[std::size_t(m.person)];
            const DateCell& start = m.start.ok ? m.start : term ? term->start : m.start;
            if (!p.birth.ok || !start.ok)
                break;
            const int column = m.start.ok ? c.start : c.personId;
            const std::string_view value = m.start.ok ? m.start.text : m.personId;
            const QString who = index.describePerson(m.person);
            const QString when =
                m.start.ok ? QStringLiteral("the membership starts %1").arg(textutil::toQString(start.text))
                           : QStringLiteral("its term (%1) starts %2").arg(termId, textutil::toQString(start.text));
            const values::AgeRange age = values::ageAt(p.birth.date, start.date);
            const QString years = age.minYears == age.maxYears
                                      ? QString::number(age.minYears)
                                      : QStringLiteral("%1–%2").arg(age.minYears).arg(age.maxYears);
            if (m_aspect == Aspect::Age) {
                if (age.minYears > m_maximumAge)
                    report.add(Truth::Definitely, m.row, column, value,
                               QStringLiteral("%1 was born %2 and would be %3 years old when %4 (more than %5)")
                                   .arg(who, textutil::toQString(p.birth.text), years, when)
                                   .arg(m_maximumAge));
                break;
            }
            const Truth bornAfter = values::compare(p.birth.date, CompareOp::GreaterEqual, start.date);
            if (bornAfter != Truth::Never) {
                report.add(
                    bornAfter, m.row, column, value,
                    QStringLiteral("%1 was born %2, not before %3").arg(who, textutil::toQString(p.birth.text), when));
                break;
            }
            const Truth oldEnough = values::isAtLeastAge(p.birth.date, start.date, m_minimumAge);
            const Truth tooYoung = oldEnough == Truth::Never      ? Truth::Definitely
                                   : oldEnough == Truth::Possibly ? Truth::Possibly
                                                                  : Truth::Never;
            report.add(tooYoung, m.row, column, value,
                       QStringLiteral("%1 was born %2 and was %3 years old when %4 (the minimum age is %5)")
                           .arg(who, textutil::toQString(p.birth.text), years, when)
                           .arg(m_minimumAge));
            break;
        }
        case Aspect::Death: {
            if (m.person < 0)
                break;
            const Person& p = index.persons[std::size_t(m.person)];
            if (!p.death.ok)
                break;
            const QString who = index.describePerson(m.person);
            const std::string died(p.death.text);
            const DateCell& start = m.start.ok ? m.start : term ? term->start : m.start;
            if (start.ok) {
                const Truth after = values::compare(start.date, CompareOp::Greater, p.death.date);
                if (after == Truth::Definitely) {
                    report.add(after, m.row, m.start.ok ? c.start : c.personId, m.start.ok ? m.start.text : m.personId,
                               QStringLiteral("%1 died %2, before %3 starts (%4)")
                                   .arg(who, textutil::toQString(p.death.text),
                                        m.start.ok ? QStringLiteral("the membership")
                                                   : QStringLiteral("its term (%1)").arg(termId),
                                        textutil::toQString(start.text)));
                    break;
                }
            }
            if (m.end.ok) {
                report.add(values::compare(m.end.date, CompareOp::Greater, p.death.date), m.row, c.end, m.end.text,
                           QStringLiteral("the membership ends %1, after %2 died (%3)")
                               .arg(textutil::toQString(m.end.text), who, textutil::toQString(p.death.text)),
                           &died);
            } else if (term && term->end.ok) {
                report.add(
                    values::compare(term->end.date, CompareOp::Greater, p.death.date), m.row, c.end, {},
                    QStringLiteral("the membership has no end date, so it lasts to the end of its term (%1, %2), "
                                   "but %3 died %4")
                        .arg(termId, textutil::toQString(term->end.text), who, textutil::toQString(p.death.text)),
                    &died);
            } else {
                report.add(Truth::Definitely, m.row, c.end, {},
                           QStringLiteral("the membership is still open, but %1 died %2")
                               .arg(who, textutil::toQString(p.death.text)),
                           &died);
            }
            break;
        }
        }
    }
}

} // namespace plumbline::popolo
