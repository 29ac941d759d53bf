#include "io/datapackage/table_schema.h"

#include "table/table.h"

#include <QJsonArray>

#include <algorithm>

namespace plumbline {

namespace {

QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Range test first: qint64(1e300) is undefined.
        return d >= -9.0e15 && d <= 9.0e15 && d == double(qint64(d)) ? QString::number(qint64(d))
                                                                     : QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

/// A string or an array of strings (primaryKey, foreignKeys.fields).
QStringList names(const QJsonValue& value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

std::optional<qint64> integer(const QJsonValue& value)
{
    if (value.isDouble()) {
        // A hostile schema may say 1e400 (inf) or -1e30: converting those to an integer is undefined.
        const double d = value.toDouble();
        if (!(d >= -9.0e15 && d <= 9.0e15))
            return std::nullopt;
        return qint64(d);
    }
    bool ok = false;
    const qint64 v = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

bool digitsAt(std::string_view s, std::initializer_list<int> at)
{
    return std::all_of(at.begin(), at.end(),
                       [&](int i) { return s[std::size_t(i)] >= '0' && s[std::size_t(i)] <= '9'; });
}

bool isIsoDate(std::string_view s)
{
    return s.size() == 10 && s[4] == '-' && s[7] == '-' && digitsAt(s, {0, 1, 2, 3, 5, 6, 8, 9});
}

bool isUkDate(std::string_view s)
{
    return s.size() == 10 && s[2] == '/' && s[5] == '/' && digitsAt(s, {0, 1, 3, 4, 6, 7, 8, 9});
}

bool isIsoDateTime(std::string_view s)
{
    if (s.size() == 20 && s.back() == 'Z')
        s.remove_suffix(1);
    return s.size() == 19 && isIsoDate(s.substr(0, 10)) && s[10] == 'T' && s[13] == ':' && s[16] == ':' &&
           digitsAt(s, {11, 12, 14, 15, 17, 18});
}

} // namespace

const TableSchemaField* TableSchema::field(const QString& name) const
{
    for (const auto& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

Result<TableSchema> parseTableSchema(const QJsonObject& json, const QString& table, const QString& file)
{
    const auto fail = [&](const QString& message) {
        return Error{file, 0, 0, QStringLiteral("The schema of resource \"%1\": %2").arg(table, message)};
    };
    TableSchema schema;
    schema.table = table;
    schema.descriptor = json;
    if (json.contains(QLatin1String("fields")) && !json.value(QLatin1String("fields")).isArray())
        return fail(QStringLiteral("\"fields\" must be an array."));
    for (const QJsonValue& value : json.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = value.toObject();
        TableSchemaField field;
        field.name = f.value(QLatin1String("name")).toString();
        if (!value.isObject() || field.name.isEmpty())
            return fail(QStringLiteral("field %1 has no name.").arg(schema.fields.size() + 1));
        if (f.contains(QLatin1String("type")))
            field.type = f.value(QLatin1String("type")).toString();
        if (f.contains(QLatin1String("format")))
            field.format = f.value(QLatin1String("format")).toString();
        field.title = f.value(QLatin1String("title")).toString();
        field.description = f.value(QLatin1String("description")).toString();
        if (f.contains(QLatin1String("trueValues")))
            field.trueValues = names(f.value(QLatin1String("trueValues")));
        if (f.contains(QLatin1String("falseValues")))
            field.falseValues = names(f.value(QLatin1String("falseValues")));
        if (f.contains(QLatin1String("decimalChar")))
            field.decimalChar = f.value(QLatin1String("decimalChar")).toString();
        field.groupChar = f.value(QLatin1String("groupChar")).toString();
        field.bareNumber = f.value(QLatin1String("bareNumber")).toBool(true);
        const QJsonObject c = f.value(QLatin1String("constraints")).toObject();
        field.constraints.required = c.value(QLatin1String("required")).toBool();
        field.constraints.unique = c.value(QLatin1String("unique")).toBool();
        if (c.contains(QLatin1String("minLength")))
            field.constraints.minLength = integer(c.value(QLatin1String("minLength")));
        if (c.contains(QLatin1String("maxLength")))
            field.constraints.maxLength = integer(c.value(QLatin1String("maxLength")));
        field.constraints.minimum = jsonText(c.value(QLatin1String("minimum")));
        field.constraints.maximum = jsonText(c.value(QLatin1String("maximum")));
        field.constraints.pattern = c.value(QLatin1String("pattern")).toString();
        if (c.contains(QLatin1String("enum"))) {
            QStringList values;
            for (const QJsonValue& v : c.value(QLatin1String("enum")).toArray())
                values << jsonText(v);
            field.constraints.enumValues = values;
        }
        schema.fields.push_back(std::move(field));
    }
    schema.primaryKey = names(json.value(QLatin1String("primaryKey")));
    for (const QJsonValue& value : json.value(QLatin1String("foreignKeys")).toArray()) {
        const QJsonObject key = value.toObject();
        const QJsonObject reference = key.value(QLatin1String("reference")).toObject();
        TableSchemaForeignKey foreignKey{names(key.value(QLatin1String("fields"))),
                                         reference.value(QLatin1String("resource")).toString(),
                                         names(reference.value(QLatin1String("fields")))};
        if (foreignKey.fields.isEmpty() || foreignKey.fields.size() != foreignKey.referenceFields.size())
            return fail(QStringLiteral("foreign key %1 must name as many fields as it references.")
                            .arg(schema.foreignKeys.size() + 1));
        schema.foreignKeys.push_back(std::move(foreignKey));
    }
    if (json.contains(QLatin1String("missingValues")))
        schema.missingValues = names(json.value(QLatin1String("missingValues")));
    return schema;
}

TableSchema inferTableSchema(const Table& table)
{
    TableSchema schema;
    schema.table = table.name();
    for (int c = 0; c < table.columnCount(); ++c) {
        TableSchemaField field;
        field.name = table.columnName(c);
        const ColumnType type = table.columnType(c);
        // columnType samples; a declared type must hold for every value, so check them all.
        const auto all = [&](auto predicate) {
            for (std::size_t r = 0; r < table.rowCount(); ++r) {
                const std::string_view cell = table.cell(r, c);
                if (!cell.empty() && !predicate(cell))
                    return false;
            }
            return true;
        };
        switch (type) {
        case ColumnType::Integer:
            if (all([](std::string_view v) { return classifyValue(v) == ColumnType::Integer; }))
                field.type = QStringLiteral("integer");
            else if (all([](std::string_view v) {
                         const auto k = classifyValue(v);
                         return k == ColumnType::Integer || k == ColumnType::Decimal;
                     }))
                field.type = QStringLiteral("number");
            break;
        case ColumnType::Decimal:
            if (all([](std::string_view v) {
                    const auto k = classifyValue(v);
                    return k == ColumnType::Integer || k == ColumnType::Decimal;
                }))
                field.type = QStringLiteral("number");
            break;
        case ColumnType::Boolean: {
            bool words = false;
            if (all([&](std::string_view v) {
                    words = words || v == "yes" || v == "no";
                    return classifyValue(v) == ColumnType::Boolean;
                })) {
                field.type = QStringLiteral("boolean");
                if (words) {
                    field.trueValues << QStringLiteral("yes");
                    field.falseValues << QStringLiteral("no");
                }
            }
            break;
        }
        case ColumnType::Date:
            if (all(isIsoDate)) {
                field.type = QStringLiteral("date");
            } else if (all(isUkDate)) {
                field.type = QStringLiteral("date");
                field.format = QStringLiteral("%d/%m/%Y");
            }
            break;
        case ColumnType::DateTime:
            if (all(isIsoDateTime))
                field.type = QStringLiteral("datetime");
            break;
        default:
            break;
        }
        schema.fields.push_back(std::move(field));
    }
    return schema;
}

QJsonObject tableSchemaToJson(const TableSchema& schema)
{
    if (!schema.descriptor.isEmpty())
        return schema.descriptor;
    const TableSchemaField defaults;
    QJsonArray fields;
    for (const auto& field : schema.fields) {
        QJsonObject f{{QStringLiteral("name"), field.name}, {QStringLiteral("type"), field.type}};
        if (field.format != defaults.format)
            f.insert(QStringLiteral("format"), field.format);
        if (!field.title.isEmpty())
            f.insert(QStringLiteral("title"), field.title);
        if (!field.description.isEmpty())
            f.insert(QStringLiteral("description"), field.description);
        if (field.type == QLatin1String("boolean") && field.trueValues != defaults.trueValues)
            f.insert(QStringLiteral("trueValues"), QJsonArray::fromStringList(field.trueValues));
        if (field.type == QLatin1String("boolean") && field.falseValues != defaults.falseValues)
            f.insert(QStringLiteral("falseValues"), QJsonArray::fromStringList(field.falseValues));
        QJsonObject c;
        if (field.constraints.required)
            c.insert(QStringLiteral("required"), true);
        if (field.constraints.unique)
            c.insert(QStringLiteral("unique"), true);
        if (field.constraints.minLength)
            c.insert(QStringLiteral("minLength"), *field.constraints.minLength);
        if (field.constraints.maxLength)
            c.insert(QStringLiteral("maxLength"), *field.constraints.maxLength);
        if (!field.constraints.minimum.isEmpty())
            c.insert(QStringLiteral("minimum"), field.constraints.minimum);
        if (!field.constraints.maximum.isEmpty())
            c.insert(QStringLiteral("maximum"), field.constraints.maximum);
        if (!field.constraints.pattern.isEmpty())
            c.insert(QStringLiteral("pattern"), field.constraints.pattern);
        if (field.constraints.enumValues)
            c.insert(QStringLiteral("enum"), QJsonArray::fromStringList(*field.constraints.enumValues));
        if (!c.isEmpty())
            f.insert(QStringLiteral("constraints"), c);
        fields.append(f);
    }
    QJsonObject json{{QStringLiteral("fields"), fields}};
    if (!schema.primaryKey.isEmpty())
        json.insert(QStringLiteral("primaryKey"), schema.primaryKey.size() == 1
                                                      ? QJsonValue(schema.primaryKey.front())
                                                      : QJsonValue(QJsonArray::fromStringList(schema.primaryKey)));
    QJsonArray keys;
    for (const auto& key : schema.foreignKeys) {
        const auto one = [](const QStringList& list) {
            return list.size() == 1 ? QJsonValue(list.front()) : QJsonValue(QJsonArray::fromStringList(list));
        };
        keys.append(QJsonObject{
            {QStringLiteral("fields"), one(key.fields)},
            {QStringLiteral("reference"), QJsonObject{{QStringLiteral("resource"), key.resource},
                                                      {QStringLiteral("fields"), one(key.referenceFields)}}}});
    }
    if (!keys.isEmpty())
        json.insert(QStringLiteral("foreignKeys"), keys);
    if (schema.missingValues != QStringList{QString()})
        json.insert(QStringLiteral("missingValues"), QJsonArray::fromStringList(schema.missingValues));
    return json;
}

} // namespace plumbline
