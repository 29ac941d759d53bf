#include "checks/popolo/membership_overlap_check.h"

#include "checks/popolo/popolo_index.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace plumbline::popolo {

namespace {

bool sameExceptPerson(const Membership& a, const Membership& b)
{
    return a.partyId == b.partyId && a.areaId == b.areaId && a.postId == b.postId && a.role == b.role &&
           a.start.text == b.start.text && a.end.text == b.end.text;
}

/// "row 1304 (scottish-national-party, uk.org.publicwhip/cons/211, until 2015-09-30)".
QString describe(const Membership& m)
{
    QStringList parts;
    if (!m.partyId.empty())
        parts << textutil::toQString(m.partyId);
    if (!m.areaId.empty())
        parts << textutil::toQString(m.areaId);
    if (!m.start.text.empty() && !m.end.text.empty())
        parts << QStringLiteral("%1 to %2").arg(textutil::toQString(m.start.text), textutil::toQString(m.end.text));
    else if (!m.start.text.empty())
        parts << QStringLiteral("from %1").arg(textutil::toQString(m.start.text));
    else if (!m.end.text.empty())
        parts << QStringLiteral("until %1").arg(textutil::toQString(m.end.text));
    else
        parts << QStringLiteral("no dates");
    return QStringLiteral("row %1 (%2)").arg(m.row + 1).arg(parts.join(QLatin1String(", ")));
}

} // namespace

std::unique_ptr<Check> MembershipOverlapCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<MembershipOverlapCheck>();
    check->m_possibly = readWeakerSeverity(params, "possibly", Severity::Notice, rule);
    return check;
}

void MembershipOverlapCheck::run(const PopoloIndex& index, const Table&, FindingSink& sink, Progress& progress) const
{
    const auto& ms = index.memberships;
    const MembershipColumns& c = index.membershipColumns;
    // Group by (person, organization, term) with one sort of indexes instead of a map of strings.
    std::vector<std::int32_t> order;
    order.reserve(ms.size());
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (!ms[i].personId.empty())
            order.push_back(std::int32_t(i));
    auto key = [&](std::int32_t i) {
        const Membership& m = ms[std::size_t(i)];
        return std::tie(m.personId, m.organizationId, m.termId);
    };
    std::sort(order.begin(), order.end(),
              [&](std::int32_t a, std::int32_t b) { return key(a) != key(b) ? key(a) < key(b) : a < b; });
    std::vector<bool> reported(ms.size(), false);
    for (std::size_t first = 0; first < order.size();) {
        std::size_t last = first + 1;
        while (last < order.size() && key(order[last]) == key(order[first]))
            ++last;
        if (progress.canceled())
            return;
        for (std::size_t i = first; i < last; ++i) {
            for (std::size_t j = i + 1; j < last; ++j) {
                const Membership* a = &ms[std::size_t(order[i])];
                const Membership* b = &ms[std::size_t(order[j])];
                if (sameExceptPerson(*a, *b))
                    continue; // an exact duplicate: OVL-01
                const bool sure = a->period.definitelyOverlaps(b->period);
                if (!sure && (!m_possibly || !a->period.possiblyOverlaps(b->period)))
                    continue;
                if (std::tie(b->period.start.lo, b->row) < std::tie(a->period.start.lo, a->row))
                    std::swap(a, b);
                FindingExtra extra;
                extra.severity = sure ? sink.severity() : *m_possibly;
                const QString termText =
                    a->termId.empty() ? QString() : QStringLiteral(" in %1").arg(textutil::toQString(a->termId));
                // The earlier membership runs on past the later one's start: ending it the day before is the fix.
                if (!reported[a->row] && a->end.text.empty() && b->start.ok) {
                    const std::string detail =
                        QStringLiteral("has no end date but overlaps the same person's membership %1%2")
                            .arg(describe(*b), termText)
                            .toStdString();
                    const std::string suggestion = isoDay(b->start.date.earliest - 1).toStdString();
                    extra.detail = detail;
                    extra.suggestion = std::string_view(suggestion);
                    sink.add(a->row, c.end, {}, extra);
                    reported[a->row] = true;
                } else if (!reported[b->row]) {
                    const std::string detail = QStringLiteral("overlaps the same person's membership %1%2")
                                                   .arg(describe(*a), termText)
                                                   .toStdString();
                    extra.detail = detail;
                    sink.add(b->row, b->start.text.empty() ? c.personId : c.start,
                             b->start.text.empty() ? b->personId : b->start.text, extra);
                    reported[b->row] = true;
                }
            }
        }
        first = last;
    }
}

} // namespace plumbline::popolo
