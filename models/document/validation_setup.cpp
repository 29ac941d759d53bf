#include "document/validation_setup.h"

#include "packs/pack_catalog.h"
#include "packs/rule_pack_loader.h"
#include "packs/table_schema_pack.h"
#include "packs/user_packs.h"
#include "rules/codelist_repository.h"

#include <QSet>

#include <algorithm>

namespace plumbline {

std::shared_ptr<CodelistRepository> sharedCodelists()
{
    static const auto codelists = std::make_shared<CodelistRepository>();
    return codelists;
}

CheckEnv makeCheckEnv(const QDate& today)
{
    CheckEnv env;
    env.codelists = sharedCodelists();
    env.today = today.isValid() ? today : QDate::currentDate();
    return env;
}

namespace {

/// The user's packs over the chosen rules (ValidationSetup::userPacks). A user pack that does not load is named in
/// notices and left out: the built-in rules still run.
void addUserPacks(RuleSet& rules, RulePackLoader& loader, QStringList& notices)
{
    const QStringList paths = userpacks::paths();
    if (paths.isEmpty())
        return;
    QSet<QString> builtinIds;
    if (auto builtins = PackCatalog::loadBuiltins(loader))
        for (const RulePack& pack : builtins.value())
            for (const Rule& rule : pack.rules)
                builtinIds.insert(rule.id);
    for (const QString& path : paths) {
        auto pack = loader.loadFile(path);
        if (!pack) {
            notices << QStringLiteral("Your rule pack was left out: %1").arg(pack.error().toString());
            continue;
        }
        bool used = false;
        for (const Rule& rule : pack.value().rules) {
            const auto same =
                std::find_if(rules.rules.begin(), rules.rules.end(), [&](const Rule& r) { return r.id == rule.id; });
            if (same != rules.rules.end())
                *same = rule;
            else if (!builtinIds.contains(rule.id)) // a changed built-in rule only where its pack runs
                rules.rules.push_back(rule);
            else
                continue;
            used = true;
        }
        if (!used)
            continue;
        for (auto it = pack.value().synonyms.begin(); it != pack.value().synonyms.end(); ++it)
            for (const QString& header : it.value())
                if (!rules.synonyms[it.key()].contains(header))
                    rules.synonyms[it.key()] << header;
        if (!rules.packs.contains(pack.value().name))
            rules.packs << pack.value().name;
    }
}

} // namespace

Result<PreparedRules> prepareRules(const Dataset& dataset, const ValidationSetup& setup)
{
    PreparedRules prepared;
    prepared.env = makeCheckEnv(setup.today);
    RulePackLoader loader(prepared.env);
    loader.setLanguage(setup.language);
    auto rules = TableSchemaPack::ruleSet(dataset, setup.packs, setup.schemaFiles, loader, &prepared.notices);
    if (!rules)
        return rules.error();
    prepared.rules = std::move(rules).value();
    if (setup.userPacks)
        addUserPacks(prepared.rules, loader, prepared.notices);
    // The user's choices last, over whatever the packs say.
    std::erase_if(prepared.rules.rules, [&](const Rule& rule) { return setup.disabledRules.contains(rule.id); });
    for (Rule& rule : prepared.rules.rules)
        if (const auto it = setup.severityOverrides.constFind(rule.id); it != setup.severityOverrides.cend())
            rule.severity = *it;
    return prepared;
}

Result<std::shared_ptr<ValidationRun>> runValidation(std::shared_ptr<const Dataset> snapshot,
                                                     const ValidationSetup& setup, Progress& progress)
{
    auto prepared = prepareRules(*snapshot, setup);
    if (!prepared)
        return prepared.error();
    return runValidation(std::move(snapshot), std::move(prepared).value(), setup, progress);
}

Result<std::shared_ptr<ValidationRun>> runValidation(std::shared_ptr<const Dataset> snapshot, PreparedRules prepared,
                                                     const ValidationSetup& setup, Progress& progress)
{
    auto run = std::make_shared<ValidationRun>();
    ValidationOptions options;
    options.threads = setup.threads;
    options.summarise = setup.summarise;
    options.keepIndexes = setup.keepIndexes;
    options.only = setup.only;
    run->notices = std::move(prepared.notices);
    run->validator = std::make_shared<const Validator>(std::move(prepared.rules), std::move(prepared.env), options);
    run->result = run->validator->validate(*snapshot, progress);
    if (run->result.canceled || progress.canceled())
        return std::shared_ptr<ValidationRun>();
    run->dataset = std::move(snapshot);
    return run;
}

} // namespace plumbline
