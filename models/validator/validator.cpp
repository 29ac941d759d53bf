#include "validator/validator.h"

#include "checks/check_registry.h"
#include "checks/support/cross_table_check.h"
#include "checks/support/text_profile.h"
#include "rules/codelist_repository.h"
#include "rules/column_resolver.h"
#include "values/text_util.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <ctime>
#include <unordered_set>

namespace plumbline {

struct Validator::Bound
{
    const Rule* rule = nullptr;
    std::uint32_t ruleIndex = 0;
    std::unique_ptr<Check> check;
    CheckScope scope = CheckScope::Row;
    QString skipped;
    qint64 bindNanos = 0; // CPU time of bind()
};

namespace {

/// How a bound set or dataset check keeps its findings current after edits: an index over other tables too
/// (cross), over its own table (own), or none (re-run whole). One answer for building the index and for the
/// session keeping the check.
enum class KeptIndex { None, Own, Cross };

KeptIndex keptIndexOf(const Check& check, CheckScope scope)
{
    if (scope == CheckScope::Dataset)
        if (const auto* cross = dynamic_cast<const CrossTableIncrementalCheck*>(&check))
            return cross->keepsCrossIndex() ? KeptIndex::Cross : KeptIndex::None;
    const auto* own = dynamic_cast<const IncrementalCheck*>(&check);
    return own && own->keepsIndex() ? KeptIndex::Own : KeptIndex::None;
}

/// The rule's fix as the sink's suggester, or null when the rule has none (no call per finding).
const Suggester* suggesterOf(const Rule& rule)
{
    return rule.fix.isNone() ? nullptr : &rule.fix;
}

} // namespace

struct ValidationSession::TableChecks
{
    std::vector<Validator::Bound> row;         // bound row-local checks
    std::vector<Validator::Bound> incremental; // set checks with a key index (IncrementalCheck)
    std::vector<Validator::Bound> cross;       // cross-table checks with an index (CrossTableIncrementalCheck)
    std::unique_ptr<TextProfiles> profiles;    // what the checks point into
};

ValidationSession::ValidationSession() = default;
ValidationSession::~ValidationSession() = default;

void ValidationSession::checkRecords(const Table& table, std::uint16_t tableIndex, const std::vector<RecordId>& records,
                                     FindingSink& sink) const
{
    if (tableIndex >= m_tables.size())
        return;
    for (const RecordId record : records) {
        const auto row = table.rowOf(record);
        if (row < 0)
            continue; // deleted: its findings are gone
        for (const auto& b : m_tables[tableIndex]->row) {
            sink.setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
            b.check->checkRows(table, std::size_t(row), std::size_t(row) + 1, sink);
        }
    }
}

void ValidationSession::checkRule(const Table& table, std::uint16_t tableIndex, std::uint32_t rule,
                                  const std::vector<RecordId>& records, FindingSink& sink) const
{
    if (tableIndex >= m_tables.size())
        return;
    for (const auto& b : m_tables[tableIndex]->row) {
        if (b.ruleIndex != rule)
            continue;
        std::vector<std::size_t> rows;
        rows.reserve(records.size());
        for (const RecordId record : records)
            if (const auto row = table.rowOf(record); row >= 0)
                rows.push_back(std::size_t(row));
        std::sort(rows.begin(), rows.end());
        sink.setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
        // Runs of consecutive rows in one call: the rows behind a summary are often most of the table.
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i + 1;
            while (j < rows.size() && rows[j] == rows[j - 1] + 1)
                ++j;
            b.check->checkRows(table, rows[i], rows[j - 1] + 1, sink);
            i = j;
        }
    }
}

/// One unit of parallel work: a block of rows for every row-local check of a table, or one set check.
struct Validator::Task
{
    std::size_t table = 0;
    std::size_t first = 0;
    std::size_t last = 0;
    int setCheck = -1; // index into the table's bound checks, or -1 for a row block
    qint64 weight = 0;
    // With a RecordFilter, a row block is [first, last) of the table's selected view rows instead.
    const std::vector<std::size_t>* selected = nullptr;
};

