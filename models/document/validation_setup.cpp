#include "document/validation_setup.h"

#include "packs/rule_pack_loader.h"
#include "packs/table_schema_pack.h"
#include "rules/codelist_repository.h"

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
    auto run = std::make_shared<ValidationRun>();
    ValidationOptions options;
    options.threads = setup.threads;
    options.summarise = setup.summarise;
    options.keepIndexes = setup.keepIndexes;
    options.only = setup.only;
    run->notices = prepared.value().notices;
    run->validator =
        std::make_shared<const Validator>(std::move(prepared.value().rules), prepared.value().env, options);
    run->result = run->validator->validate(*snapshot, progress);
    if (run->result.canceled || progress.canceled())
        return std::shared_ptr<ValidationRun>();
    run->dataset = std::move(snapshot);
    return run;
}

} // namespace plumbline
