#include "cluster/record_merge.h"

#include "document/document.h"
#include "values/text_util.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <charconv>

namespace plumbline::cluster {

namespace {

std::string cellOf(const Table& t, RecordId record, int column)
{
    const auto row = t.rowOf(record);
    return row < 0 || column < 0 ? std::string() : std::string(t.cell(std::size_t(row), column));
}

std::uint64_t parseRow(std::string_view s)
{
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && end == s.data() + s.size() ? v : 0;
}

/// The references to table.keyColumn: declared relations, or Popolo's person_id when none are declared.
std::vector<Relation> referencesTo(const Dataset& dataset, const Table& table, const QString& keyColumn)
{
    std::vector<Relation> out;
    for (const auto& r : dataset.relations)
        if (r.toTable == table.name() && r.toColumn == keyColumn)
            out.push_back(r);
    if (out.empty() && table.name() == QLatin1String("persons"))
        if (const auto m = dataset.table(QStringLiteral("memberships"));
            m && m->columnIndex(QStringLiteral("person_id")) >= 0)
            out.push_back({QStringLiteral("memberships"), QStringLiteral("person_id"), table.name(), keyColumn});
    return out;
}

int tableIndex(const Dataset& dataset, const QString& name)
{
    for (std::size_t i = 0; i < dataset.tables.size(); ++i)
        if (dataset.tables[i]->name() == name)
            return int(i);
    return -1;
}

} // namespace

std::size_t RecordMergePlan::remappedCells() const
{
    std::size_t n = 0;
    for (const auto& r : remaps)
        n += r.changes.size();
    return n;
}

Result<RecordMergePlan> planRecordMerge(const Dataset& dataset, int table, RecordId keep, RecordId remove,
                                        const RecordMergeOptions& options)
{
    if (table < 0 || std::size_t(table) >= dataset.tables.size())
        return Error{{}, 0, 0, QStringLiteral("There is no table %1 to merge records in.").arg(table)};
    const Table& t = *dataset.tables[std::size_t(table)];
    if (keep == remove)
        return Error{{}, 0, 0, QStringLiteral("A record cannot be merged with itself.")};
    if (t.rowOf(keep) < 0 || t.rowOf(remove) < 0)
        return Error{{}, 0, 0, QStringLiteral("One of the two records is no longer in %1.").arg(t.name())};

    RecordMergePlan plan;
    plan.table = table;
    plan.keep = keep;
    plan.remove = remove;
    plan.keyColumn = t.columnIndex(options.keyColumn);
    plan.keepId = cellOf(t, keep, plan.keyColumn);
    plan.removeId = cellOf(t, remove, plan.keyColumn);

    // Cells: fill what the kept record lacks; report what both hold differently.
    for (int c = 0; c < t.columnCount(); ++c) {
        if (c == plan.keyColumn)
            continue;
        const std::string a = cellOf(t, keep, c), b = cellOf(t, remove, c);
        if (textutil::isBlank(b) || a == b)
            continue;
        if (textutil::isBlank(a))
            plan.fills.push_back({keep, c, b});
        else
            plan.conflicts.push_back({c, a, b, false});
    }

    // References: every referring cell that names the removed id now names the kept one.
    const bool ids = plan.keyColumn >= 0 && !textutil::isBlank(plan.removeId) && !textutil::isBlank(plan.keepId);
    if (ids) {
        if (plan.keepId == plan.removeId)
            plan.note = QStringLiteral("Both records have the id %1: references to it stay as they are.")
                            .arg(textutil::toQString(plan.keepId));
        for (const auto& relation : referencesTo(dataset, t, options.keyColumn)) {
            if (plan.keepId == plan.removeId)
                break;
            const int fromIndex = tableIndex(dataset, relation.fromTable);
            if (fromIndex < 0)
                continue;
            const Table& from = *dataset.tables[std::size_t(fromIndex)];
            const int column = from.columnIndex(relation.fromColumn);
            if (column < 0)
                continue;
            // A child table places its rows under a parent by _parent_row (record + 1) when written as JSON.
            const bool child = relation.fromColumn == QLatin1String("_parent_id");
            const int parentRow = child ? from.columnIndex(QStringLiteral("_parent_row")) : -1;
            ReferenceRemap remap{fromIndex, relation.fromColumn, 0, {}};
            for (std::size_t row = 0; row < from.rowCount(); ++row) {
                if (from.cell(row, column) != plan.removeId)
                    continue;
                const RecordId r = from.recordId(row);
                remap.changes.push_back({r, column, plan.keepId});
                if (parentRow >= 0 && parseRow(from.cell(row, parentRow)) == remove + 1)
                    remap.changes.push_back({r, parentRow, std::to_string(keep + 1)});
                ++remap.records;
            }
            if (remap.records > 0)
                plan.remaps.push_back(std::move(remap));
        }
    }

    // The old id lives on as an identifier of the kept record.
    if (!ids) {
        plan.note = QStringLiteral("The records have no id, so no reference changes and no old id is kept.");
    } else if (plan.keepId != plan.removeId) {
        const int identifiers = tableIndex(dataset, t.name() + QStringLiteral(".identifiers"));
        const Table* it = identifiers >= 0 ? dataset.tables[std::size_t(identifiers)].get() : nullptr;
        if (it && it->columnIndex(QStringLiteral("identifier")) >= 0 &&
            it->columnIndex(QStringLiteral("scheme")) >= 0) {
            plan.identifierTable = identifiers;
            plan.identifierScheme = options.identifierScheme;
        } else {
            plan.note = QStringLiteral("%1 has no identifiers with a scheme, so the id %2 is not kept.")
                            .arg(t.name(), textutil::toQString(plan.removeId));
        }
    }
    return plan;
}

Result<RecordMergePlan> planRecordMerge(const Document& document, int table, RecordId keep, RecordId remove,
                                        const RecordMergeOptions& options)
{
    auto plan = planRecordMerge(document.dataset(), table, keep, remove, options);
    if (plan)
        plan.value().generation = document.generation();
    return plan;
}

std::optional<Error> applyRecordMerge(Document& document, const RecordMergePlan& plan, const QString& text)
{
    if (plan.generation != document.generation())
        return Error{{}, 0, 0, QStringLiteral("The data changed since this merge was planned: plan it again.")};
    if (plan.table < 0 || plan.table >= document.tableCount() || document.table(plan.table).rowOf(plan.keep) < 0 ||
        document.table(plan.table).rowOf(plan.remove) < 0)
        return Error{{}, 0, 0, QStringLiteral("One of the two records is no longer there.")};
    const QString keepName = plan.keepId.empty() ? QString::number(plan.keep + 1) : textutil::toQString(plan.keepId);
    const QString removeName =
        plan.removeId.empty() ? QString::number(plan.remove + 1) : textutil::toQString(plan.removeId);
    const QString name = text.isEmpty()
                             ? QCoreApplication::translate("RecordMerge", "Merge %1 into %2").arg(removeName, keepName)
                             : text;

    QUndoStack* undo = document.undoStack();
    undo->beginMacro(name);
    CellChanges cells = plan.fills;
    for (const auto& c : plan.conflicts)
        if (c.useOther)
            cells.push_back({plan.keep, c.column, c.other});
    document.applyChanges(plan.table, cells, name);
    for (const auto& remap : plan.remaps)
        document.applyChanges(remap.table, remap.changes, name);
    if (plan.identifierTable >= 0) {
        const Table& ids = document.table(plan.identifierTable);
        // The new identifier goes after the kept record's last child row, so the grid shows them together.
        const int parentId = ids.columnIndex(QStringLiteral("_parent_id"));
        std::size_t at = ids.rowCount();
        if (parentId >= 0)
            for (std::size_t row = 0; row < ids.rowCount(); ++row)
                if (ids.cell(row, parentId) == plan.keepId)
                    at = row + 1;
        document.insertRows(plan.identifierTable, at, 1);
        const Table& after = document.table(plan.identifierTable);
        const RecordId record = after.recordId(at);
        std::size_t index = 0;
        if (parentId >= 0)
            for (std::size_t row = 0; row < after.rowCount(); ++row)
                index += after.cell(row, parentId) == plan.keepId ? 1 : 0;
        CellChanges row{{record, after.columnIndex(QStringLiteral("identifier")), plan.removeId},
                        {record, after.columnIndex(QStringLiteral("scheme")), plan.identifierScheme.toStdString()}};
        if (parentId >= 0)
            row.push_back({record, parentId, plan.keepId});
        if (const int c = after.columnIndex(QStringLiteral("_parent_row")); c >= 0)
            row.push_back({record, c, std::to_string(plan.keep + 1)});
        if (const int c = after.columnIndex(QStringLiteral("_index")); c >= 0)
            row.push_back({record, c, std::to_string(index + 1)});
        document.applyChanges(plan.identifierTable, row, name);
    }
    document.removeRecords(plan.table, {plan.remove});
    undo->endMacro();
    return std::nullopt;
}

} // namespace plumbline::cluster
