#include "rules/rule_set.h"

#include "rules/column_resolver.h"

namespace plumbline {

RuleSet RuleSet::fromPacks(const std::vector<RulePack>& packs)
{
    RuleSet set;
    QHash<QString, std::size_t> position;
    for (const auto& pack : packs) {
        set.packs << pack.name;
        for (const auto& rule : pack.rules) {
            // A later pack's copy of a rule (an include it re-graded) replaces the earlier one in place.
            if (const auto it = position.constFind(rule.id); it != position.constEnd()) {
                set.rules[*it] = rule;
                continue;
            }
            position.insert(rule.id, set.rules.size());
            set.rules.push_back(rule);
        }
        for (auto it = pack.synonyms.begin(); it != pack.synonyms.end(); ++it) {
            QStringList& list = set.synonyms[it.key()];
            for (const auto& s : it.value())
                if (!list.contains(s))
                    list << s;
        }
        for (const auto& k : pack.keyColumns)
            if (!set.keyColumns.contains(k))
                set.keyColumns << k;
    }
    return set;
}

int detectScore(const RulePack& pack, const QStringList& headers)
{
    const ColumnResolver resolver(headers, pack.synonyms);
    int score = 0;
    for (const auto& c : pack.detectColumns)
        if (resolver.resolve(c) >= 0)
            ++score;
    return score;
}

std::vector<std::size_t> choosePacks(const std::vector<RulePack>& candidates, const QStringList& headers)
{
    std::vector<std::size_t> chosen;
    int best = 0;
    std::size_t bestIndex = candidates.size();
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& pack = candidates[i];
        if (pack.always) {
            chosen.push_back(i);
            continue;
        }
        if (!pack.automatic || pack.detectColumns.isEmpty())
            continue;
        const int score = detectScore(pack, headers);
        if (score >= pack.detectMinimum && score > best) {
            best = score;
            bestIndex = i;
        }
    }
    if (bestIndex < candidates.size())
        chosen.push_back(bestIndex);
    return chosen;
}

} // namespace plumbline
