#pragma once

#include "core/result.h"
#include "rules/rule_pack.h"
#include "rules/rule_set.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace plumbline {

class RulePackLoader;
struct Dataset;
struct TableSchema;

/// A rule pack generated from a schema: its JSON (valid against docs/rule-pack.schema.json, loadable by
/// RulePackLoader) and the notices about what could not be turned into rules (an unknown type, a pattern RE2
/// rejects, a composite foreign key). Notices are plain sentences for the user; they never stop the pack.
struct GeneratedPack
{
    QJsonObject json;
    QStringList notices;
};

/// Turns Frictionless Table Schemas into rule packs (docs/formats.md, "Table Schema as a rule pack").
///
/// Fields give `schema-type` rules (type and format, trueValues/falseValues, decimalChar/groupChar/bareNumber);
/// constraints give `required`, `unique`, `length`, `range`, `pattern` (RE2, whole value) and `codelist` (enum)
/// rules; primaryKey a composite `unique` (and `required` per key field); single-field foreignKeys a
/// `foreign-key` rule against the referenced table (resource "" = this table). missingValues become the pack's
/// `missing-values`, which every rule treats as blank. Every generated rule is compiled before it is kept: one
/// that does not compile (a bad pattern, a bound of 1e400) is dropped with a notice, so a hostile schema yields
/// a smaller pack and notices, never a failure.
class TableSchemaPack final
{
public:
    /// The pack for one schema. packName is the pack's name; when scopeToTable, rules carry `table` = the
    /// schema's table (Data Packages), else they apply to every table (a standalone schema for a CSV file).
    /// Rule ids are `TS-<field>-<constraint>`, or `TS-<table>.<field>-<constraint>` when scoped.
    static GeneratedPack fromSchema(const TableSchema& schema, const QString& packName, bool scopeToTable);

    /// Reads a standalone Table Schema file, or a datapackage.json (one pack per resource schema, merged into one
    /// pack named after the file). An Error when the file cannot be read or is not a schema.
    static Result<GeneratedPack> fromFile(const QString& path);

    /// The packs for the schemas a dataset carries (Dataset::schemas), named `table-schema:<table>`, loaded.
    /// Notices are appended to *notices (may be null). An Error only when a generated pack fails to load (a
    /// defect).
    static Result<std::vector<RulePack>> forDataset(const Dataset& dataset, RulePackLoader& loader,
                                                    QStringList* notices);

    /// Everything `plumbline-cli check` and the GUI run: PackCatalog's choice for packs (built-in names or .json
    /// paths; empty = automatic), then the dataset's own schema packs, then one pack per schemaFiles entry (a
    /// Table Schema or a datapackage.json, applied to the file as `--schema` does). Notices (may be null) say
    /// what the schemas ask that is not checked. An Error when a pack or schema file cannot be read.
    static Result<RuleSet> ruleSet(const Dataset& dataset, const QStringList& packs, const QStringList& schemaFiles,
                                   RulePackLoader& loader, QStringList* notices);

    /// The name the pack for a table gets: "table-schema:<table>".
    static QString packName(const QString& table);
};

} // namespace plumbline
