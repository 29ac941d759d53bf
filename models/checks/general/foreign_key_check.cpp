#include "checks/general/foreign_key_check.h"

#include "rules/codelist_repository.h"
#include "rules/column_resolver.h"
#include "table/dataset.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>

namespace plumbline {

namespace {

/// Calls fn with each trimmed, non-empty part of a cell that lists several references ("p3; p1").
template <typename Fn>
void forEachForeignKeyPart(std::string_view value, std::string_view separator, Fn&& fn)
{
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(separator, start);
        if (end == std::string_view::npos)
            end = value.size();
        if (const auto part = textutil::trim(value.substr(start, end - start)); !part.empty())
            fn(part);
        start = end + separator.size();
    }
}

/// Sorts records and drops repeats, then calls check with the view row of each record the table still shows: the
/// end of every re-check, whichever table's edit started it.
template <typename Check>
void forEachForeignKeyReferrer(const Table& table, std::vector<RecordId>& records, Check&& check)
{
    std::sort(records.begin(), records.end());
    records.erase(std::unique(records.begin(), records.end()), records.end());
    for (const RecordId record : records)
        if (const std::int64_t row = table.rowOf(record); row >= 0)
            check(std::size_t(row));
}

} // namespace

std::unique_ptr<Check> ForeignKeyCheck::create(ParamReader& params, const Rule&, const CheckEnv& env)
{
    auto check = std::make_unique<ForeignKeyCheck>();
    const QString codelist = params.string("codelist");
    const QString codelistColumn = params.string("codelist-column");
    check->m_referencesName = params.string("references");
    check->m_separator = params.string("separator").toStdString();
    check->m_caseSensitive = params.boolean("case-sensitive", true);
    check->m_tableName = params.string("table");
    if (const QString prefix = params.string("prefix"); !prefix.isEmpty())
        check->m_prefix = textutil::asciiLower(prefix.toStdString()) + ':';
    if (!check->m_tableName.isEmpty()) {
        check->m_skipMissingTable =
            params.choice("missing-table", {QStringLiteral("report"), QStringLiteral("skip")}) == QLatin1String("skip");
        if (!codelist.isEmpty()) {
            params.failRule(QStringLiteral("a foreign-key check takes params.codelist or params.table, not both"));
            return check;
        }
        if (check->m_referencesName.isEmpty())
            check->m_referencesName = QStringLiteral("id");
        QJsonObject where = params.object("target-where");
        if (!where.isEmpty()) {
            check->m_whereColumn = where.take(QLatin1String("column")).toString();
            QString error;
            check->m_where = ValuePredicate::parse(where, &error);
            if (check->m_whereColumn.isEmpty())
                params.fail(QStringLiteral("target-where"),
                            QStringLiteral("\"column\" names the target column to test"));
            else if (!check->m_where)
                params.fail(QStringLiteral("target-where"), error);
        }
        return check;
    }
    if (codelist.isEmpty() == check->m_referencesName.isEmpty()) {
        params.failRule(QStringLiteral("a foreign-key check needs exactly one of params.codelist, params.references "
                                       "or params.table"));
        return check;
    }
    if (!codelist.isEmpty() && env.codelists) {
        auto loaded = env.codelists->load(codelist, env.baseDir);
        if (!loaded) {
            params.fail(QStringLiteral("codelist"), loaded.error().toString());
            return check;
        }
        check->m_codelist = loaded.value();
        if (!codelistColumn.isEmpty()) {
            check->m_codelistColumn = check->m_codelist->column(codelistColumn);
            if (check->m_codelistColumn < 0)
                params.fail(QStringLiteral("codelist-column"),
                            QStringLiteral("the codelist has no column '%1' (it has %2)")
                                .arg(codelistColumn, check->m_codelist->header.join(QLatin1String(", "))));
        }
        for (std::size_t row = 0; row < check->m_codelist->rows.size(); ++row)
            check->m_keys.insert(check->key(check->m_codelist->cell(row, check->m_codelistColumn)));
    }
    return check;
}

std::string ForeignKeyCheck::key(std::string_view value) const
{
    value = textutil::trim(value);
    if (!m_prefix.empty() && value.size() > m_prefix.size() &&
        textutil::asciiLower(value.substr(0, m_prefix.size())) == m_prefix)
        value = textutil::trim(value.substr(m_prefix.size()));
    return m_caseSensitive ? std::string(value) : textutil::asciiLower(value);
}

