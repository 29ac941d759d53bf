#include "project/audit_trail.h"

#include "io/project/journal_apply.h"
#include "io/project/journal_store.h"
#include "io/project/project_reader.h"
#include "io/sqlite/sqlite_handle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace plumbline {

namespace {

QString qstring(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// The cell as it is now, for keys: the edited value or the loaded one.
QString currentCell(const Table& table, RecordId record, int column)
{
    if (column < 0 || column >= table.columnCount())
        return {};
    if (const auto edited = table.overlay().find(record, column))
        return qstring(*edited);
    return qstring(table.baseCell(record, column));
}

class TrailBuilder
{
public:
    explicit TrailBuilder(const Dataset& current) : m_current(current)
    {
        for (const auto& t : current.tables)
            m_keys.push_back(userKeyColumn(*t));
    }

    void cells(const JournalEntry& entry, const JournalOp& op, const QString& kind, bool forward)
    {
        const Table* table = tableOf(op.table);
        for (std::size_t i = 0; i < op.edits.size(); ++i) {
            const CellEdit& e = op.edits[i];
            AuditRow row = base(entry, op, kind, e.record);
            row.rule = forward && i < op.rules.size() ? op.rules[i] : QString();
            row.column = table && e.column < table->columnCount() ? table->columnName(e.column)
                                                                  : QStringLiteral("column %1").arg(e.column + 1);
            const QString before = valueOf(table, e.record, e.column, e.before, entry.epoch);
            const QString after = valueOf(table, e.record, e.column, e.after, entry.epoch);
            row.oldValue = forward ? before : after;
            row.newValue = forward ? after : before;
            m_rows.push_back(std::move(row));
        }
    }

    void operation(const JournalEntry& entry, const JournalOp& op, const QString& kind, bool forward)
    {
        const bool put = (op.kind == JournalOp::Kind::PutRows) == forward;
        switch (op.kind) {
        case JournalOp::Kind::Cells:
            cells(entry, op, kind, forward);
            return;
        case JournalOp::Kind::PutRows:
        case JournalOp::Kind::TakeRows:
            for (const RecordId r : op.records) {
                AuditRow row = base(entry, op, kind, r);
                row.kind = kind == QLatin1String("edit")
                               ? (put ? QStringLiteral("insert row") : QStringLiteral("delete row"))
                               : kind + (put ? QStringLiteral(": insert row") : QStringLiteral(": delete row"));
                m_rows.push_back(std::move(row));
            }
            return;
        case JournalOp::Kind::PutColumn:
        case JournalOp::Kind::TakeColumn: {
            const bool add = (op.kind == JournalOp::Kind::PutColumn) == forward;
            AuditRow row = base(entry, op, kind, kNoRecord);
            const QString what = add ? QStringLiteral("add column") : QStringLiteral("remove column");
            row.kind = kind == QLatin1String("edit") ? what : kind + QStringLiteral(": ") + what;
            row.column = op.name;
            m_rows.push_back(std::move(row));
            return;
        }
        }
    }

    void entry(const JournalEntry& entry, const QString& kind, bool forward)
    {
        if (forward)
            for (const JournalOp& op : entry.ops)
                operation(entry, op, kind, true);
        else
            for (auto it = entry.ops.rbegin(); it != entry.ops.rend(); ++it)
                operation(entry, *it, kind, false);
    }

    void note(const JournalEntry& entry, const QString& kind, const QString& action)
    {
        AuditRow row;
        row.step = entry.sequence;
        row.time = entry.time;
        row.user = entry.user;
        row.kind = kind;
        row.action = action;
        m_rows.push_back(std::move(row));
    }

    std::vector<AuditRow> take() { return std::move(m_rows); }
    /// The epoch of the data in current (its loaded values are the ones old values refer to).
    void setCurrentEpoch(int epoch) { m_epoch = epoch; }

private:
    const Table* tableOf(int index) const
    {
        return index >= 0 && std::size_t(index) < m_current.tables.size() ? m_current.tables[std::size_t(index)].get()
                                                                          : nullptr;
    }
    AuditRow base(const JournalEntry& entry, const JournalOp& op, const QString& kind, RecordId record) const
    {
        AuditRow row;
        row.step = entry.sequence;
        row.time = entry.time;
        row.user = entry.user;
        row.kind = kind;
        row.action = entry.text;
        const Table* table = tableOf(op.table);
        row.table = table ? table->name() : QString::number(op.table);
        row.record = record == kNoRecord ? -1 : qint64(record);
        if (table && record != kNoRecord && entry.epoch == m_epoch)
            row.key = currentCell(*table, record, m_keys[std::size_t(op.table)]);
        return row;
    }
    /// A journal value, or the loaded value it stands for (known for the current epoch only).
    QString valueOf(const Table* table, RecordId record, int column, const std::optional<std::string>& value,
                    int epoch) const
    {
        if (value)
            return qstring(*value);
        if (!table || epoch != m_epoch || column >= table->columnCount() || table->isAddedColumn(column))
            return {};
        return qstring(table->baseCell(record, column));
    }

    const Dataset& m_current;
    std::vector<int> m_keys;
    std::vector<AuditRow> m_rows;
    int m_epoch = 1;
};

} // namespace

int userKeyColumn(const Table& table)
{
    for (const char* name : {"reference", "id", "identifier", "person_id", "name"})
        for (int c = 0; c < table.columnCount(); ++c)
            if (table.columnName(c).compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return c;
    return -1;
}

std::vector<AuditRow> buildAuditTrail(const Dataset& current, const std::vector<JournalEntry>& entries,
                                      const std::vector<AuditRow>& triageLog)
{
    TrailBuilder builder(current);
    builder.setCurrentEpoch(entries.empty() ? 1 : entries.back().epoch);
    // The undo stack as it was, to know what each move undid or redid.
    std::vector<const JournalEntry*> stack;
    std::size_t index = 0;
    int epoch = entries.empty() ? 1 : entries.front().epoch;
    for (const JournalEntry& entry : entries) {
        if (entry.epoch != epoch) { // a re-import started a new history
            stack.clear();
            index = 0;
            epoch = entry.epoch;
        }
        switch (entry.kind) {
        case JournalEntry::Kind::Push:
            if (entry.position >= 0 && std::size_t(entry.position) <= stack.size())
                index = std::size_t(entry.position);
            stack.resize(index);
            stack.push_back(&entry);
            ++index;
            builder.entry(entry, QStringLiteral("edit"), true);
            break;
        case JournalEntry::Kind::Move: {
            const std::size_t target = std::min(std::size_t(std::max(0, entry.target)), stack.size());
            while (index > target) {
                const JournalEntry& undone = *stack[--index];
                JournalEntry shown = undone;
                shown.sequence = entry.sequence;
                shown.time = entry.time;
                shown.user = entry.user;
                shown.text = QStringLiteral("Undo %1").arg(undone.text);
                builder.entry(shown, QStringLiteral("undo"), false);
            }
            while (index < target) {
                const JournalEntry& redone = *stack[index++];
                JournalEntry shown = redone;
                shown.sequence = entry.sequence;
                shown.time = entry.time;
                shown.user = entry.user;
                shown.text = QStringLiteral("Redo %1").arg(redone.text);
                builder.entry(shown, QStringLiteral("redo"), true);
            }
            break;
        }
        case JournalEntry::Kind::Clear:
            stack.clear();
            index = 0;
            builder.note(entry, QStringLiteral("history cleared"), QStringLiteral("Clear the undo history"));
            break;
        }
    }
    std::vector<AuditRow> rows = builder.take();
    for (AuditRow row : triageLog) {
        // Keys of the findings decided on, from the data as it is now.
        if (const auto table = current.table(row.table); table && row.record >= 0 && row.key.isEmpty())
            row.key = currentCell(*table, RecordId(row.record), userKeyColumn(*table));
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const AuditRow& a, const AuditRow& b) { return a.time < b.time; });
    return rows;
}

Result<std::vector<AuditRow>> readTriageLog(const ProjectFile& file)
{
    SqliteStatement select;
    if (!select.prepare(file.handle(), QStringLiteral("SELECT rule, table_name, record, columns, value, state, reason, "
                                                      "user, time FROM triage_log ORDER BY id")))
        return file.error(QStringLiteral("The project's triage log cannot be read"));
    std::vector<AuditRow> rows;
    int status;
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = select.get();
        AuditRow row;
        row.kind = QStringLiteral("triage");
        row.rule = columnQString(s, 0);
        row.table = columnQString(s, 1);
        row.record = sqlite3_column_int64(s, 2);
        row.column = columnQString(s, 3).replace(QChar(0x1f), QStringLiteral(", "));
        row.oldValue = columnQString(s, 4); // the finding's value
        row.action = columnQString(s, 5);
        row.reason = columnQString(s, 6);
        row.user = columnQString(s, 7);
        row.time = columnQString(s, 8);
        rows.push_back(std::move(row));
    }
    if (status != SQLITE_DONE)
        return file.error(QStringLiteral("The project's triage log cannot be read"));
    return rows;
}

