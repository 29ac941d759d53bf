#include "project/source_reimport.h"

#include "io/dataset_reader.h"
#include "io/project/base_data.h"
#include "io/project/journal_apply.h"
#include "io/project/journal_store.h"
#include "io/project/project_file.h"
#include "io/project/project_reader.h"
#include "io/project/project_writer.h"
#include "project/net_edits.h"
#include "project/reimport_additions.h"
#include "project/rules_snapshot.h"
#include "project/run_history.h"
#include "rules/column_resolver.h"
#include "values/text_util.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <unordered_map>

namespace plumbline {

QString NotReapplied::reasonText() const
{
    // Shown in the window's re-import summary (translated there) and by the CLI (which installs no translator).
    switch (reason) {
    case Reason::RowGone:
        return QCoreApplication::translate("NotReapplied", "row gone");
    case Reason::ValueChanged:
        return QCoreApplication::translate("NotReapplied", "old value changed from \u201c%1\u201d to \u201c%2\u201d")
            .arg(before, now);
    case Reason::ColumnGone:
        return QCoreApplication::translate("NotReapplied", "column gone");
    case Reason::TableGone:
        return QCoreApplication::translate("NotReapplied", "table gone");
    case Reason::ColumnAdded:
        return QCoreApplication::translate("NotReapplied", "column added in the project: the new file has one too");
    }
    return {};
}

namespace {

std::string trimmedBaseKey(const Table& table, RecordId record, int column)
{
    return std::string(textutil::trim(table.baseCell(record, column)));
}

/// Old base record -> new base record (kNoRecord when gone), by the key column both imports have, else by
/// position.
struct RecordMap
{
    std::vector<RecordId> newOf;
    int oldKey = -1;
    int newKey = -1;
    std::size_t duplicateKeys = 0;

