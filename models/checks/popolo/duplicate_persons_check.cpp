#include "checks/popolo/duplicate_persons_check.h"

#include "checks/popolo/popolo_index.h"
#include "checks/popolo/similar_names_check.h"
#include "table/table.h"
#include "values/person_name.h"
#include "values/text_util.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace plumbline::popolo {

namespace {

/// The best match found for a person so far; the message is written only for the winner.
struct Candidate
{
    Severity severity = Severity::Info;
    std::int32_t other = -1;
    const Membership* areaA = nullptr; ///< memberships that share an area (null: none)
    const Membership* areaB = nullptr;
    const Membership* partyA = nullptr; ///< a membership that shares the party (null: none)
    bool sameBirth = false;
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

void DuplicatePersonsCheck::run(const PopoloIndex& index, const Table& table, FindingSink& sink,
                                Progress& progress) const
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

    std::vector<std::pair<std::int32_t, std::int32_t>> pairs;
    // Equal keys: each pair once, in row order.
    std::vector<std::vector<std::int32_t>> byKey(keys.size());
    for (std::size_t i = 0; i < persons.size(); ++i)
        if (keyOf[i] >= 0)
            byKey[std::size_t(keyOf[i])].push_back(std::int32_t(i));
    for (const auto& group : byKey)
        for (std::size_t i = 0; i < group.size(); ++i)
            for (std::size_t j = i + 1; j < group.size(); ++j)
                pairs.emplace_back(group[i], group[j]);
    // Similar (unequal) keys can meet in several areas: those pairs are deduplicated.
    std::unordered_set<std::uint64_t> seen;
    auto addPair = [&](std::int32_t a, std::int32_t b) {
        if (a > b)
            std::swap(a, b);
        if (seen.insert((std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b)).second)
            pairs.emplace_back(a, b);
    };
    // Similar keys within an area's holders and among persons born on one day: compare distinct keys only.
    // probablySamePerson needs all but at most one word of the shorter name in the longer: names with two or
    // more words and no word in common are skipped without calling it.
    std::vector<std::vector<std::string_view>> words(keys.size());
    for (std::size_t k = 0; k < keys.size(); ++k)
        for (std::size_t start = 0; start < keys[k].size();) {
            std::size_t end = keys[k].find(' ', start);
            if (end == std::string::npos)
                end = keys[k].size();
            if (end > start)
                words[k].push_back(std::string_view(keys[k]).substr(start, end - start));
            start = end + 1;
        }
    auto shareAWord = [&](std::int32_t ka, std::int32_t kb) {
        const auto& wa = words[std::size_t(ka)];
        const auto& wb = words[std::size_t(kb)];
        if (wa.size() < 2 || wb.size() < 2)
            return true;
        for (const auto x : wa)
            for (const auto y : wb)
                if (x == y)
                    return true;
        return false;
    };
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
                    if (ka == kb || !shareAWord(ka, kb))
                        continue; // equal keys are paired above
                    const std::uint64_t id = (std::uint64_t(std::uint32_t(ka)) << 32) | std::uint32_t(kb);
                    auto it = similar.find(id);
                    if (it == similar.end())
                        it = similar
                                 .emplace(id, SimilarNamesCheck::probablySamePerson(keys[std::size_t(ka)],
                                                                                    keys[std::size_t(kb)]))
                                 .first;
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
        if (!pa.gender.empty() && !pb.gender.empty() &&
            textutil::toQString(pa.gender).compare(textutil::toQString(pb.gender), Qt::CaseInsensitive) != 0)
            continue;
        bool together = false;
        const Membership* areaA = nullptr;
        const Membership* areaB = nullptr;
        const Membership* partyA = nullptr;
        for (const std::int32_t i : index.membershipsOf(a)) {
            const Membership& ma = index.memberships[std::size_t(i)];
            for (const std::int32_t j : index.membershipsOf(b)) {
                const Membership& mb = index.memberships[std::size_t(j)];
                const bool known =
                    !(ma.period.openStart() && ma.period.openEnd()) && !(mb.period.openStart() && mb.period.openEnd());
                if (ma.organizationId == mb.organizationId && !ma.areaId.empty() && !mb.areaId.empty() &&
                    ma.areaId != mb.areaId && known && ma.period.definitelyOverlaps(mb.period))
                    together = true; // two seats at once: two people
                if (!areaA && !ma.areaId.empty() && ma.areaId == mb.areaId) {
                    areaA = &ma;
                    areaB = &mb;
                }
                if (!partyA && !ma.partyId.empty() && ma.partyId == mb.partyId)
                    partyA = &ma;
            }
        }
        if (together)
            continue;
        const bool sameBirth =
            pa.birth.ok && pb.birth.ok &&
            values::compare(pa.birth.date, values::CompareOp::Equal, pb.birth.date) == values::Truth::Definitely;
        const bool sameKey = keyOf[std::size_t(a)] == keyOf[std::size_t(b)];
        const bool strong = areaA || sameBirth;
        if (!strong && !(sameKey && partyA && m_partyOnly))
            continue;
        const Severity severity = strong ? sink.severity() : *m_partyOnly;
        auto offer = [&](std::int32_t self, std::int32_t other, bool first) {
            Candidate& c = best[std::size_t(self)];
            if (c.other >= 0 && (c.severity > severity || (c.severity == severity && c.other < other)))
                return;
            c = Candidate{severity, other, first ? areaA : areaB, first ? areaB : areaA, partyA, sameBirth};
        };
        offer(a, b, true);
        offer(b, a, false);
    }
    const int nameColumn = table.columnIndex(QStringLiteral("name"));
    const int idColumn = table.columnIndex(QStringLiteral("id"));
    for (std::size_t i = 0; i < persons.size(); ++i) {
        if (best[i].other < 0)
            continue;
        const Candidate& c = best[i];
        const Person& o = persons[std::size_t(c.other)];
        // Plain string building: in a big file this runs once per person.
        std::string detail;
        detail.reserve(160);
        detail.append("'")
            .append(o.name)
            .append("' (")
            .append(o.id)
            .append(", row ")
            .append(std::to_string(o.row + 1))
            .append("): ");
        const char* separator = "";
        if (c.areaA) {
            const Membership& x = *c.areaA;
            const Membership& y = *c.areaB;
            detail.append("both hold ").append(x.areaId);
            if (x.termId == y.termId && !x.termId.empty())
                detail.append(" in ").append(x.termId);
            else
                detail.append(" (")
                    .append(x.termId.empty() ? std::string_view("?") : x.termId)
                    .append(" and ")
                    .append(y.termId.empty() ? std::string_view("?") : y.termId)
                    .append(")");
            separator = "; ";
        }
        if (c.sameBirth) {
            detail.append(separator).append("both born ").append(persons[i].birth.text);
            separator = "; ";
        }
        if (c.partyA)
            detail.append(separator).append("both for ").append(c.partyA->partyId);
        FindingExtra extra;
        extra.detail = detail;
        extra.severity = c.severity;
        extra.column2 = idColumn;
        sink.add(persons[i].row, nameColumn, persons[i].name, extra);
    }
}

} // namespace plumbline::popolo