namespace {

/// Calls check(first, last) for each run of consecutive rows among selected[from, to) (sorted view rows).
template <class F>
void forEachRun(const std::vector<std::size_t>& selected, std::size_t from, std::size_t to, F&& check)
{
    std::size_t i = from;
    while (i < to) {
        std::size_t j = i + 1;
        while (j < to && selected[j] == selected[j - 1] + 1)
            ++j;
        check(selected[i], selected[j - 1] + 1);
        i = j;
    }
}

int keyColumnOf(const ColumnResolver& resolver, const QStringList& keyColumns)
{
    for (const auto& k : keyColumns)
        if (const int c = resolver.resolve(k); c >= 0)
            return c;
    return -1;
}

/// CPU time of the calling thread: rule costs stay meaningful on a machine shared with other work.
qint64 threadCpuNanos()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

/// CPU time of the whole process (all threads).
qint64 processCpuNanos()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

bool tableMatches(const QString& wanted, const QString& name)
{
    return wanted.isEmpty() || textutil::foldKey(wanted) == textutil::foldKey(name);
}

} // namespace

Validator::Validator(RuleSet rules, CheckEnv env, ValidationOptions options)
    : m_rules(std::move(rules)), m_env(std::move(env)), m_options(options)
{
    if (!m_env.codelists)
        m_env.codelists = std::make_shared<CodelistRepository>();
    if (!m_env.today.isValid())
        m_env.today = QDate::currentDate();
}

std::vector<Validator::Bound> Validator::bindTable(const std::shared_ptr<Table>& table, const TextProfiles& profiles,
                                                   const SourceInfo* source, std::vector<RuleOutcome>* outcomes,
                                                   const Dataset* dataset, unsigned scopes,
                                                   const std::vector<bool>* skip) const
{
    const ColumnResolver resolver(*table, m_rules.synonyms);
    std::vector<Bound> bound;
    for (std::size_t i = 0; i < m_rules.rules.size(); ++i) {
        const Rule& rule = m_rules.rules[i];
        if (!tableMatches(rule.table, table->name()))
            continue;
        Bound b;
        b.rule = &rule;
        b.ruleIndex = std::uint32_t(i);
        CheckEnv env = m_env;
        env.baseDir = rule.baseDir;
        auto created = CheckRegistry::create(rule, env, rule.source);
        if (!created)
            b.skipped = created.error().message;
        else
            b.check = std::move(created).value();
        if (b.check && !(scopes & (1u << unsigned(b.check->scope()))))
            continue;
        if (b.check && skip && i < skip->size() && (*skip)[i])
            continue;
        bound.push_back(std::move(b));
    }
    // Binding may evaluate every distinct value of a column (regex, codelist): spread it over the pool.
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, bound, [&](Bound& b) {
        if (!b.check)
            return;
        BindContext context{*table, *b.rule, {}, resolver, source, &profiles};
        context.dataset = dataset;
        for (const auto& c : b.rule->columns)
            context.columns.push_back(resolver.resolveAll(c));
        const qint64 start = threadCpuNanos();
        b.skipped = b.check->bind(context);
        b.bindNanos = threadCpuNanos() - start;
        b.scope = b.check->scope();
        if (!b.skipped.isEmpty())
            b.check.reset();
    });
    if (outcomes)
        for (const auto& b : bound)
            outcomes->push_back({b.rule->id, table->name(), b.skipped, QString()});
    return bound;
}

std::vector<RuleOutcome> ValidationResult::failures() const
{
    std::vector<RuleOutcome> failed;
    for (const auto& outcome : outcomes)
        if (!outcome.failed.isEmpty())
            failed.push_back(outcome);
    return failed;
}