    QString keyText(const Table& oldTable, RecordId record) const
    {
        const QString key =
            oldKey >= 0 ? textutil::toQString(textutil::trim(oldTable.baseCell(record, oldKey))) : QString();
        if (!key.isEmpty())
            return key;
        return oldKey >= 0 ? QStringLiteral("row %1 (no key)").arg(record + 1)
                           : QStringLiteral("row %1").arg(record + 1);
    }
};

bool fillsBaseColumn(const Table& table, int column)
{
    for (RecordId r = 0; r < table.baseRowCount(); ++r)
        if (!textutil::trim(table.baseCell(r, column)).empty())
            return true;
    return false;
}

RecordMap matchRecords(const Table& oldTable, const Table& newTable, const RecordKeySpec& spec)
{
    RecordMap map;
    map.newOf.assign(oldTable.baseRowCount(), kNoRecord);
    const ColumnResolver oldResolver(oldTable, spec.synonyms);
    const ColumnResolver newResolver(newTable, spec.synonyms);
    for (const QString& name : spec.columns) {
        const int o = oldResolver.resolve(name);
        const int n = newResolver.resolve(name);
        if (o >= 0 && n >= 0 && !oldTable.isAddedColumn(o) && !newTable.isAddedColumn(n) &&
            fillsBaseColumn(oldTable, o)) {
            map.oldKey = o;
            map.newKey = n;
            break;
        }
    }
    if (map.oldKey < 0) {
        map.oldKey = map.newKey = -1;
        for (RecordId r = 0; r < oldTable.baseRowCount() && r < newTable.baseRowCount(); ++r)
            map.newOf[r] = r;
        return map;
    }
    // Records sharing a key are paired in file order: the first with the first. A record whose key is blank is
    // matched by its whole content (every column the old import had), or not at all: pairing blank keys by
    // order would carry an edit to an unrelated record.
    std::vector<int> columnsInNew;
    for (int c = 0; c < oldTable.columnCount() && !oldTable.isAddedColumn(c); ++c)
        columnsInNew.push_back(newTable.columnIndex(oldTable.columnName(c)));
    const bool comparable =
        std::find(columnsInNew.begin(), columnsInNew.end(), -1) == columnsInNew.end() && !columnsInNew.empty();
    const auto contentOf = [&](const Table& table, RecordId r, bool inNew) {
        std::string content("\x1f");
        for (std::size_t c = 0; c < columnsInNew.size(); ++c) {
            content += table.baseCell(r, inNew ? columnsInNew[c] : int(c));
            content += '\x1f';
        }
        return content;
    };
    std::unordered_map<std::string, std::vector<RecordId>> byKey;
    for (RecordId r = 0; r < newTable.baseRowCount(); ++r) {
        std::string key = trimmedBaseKey(newTable, r, map.newKey);
        if (key.empty() && comparable)
            key = contentOf(newTable, r, true); // starts with \x1f: never a trimmed key
        if (!key.empty())
            byKey[std::move(key)].push_back(r);
    }
    std::unordered_map<std::string, std::size_t> used;
    for (auto& [key, records] : byKey)
        if (records.size() > 1 && key.front() != '\x1f')
            ++map.duplicateKeys;
    for (RecordId r = 0; r < oldTable.baseRowCount(); ++r) {
        std::string key = trimmedBaseKey(oldTable, r, map.oldKey);
        if (key.empty() && comparable)
            key = contentOf(oldTable, r, false);
        const auto it = byKey.find(key);
        if (key.empty() || it == byKey.end())
            continue;
        std::size_t& next = used[key];
        if (next < it->second.size())
            map.newOf[r] = it->second[next++];
    }
    return map;
}

std::shared_ptr<Table> newTableFor(const Dataset& oldBase, const Dataset& newBase, std::size_t t)
{
    // One table each (a CSV re-imported from a file of another name): they are the same table.
    if (oldBase.tables.size() == 1 && newBase.tables.size() == 1)
        return newBase.tables.front();
    return newBase.table(oldBase.tables[t]->name());
}

int newTableIndex(const Dataset& newBase, const std::shared_ptr<Table>& table)
{
    for (std::size_t i = 0; i < newBase.tables.size(); ++i)
        if (newBase.tables[i] == table)
            return int(i);
    return -1;
}

} // namespace

bool ReimportPlan::follow(FindingKey& key) const
{
    const auto it = followers.find(key.table);
    if (it == followers.end())
        return false;
    if (key.record >= 0) {
        const std::vector<RecordId>& newOf = it->second.newOf;
        if (std::size_t(key.record) >= newOf.size() || newOf[std::size_t(key.record)] == kNoRecord)
            return false;
        key.record = qint64(newOf[std::size_t(key.record)]);
    }
    key.table = it->second.table;
    return true;
}

ReimportPlan planReimport(const Dataset& oldBase, const Dataset& oldCurrent, Dataset newBase,
                          const RecordKeySpec& keySpec, const std::vector<TriageDecision>& decisions,
                          const QString& entryText, const QString& user, const QString& time, int epoch)
{
    ReimportPlan plan;
    plan.data = std::move(newBase);
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::Push;
    entry.position = 0;
    entry.target = 1;
    entry.text = entryText;
    entry.user = user;
    entry.time = time;
    entry.epoch = epoch;
    for (std::size_t t = 0; t < oldBase.tables.size() && t < oldCurrent.tables.size(); ++t) {
        const Table& before = *oldBase.tables[t];
        const Table& current = *oldCurrent.tables[t];
        const auto target = newTableFor(oldBase, plan.data, t);
        // Every net edit of the table, in old record and column order (the journal applied to the same base).
        const std::vector<NetCellEdit> edits = netCellEdits(current);
        std::vector<RecordId> deleted;
        for (RecordId r = 0; r < before.baseRowCount(); ++r)
            if (current.rowOf(r) < 0)
                deleted.push_back(r);
        const int userKey = recordKeyColumn(before, keySpec);
        const auto keyOfOld = [&](RecordId r) {
            return userKey >= 0 ? recordKeyText(before, r, userKey) : QStringLiteral("row %1").arg(r + 1);
        };
        if (!target) {
            for (const NetCellEdit& e : edits)
                plan.notApplied.push_back(NotReapplied{NotReapplied::Reason::TableGone,
                                                       before.name(),
                                                       keyOfOld(e.record),
                                                       before.columnName(e.column),
                                                       textutil::toQString(before.baseCell(e.record, e.column)),
                                                       QString::fromStdString(e.after),
                                                       {}});
            continue;
        }
        const RecordMap map = matchRecords(before, *target, keySpec);
        plan.matches.push_back(
            TableMatch{before.name(), map.oldKey >= 0 ? before.columnName(map.oldKey) : QString(), map.duplicateKeys});
        JournalOp cells;
        cells.kind = JournalOp::Kind::Cells;
        cells.table = newTableIndex(plan.data, target);
        for (const NetCellEdit& e : edits) {
            NotReapplied item{NotReapplied::Reason::RowGone,
                              before.name(),
                              map.keyText(before, e.record),
                              before.columnName(e.column),
                              textutil::toQString(before.baseCell(e.record, e.column)),
                              QString::fromStdString(e.after),
                              {}};
            const int column = target->columnIndex(before.columnName(e.column));
            const RecordId record = map.newOf[e.record];
            if (record == kNoRecord) {
                plan.notApplied.push_back(std::move(item));
                continue;
            }
            if (column < 0 || target->isAddedColumn(column)) {
                item.reason = NotReapplied::Reason::ColumnGone;
                plan.notApplied.push_back(std::move(item));
                continue;
            }
            const std::string_view now = target->baseCell(record, column);
            if (now == e.after) {
                ++plan.cellsAlreadyInSource;
            } else if (now == before.baseCell(e.record, e.column)) {
                cells.edits.push_back(CellEdit{record, column, std::nullopt, e.after});
                ++plan.cellsReapplied;
            } else {
                item.reason = NotReapplied::Reason::ValueChanged;
                item.now = textutil::toQString(now);
                plan.notApplied.push_back(std::move(item));
            }
        }
        std::sort(cells.edits.begin(), cells.edits.end(), [](const CellEdit& a, const CellEdit& b) {
            return std::tie(a.record, a.column) < std::tie(b.record, b.column);
        });
        if (!cells.edits.empty())
            entry.ops.push_back(std::move(cells));
        // Deleted rows are deleted again when they are still there (the new base is in file order: row = id).
        JournalOp take;
        take.kind = JournalOp::Kind::TakeRows;
        take.table = newTableIndex(plan.data, target);
        for (const RecordId r : deleted)
            if (map.newOf[r] != kNoRecord)
                take.records.push_back(map.newOf[r]);
        std::sort(take.records.begin(), take.records.end());
        for (const RecordId r : take.records)
            take.positions.push_back(std::uint32_t(r));
        plan.rowsDeleted += take.records.size();
        const std::vector<RecordId> taken = take.records;
        if (!take.records.empty())
            entry.ops.push_back(std::move(take));
        carryAdditions(TableReimport{current, *target, newTableIndex(plan.data, target), map.newOf, taken,
                                     [&](RecordId r) { return map.keyText(before, r); }},
                       entry, plan);
        plan.followers.emplace(before.name(), ReimportPlan::Followers{target->name(), map.newOf});
    }
    if (!entry.ops.empty())
        plan.journal.push_back(std::move(entry));

    // Decisions follow their records: they are keyed by record id, which the new import gives anew.
    for (TriageDecision d : decisions) {
        if (!plan.follow(d.key)) {
            ++plan.decisionsDropped;
            continue;
        }
        plan.decisions.push_back(std::move(d));
    }
    return plan;
}

namespace {

/// Replaces "the loaded value" (nullopt) in an entry's cells of loaded records and columns with that value.
void spellOutLoadedValues(const Dataset& base, JournalEntry& entry)
{
    for (JournalOp& op : entry.ops) {
        if (op.kind != JournalOp::Kind::Cells || op.table < 0 || std::size_t(op.table) >= base.tables.size())
            continue;
        const Table& table = *base.tables[std::size_t(op.table)];
        for (CellEdit& edit : op.edits) {
            if (edit.record >= table.baseRowCount() || edit.column < 0 || edit.column >= table.columnCount() ||
                table.isAddedColumn(edit.column))
                continue;
            for (std::optional<std::string>* value : {&edit.before, &edit.after})
                if (!*value)
                    *value = std::string(table.baseCell(edit.record, edit.column));
        }
    }
}

struct SnapshotRow
{
    qint64 id;
    QString kind, name, content;
};

Result<std::vector<SnapshotRow>> readSnapshotRows(const ProjectFile& file)
{
    std::vector<SnapshotRow> rows;
    SqliteStatement select;
    if (!select.prepare(file.handle(), QStringLiteral("SELECT id, kind, name, content FROM rule_snapshot ORDER BY id")))
        return file.error(QStringLiteral("The project's rules cannot be read"));
    int status;
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        const auto column = [&](int c) {
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select.get(), c)),
                                     sqlite3_column_bytes(select.get(), c));
        };
        rows.push_back(SnapshotRow{sqlite3_column_int64(select.get(), 0), column(1), column(2), column(3)});
    }
    if (status != SQLITE_DONE)
        return file.error(QStringLiteral("The project's rules cannot be read"));
    return rows;
}

