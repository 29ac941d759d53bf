#pragma once

#include "checks/check.h"
#include "rules/rule_set.h"
#include "table/dataset.h"

#include <QStringList>

namespace plumbline {

/// The canonical values a column should hold according to the rules (the codelists of the `codelist` rules
/// that resolve to it), in codelist order without repeats; empty when no codelist applies. For editors: a
/// combo box of the values a cell can take.
QStringList codelistValuesFor(const RuleSet& rules, const CheckEnv& env, const Table& table, int column);

/// One table's cells that refer to a key value through a Relation (memberships.person_id → persons.id).
struct ReferenceUse
{
    QString table;
    QString column;
    std::vector<RecordId> records;
};

/// Where other tables refer to value in table.column through the dataset's relations; empty when the column is
/// no relation's target or nothing refers to the value.
std::vector<ReferenceUse> referencesTo(const Dataset& dataset, const QString& table, const QString& column,
                                       std::string_view value);

} // namespace plumbline