ValidationResult Validator::validate(const Dataset& dataset, Progress& progress) const
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = processCpuNanos();
    ValidationResult result;
    FindingStore& store = result.findings;
    for (const auto& rule : m_rules.rules)
        store.addRule({rule.id, rule.title, rule.pack, rule.kind, rule.issueType, rule.message, rule.severity, true,
                       rule.summary});

    std::vector<std::vector<Bound>> bound;
    std::vector<std::unique_ptr<TextProfiles>> profiles; // outlive the checks that point into them
    // With a filter: per table, the selected view rows (sorted) and their records (for keeping set findings).
    std::vector<std::vector<std::size_t>> selectedRows(dataset.tables.size());
    std::vector<std::unordered_set<RecordId>> selectedRecords(dataset.tables.size());
    std::vector<Task> tasks;
    qint64 totalWeight = 0;
    for (std::size_t t = 0; t < dataset.tables.size(); ++t) {
        const auto& table = dataset.tables[t];
        const ColumnResolver resolver(*table, m_rules.synonyms);
        TableInfo info;
        info.name = table->name();
        info.columns = resolver.headers();
        info.keyColumn = keyColumnOf(resolver, m_rules.keyColumns);
        info.table = table;
        store.addTable(info);
        const qint64 bindStart = processCpuNanos();
        profiles.push_back(std::make_unique<TextProfiles>(*table));
        bound.push_back(bindTable(table, *profiles.back(), &dataset.source, &result.outcomes, &dataset));
        result.bindCpuSeconds += double(processCpuNanos() - bindStart) / 1e9;
        int rowChecks = 0;
        for (std::size_t b = 0; b < bound.back().size(); ++b) {
            const Bound& x = bound.back()[b];
            if (!x.check)
                continue;
            if (x.scope == CheckScope::Row) {
                ++rowChecks;
            } else {
                tasks.push_back({t, 0, table->rowCount(), int(b), qint64(table->rowCount()) + 1});
                totalWeight += tasks.back().weight;
            }
        }
        if (m_options.only) {
            const auto it = m_options.only->records.find(table->name());
            auto& rows = selectedRows[t];
            if (it != m_options.only->records.end())
                for (const RecordId record : it->second)
                    if (const auto row = table->rowOf(record); row >= 0) {
                        rows.push_back(std::size_t(row));
                        selectedRecords[t].insert(record);
                    }
            std::sort(rows.begin(), rows.end());
            rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        }
        if (rowChecks > 0 && m_options.only) {
            const auto& rows = selectedRows[t];
            const std::size_t block = std::max<std::size_t>(1, m_options.blockRows);
            for (std::size_t first = 0; first < rows.size(); first += block) {
                const std::size_t last = std::min(rows.size(), first + block);
                tasks.push_back({t, first, last, -1, qint64(last - first) * rowChecks, &rows});
                totalWeight += tasks.back().weight;
            }
        } else if (rowChecks > 0) {
            const std::size_t rows = table->rowCount();
            const std::size_t block = std::max<std::size_t>(1, m_options.blockRows);
            for (std::size_t first = 0; first < rows; first += block) {
                const std::size_t last = std::min(rows, first + block);
                tasks.push_back({t, first, last, -1, qint64(last - first) * rowChecks});
                totalWeight += tasks.back().weight;
            }
        }
    }

    result.ruleBindSeconds.assign(m_rules.rules.size(), 0.0);
    for (const auto& table : bound)
        for (const auto& b : table)
            result.ruleBindSeconds[b.ruleIndex] += double(b.bindNanos) / 1e9;
    // Info rules that may end up summarised keep their findings bare (rule and row) until the counts are known.
    std::vector<bool> bare(m_rules.rules.size(), false);
    for (std::size_t i = 0; i < m_rules.rules.size(); ++i)
        bare[i] = m_options.summarise && m_rules.rules[i].severity == Severity::Info &&
                  m_rules.rules[i].summarise.value_or(true);
    std::vector<std::unique_ptr<FindingSink>> sinks(tasks.size());
    std::vector<std::atomic<qint64>> ruleNanos(m_rules.rules.size());
    std::atomic<qint64> done{0};
    std::atomic<bool> canceled{false};
    std::vector<std::size_t> order(tasks.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // Set checks are the longest tasks: start them first so row blocks fill in around them.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return (tasks[a].setCheck >= 0) > (tasks[b].setCheck >= 0); });

    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, order, [&](std::size_t taskIndex) {
        if (canceled.load(std::memory_order_relaxed) || progress.canceled()) {
            canceled = true;
            return;
        }
        const Task& task = tasks[taskIndex];
        const Table& table = *dataset.tables[task.table];
        auto sink = std::make_unique<FindingSink>(table, std::uint16_t(task.table));
        const auto& checks = bound[task.table];
        if (task.setCheck >= 0) {
            const Bound& b = checks[std::size_t(task.setCheck)];
            sink->setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
            const qint64 start = threadCpuNanos();
            b.check->checkSet(table, *sink, progress);
            if (m_options.keepIndexes) {
                const KeptIndex kept = keptIndexOf(*b.check, b.scope);
                if (kept == KeptIndex::Cross)
                    dynamic_cast<CrossTableIncrementalCheck&>(*b.check).buildCrossIndex(dataset, table);
                else if (kept == KeptIndex::Own)
                    dynamic_cast<IncrementalCheck&>(*b.check).buildIndex(table);
            }
            ruleNanos[b.ruleIndex] += threadCpuNanos() - start;
        } else {
            for (const Bound& b : checks) {
                if (!b.check || b.scope != CheckScope::Row)
                    continue;
                sink->setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule), bare[b.ruleIndex]);
                const qint64 start = threadCpuNanos();
                if (task.selected)
                    forEachRun(*task.selected, task.first, task.last, [&](std::size_t first, std::size_t last) {
                        b.check->checkRows(table, first, last, *sink);
                    });
                else
                    b.check->checkRows(table, task.first, task.last, *sink);
                ruleNanos[b.ruleIndex] += threadCpuNanos() - start;
            }
        }
        sinks[taskIndex] = std::move(sink);
        progress.report(done += task.weight, totalWeight);
    });

    result.canceled = canceled || progress.canceled();
    if (!result.canceled)
        summarise(dataset, tasks, sinks, store);
    // Bare findings of rules that were not summarised are checked again, this time with their words.
    recheckBare(dataset, bound, sinks, store, result.canceled, ruleNanos);
    // Row-local flags let revalidate() know which findings belong to records.
    for (std::size_t t = 0; t < bound.size(); ++t)
        for (const auto& b : bound[t])
            if (b.check && b.scope != CheckScope::Row)
                store.setRowLocal(b.ruleIndex, false);
    if (!result.canceled) {
        auto session = std::make_shared<ValidationSession>();
        session->m_rowLocal.assign(m_rules.rules.size(), true);
        session->m_incremental.assign(m_rules.rules.size(), false);
        session->m_everySetKept = m_options.keepIndexes;
        for (std::size_t t = 0; t < bound.size(); ++t) {
            auto checks = std::make_unique<ValidationSession::TableChecks>();
            for (auto& b : bound[t]) {
                if (!b.check)
                    continue;
                if (b.scope == CheckScope::Row) {
                    checks->row.push_back(std::move(b));
                    continue;
                }
                session->m_rowLocal[b.ruleIndex] = false;
                const KeptIndex kept = m_options.keepIndexes ? keptIndexOf(*b.check, b.scope) : KeptIndex::None;
                if (kept == KeptIndex::None) {
                    session->m_everySetKept = false;
                    continue;
                }
                session->m_incremental[b.ruleIndex] = true;
                (kept == KeptIndex::Cross ? checks->cross : checks->incremental).push_back(std::move(b));
            }
            checks->profiles = std::move(profiles[t]);
            session->m_tables.push_back(std::move(checks));
        }
        result.session = std::move(session);
    }
    for (auto& sink : sinks) {
        if (!sink)
            continue;
        for (const auto& failure : sink->failures()) {
            const QString& table = dataset.tables[sink->tableIndex()]->name();
            for (auto& outcome : result.outcomes)
                if (outcome.rule == m_rules.rules[failure.rule].id && outcome.table == table)
                    outcome.failed = failure.message;
        }
        store.append(std::move(*sink));
        sink.reset();
    }
    if (m_options.only && !m_options.only->keepSetFindings) {
        // Set and cross-table rules read every record; keep what they found on the selected ones.
        store.removeIf([&](const FindingRecord& r) {
            return r.record != kNoRecord && r.table < selectedRecords.size() &&
                   !selectedRecords[r.table].count(r.record);
        });
    }
    store.sort();
    for (const auto& n : ruleNanos)
        result.ruleSeconds.push_back(double(n.load()) / 1e9);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.cpuSeconds = double(processCpuNanos() - cpuStart) / 1e9;
    return result;
}