std::optional<Error> writeSnapshotRows(ProjectFile& file, const std::vector<SnapshotRow>& rows)
{
    SqliteStatement insert;
    if (!insert.prepare(file.handle(),
                        QStringLiteral("INSERT INTO rule_snapshot (id, kind, name, content) VALUES (?1, ?2, ?3, ?4)")))
        return file.error(QStringLiteral("The project's rules cannot be written"));
    for (const SnapshotRow& row : rows) {
        sqlite3_reset(insert.get());
        sqlite3_bind_int64(insert.get(), 1, row.id);
        int at = 2;
        for (const QString* value : {&row.kind, &row.name, &row.content}) {
            const QByteArray utf8 = value->toUtf8();
            sqlite3_bind_text(insert.get(), at++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return file.error(QStringLiteral("The project's rules cannot be written"));
    }
    return std::nullopt;
}

} // namespace

Result<ReimportResult> reimportProject(const QString& projectPath, const ReimportOptions& options, Progress& progress)
{
    ReimportResult result;
    auto contents = readProjectContents(projectPath, ProjectAccess::ReadOnly, progress);
    if (!contents)
        return contents.error();
    ProjectFile& file = *contents.value().file;
    const Dataset& oldBase = contents.value().base;
    Dataset oldCurrent = oldBase;
    for (auto& table : oldCurrent.tables)
        table = std::make_shared<Table>(*table);
    const JournalReplay replay = applyJournal(oldCurrent, contents.value().journal);
    if (!replay.problem.isEmpty())
        return Error{projectPath, 0, 0,
                     QStringLiteral("The project's edit history does not fit its data (%1), so its edits cannot be "
                                    "carried over. Nothing was changed.")
                         .arg(replay.problem)};
    result.sourcePath = options.source.isEmpty() ? projectSourceFact(file, QStringLiteral("path")) : options.source;
    const QString hint = options.sourceHint.isEmpty() ? QString() : QStringLiteral("; ") + options.sourceHint;
    if (result.sourcePath.isEmpty())
        return Error{
            projectPath, 0, 0,
            QStringLiteral("The project does not say which file it was made from%1. Nothing was changed.").arg(hint)};
    if (!QFileInfo(result.sourcePath).isFile())
        return Error{result.sourcePath, 0, 0,
                     QStringLiteral("The source file is not there%1. Nothing was changed.").arg(hint)};
    // The dialect the project was imported with, for a file of the same format (a file of another format is
    // read as that format is).
    ReadOptions read;
    const QString format = detectFormat(result.sourcePath);
    const SourceInfo& was = oldBase.source;
    if (format == QLatin1String("csv") && (was.format == QLatin1String("csv") || was.format == QLatin1String("tsv"))) {
        read.csv.encoding = was.encoding;
        read.csv.delimiter = was.delimiter;
        read.csv.header = was.hasHeader;
    }
    auto fresh = readDataset(result.sourcePath, read, progress);
    if (!fresh)
        return fresh.error();

    TriageBook triage;
    if (auto failed = triage.attach(&file))
        return *failed;
    RunHistory runs;
    if (auto failed = runs.attach(&file))
        return *failed;
    auto snapshot = readSnapshotRows(file);
    if (!snapshot)
        return snapshot.error();
    auto journal = readJournal(file, 0, progress);
    if (!journal)
        return journal.error();
    result.epoch = contents.value().epoch + 1;
    const QString time = options.time.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : options.time;
    QTemporaryDir rulesDir;
    auto setup = readRuleSnapshot(file, rulesDir);
    const RecordKeySpec key = recordKeySpec(oldBase, setup ? setup.value() : ValidationSetup{});
    result.plan =
        planReimport(oldBase, oldCurrent, std::move(fresh).value(), key, triage.decisions(),
                     // In the language of the window that re-imports, as every journal entry's name is.
                     QCoreApplication::translate("SourceReimport", "Edits carried over to the re-imported source"),
                     options.user, time, result.epoch);
    result.outputPath = QFileInfo(options.output.isEmpty() ? projectPath : options.output).absoluteFilePath();
    // The last run's finding keys follow their records too, so the first run on the new data compares with it.
    runs.followRecords([&plan = result.plan](FindingKey& k) { return plan.follow(k); });
    file.close(); // before the project may be replaced
    if (options.dryRun)
        return result;

    // The earlier epochs' entries stay for the audit trail (the replay reads the current epoch only). Their
    // "loaded value" markers of this epoch are filled in with the values, since its base is not kept.
    ProjectContentsToWrite write;
    write.journal = std::move(journal).value();
    for (JournalEntry& e : write.journal) {
        e.sequence = 0;
        if (e.epoch == contents.value().epoch)
            spellOutLoadedValues(oldBase, e);
    }
    write.journal.insert(write.journal.end(), result.plan.journal.begin(), result.plan.journal.end());
    const int epoch = result.epoch;
    const std::vector<TriageDecision>& decisions = result.plan.decisions;
    const std::vector<SnapshotRow>& rules = snapshot.value();
    write.extra = [&](ProjectFile& created) -> std::optional<Error> {
        if (!created.setMeta(QStringLiteral("epoch"), QString::number(epoch)) ||
            !created.setMeta(QStringLiteral("reimported"), time))
            return created.error(QStringLiteral("The project cannot be written"));
        if (auto e = TriageBook::writeDecisions(created, decisions))
            return e;
        if (auto e = runs.writeTo(created))
            return e;
        return writeSnapshotRows(created, rules);
    };
    if (auto failed = createProjectFile(result.outputPath, result.plan.data, std::move(write), progress))
        return *failed;
    return result;
}

} // namespace plumbline