bool ForeignKeyCheck::prepareTable(const BindContext& context, QString* reason)
{
    if (!context.dataset) {
        *reason = QStringLiteral("needs the other tables of the dataset (a reference to '%1')").arg(m_tableName);
        return false;
    }
    m_keys.clear();
    m_filtered.clear();
    m_targetKeyColumn = -1;
    m_targetWhereColumn = -1;
    const std::shared_ptr<Table> target = targetTable(*context.dataset);
    if (!target && m_skipMissingTable) {
        *reason = QStringLiteral("the dataset has no %1 table to resolve against").arg(m_tableName);
        return false;
    }
    // A missing target table or key column leaves nothing to resolve to: every value is reported, saying why.
    if (!target) {
        m_notFound = QStringLiteral("cannot be resolved: there is no %1 table").arg(m_tableName).toStdString();
        return true;
    }
    const ColumnResolver resolver(*target, {});
    const int column = resolver.resolve(m_referencesName);
    if (column < 0) {
        m_notFound = QStringLiteral("cannot be resolved: the %1 table has no %2 column")
                         .arg(target->name(), m_referencesName)
                         .toStdString();
        return true;
    }
    m_notFound = QStringLiteral("is not %1 in the %2 table")
                     .arg(m_referencesName == QLatin1String("id") ? QStringLiteral("an id")
                                                                  : QStringLiteral("a %1").arg(m_referencesName),
                          target->name())
                     .toStdString();
    const int whereColumn = m_where ? resolver.resolve(m_whereColumn) : -1;
    m_targetKeyColumn = column;
    m_targetWhereColumn = whereColumn;
    for (std::size_t row = 0; row < target->rowCount(); ++row) {
        const auto v = target->cell(row, column);
        if (textutil::isBlank(v))
            continue;
        if (m_where) {
            const auto tested = whereColumn >= 0 ? target->cell(row, whereColumn) : std::string_view();
            if (!m_where->test(tested)) {
                m_filtered.emplace(key(v), std::string(tested));
                continue;
            }
        }
        m_keys.insert(key(v));
    }
    // A key held by both a kept and a filtered row resolves.
    for (const auto& k : m_keys)
        m_filtered.erase(k);
    return true;
}

std::shared_ptr<Table> ForeignKeyCheck::targetTable(const Dataset& dataset) const
{
    std::shared_ptr<Table> target = dataset.table(m_tableName);
    for (std::size_t i = 0; !target && i < dataset.tables.size(); ++i)
        if (textutil::foldKey(dataset.tables[i]->name()) == textutil::foldKey(m_tableName))
            target = dataset.tables[i];
    return target;
}

bool ForeignKeyCheck::prepare(const BindContext& context, QString* reason)
{
    if (!m_tableName.isEmpty())
        return prepareTable(context, reason);
    if (m_referencesName.isEmpty())
        return true;
    const int target = context.resolver.resolve(m_referencesName);
    m_targetColumn = target;
    if (target < 0) {
        *reason = QStringLiteral("no column matches '%1'").arg(m_referencesName);
        return false;
    }
    m_keys.clear();
    for (std::size_t row = 0; row < context.table.rowCount(); ++row) {
        const auto v = context.table.cell(row, target);
        if (!textutil::isBlank(v))
            m_keys.insert(key(v));
    }
    return true;
}

bool ForeignKeyCheck::test(std::string_view value, Verdict& verdict) const
{
    if (!m_tableName.isEmpty() && m_separator.empty()) {
        const std::string k = key(value);
        if (m_keys.count(k))
            return false;
        const auto filtered = m_filtered.find(k);
        verdict.detail =
            filtered == m_filtered.end()
                ? m_notFound
                : QStringLiteral("is in the %1 table, but its %2 is '%3'; the reference needs a row whose %2 %4")
                      .arg(m_tableName, m_whereColumn, textutil::toQString(filtered->second), m_where->describe())
                      .toStdString();
        return true;
    }
    if (m_separator.empty())
        return !m_keys.count(key(value));
    QStringList missing;
    forEachForeignKeyPart(value, m_separator, [&](std::string_view part) {
        if (!m_keys.count(key(part)))
            missing << textutil::toQString(part);
    });
    if (missing.isEmpty())
        return false;
    verdict.detail = missing.join(QLatin1String(", ")).toStdString();
    return true;
}

