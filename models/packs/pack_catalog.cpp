#include "packs/pack_catalog.h"

#include <algorithm>

namespace plumbline {

namespace {

std::vector<std::size_t> packsForFormat(const std::vector<RulePack>& packs, const QString& format)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < packs.size(); ++i)
        if (!format.isEmpty() && packs[i].automatic && packs[i].detectFormats.contains(format, Qt::CaseInsensitive))
            out.push_back(i);
    return out;
}

/// The format that decides the packs: the source's own, or "popolo" for a dataset holding Popolo's persons,
/// organizations and memberships collections written out as another format (SQLite, Data Package, XLSX).
QString packFormat(const Dataset& dataset)
{
    const auto has = [&](const char* name) { return dataset.table(QLatin1String(name)) != nullptr; };
    if (dataset.source.format.compare(QLatin1String("popolo"), Qt::CaseInsensitive) != 0 && has("persons") &&
        has("organizations") && has("memberships"))
        return QStringLiteral("popolo");
    return dataset.source.format;
}

} // namespace

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
    return forDataset(dataset, requested, loader, {});
}

Result<RuleSet> PackCatalog::forDataset(const Dataset& dataset, const QStringList& requested, RulePackLoader& loader,
                                        const std::vector<RulePack>& extra)
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
    } else if (const auto byFormat = packsForFormat(builtins.value(), packFormat(dataset)); !byFormat.empty()) {
        // A source whose format or collections say what it is (Popolo) gets its pack for every table, not a
        // per-table guess from the headers (a persons table also looks like a candidates CSV).
        for (std::size_t i : byFormat)
            add(builtins.value()[i]);
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
    for (const auto& pack : extra)
        add(pack);
    return RuleSet::fromPacks(chosen);
}

} // namespace plumbline
