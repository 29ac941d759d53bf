#pragma once

#include "table/source_info.h"
#include "table/table.h"

#include <map>
#include <memory>
#include <vector>

namespace plumbline {

struct TableSchema; // io/datapackage/table_schema.h

/// A reference from one table's column to another table's key column (membership.person_id → persons.id).
/// Declared by readers (Popolo) or rule packs; the GUI follows them, foreign-key checks use them.
struct Relation
{
    QString fromTable;
    QString fromColumn;
    QString toTable;
    QString toColumn;
};

/// Everything loaded from one source: one table for CSV/TSV, several for Popolo, XLSX, SQLite, Data Packages.
/// Tables are shared so that a validation worker can keep a snapshot alive while the GUI moves on.
struct Dataset
{
    SourceInfo source;
    std::vector<std::shared_ptr<Table>> tables;
    std::vector<Relation> relations;
    /// Frictionless Table Schemas that came with the data (Data Packages), by table name; empty for other
    /// sources. The rule engine turns them into rule packs; the Data Package writer writes them back.
    std::map<QString, std::shared_ptr<const TableSchema>> schemas;

    /// An independent copy for a worker: every table copied (cheap: columns shared, row order and overlay copied
    /// on write), so later edits to this dataset's tables do not reach it.
    std::shared_ptr<const Dataset> snapshot() const;

    /// The table with this name, or null.
    std::shared_ptr<Table> table(const QString& name) const
    {
        for (const auto& t : tables)
            if (t->name() == name)
                return t;
        return nullptr;
    }
};

} // namespace plumbline
