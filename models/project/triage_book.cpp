#include "project/triage_book.h"

#include "io/project/project_file.h"
#include "io/sqlite/sqlite_handle.h"

#include <QCoreApplication>

namespace plumbline {

QString triageStateName(TriageState state)
{
    switch (state) {
    case TriageState::Open:
        return QStringLiteral("open");
    case TriageState::Fixed:
        return QStringLiteral("fixed");
    case TriageState::Waived:
        return QStringLiteral("waived");
    case TriageState::FalsePositive:
        return QStringLiteral("false_positive");
    }
    return QStringLiteral("open");
}

QString triageStateLabel(TriageState state)
{
    switch (state) {
    case TriageState::Open:
        return QCoreApplication::translate("TriageState", "Open");
    case TriageState::Fixed:
        return QCoreApplication::translate("TriageState", "Fixed");
    case TriageState::Waived:
        return QCoreApplication::translate("TriageState", "Waived");
    case TriageState::FalsePositive:
        return QCoreApplication::translate("TriageState", "False positive");
    }
    return {};
}

bool parseTriageState(const QString& name, TriageState* state)
{
    for (TriageState s : {TriageState::Open, TriageState::Fixed, TriageState::Waived, TriageState::FalsePositive})
        if (name == triageStateName(s)) {
            *state = s;
            return true;
        }
    return false;
}

TriageBook::TriageBook(QObject* parent) : QObject(parent) {}

std::optional<Error> TriageBook::attach(ProjectFile* file)
{
    m_file = file;
    if (!file)
        return std::nullopt;
    SqliteStatement select;
    if (!select.prepare(file->handle(),
                        QStringLiteral("SELECT rule, table_name, record, columns, value, state, reason, "
                                       "user, time FROM triage")))
        return file->error(QStringLiteral("The project's triage decisions cannot be read"));
    std::vector<TriageDecision> decisions;
    int status;
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = select.get();
        TriageDecision d;
        d.key.rule = columnQString(s, 0);
        d.key.table = columnQString(s, 1);
        d.key.record = sqlite3_column_int64(s, 2);
        d.key.columns = FindingKey::columnsFromText(columnQString(s, 3));
        d.key.value = columnQString(s, 4);
        if (!parseTriageState(columnQString(s, 5), &d.state) || d.state == TriageState::Open)
            continue; // a state this version does not know is left alone
        d.reason = columnQString(s, 6);
        d.user = columnQString(s, 7);
        d.time = columnQString(s, 8);
        decisions.push_back(std::move(d));
    }
    if (status != SQLITE_DONE)
        return file->error(QStringLiteral("The project's triage decisions cannot be read"));
    m_decisions.clear();
    m_byHash.clear();
    remember(decisions);
    return std::nullopt;
}

const TriageDecision* TriageBook::find(std::uint64_t hash, const FindingKey& key) const
{
    const auto [first, last] = m_byHash.equal_range(hash);
    for (auto it = first; it != last; ++it)
        if (m_decisions[it->second].key == key)
            return &m_decisions[it->second];
    return nullptr;
}

const TriageDecision* TriageBook::find(const FindingKey& key) const
{
    return find(key.hash(), key);
}

TriageState TriageBook::stateOf(const FindingKey& key) const
{
    const TriageDecision* d = find(key);
    return d ? d->state : TriageState::Open;
}

void TriageBook::remember(const std::vector<TriageDecision>& decisions)
{
    for (const TriageDecision& d : decisions) {
        const std::uint64_t hash = d.key.hash();
        const TriageDecision* existing = find(hash, d.key);
        if (existing) {
            const std::size_t at = std::size_t(existing - m_decisions.data());
            if (d.state == TriageState::Open) {
                // Swap the last decision into the hole and re-point its index.
                const std::size_t last = m_decisions.size() - 1;
                const auto drop = [&](std::uint64_t h, std::size_t index) {
                    const auto [first, end] = m_byHash.equal_range(h);
                    for (auto it = first; it != end; ++it)
                        if (it->second == index) {
                            m_byHash.erase(it);
                            return;
                        }
                };
                drop(hash, at);
                if (at != last) {
                    const std::uint64_t lastHash = m_decisions[last].key.hash();
                    drop(lastHash, last);
                    m_decisions[at] = std::move(m_decisions[last]);
                    m_byHash.emplace(lastHash, at);
                }
                m_decisions.pop_back();
            } else {
                m_decisions[at] = d;
            }
        } else if (d.state != TriageState::Open) {
            m_byHash.emplace(hash, m_decisions.size());
            m_decisions.push_back(d);
        }
    }
}