void Validator::summarise(const Dataset& dataset, const std::vector<Task>& tasks,
                          const std::vector<std::unique_ptr<FindingSink>>& sinks, FindingStore& store) const
{
    if (!m_options.summarise)
        return;
    // Rows each row-local info rule found per table. A rule's findings in a row block are contiguous and in row
    // order, so a change of record is a new row.
    struct Count
    {
        std::uint64_t rows = 0;
        int column = -1;
    };
    std::vector<std::vector<Count>> counts(dataset.tables.size(), std::vector<Count>(m_rules.rules.size()));
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        if (!sinks[t] || tasks[t].setCheck >= 0)
            continue;
        std::uint32_t lastRule = ~0u;
        RecordId lastRecord = kNoRecord;
        for (const FindingRecord& r : sinks[t]->records()) {
            if (r.record == kNoRecord || m_rules.rules[r.rule].severity != Severity::Info)
                continue;
            Count& c = counts[tasks[t].table][r.rule];
            if (r.rule != lastRule || r.record != lastRecord)
                ++c.rows;
            if (c.column < 0)
                c.column = r.column;
            lastRule = r.rule;
            lastRecord = r.record;
        }
    }
    for (std::size_t t = 0; t < counts.size(); ++t) {
        const std::uint64_t rows = dataset.tables[t]->rowCount();
        for (std::uint32_t rule = 0; rule < counts[t].size(); ++rule) {
            const Count& c = counts[t][rule];
            const auto& wanted = m_rules.rules[rule].summarise;
            if (c.rows == 0 || (wanted && !*wanted))
                continue;
            const bool many =
                c.rows >= m_options.summaryMinRows && double(c.rows) >= m_options.summaryShare * double(rows);
            if ((wanted && *wanted) || many)
                store.summarise(rule, std::uint16_t(t), rows, c.column, Severity::Info);
        }
    }
    summariseColumns(dataset, tasks, sinks, store);
}

