#include "project/run_history.h"

#include "io/project/byte_codec.h"
#include "io/project/project_file.h"
#include "io/sqlite/sqlite_handle.h"
#include "project/finding_key.h"
#include "project/triage_book.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <map>
#include <unordered_set>

namespace plumbline {

namespace {

constexpr std::uint32_t kKeysTag = 0x3159454B; // "KEY1"

/// A run's finding keys: dictionaries of rules, tables and column lists, then per finding its hash, indexes
/// into them, the record and the value.
QByteArray encodeKeys(const FindingStore& store, const std::vector<std::uint64_t>& hashes)
{
    ByteWriter out;
    out.put<std::uint32_t>(kKeysTag);
    out.put<std::uint32_t>(std::uint32_t(store.rules().size()));
    for (const RuleInfo& rule : store.rules())
        out.putString(rule.id);
    out.put<std::uint32_t>(std::uint32_t(store.tables().size()));
    for (const TableInfo& table : store.tables())
        out.putString(table.name);
    std::map<QString, std::uint32_t> columns;
    std::vector<std::uint32_t> columnOf(store.size());
    for (std::size_t i = 0; i < store.size(); ++i)
        columnOf[i] =
            columns.emplace(store.columnNames(i).join(QChar(0x1f)), std::uint32_t(columns.size())).first->second;
    std::vector<QString> columnTexts(columns.size());
    for (const auto& [text, index] : columns)
        columnTexts[index] = text;
    out.put<std::uint32_t>(std::uint32_t(columnTexts.size()));
    for (const QString& text : columnTexts)
        out.putString(text);
    out.put<std::uint32_t>(std::uint32_t(store.size()));
    for (std::size_t i = 0; i < store.size(); ++i) {
        const FindingRecord& r = store.record(i);
        out.put<std::uint64_t>(hashes[i]);
        out.put<std::uint32_t>(r.rule);
        out.put<std::uint16_t>(r.table);
        out.put<std::int64_t>(r.record == kNoRecord ? -1 : qint64(r.record));
        out.put<std::uint32_t>(columnOf[i]);
        out.putString(store.text(r.value));
    }
    return out.bytes();
}

struct StoredKey
{
    std::uint64_t hash = 0;
    std::uint32_t rule = 0;
    std::uint16_t table = 0;
    qint64 record = -1;
    std::uint32_t columns = 0;
    std::string value;
};

struct StoredKeys
{
    std::vector<QString> rules, tables, columns;
    std::vector<StoredKey> keys;