void ForeignKeyCheck::checkSet(const Table& table, FindingSink& sink, Progress&) const
{
    checkRows(table, 0, table.rowCount(), sink);
}

std::vector<std::string> ForeignKeyCheck::referencedKeys(std::string_view value) const
{
    std::vector<std::string> keys;
    if (textutil::isBlank(value))
        return keys;
    if (m_separator.empty()) {
        keys.push_back(key(value));
        return keys;
    }
    forEachForeignKeyPart(value, m_separator, [&](std::string_view part) { keys.push_back(key(part)); });
    return keys;
}

std::uint32_t ForeignKeyCheck::keyId(const std::string& k)
{
    const auto [it, added] = m_keyIds.emplace(k, std::uint32_t(m_keyText.size()));
    if (added) {
        m_keyText.push_back(k);
        m_keyRows.push_back(0);
        m_referrers.emplace_back();
        if (!m_tableName.isEmpty())
            m_keyTargets.emplace_back();
    }
    return it->second;
}

void ForeignKeyCheck::noteReferences(const Table& table, std::size_t row, RecordId record)
{
    for (const int column : checkedColumns())
        for (const std::string& k : referencedKeys(table.cell(row, column)))
            m_referrers[keyId(k)].push_back(record);
}

void ForeignKeyCheck::buildIndex(const Table& table)
{
    m_keyIds.clear();
    m_keyText.clear();
    m_keyRows.clear();
    m_referrers.clear();
    m_targetOf.clear();
    if (!keepsIndex() || m_targetColumn < 0)
        return;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const RecordId record = table.recordId(row);
        if (record >= m_targetOf.size())
            m_targetOf.resize(std::size_t(record) + 1, kNoKey);
        const std::string_view target = table.cell(row, m_targetColumn);
        if (!textutil::isBlank(target)) {
            const std::uint32_t id = keyId(key(target));
            m_targetOf[record] = id;
            ++m_keyRows[id];
        }
        noteReferences(table, row, record);
    }
}

std::vector<RecordId> ForeignKeyCheck::recheck(const Table& table, const std::vector<RecordId>& records,
                                               FindingSink& sink)
{
    std::vector<RecordId> affected(records);
    if (m_targetColumn < 0 || m_targetColumn >= table.columnCount())
        return affected;
    std::vector<std::uint32_t> changedKeys; // keys that appeared or disappeared
    for (const RecordId record : records) {
        const std::int64_t row = table.rowOf(record);
        if (record >= m_targetOf.size())
            m_targetOf.resize(std::size_t(record) + 1, kNoKey);
        std::uint32_t now = kNoKey;
        if (row >= 0) {
            const std::string_view target = table.cell(std::size_t(row), m_targetColumn);
            if (!textutil::isBlank(target))
                now = keyId(key(target));
        }
        const std::uint32_t before = m_targetOf[record];
        if (before != now) {
            if (before != kNoKey && --m_keyRows[before] == 0) {
                m_keys.erase(m_keyText[before]);
                changedKeys.push_back(before);
            }
            if (now != kNoKey && m_keyRows[now]++ == 0) {
                m_keys.insert(m_keyText[now]);
                changedKeys.push_back(now);
            }
            m_targetOf[record] = now;
        }
        if (row >= 0)
            noteReferences(table, std::size_t(row), record);
    }
    for (const std::uint32_t id : changedKeys) {
        auto& referrers = m_referrers[id];
        std::sort(referrers.begin(), referrers.end());
        referrers.erase(std::unique(referrers.begin(), referrers.end()), referrers.end());
        affected.insert(affected.end(), referrers.begin(), referrers.end());
    }
    forEachForeignKeyReferrer(table, affected, [&](std::size_t row) { checkRowAfresh(table, row, sink); });
    return affected;
}

void ForeignKeyCheck::buildCrossIndex(const Dataset& dataset, const Table& table)
{
    m_keyIds.clear();
    m_keyText.clear();
    m_keyRows.clear();
    m_referrers.clear();
    m_targetOf.clear();
    m_keyTargets.clear();
    const std::shared_ptr<Table> target = targetTable(dataset);
    if (!keepsCrossIndex() || !target)
        return;
    for (std::size_t row = 0; row < target->rowCount(); ++row) {
        const RecordId record = target->recordId(row);
        if (record >= m_targetOf.size())
            m_targetOf.resize(std::size_t(record) + 1, kNoKey);
        const std::string_view v = target->cell(row, m_targetKeyColumn);
        if (textutil::isBlank(v))
            continue;
        const std::uint32_t id = keyId(key(v));
        m_targetOf[record] = id;
        m_keyTargets[id].push_back(record);
    }
    for (std::size_t row = 0; row < table.rowCount(); ++row)
        noteReferences(table, row, table.recordId(row));
}