Result<std::vector<AuditRow>> projectAuditTrail(const QString& path, Progress& progress)
{
    auto contents = readProjectContents(path, ProjectAccess::ReadOnly, progress);
    if (!contents)
        return contents.error();
    Dataset current = std::move(contents.value().base);
    applyJournal(current, contents.value().journal); // keys as they are now (what fits)
    auto all = readJournal(*contents.value().file, 0, progress);
    if (!all)
        return all.error();
    auto triage = readTriageLog(*contents.value().file);
    if (!triage)
        return triage.error();
    return buildAuditTrail(current, all.value(), triage.value());
}

std::vector<AuditRow> cellHistory(const std::vector<AuditRow>& trail, const QString& table, RecordId record,
                                  const QString& column)
{
    std::vector<AuditRow> rows;
    for (const AuditRow& row : trail)
        if (row.kind != QLatin1String("triage") && row.table == table && row.record == qint64(record) &&
            row.column == column)
            rows.push_back(row);
    return rows;
}

namespace {

QByteArray csvField(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

} // namespace

bool writeAuditTrail(QIODevice& out, AuditFormat format, const std::vector<AuditRow>& rows)
{
    if (format == AuditFormat::Json) {
        QJsonArray list;
        for (const AuditRow& r : rows)
            list.append(QJsonObject{{QStringLiteral("step"), r.step},
                                    {QStringLiteral("time"), r.time},
                                    {QStringLiteral("user"), r.user},
                                    {QStringLiteral("kind"), r.kind},
                                    {QStringLiteral("action"), r.action},
                                    {QStringLiteral("rule"), r.rule},
                                    {QStringLiteral("table"), r.table},
                                    {QStringLiteral("record"), r.record < 0 ? QJsonValue() : QJsonValue(r.record)},
                                    {QStringLiteral("key"), r.key},
                                    {QStringLiteral("column"), r.column},
                                    {QStringLiteral("old_value"), r.oldValue},
                                    {QStringLiteral("new_value"), r.newValue},
                                    {QStringLiteral("reason"), r.reason}});
        return out.write(QJsonDocument(QJsonObject{{QStringLiteral("rows"), list}}).toJson(QJsonDocument::Indented)) >=
               0;
    }
    QByteArray text = "step,time,user,kind,action,rule,table,record,key,column,old_value,new_value,reason\n";
    for (const AuditRow& r : rows) {
        const QStringList fields{QString::number(r.step),
                                 r.time,
                                 r.user,
                                 r.kind,
                                 r.action,
                                 r.rule,
                                 r.table,
                                 r.record < 0 ? QString() : QString::number(r.record),
                                 r.key,
                                 r.column,
                                 r.oldValue,
                                 r.newValue,
                                 r.reason};
        for (int i = 0; i < fields.size(); ++i) {
            if (i)
                text += ',';
            text += csvField(fields[i]);
        }
        text += '\n';
        if (text.size() > (1 << 20)) {
            if (out.write(text) < 0)
                return false;
            text.clear();
        }
    }
    return out.write(text) >= 0;
}

} // namespace plumbline
