#include "fixes/fix_planner.h"

#include "document/document.h"
#include "fixes/fix_builders.h"

#include <algorithm>

namespace plumbline {

namespace {

/// Kinds whose checks compute the suggestion and whose suggestions need no judgement unless marked tentative.
const char* const kSafeKinds[] = {"whitespace",        "encoding",      "codelist", "type",        "placeholder",
                                  "identifier-scheme", "contact-value", "geometry", "coordinates", "day-month-order"};
/// Kinds whose checks compute a suggestion a person must confirm (a name, a type, a count, a date of a term).
const char* const kJudgementKinds[] = {
    "honorific",        "name-case", "reference-suffix", "count-in-text", "functional-dependency", "membership-overlap",
    "membership-dates", "header"};

bool oneOf(const QString& kind, const auto& list)
{
    return std::any_of(std::begin(list), std::end(list), [&](const char* k) { return kind == QLatin1String(k); });
}

bool isDateType(const Rule* rule)
{
    if (!rule)
        return false;
    const QString type = rule->params.value(QLatin1String("type")).toString();
    return type == QLatin1String("date") || type == QLatin1String("datetime");
}

constexpr std::size_t kProgressStep = 4096;

} // namespace

FixPlanner::FixPlanner(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const FindingStore> findings,
                       RuleSet rules)
    : m_dataset(std::move(dataset)), m_findings(std::move(findings)), m_rules(std::move(rules))
{
    if (!m_dataset)
        m_dataset = std::make_shared<Dataset>();
    if (!m_findings)
        m_findings = std::make_shared<FindingStore>();
    for (const RuleInfo& info : m_findings->rules()) {
        int found = -1;
        const std::size_t same = m_ruleOfStore.size();
        if (same < m_rules.rules.size() && m_rules.rules[same].id == info.id) {
            found = int(same); // the usual case: the store lists the run's rules in order
        } else {
            for (std::size_t i = 0; i < m_rules.rules.size() && found < 0; ++i)
                if (m_rules.rules[i].id == info.id)
                    found = int(i);
        }
        m_ruleOfStore.push_back(found);
    }
}

FixPlanner FixPlanner::forDocument(const Document& document)
{
    const ValidationRun* run = document.lastRun();
    return FixPlanner(document.sharedDataset(), document.findings(),
                      run && run->validator ? run->validator->rules() : RuleSet());
}

FixPlanner FixPlanner::snapshotOf(const Document& document)
{
    const ValidationRun* run = document.lastRun();
    const auto findings = document.findings();
    return FixPlanner(document.snapshot(), findings ? std::make_shared<FindingStore>(*findings) : nullptr,
                      run && run->validator ? run->validator->rules() : RuleSet());
}

FixPlanner::RuleFixes FixPlanner::ruleFixes(const Rule& rule)
{
    // A title in a candidate's registered name: reported, never changed (HonorificCheck's "suggest": false).
    if (rule.kind == QLatin1String("honorific") && !rule.params.value(QLatin1String("suggest")).toBool(true))
        return RuleFixes::None;
    if (oneOf(rule.kind, kSafeKinds))
        return RuleFixes::Safe;
    if (oneOf(rule.kind, kJudgementKinds))
        return RuleFixes::Judgement;
    if (rule.fix.isNone() || rule.fix.kind() == Fix::Kind::Action)
        return RuleFixes::None;
    return rule.fix.isSafe() ? RuleFixes::Safe : RuleFixes::Judgement;
}

const Rule* FixPlanner::ruleOf(std::uint32_t storeRule) const
{
    if (storeRule >= m_ruleOfStore.size() || m_ruleOfStore[storeRule] < 0)
        return nullptr;
    return &m_rules.rules[std::size_t(m_ruleOfStore[storeRule])];
}

std::optional<FixPlan> FixPlanner::plan(std::size_t finding) const
{
    if (finding >= m_findings->size())
        return std::nullopt;
    const FindingRecord& record = m_findings->record(finding);
    if (record.table >= m_dataset->tables.size())
        return std::nullopt;
    const Table& table = *m_dataset->tables[record.table];
    std::int64_t row = -1;
    if (record.record != kNoRecord) {
        row = table.rowOf(record.record);
        if (row < 0)
            return std::nullopt; // the record was deleted since
    }
    const Rule* rule = ruleOf(record.rule);
    const QString& kind = m_findings->rules()[record.rule].kind;
    const fixes::FindingContext f{*m_findings, finding, record, rule, m_rules, int(record.table), table, row};

    if (kind == QLatin1String("whitespace"))
        return fixes::whitespacePlan(f);
    if (kind == QLatin1String("encoding"))
        return fixes::encodingPlan(f);
    if (kind == QLatin1String("coordinates"))
        return fixes::coordinatesPlan(f);
    if (kind == QLatin1String("honorific"))
        return fixes::honorificPlan(f);
    const bool dayMonth = kind == QLatin1String("day-month-order");
    if (dayMonth && row < 0)
        return fixes::columnDatesPlan(f);
    if (dayMonth ||
        (kind == QLatin1String("type") && isDateType(rule) && record.hasSuggestion() && !record.isTentative())) {
        const auto key = std::make_pair(int(record.table), int(record.column));
        auto it = m_dateOrders.find(key);
        if (it == m_dateOrders.end())
            it = m_dateOrders.emplace(key, int(detectDateOrder(table, record.column))).first;
        return fixes::isoDatePlan(f, DateOrder(it->second));
    }
    if (oneOf(kind, kSafeKinds))
        return fixes::suggestionPlan(f, true, true);
    if (oneOf(kind, kJudgementKinds))
        return fixes::suggestionPlan(f, true, false);
    return fixes::suggestionPlan(f, false, false);
}

std::vector<FixPlan> FixPlanner::plans(const std::vector<std::size_t>& findings, Progress* progress) const
{
    std::vector<FixPlan> out;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (progress && i % kProgressStep == 0) {
            progress->report(qint64(i), qint64(findings.size()));
            if (progress->canceled())
                return {};
        }
        if (auto p = plan(findings[i]))
            out.push_back(std::move(*p));
    }
    return out;
}

std::vector<std::size_t> FixPlanner::findingsOf(const std::vector<int>& storeRules) const
{
    std::vector<bool> wanted(m_findings->rules().size(), storeRules.empty());
    for (int r : storeRules)
        if (r >= 0 && std::size_t(r) < wanted.size())
            wanted[std::size_t(r)] = true;
    std::vector<std::size_t> out;
    const auto& records = m_findings->records();
    for (std::size_t i = 0; i < records.size(); ++i)
        if (wanted[records[i].rule])
            out.push_back(i);
    return out;
}

std::vector<FixPlan> FixPlanner::plansForRule(const QString& rule, Progress* progress) const
{
    return plansForRules({rule}, false, progress);
}

std::vector<FixPlan> FixPlanner::plansForRules(const QStringList& rules, bool safeOnly, Progress* progress) const
{
    std::vector<int> storeRules;
    for (const QString& id : rules) {
        const int r = m_findings->ruleIndex(id);
        if (r < 0)
            continue;
        storeRules.push_back(r);
    }
    if (!rules.isEmpty() && storeRules.empty())
        return {};
    std::vector<FixPlan> out = plans(findingsOf(storeRules), progress);
    if (safeOnly)
        std::erase_if(out, [](const FixPlan& p) { return !p.safe; });
    return out;
}

} // namespace plumbline
