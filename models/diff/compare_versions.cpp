#include "diff/compare_versions.h"

#include "io/parallel_for.h"
#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <optional>
#include <thread>

namespace plumbline {

namespace {

bool fillsColumn(const Table& table, int column)
{
    for (std::size_t row = 0; row < table.rowCount(); ++row)
        if (!textutil::isBlank(table.cell(row, column)))
            return true;
    return false;
}

/// True when prepareRules() chooses the same rules for both datasets: the packs are chosen from the source's format,
/// the table names (a Popolo dataset's collections) and the headers, and added from a dataset's own schemas.
bool compareSameRuleChoice(const Dataset& a, const Dataset& b)
{
    if (a.source.format != b.source.format || a.tables.size() != b.tables.size() || !a.schemas.empty() ||
        !b.schemas.empty())
        return false;
    for (std::size_t t = 0; t < a.tables.size(); ++t) {
        const Table& x = *a.tables[t];
        const Table& y = *b.tables[t];
        // One table each: the name (after the file) does not choose packs; several: it may.
        if ((a.tables.size() > 1 && x.name() != y.name()) || x.columnCount() != y.columnCount())
            return false;
        for (int c = 0; c < x.columnCount(); ++c)
            if (x.columnName(c) != y.columnName(c))
                return false;
    }
    return true;
}

DiffKey compareChooseKey(const RuleSet& rules, const Table& oldTable, const Table& newTable,
                         const QStringList& requested)
{
    DiffKey key;
    key.synonyms = rules.synonyms;
    if (!requested.isEmpty()) {
        key.columns = requested;
        return key;
    }
    const ColumnResolver oldResolver(oldTable, key.synonyms);
    const ColumnResolver newResolver(newTable, key.synonyms);
    QStringList candidates = rules.keyColumns;
    candidates << QStringLiteral("reference");
    QString firstResolved;
    for (const auto& name : candidates) {
        const int n = newResolver.resolve(name);
        if (n < 0 || oldResolver.resolve(name) < 0)
            continue;
        if (firstResolved.isEmpty())
            firstResolved = name;
        if (fillsColumn(newTable, n)) {
            key.columns = QStringList{name};
            return key;
        }
    }
    key.columns = QStringList{firstResolved.isEmpty() ? QStringLiteral("reference") : firstResolved};
    return key;
}

} // namespace

Result<std::pair<std::shared_ptr<const Table>, std::shared_ptr<const Table>>>
tablesToCompare(const Dataset& oldData, const Dataset& newData, const QString& table)
{
    if (!table.isEmpty()) {
        auto o = oldData.table(table);
        auto n = newData.table(table);
        if (!o || !n)
            return Error{{},
                         0,
                         0,
                         QStringLiteral("The %1 version has no table '%2'.")
                             .arg(o ? QStringLiteral("new") : QStringLiteral("old"), table)};
        return std::pair<std::shared_ptr<const Table>, std::shared_ptr<const Table>>{o, n};
    }
    if (oldData.tables.empty() || newData.tables.empty())
        return Error{{}, 0, 0, QStringLiteral("One of the versions has no table to compare.")};
    if (oldData.tables.size() == 1 && newData.tables.size() == 1)
        return std::pair<std::shared_ptr<const Table>, std::shared_ptr<const Table>>{oldData.tables.front(),
                                                                                     newData.tables.front()};
    for (const auto& n : newData.tables)
        if (auto o = oldData.table(n->name()))
            return std::pair<std::shared_ptr<const Table>, std::shared_ptr<const Table>>{o, n};
    return Error{{}, 0, 0, QStringLiteral("The versions have no table of the same name; choose one (--table).")};
}

Result<DiffKey> chooseDiffKey(const Dataset& newData, const Table& oldTable, const Table& newTable,
                              const QStringList& requested, const ValidationSetup& setup)
{
    auto prepared = prepareRules(newData, setup);
    if (!prepared)
        return prepared.error();
    return compareChooseKey(prepared.value().rules, oldTable, newTable, requested);
}

Result<Comparison> compareVersions(std::shared_ptr<const Dataset> oldData, std::shared_ptr<const Dataset> newData,
                                   const CompareOptions& options, Progress& progress)
{
    Comparison c;
    auto tables = tablesToCompare(*oldData, *newData, options.table);
    if (!tables)
        return tables.error();
    c.oldTable = tables.value().first;
    c.newTable = tables.value().second;
    // The rules are prepared once (loading and compiling the packs): for the key, and for checking both versions
    // when their formats, tables and headers are the same.
    auto prepared = prepareRules(*newData, options.setup);
    if (!prepared)
        return prepared.error();
    c.key = compareChooseKey(prepared.value().rules, *c.oldTable, *c.newTable, options.key);
    auto rows = diffTables(*c.oldTable, *c.newTable, c.key, progress);
    if (!rows)
        return rows.error();
    c.rows = std::move(rows).value();
    c.oldData = std::move(oldData);
    c.newData = std::move(newData);
    if (options.findings == CompareOptions::Findings::None)
        return c;

    ValidationSetup oldSetup = options.setup;
    ValidationSetup newSetup = options.setup;
    if (options.findings == CompareOptions::Findings::Changed) {
        // Unchanged records have the same row findings in both versions: check only the others.
        // Set rules run on the whole table anyway: keep all they find, so a duplicate that went away with a removed
        // record is seen as gone on the record that stayed.
        auto oldOnly = std::make_shared<RecordFilter>();
        oldOnly->records[c.oldTable->name()] = removedOrChangedRecords(c.rows, *c.oldTable);
        oldOnly->keepSetFindings = true;
        auto newOnly = std::make_shared<RecordFilter>();
        newOnly->records[c.newTable->name()] = addedOrChangedRecords(c.rows, *c.newTable);
        newOnly->keepSetFindings = true;
        oldSetup.only = std::move(oldOnly);
        newSetup.only = std::move(newOnly);
    }
    // The two versions are checked at the same time, each on its share of the cores: a validation keeps the
    // cores only partly busy (binding the rules, the whole-table rules that run on one thread each), and two side
    // by side fill the gaps. The findings do not depend on the number of threads.
    const int cores =
        options.setup.threads > 0 ? options.setup.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    if (cores >= 2) {
        oldSetup.threads = cores / 2;
        newSetup.threads = cores - cores / 2;
    }
    std::optional<PreparedRules> oldPrepared;
    if (compareSameRuleChoice(*c.oldData, *c.newData)) {
        oldPrepared = prepared.value();
    } else {
        auto own = prepareRules(*c.oldData, options.setup);
        if (!own)
            return own.error();
        oldPrepared = std::move(own).value();
    }
    std::optional<Result<std::shared_ptr<ValidationRun>>> runs[2];
    parallelFor(cores >= 2 ? 2 : 1, 2, [&](std::size_t version) {
        runs[version].emplace(version == 0 ? runValidation(c.oldData, std::move(*oldPrepared), oldSetup, progress)
                                           : runValidation(c.newData, std::move(prepared).value(), newSetup, progress));
    });
    for (std::size_t version = 0; version < 2; ++version) {
        auto& result = *runs[version];
        if (!result)
            return result.error();
        if (!result.value())
            return Error{{}, 0, 0, QStringLiteral("The comparison was canceled.")};
        (version == 0 ? c.oldRun : c.newRun) = std::move(result).value();
    }
    QHash<QString, QString> renamed;
    renamed.insert(c.oldTable->name(), c.newTable->name());
    c.findings = diffFindings(c.oldRun->result.findings, c.newRun->result.findings, c.key, renamed);
    c.findings->allRecords = options.findings == CompareOptions::Findings::All;
    return c;
}

Result<std::shared_ptr<const RecordFilter>> changedSince(const Dataset& oldData, const Dataset& newData,
                                                         const QStringList& key, const ValidationSetup& setup,
                                                         Progress& progress)
{
    auto filter = std::make_shared<RecordFilter>();
    for (const auto& table : newData.tables) {
        auto& records = filter->records[table->name()];
        const auto old = oldData.tables.size() == 1 && newData.tables.size() == 1 ? oldData.tables.front()
                                                                                  : oldData.table(table->name());
        if (!old) {
            for (std::size_t row = 0; row < table->rowCount(); ++row)
                records.push_back(table->recordId(row));
            continue;
        }
        auto diffKey = chooseDiffKey(newData, *old, *table, key, setup);
        if (!diffKey)
            return diffKey.error();
        auto diff = diffTables(*old, *table, diffKey.value(), progress);
        if (!diff)
            return diff.error();
        records = addedOrChangedRecords(diff.value(), *table);
    }
    return std::shared_ptr<const RecordFilter>(std::move(filter));
}

} // namespace plumbline
