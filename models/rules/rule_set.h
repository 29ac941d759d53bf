#pragma once

#include "rules/rule_pack.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace plumbline {

/// The rules a validation runs: one or more loaded packs merged in order. A rule id seen twice (two packs
/// including the same pack) runs once, as the later pack has it (so a pack can re-grade an included rule
/// that also runs on its own, such as the always-on structure rules); synonyms are unioned; key columns keep
/// the first pack's preference.
struct RuleSet
{
    QStringList packs;
    std::vector<Rule> rules;
    QHash<QString, QStringList> synonyms;
    QStringList keyColumns;

    static RuleSet fromPacks(const std::vector<RulePack>& packs);
};

/// Scores how well a table's headers match a pack: the number of the pack's detect columns that resolve.
int detectScore(const RulePack& pack, const QStringList& headers);

/// Chooses packs for a table by sniffing its headers: every `always` pack, plus the automatic pack with the
/// highest score at or above its minimum (ties: the first in `candidates`). Returns indexes into candidates.
std::vector<std::size_t> choosePacks(const std::vector<RulePack>& candidates, const QStringList& headers);

} // namespace plumbline
