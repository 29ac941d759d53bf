#include "rules/pack_catalog.h"

#include <algorithm>

namespace plumbline {

Result<std::vector<RulePack>> PackCatalog::loadBuiltins(RulePackLoader& loader)
{
    std::vector<RulePack> packs;
    for (const auto& name : RulePackLoader::builtinNames()) {
        auto pack = loader.loadBuiltin(name);
        if (!pack)
            return pack.error();
        packs.push_back(std::move(pack).value());
    }
    return packs;
}

Result<RuleSet> PackCatalog::forDataset(const Dataset& dataset, const QStringList& requested, RulePackLoader& loader)
{
    auto builtins = loadBuiltins(loader);
    if (!builtins)
        return builtins.error();
    std::vector<RulePack> chosen;
    auto add = [&](const RulePack& pack) {
        if (std::none_of(chosen.begin(), chosen.end(), [&](const RulePack& p) { return p.name == pack.name; }))
            chosen.push_back(pack);
    };
    for (const auto& pack : builtins.value())
        if (pack.always)
            add(pack);
    if (!requested.isEmpty()) {
        for (const auto& name : requested) {
            auto pack = loader.load(name);
            if (!pack)
                return pack.error();
            add(pack.value());
        }
    } else {
        std::vector<bool> picked(builtins.value().size(), false);
        for (const auto& table : dataset.tables) {
            QStringList headers;
            for (int c = 0; c < table->columnCount(); ++c)
                headers << table->columnName(c);
            for (std::size_t i : choosePacks(builtins.value(), headers))
                picked[i] = true;
        }
        for (std::size_t i = 0; i < picked.size(); ++i)
            if (picked[i])
                add(builtins.value()[i]);
    }
    return RuleSet::fromPacks(chosen);
}

} // namespace plumbline