    FindingKey key(const StoredKey& k) const
    {
        return FindingKey{rules[k.rule], tables[k.table], k.record, FindingKey::columnsFromText(columns[k.columns]),
                          QString::fromUtf8(k.value.data(), qsizetype(k.value.size()))};
    }
};

/// The keys of a previous run; empty when damaged (the comparison then starts afresh).
StoredKeys decodeKeys(const QByteArray& bytes)
{
    StoredKeys stored;
    ByteReader in(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (in.get<std::uint32_t>() != kKeysTag)
        return {};
    for (auto* list : {&stored.rules, &stored.tables, &stored.columns}) {
        const std::uint32_t n = in.getCount(4);
        for (std::uint32_t i = 0; i < n && in.ok(); ++i)
            list->push_back(in.getQString());
    }
    const std::uint32_t n = in.getCount(30);
    stored.keys.reserve(n);
    for (std::uint32_t i = 0; i < n && in.ok(); ++i) {
        StoredKey k;
        k.hash = in.get<std::uint64_t>();
        k.rule = in.get<std::uint32_t>();
        k.table = in.get<std::uint16_t>();
        k.record = in.get<std::int64_t>();
        k.columns = in.get<std::uint32_t>();
        k.value = in.getString();
        if (k.rule >= stored.rules.size() || k.table >= stored.tables.size() || k.columns >= stored.columns.size())
            return {};
        stored.keys.push_back(std::move(k));
    }
    if (!in.ok())
        return {};
    return stored;
}

/// The same encoding as encodeKeys, of keys already decoded (and re-keyed).
QByteArray encodeStoredKeys(const StoredKeys& stored)
{
    ByteWriter out;
    out.put<std::uint32_t>(kKeysTag);
    for (const std::vector<QString>* list : {&stored.rules, &stored.tables, &stored.columns}) {
        out.put<std::uint32_t>(std::uint32_t(list->size()));
        for (const QString& text : *list)
            out.putString(text);
    }
    out.put<std::uint32_t>(std::uint32_t(stored.keys.size()));
    for (const StoredKey& k : stored.keys) {
        out.put<std::uint64_t>(k.hash);
        out.put<std::uint32_t>(k.rule);
        out.put<std::uint16_t>(k.table);
        out.put<std::int64_t>(k.record);
        out.put<std::uint32_t>(k.columns);
        out.putString(k.value);
    }
    return out.bytes();
}

QString byRuleJson(const QMap<QString, std::uint64_t>& byRule)
{
    QJsonObject object;
    for (auto it = byRule.begin(); it != byRule.end(); ++it)
        object.insert(it.key(), qint64(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Inserts run into file's open transaction and sets its id; false on failure.
bool insertRun(ProjectFile& file, RunRecord& run)
{
    SqliteStatement insert;
    if (!insert.prepare(file.handle(), QStringLiteral("INSERT INTO run (time, user, packs, total, errors, warnings, "
                                                      "notices, infos, new, resolved, hidden, by_rule) VALUES (?1, ?2, "
                                                      "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")))
        return false;
    sqlite3_stmt* s = insert.get();
    bindQString(s, 1, run.time);
    bindQString(s, 2, run.user);
    bindQString(s, 3, run.packs.join(QLatin1Char('\n')));
    sqlite3_bind_int64(s, 4, qint64(run.total));
    sqlite3_bind_int64(s, 5, qint64(run.bySeverity[std::size_t(Severity::Error)]));
    sqlite3_bind_int64(s, 6, qint64(run.bySeverity[std::size_t(Severity::Warning)]));
    sqlite3_bind_int64(s, 7, qint64(run.bySeverity[std::size_t(Severity::Notice)]));
    sqlite3_bind_int64(s, 8, qint64(run.bySeverity[std::size_t(Severity::Info)]));
    sqlite3_bind_int64(s, 9, qint64(run.newCount));
    sqlite3_bind_int64(s, 10, qint64(run.resolvedCount));
    sqlite3_bind_int64(s, 11, qint64(run.hidden));
    bindQString(s, 12, byRuleJson(run.byRule));
    if (sqlite3_step(s) != SQLITE_DONE)
        return false;
    run.id = sqlite3_last_insert_rowid(file.handle());
    return true;
}

/// Only the latest run's keys are kept: the next run compares with them.
bool keepKeys(ProjectFile& file, qint64 run, const QByteArray& keys)
{
    SqliteStatement keep;
    if (!file.exec("DELETE FROM run_keys") ||
        !keep.prepare(file.handle(), QStringLiteral("INSERT INTO run_keys (run, keys) VALUES (?1, ?2)")))
        return false;
    sqlite3_bind_int64(keep.get(), 1, run);
    sqlite3_bind_blob64(keep.get(), 2, keys.constData(), sqlite3_uint64(keys.size()), SQLITE_STATIC);
    return sqlite3_step(keep.get()) == SQLITE_DONE;
}

} // namespace

std::optional<Error> RunHistory::attach(ProjectFile* file)
{
    m_file = file;
    m_runs.clear();
    if (!file)
        return std::nullopt;
    SqliteStatement select;
    if (!select.prepare(file->handle(),
                        QStringLiteral("SELECT id, time, user, packs, total, errors, warnings, notices, "
                                       "infos, new, resolved, hidden, by_rule FROM run ORDER BY id")))
        return file->error(QStringLiteral("The project's validation runs cannot be read"));
    int status;
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = select.get();
        RunRecord run;
        run.id = sqlite3_column_int64(s, 0);
        run.time = columnQString(s, 1);
        run.user = columnQString(s, 2);
        run.packs = columnQString(s, 3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        run.total = std::uint64_t(std::max<qint64>(0, sqlite3_column_int64(s, 4)));
        const Severity order[] = {Severity::Error, Severity::Warning, Severity::Notice, Severity::Info};
        for (int k = 0; k < 4; ++k)
            run.bySeverity[std::size_t(order[k])] = std::uint64_t(std::max<qint64>(0, sqlite3_column_int64(s, 5 + k)));
        run.newCount = std::uint64_t(std::max<qint64>(0, sqlite3_column_int64(s, 9)));
        run.resolvedCount = std::uint64_t(std::max<qint64>(0, sqlite3_column_int64(s, 10)));
        run.hidden = std::uint64_t(std::max<qint64>(0, sqlite3_column_int64(s, 11)));
        const QJsonObject byRule = QJsonDocument::fromJson(columnQString(s, 12).toUtf8()).object();
        for (auto it = byRule.begin(); it != byRule.end(); ++it)
            run.byRule.insert(it.key(), std::uint64_t(std::max<qint64>(0, it.value().toInteger())));
        run.first = m_runs.empty();
        m_runs.push_back(std::move(run));
    }
    if (status != SQLITE_DONE)
        return file->error(QStringLiteral("The project's validation runs cannot be read"));
    return std::nullopt;
}

Result<RunRecord> RunHistory::record(const FindingStore& store, const QStringList& packs, TriageBook& triage,
                                     const QString& user, const QString& time)
{
    RunRecord run;
    run.time = time;
    run.user = user;
    run.packs = packs;
    run.total = store.size();
    for (int s = 0; s < kSeverityCount; ++s)
        run.bySeverity[std::size_t(s)] = store.count(Severity(s));
    for (std::uint32_t r = 0; r < store.rules().size(); ++r)
        run.byRule.insert(store.rules()[r].id, store.countForRule(r));

    FindingKeyHasher hasher(store);
    std::vector<std::uint64_t> hashes(store.size());
    std::unordered_set<std::uint64_t> current;
    current.reserve(store.size());
    for (std::size_t i = 0; i < store.size(); ++i) {
        hashes[i] = hasher.hash(i);
        current.insert(hashes[i]);
    }

    const QByteArray previousBytes = lastKeys();
    const RunRecord* previous = m_runs.empty() ? nullptr : &m_runs.back();
    run.first = previous == nullptr;
    std::vector<TriageDecision> decisions;
    if (previous) {
        const StoredKeys stored = decodeKeys(previousBytes);
        std::unordered_set<std::uint64_t> before;
        before.reserve(stored.keys.size());
        for (const StoredKey& k : stored.keys)
            before.insert(k.hash);
        // Only rules that ran both times are compared: a pack switched on or off is not news about the data.
        for (std::size_t i = 0; i < store.size(); ++i)
            if (!before.count(hashes[i]) && previous->byRule.contains(store.rules()[store.record(i).rule].id))
                ++run.newCount;
        for (const StoredKey& k : stored.keys) {
            if (current.count(k.hash) || !run.byRule.contains(stored.rules[k.rule]))
                continue;
            ++run.resolvedCount;
            const FindingKey key = stored.key(k);
            if (!triage.find(k.hash, key))
                decisions.push_back(TriageDecision{key, TriageState::Fixed, QString(), user, time});
        }
    }
    // Fixed findings that are back are open again.
    for (const TriageDecision& d : triage.decisions())
        if (d.state == TriageState::Fixed && current.count(d.key.hash())) {
            TriageDecision reopened = d;
            reopened.state = TriageState::Open;
            reopened.reason = QStringLiteral("found again");
            reopened.user = user;
            reopened.time = time;
            decisions.push_back(std::move(reopened));
        }

    const QByteArray keys = encodeKeys(store, hashes);
    if (m_file) {
        const QString failed = QStringLiteral("The validation run could not be saved in the project");
        if (!m_file->begin())
            return m_file->error(failed);
        const auto rollback = [&] {
            const Error error = m_file->error(failed);
            m_file->rollback();
            return error;
        };
        if (auto e = triage.write(decisions)) {
            m_file->rollback();
            return *e;
        }
        triage.remember(decisions);
        run.hidden = triage.view(store).hiddenCount();
        if (!insertRun(*m_file, run))
            return rollback();
        if (!keepKeys(*m_file, run.id, keys))
            return rollback();
        if (!m_file->commit())
            return rollback();
    } else {
        triage.remember(decisions);
        run.hidden = triage.view(store).hiddenCount();
        run.id = qint64(m_runs.size()) + 1;
        m_lastKeys = keys;
    }
    if (!decisions.empty())
        emit triage.changed();
    m_runs.push_back(run);
    return run;
}

QByteArray RunHistory::lastKeys() const
{
    if (!m_file)
        return m_lastKeys;
    SqliteStatement select;
    if (select.prepare(m_file->handle(), QStringLiteral("SELECT keys FROM run_keys ORDER BY run DESC LIMIT 1")) &&
        sqlite3_step(select.get()) == SQLITE_ROW)
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(select.get(), 0)),
                          sqlite3_column_bytes(select.get(), 0));
    return {};
}

void RunHistory::followRecords(const std::function<bool(FindingKey&)>& follow)
{
    const QByteArray bytes = lastKeys();
    StoredKeys stored = decodeKeys(bytes);
    std::vector<StoredKey> kept;
    kept.reserve(stored.keys.size());
    std::map<QString, std::uint16_t> tables; // the new names, as the keys now use them
    for (StoredKey& k : stored.keys) {
        FindingKey key = stored.key(k);
        if (!follow(key))
            continue;
        k.table = tables.emplace(key.table, std::uint16_t(tables.size())).first->second;
        k.record = key.record;
        k.hash = key.hash();
        kept.push_back(std::move(k));
    }
    stored.tables.assign(tables.size(), QString());
    for (const auto& [name, index] : tables)
        stored.tables[index] = name;
    stored.keys = std::move(kept);
    m_lastKeys = bytes.isEmpty() ? QByteArray() : encodeStoredKeys(stored);
}

std::optional<Error> RunHistory::writeTo(ProjectFile& file) const
{
    qint64 last = 0;
    for (RunRecord run : m_runs) {
        if (!insertRun(file, run))
            return file.error(QStringLiteral("The validation runs could not be saved in the project"));
        last = run.id;
    }
    if (last > 0 && !m_lastKeys.isEmpty() && !keepKeys(file, last, m_lastKeys))
        return file.error(QStringLiteral("The validation runs could not be saved in the project"));
    return std::nullopt;
}

QString runBannerText(const RunRecord& run, const RunRecord* previous)
{
    if (run.first || !previous)
        return QCoreApplication::translate("RunHistory", "%n finding(s) (first run)", nullptr, int(run.total));
    const QDateTime when = QDateTime::fromString(previous->time, Qt::ISODate).toLocalTime();
    return QCoreApplication::translate("RunHistory", "%1 new, %2 resolved since %3")
        .arg(QLocale().toString(qulonglong(run.newCount)), QLocale().toString(qulonglong(run.resolvedCount)),
             QLocale().toString(when, QLocale::ShortFormat));
}

} // namespace plumbline
