#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace plumbline {

class Table;

/// A field's constraints as declared (Frictionless Table Schema v1). Bounds are kept as the descriptor's text,
/// because their meaning depends on the field type (a number, a date, a length) and the rule engine types them.
struct TableSchemaConstraints
{
    bool required = false;
    bool unique = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    QString minimum; ///< empty = none
    QString maximum; ///< empty = none
    QString pattern; ///< XML Schema regular expression, matched against the whole value; empty = none
    std::optional<QStringList> enumValues; ///< allowed values as text
};

struct TableSchemaField
{
    QString name;
    QString type = QStringLiteral("string"); ///< string, integer, number, boolean, date, datetime, time, year, ...
    QString format = QStringLiteral("default");
    QString title;
    QString description;
    QStringList trueValues{QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("1")};
    QStringList falseValues{QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
                            QStringLiteral("0")};
    QString decimalChar = QStringLiteral(".");
    QString groupChar;
    bool bareNumber = true;
    TableSchemaConstraints constraints;
};

struct TableSchemaForeignKey
{
    QStringList fields;          ///< in this table
    QString resource;            ///< the referenced table; empty = this table (a self-reference)
    QStringList referenceFields; ///< in the referenced table, pairwise with fields
};

/// A Frictionless Table Schema as parsed from a Data Package resource: what a column must hold, the keys and
/// the references between tables. It is plain data: the rule engine turns it into a rule pack; the Data Package
/// writer writes it back. table is the resource (table) name it belongs to.
struct TableSchema
{
    QString table;
    std::vector<TableSchemaField> fields;
    QStringList primaryKey;
    std::vector<TableSchemaForeignKey> foreignKeys;
    QStringList missingValues{QString()}; ///< values that mean "no value"; default: the empty string
    QJsonObject descriptor;               ///< the schema as read, so unmodelled keys survive a round trip

    /// The field with this name, or null.
    const TableSchemaField* field(const QString& name) const;
};

/// Parses a Table Schema descriptor. Unknown keys are ignored (and kept in descriptor); wrong types for known
/// keys (fields not an array, a field without a name) are an Error naming file and table.
Result<TableSchema> parseTableSchema(const QJsonObject& json, const QString& table, const QString& file);

/// A schema describing table as it is: one field per column, typed from Table::columnType when every value of
/// the column has that type's Frictionless form (integer, number, boolean, ISO date/datetime), else string.
TableSchema inferTableSchema(const Table& table);

/// The descriptor JSON of schema: its original descriptor if it has one, else built from the parsed fields.
QJsonObject tableSchemaToJson(const TableSchema& schema);

} // namespace plumbline