bool ForeignKeyCheck::readsTable(const Dataset& dataset, const Table& other) const
{
    return targetTable(dataset).get() == &other;
}

bool ForeignKeyCheck::refreshTargetKey(const Table& target, std::uint32_t id)
{
    // As prepareTable() decides: a key resolves when a target row holding it passes the filter; otherwise the
    // first filtered row (in view order) says why not.
    bool resolves = false;
    std::int64_t firstFiltered = -1;
    std::string_view tested;
    for (const RecordId record : m_keyTargets[id]) {
        const std::int64_t row = target.rowOf(record);
        if (row < 0)
            continue;
        if (!m_where) {
            resolves = true;
            break;
        }
        const std::string_view value =
            m_targetWhereColumn >= 0 ? target.cell(std::size_t(row), m_targetWhereColumn) : std::string_view();
        if (m_where->test(value)) {
            resolves = true;
            break;
        }
        if (firstFiltered < 0 || row < firstFiltered) {
            firstFiltered = row;
            tested = value;
        }
    }
    const std::string& text = m_keyText[id];
    const bool resolved = m_keys.count(text) != 0;
    const auto filtered = m_filtered.find(text);
    if (resolves) {
        if (filtered != m_filtered.end())
            m_filtered.erase(filtered);
        if (resolved)
            return false;
        m_keys.insert(text);
        return true;
    }
    bool changed = resolved;
    m_keys.erase(text);
    if (firstFiltered < 0) {
        if (filtered != m_filtered.end()) {
            m_filtered.erase(filtered);
            changed = true;
        }
    } else if (filtered == m_filtered.end() || filtered->second != tested) {
        m_filtered[text] = std::string(tested);
        changed = true;
    }
    return changed;
}

std::vector<RecordId> ForeignKeyCheck::recheckCross(const Dataset& dataset, const Table& table, const Table& edited,
                                                    const std::vector<RecordId>& records, FindingSink& sink)
{
    std::vector<RecordId> affected;
    if (!keepsCrossIndex())
        return affected;
    const std::shared_ptr<Table> target = targetTable(dataset);
    if (target.get() == &edited) {
        std::vector<std::uint32_t> keys; // the edited target rows' old and new keys
        for (const RecordId record : records) {
            if (record >= m_targetOf.size())
                m_targetOf.resize(std::size_t(record) + 1, kNoKey);
            std::uint32_t now = kNoKey;
            if (const std::int64_t row = edited.rowOf(record); row >= 0) {
                const std::string_view v = edited.cell(std::size_t(row), m_targetKeyColumn);
                if (!textutil::isBlank(v))
                    now = keyId(key(v));
            }
            const std::uint32_t before = m_targetOf[record];
            if (before != now) {
                if (before != kNoKey)
                    std::erase(m_keyTargets[before], record);
                if (now != kNoKey)
                    m_keyTargets[now].push_back(record);
                m_targetOf[record] = now;
            }
            // The filter's column may have changed too, so the new key is looked at even when it stayed.
            for (const std::uint32_t id : {before, now})
                if (id != kNoKey)
                    keys.push_back(id);
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const std::uint32_t id : keys) {
            if (!refreshTargetKey(edited, id))
                continue;
            auto& referrers = m_referrers[id];
            std::sort(referrers.begin(), referrers.end());
            referrers.erase(std::unique(referrers.begin(), referrers.end()), referrers.end());
            affected.insert(affected.end(), referrers.begin(), referrers.end());
        }
    }
    if (&table == &edited) {
        for (const RecordId record : records) {
            affected.push_back(record);
            if (const std::int64_t row = table.rowOf(record); row >= 0)
                noteReferences(table, std::size_t(row), record);
        }
    }
    forEachForeignKeyReferrer(table, affected, [&](std::size_t row) { checkRowAfresh(table, row, sink); });
    return affected;
}

} // namespace plumbline
