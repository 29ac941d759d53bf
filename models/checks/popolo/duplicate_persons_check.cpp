#include "checks/popolo/duplicate_persons_check.h"

#include "checks/person_name_checks.h"
#include "checks/popolo/popolo_index.h"
#include "checks/text_util.h"
#include "table/table.h"
#include "values/person_name.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace plumbline::popolo {

namespace {

QString q(std::string_view s)
{
    return textutil::toQString(s);
}

struct Candidate
{
    Severity severity = Severity::Info;
    std::int32_t other = -1;
    std::string detail;
};

/// Groups person indexes by a string key (an area id, a birth date).
using Groups = std::unordered_map<std::string_view, std::vector<std::int32_t>>;

} // namespace

std::unique_ptr<Check> DuplicatePersonsCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<DuplicatePersonsCheck>();
    check->m_partyOnly = readWeakerSeverity(params, "party-only", Severity::Notice, rule);
    return check;
}

void DuplicatePersonsCheck::run(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const
{
    const auto& persons = index.persons;
    // One normalisation key per distinct name (nameKey allocates), then one id per distinct key.
    std::unordered_map<std::string_view, std::int32_t> keyOfName;
    std::unordered_map<std::string, std::int32_t> keyIds;
    std::vector<std::string> keys;
    std::vector<std::int32_t> keyOf(persons.size(), -1);
    for (std::size_t i = 0; i < persons.size(); ++i) {
        if (persons[i].name.empty())
            continue;
        auto it = keyOfName.find(persons[i].name);
        if (it == keyOfName.end()) {
            std::string key = values::nameKey(persons[i].name);
            if (key.empty())
                continue;
            const auto [k, added] = keyIds.emplace(key, std::int32_t(keys.size()));
            if (added)
                keys.push_back(std::move(key));
            it = keyOfName.emplace(persons[i].name, k->second).first;
        }
        keyOf[i] = it->second;
    }
    if (progress.canceled())
        return;

    std::unordered_set<std::uint64_t> seen;
    std::vector<std::pair<std::int32_t, std::int32_t>> pairs;
    auto addPair = [&](std::int32_t a, std::int32_t b) {
        if (a == b)
            return;
        if (a > b)
            std::swap(a, b);
        if (seen.insert((std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b)).second)
            pairs.emplace_back(a, b);
    };
    // Equal keys.
    std::vector<std::vector<std::int32_t>> byKey(keys.size());
    for (std::size_t i = 0; i < persons.size(); ++i)
        if (keyOf[i] >= 0)
            byKey[std::size_t(keyOf[i])].push_back(std::int32_t(i));
    for (const auto& group : byKey)
        for (std::size_t i = 0; i < group.size(); ++i)
            for (std::size_t j = i + 1; j < group.size(); ++j)
                addPair(group[i], group[j]);
    // Similar keys within an area's holders and among persons born on one day: compare distinct keys only.
    std::unordered_map<std::uint64_t, bool> similar;
    auto similarGroups = [&](const Groups& groups) {
        for (const auto& [unused, members] : groups) {
            std::vector<std::pair<std::int32_t, std::int32_t>> byKeyHere; // (key, person)
            for (const std::int32_t p : members)
                if (keyOf[std::size_t(p)] >= 0)
                    byKeyHere.emplace_back(keyOf[std::size_t(p)], p);
            std::sort(byKeyHere.begin(), byKeyHere.end());
            byKeyHere.erase(std::unique(byKeyHere.begin(), byKeyHere.end()), byKeyHere.end());
            for (std::size_t i = 0; i < byKeyHere.size(); ++i) {
                for (std::size_t j = i + 1; j < byKeyHere.size(); ++j) {
                    const std::int32_t ka = byKeyHere[i].first, kb = byKeyHere[j].first;
                    if (ka == kb)
                        continue; // equal keys are paired above
                    const std::uint64_t id = (std::uint64_t(std::uint32_t(ka)) << 32) | std::uint32_t(kb);
                    auto it = similar.find(id);
                    if (it == similar.end())
                        it = similar.emplace(id, SimilarNamesCheck::probablySamePerson(keys[std::size_t(ka)],
                                                                                       keys[std::size_t(kb)])).first;
                    if (it->second)
                        addPair(byKeyHere[i].second, byKeyHere[j].second);
                }
            }
        }
    };
    Groups byArea, byBirth;
    for (const auto& m : index.memberships)
        if (m.person >= 0 && !m.areaId.empty())
            byArea[m.areaId].push_back(m.person);
    for (std::size_t i = 0; i < persons.size(); ++i)
        if (persons[i].birth.ok && persons[i].birth.date.precision >= values::DatePrecision::Day)
            byBirth[persons[i].birth.text].push_back(std::int32_t(i));
    similarGroups(byArea);
    similarGroups(byBirth);
    if (progress.canceled())
        return;
    std::sort(pairs.begin(), pairs.end());

    std::vector<Candidate> best(persons.size());
    for (const auto& [a, b] : pairs) {
        const Person& pa = persons[std::size_t(a)];
        const Person& pb = persons[std::size_t(b)];
        // Proof of two people.
        if (pa.birth.ok && pb.birth.ok &&
            values::compare(pa.birth.date, values::CompareOp::Equal, pb.birth.date) == values::Truth::Never)
            continue;
        if (!pa.gender.empty() && !pb.gender.empty() && q(pa.gender).compare(q(pb.gender), Qt::CaseInsensitive) != 0)
            continue;
        bool together = false;
        QString sharedArea, sharedParty;
        for (const std::int32_t i : index.membershipsOf(a)) {
            const Membership& ma = index.memberships[std::size_t(i)];
            for (const std::int32_t j : index.membershipsOf(b)) {
                const Membership& mb = index.memberships[std::size_t(j)];
                const bool known = !(ma.period.openStart() && ma.period.openEnd()) &&
                                   !(mb.period.openStart() && mb.period.openEnd());
                if (ma.organizationId == mb.organizationId && !ma.areaId.empty() && !mb.areaId.empty() &&
                    ma.areaId != mb.areaId && known && ma.period.definitelyOverlaps(mb.period))
                    together = true; // two seats at once: two people
                if (!ma.areaId.empty() && ma.areaId == mb.areaId && sharedArea.isEmpty())
                    sharedArea = ma.termId == mb.termId && !ma.termId.empty()
                                     ? QStringLiteral("both hold %1 in %2").arg(q(ma.areaId), q(ma.termId))
                                     : QStringLiteral("both hold %1 (%2 and %3)")
                                           .arg(q(ma.areaId), q(ma.termId.empty() ? std::string_view("?") : ma.termId),
                                                q(mb.termId.empty() ? std::string_view("?") : mb.termId));
                if (!ma.partyId.empty() && ma.partyId == mb.partyId && sharedParty.isEmpty())
                    sharedParty = QStringLiteral("both for %1").arg(q(ma.partyId));
            }
        }
        if (together)
            continue;
        const bool sameBirth = pa.birth.ok && pb.birth.ok &&
                               values::compare(pa.birth.date, values::CompareOp::Equal, pb.birth.date) ==
                                   values::Truth::Definitely;
        const bool sameKey = keyOf[std::size_t(a)] == keyOf[std::size_t(b)];
        const bool strong = !sharedArea.isEmpty() || sameBirth;
        if (!strong && !(sameKey && !sharedParty.isEmpty() && m_partyOnly))
            continue;
        QStringList evidence;
        if (!sharedArea.isEmpty())
            evidence << sharedArea;
        if (sameBirth)
            evidence << QStringLiteral("both born %1").arg(q(pa.birth.text));
        if (!sharedParty.isEmpty())
            evidence << sharedParty;
        const Severity severity = strong ? sink.severity() : *m_partyOnly;
        auto offer = [&](std::int32_t self, std::int32_t other) {
            Candidate& c = best[std::size_t(self)];
            const Person& o = persons[std::size_t(other)];
            if (c.other >= 0 && (c.severity > severity || (c.severity == severity && c.other < other)))
                return;
            c.severity = severity;
            c.other = other;
            c.detail = QStringLiteral("'%1' (%2, row %3): %4")
                           .arg(q(o.name), q(o.id))
                           .arg(o.row + 1)
                           .arg(evidence.join(QLatin1String("; ")))
                           .toStdString();
        };
        offer(a, b);
        offer(b, a);
    }
    const int nameColumn = table.columnIndex(QStringLiteral("name"));
    const int idColumn = table.columnIndex(QStringLiteral("id"));
    for (std::size_t i = 0; i < persons.size(); ++i) {
        if (best[i].other < 0)
            continue;
        FindingExtra extra;
        extra.detail = best[i].detail;
        extra.severity = best[i].severity;
        extra.column2 = idColumn;
        sink.add(persons[i].row, nameColumn, persons[i].name, extra);
    }
}

} // namespace plumbline::popolo