std::optional<Error> TriageBook::write(const std::vector<TriageDecision>& decisions)
{
    if (!m_file)
        return std::nullopt;
    return writeDecisions(*m_file, decisions);
}

std::optional<Error> TriageBook::writeDecisions(ProjectFile& file, const std::vector<TriageDecision>& decisions)
{
    const QString failed = QStringLiteral("The triage decision could not be saved in the project");
    SqliteStatement upsert, remove, log;
    if (!upsert.prepare(
            file.handle(),
            QStringLiteral("INSERT OR REPLACE INTO triage (rule, table_name, record, columns, value, state, "
                           "reason, user, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")) ||
        !remove.prepare(file.handle(), QStringLiteral("DELETE FROM triage WHERE rule = ?1 AND table_name = ?2 AND "
                                                      "record = ?3 AND columns = ?4 AND value = ?5")) ||
        !log.prepare(file.handle(),
                     QStringLiteral("INSERT INTO triage_log (rule, table_name, record, columns, value, state, reason, "
                                    "user, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")))
        return file.error(failed);
    for (const TriageDecision& d : decisions) {
        for (sqlite3_stmt* s : {d.state == TriageState::Open ? remove.get() : upsert.get(), log.get()}) {
            sqlite3_reset(s);
            bindQString(s, 1, d.key.rule);
            bindQString(s, 2, d.key.table);
            sqlite3_bind_int64(s, 3, d.key.record);
            bindQString(s, 4, d.key.columnsText());
            bindQString(s, 5, d.key.value);
            if (s != remove.get()) {
                bindQString(s, 6, triageStateName(d.state));
                bindQString(s, 7, d.reason);
                bindQString(s, 8, d.user);
                bindQString(s, 9, d.time);
            }
            if (sqlite3_step(s) != SQLITE_DONE)
                return file.error(failed);
        }
    }
    return std::nullopt;
}

std::optional<Error> TriageBook::decide(const std::vector<TriageDecision>& decisions)
{
    if (m_readOnly)
        return Error{QString(), 0, 0,
                     QStringLiteral("This project is open read-only: decisions cannot be saved in it. Save a copy "
                                    "(File \u2192 Save Project As) to work on it.")};
    for (const TriageDecision& d : decisions)
        if (d.state == TriageState::Waived && d.reason.trimmed().isEmpty())
            return Error{QString(), 0, 0,
                         QStringLiteral("A waiver needs a reason: say why the finding is acceptable.")};
    if (m_file) {
        if (!m_file->begin())
            return m_file->error(QStringLiteral("The triage decision could not be saved in the project"));
        if (auto failed = write(decisions)) {
            m_file->rollback();
            return failed;
        }
        if (!m_file->commit()) {
            const Error failed = m_file->error(QStringLiteral("The triage decision could not be saved in the project"));
            m_file->rollback();
            return failed;
        }
    }
    remember(decisions);
    emit changed();
    return std::nullopt;
}

TriageView TriageBook::view(const FindingStore& store) const
{
    TriageView view;
    view.hidden.assign(store.size(), false);
    if (m_decisions.empty())
        return view;
    FindingKeyHasher hasher(store);
    for (std::size_t i = 0; i < store.size(); ++i) {
        const std::uint64_t hash = hasher.hash(i);
        if (m_byHash.find(hash) == m_byHash.end())
            continue;
        const TriageDecision* d = find(hash, findingKeyOf(store, i));
        if (!d || !isHiddenState(d->state))
            continue;
        view.hidden[i] = true;
        ++view.hiddenBySeverity[std::size_t(store.record(i).severity)];
        if (d->state == TriageState::Waived)
            ++view.waived;
        else
            ++view.falsePositive;
    }
    return view;
}

} // namespace plumbline