void Validator::summariseColumns(const Dataset& dataset, const std::vector<Task>& tasks,
                                 const std::vector<std::unique_ptr<FindingSink>>& sinks, FindingStore& store) const
{
    // Rows each row-local rule found per (table, rule, column). A rule's findings on a column are in row order
    // within a block, so a change of record is a new row. A column empty or wrong in every row says one thing
    // about the column, so it is one finding; unless its rows carry suggestions, which are fixed row by row.
    struct Count
    {
        std::uint64_t rows = 0;
        RecordId last = kNoRecord;
        Severity worst = Severity::Info;
        bool suggested = false; // a row has a fix of its own: keep the rows, so each can be fixed
    };
    std::vector<std::map<std::pair<std::uint32_t, int>, Count>> counts(dataset.tables.size());
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        if (!sinks[t] || tasks[t].setCheck >= 0)
            continue;
        auto& perTable = counts[tasks[t].table];
        std::pair<std::uint32_t, int> lastKey{~0u, -1};
        Count* c = nullptr;
        for (const FindingRecord& r : sinks[t]->records()) {
            if (r.record == kNoRecord || r.column < 0)
                continue;
            const std::pair<std::uint32_t, int> key{r.rule, r.column};
            if (!c || key != lastKey) {
                c = &perTable[key];
                lastKey = key;
            }
            if (r.record != c->last)
                ++c->rows;
            c->last = r.record;
            c->worst = std::max(c->worst, r.severity);
            c->suggested = c->suggested || r.hasSuggestion();
        }
    }
    for (std::size_t t = 0; t < counts.size(); ++t) {
        const std::uint64_t rows = dataset.tables[t]->rowCount();
        if (rows < m_options.columnSummaryMinRows)
            continue;
        for (const auto& [key, c] : counts[t]) {
            const auto& wanted = m_rules.rules[key.first].summarise;
            if (c.rows < rows || c.suggested || (wanted && !*wanted) || store.summaryOf(key.first, std::uint16_t(t)))
                continue;
            store.summarise(key.first, std::uint16_t(t), rows, key.second, c.worst, true);
        }
    }
}

