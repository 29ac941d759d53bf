#include "document/rule_trial.h"

#include "packs/rule_pack_loader.h"
#include "packs/user_packs.h"
#include "validator/validator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plumbline {

Result<RuleTrial> tryRule(const Dataset& dataset, const ValidationSetup& setup, const QJsonObject& rule,
                          const QString& packName, int maxExamples, Progress& progress)
{
    // The rules of the file as they run, for their synonyms and key columns; the user's packs are left out so
    // that an unsaved copy of one of their rules is what runs.
    ValidationSetup base = setup;
    base.userPacks = false;
    auto prepared = prepareRules(dataset, base);
    if (!prepared)
        return prepared.error();
    QJsonObject pack;
    pack.insert(QStringLiteral("pack"), packName);
    pack.insert(QStringLiteral("rules"), QJsonArray{rule});
    RulePackLoader loader(prepared.value().env);
    const QString origin = QStringLiteral("%1.json").arg(packName);
    auto loaded = loader.loadBytes(QJsonDocument(pack).toJson(QJsonDocument::Compact), origin, userpacks::directory());
    if (!loaded)
        return loaded.error();
    if (loaded.value().rules.empty())
        return Error{origin, 0, 0, QStringLiteral("The rule is switched off (\"enabled\": false).")};

    RuleTrial trial;
    trial.rule = loaded.value().rules.front();
    RuleSet rules = prepared.value().rules;
    rules.rules = {trial.rule};
    for (auto it = loaded.value().synonyms.begin(); it != loaded.value().synonyms.end(); ++it)
        rules.synonyms[it.key()] << it.value();
    ValidationOptions options;
    options.threads = setup.threads;
    options.summarise = setup.summarise;
    const Validator validator(std::move(rules), prepared.value().env, options);
    const ValidationResult result = validator.validate(dataset, progress);
    if (result.canceled || progress.canceled())
        return Error{QString(), 0, 0, QStringLiteral("canceled")};
    const FindingStore& store = result.findings;
    trial.findings = store.size();
    for (std::size_t i = 0; i < store.size(); ++i) {
        const FindingRecord& r = store.record(i);
        trial.rows += r.isSummary() ? store.summaryCount(i) : (r.record == kNoRecord ? 0 : 1);
        if (trial.examples.size() < maxExamples) {
            trial.examples << store.message(i);
            trial.exampleValues << (r.isSummary() ? QString() : store.qtext(r.value));
        }
    }
    for (const RuleOutcome& outcome : result.outcomes) {
        if (!outcome.skipped.isEmpty())
            trial.skipped << QStringLiteral("%1: %2").arg(outcome.table, outcome.skipped);
        if (!outcome.failed.isEmpty())
            trial.failed = outcome.failed;
    }
    return trial;
}

} // namespace plumbline
