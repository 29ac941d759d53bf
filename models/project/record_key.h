#pragma once

#include "document/validation_setup.h"
#include "table/dataset.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace plumbline {

/// What identifies a record, in order of preference: logical names or headers (the packs' key columns, then
/// reference, id, identifier, person_id, name), resolved in each table through the packs' synonyms.
struct RecordKeySpec
{
    QStringList columns;
    QHash<QString, QStringList> synonyms;
};

/// The key spec of the rules that would check dataset (setup: the project's; empty packs: chosen from the
/// headers); the plain names alone when the rules cannot be prepared.
RecordKeySpec recordKeySpec(const Dataset& dataset, const ValidationSetup& setup);

/// The column of table holding its records' own key: the first name of spec that resolves and is filled at
/// least once in the loaded data; -1 when none.
int recordKeyColumn(const Table& table, const RecordKeySpec& spec);

/// The key of a loaded record as imported (trimmed), or an empty string when column is -1.
QString recordKeyText(const Table& table, RecordId record, int column);

} // namespace plumbline