void Validator::recheckBare(const Dataset& dataset, const std::vector<std::vector<Bound>>& bound,
                            std::vector<std::unique_ptr<FindingSink>>& sinks, const FindingStore& store, bool canceled,
                            std::vector<std::atomic<qint64>>& ruleNanos) const
{
    // Per table and rule, the rows to check again (1-based view rows as the sinks recorded them).
    std::vector<std::vector<std::vector<std::size_t>>> rows(dataset.tables.size());
    for (auto& sink : sinks) {
        if (!sink)
            continue;
        auto& records = sink->records();
        auto keep = records.begin();
        for (const FindingRecord& r : records) {
            if (!r.isBare() || store.summaryOf(r.rule, r.table, r.column)) {
                *keep++ = r; // ordinary findings, and bare ones a summary takes in
                continue;
            }
            auto& perRule = rows[r.table];
            if (perRule.empty())
                perRule.resize(m_rules.rules.size());
            perRule[r.rule].push_back(std::size_t(r.row) - 1);
        }
        records.erase(keep, records.end());
    }
    if (canceled)
        return;
    for (std::size_t t = 0; t < rows.size(); ++t) {
        for (std::uint32_t rule = 0; rule < rows[t].size(); ++rule) {
            auto& wanted = rows[t][rule];
            if (wanted.empty())
                continue;
            const auto b = std::find_if(bound[t].begin(), bound[t].end(), [&](const Bound& x) {
                return x.ruleIndex == rule && x.check && x.scope == CheckScope::Row;
            });
            if (b == bound[t].end())
                continue;
            const Table& table = *dataset.tables[t];
            auto sink = std::make_unique<FindingSink>(table, std::uint16_t(t));
            sink->setRule(rule, b->rule->severity, suggesterOf(*b->rule));
            std::sort(wanted.begin(), wanted.end());
            wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
            const qint64 start = threadCpuNanos();
            for (std::size_t i = 0; i < wanted.size();) {
                std::size_t j = i + 1;
                while (j < wanted.size() && wanted[j] == wanted[j - 1] + 1)
                    ++j;
                b->check->checkRows(table, wanted[i], wanted[j - 1] + 1, *sink);
                i = j;
            }
            ruleNanos[rule] += threadCpuNanos() - start;
            sinks.push_back(std::move(sink));
        }
    }
}

void Validator::revalidate(const Dataset& dataset, const QString& tableName, const std::vector<RecordId>& records,
                           ValidationResult& result, Progress& progress) const
{
    FindingStore& store = result.findings;
    int tableIndex = -1;
    for (std::size_t i = 0; i < store.tables().size(); ++i)
        if (store.tables()[i].name == tableName)
            tableIndex = int(i);
    const auto table = dataset.table(tableName);
    if (tableIndex < 0 || !table)
        return;
    const std::unordered_set<RecordId> touched(records.begin(), records.end());
    const TextProfiles profiles(*table);
    auto bound = bindTable(table, profiles, &dataset.source, nullptr, &dataset);
    std::unordered_set<std::uint32_t> setRules;
    for (const auto& b : bound)
        if (b.check && b.scope != CheckScope::Row)
            setRules.insert(b.ruleIndex);
    store.removeIf([&](const FindingRecord& r) {
        if (r.table != std::uint16_t(tableIndex))
            return false;
        return setRules.count(r.rule) != 0 || touched.count(r.record) != 0;
    });
    FindingSink sink(*table, std::uint16_t(tableIndex));
    for (const RecordId record : records) {
        const auto row = table->rowOf(record);
        if (row < 0)
            continue; // deleted: its findings are gone
        for (const auto& b : bound) {
            if (!b.check || b.scope != CheckScope::Row)
                continue;
            sink.setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
            b.check->checkRows(*table, std::size_t(row), std::size_t(row) + 1, sink);
        }
    }
    for (const auto& b : bound) {
        if (!b.check || b.scope == CheckScope::Row || progress.canceled())
            continue;
        sink.setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
        b.check->checkSet(*table, sink, progress);
    }
    store.append(std::move(sink));
    // Cross-table rules bound to the other tables read the edited one: re-run them whole.
    for (std::size_t i = 0; i < store.tables().size(); ++i) {
        const auto other = dataset.table(store.tables()[i].name);
        if (int(i) == tableIndex || !other)
            continue;
        const TextProfiles otherProfiles(*other);
        auto otherBound = bindTable(other, otherProfiles, &dataset.source, nullptr, &dataset);
        std::unordered_set<std::uint32_t> datasetRules;
        for (const auto& b : otherBound)
            if (b.check && b.scope == CheckScope::Dataset)
                datasetRules.insert(b.ruleIndex);
        if (datasetRules.empty())
            continue;
        store.removeIf(
            [&](const FindingRecord& r) { return r.table == std::uint16_t(i) && datasetRules.count(r.rule); });
        FindingSink otherSink(*other, std::uint16_t(i));
        for (const auto& b : otherBound) {
            if (!b.check || b.scope != CheckScope::Dataset || progress.canceled())
                continue;
            otherSink.setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
            b.check->checkSet(*other, otherSink, progress);
        }
        store.append(std::move(otherSink));
    }
    store.sort();
}

