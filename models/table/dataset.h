#pragma once

#include "io/source_info.h"
#include "table/table.h"

#include <memory>
#include <vector>

namespace plumbline {

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