std::vector<ValidationSession::SetUpdate> ValidationSession::updateSets(const Table& table, std::uint16_t tableIndex,
                                                                        const std::vector<RecordId>& records) const
{
    std::vector<SetUpdate> updates;
    if (tableIndex >= m_tables.size())
        return updates;
    for (const auto& b : m_tables[tableIndex]->incremental) {
        SetUpdate update;
        update.table = tableIndex;
        update.rule = b.ruleIndex;
        update.findings = std::make_unique<FindingSink>(table, tableIndex);
        update.findings->setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
        update.records = dynamic_cast<IncrementalCheck&>(*b.check).recheck(table, records, *update.findings);
        updates.push_back(std::move(update));
    }
    return updates;
}

std::vector<ValidationSession::SetUpdate>
ValidationSession::updateCrossTables(const Dataset& dataset, std::uint16_t edited,
                                     const std::vector<RecordId>& records) const
{
    std::vector<SetUpdate> updates;
    if (edited >= dataset.tables.size())
        return updates;
    const Table& editedTable = *dataset.tables[edited];
    for (std::size_t t = 0; t < m_tables.size() && t < dataset.tables.size(); ++t) {
        for (const auto& b : m_tables[t]->cross) {
            auto& check = dynamic_cast<CrossTableIncrementalCheck&>(*b.check);
            if (t != edited && !check.readsTable(dataset, editedTable))
                continue;
            const Table& table = *dataset.tables[t];
            SetUpdate update;
            update.table = std::uint16_t(t);
            update.rule = b.ruleIndex;
            update.findings = std::make_unique<FindingSink>(table, std::uint16_t(t));
            update.findings->setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
            update.records = check.recheckCross(dataset, table, editedTable, records, *update.findings);
            updates.push_back(std::move(update));
        }
    }
    return updates;
}

std::vector<Validator::SetRerun> Validator::rerunSetRules(const Dataset& dataset, const std::vector<int>& edited,
                                                          Progress& progress, const std::vector<bool>& skip) const
{
    constexpr unsigned setScope = 1u << unsigned(CheckScope::Set);
    constexpr unsigned datasetScope = 1u << unsigned(CheckScope::Dataset);
    struct Job
    {
        std::size_t table;
        std::vector<Bound> checks;
        std::unique_ptr<TextProfiles> profiles;
    };
    std::vector<Job> jobs;
    for (std::size_t t = 0; t < dataset.tables.size(); ++t) {
        const bool isEdited = std::find(edited.begin(), edited.end(), int(t)) != edited.end();
        const unsigned scopes = datasetScope | (isEdited ? setScope : 0u);
        Job job{t, {}, std::make_unique<TextProfiles>(*dataset.tables[t])};
        job.checks = bindTable(dataset.tables[t], *job.profiles, &dataset.source, nullptr, &dataset, scopes, &skip);
        // A rule that no longer applies (its column is gone) must still drop its old findings: keep it unbound.
        jobs.push_back(std::move(job));
    }
    std::vector<SetRerun> reruns;
    for (auto& job : jobs) {
        SetRerun rerun;
        rerun.table = std::uint16_t(job.table);
        rerun.drop.assign(m_rules.rules.size(), false);
        rerun.findings = std::make_unique<FindingSink>(*dataset.tables[job.table], rerun.table);
        bool any = false;
        for (const auto& b : job.checks) {
            if (b.scope == CheckScope::Row)
                continue; // row-local, or a rule that could not be created (it had no findings)
            if (b.ruleIndex < skip.size() && skip[b.ruleIndex])
                continue; // kept current incrementally
            rerun.drop[b.ruleIndex] = true;
            any = true;
            if (!b.check)
                continue;
            if (progress.canceled())
                return {};
            rerun.findings->setRule(b.ruleIndex, b.rule->severity, suggesterOf(*b.rule));
            b.check->checkSet(*dataset.tables[job.table], *rerun.findings, progress);
        }
        if (any)
            reruns.push_back(std::move(rerun));
    }
    return progress.canceled() ? std::vector<SetRerun>{} : std::move(reruns);
}

} // namespace plumbline
