#include "packs/table_schema_pack.h"

#include "checks/check_registry.h"
#include "core/regular_file.h"
#include "io/datapackage/table_schema.h"
#include "packs/pack_catalog.h"
#include "packs/rule_pack_loader.h"
#include "table/dataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace plumbline {

namespace {

/// Rule ids allow letters, digits, '.', '_' and '-': anything else in a field name becomes '_'.
QString fieldIdPart(const QString& name)
{
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('_') ||
                       c == QLatin1Char('-')
                   ? c
                   : QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("_") : out;
}

QString quoteList(const QStringList& values, int limit = 8)
{
    QStringList shown;
    for (qsizetype i = 0; i < values.size() && i < limit; ++i)
        shown << QStringLiteral("'%1'").arg(values[i]);
    QString out = shown.join(QLatin1String(", "));
    if (values.size() > limit)
        out += QStringLiteral(" and %1 more").arg(values.size() - limit);
    return out;
}

bool isNumberType(const QString& type)
{
    return type == QLatin1String("integer") || type == QLatin1String("number") || type == QLatin1String("year");
}

bool isDateType(const QString& type)
{
    return type == QLatin1String("date") || type == QLatin1String("yearmonth");
}

class Builder
{
public:
    Builder(const TableSchema& schema, bool scoped) : m_schema(schema), m_scoped(scoped) {}

    GeneratedPack build(const QString& packName)
    {
        for (const auto& field : m_schema.fields)
            addField(field);
        addPrimaryKey();
        for (const auto& key : m_schema.foreignKeys)
            addForeignKey(key);
        GeneratedPack out;
        out.json.insert(QStringLiteral("pack"), packName);
        out.json.insert(QStringLiteral("title"), m_schema.table.isEmpty()
                                                     ? QStringLiteral("Table Schema")
                                                     : QStringLiteral("Table Schema of %1").arg(m_schema.table));
        out.json.insert(QStringLiteral("description"),
                        QStringLiteral("Generated from a Frictionless Table Schema: field types, constraints, keys."));
        out.json.insert(QStringLiteral("auto"), false);
        out.json.insert(QStringLiteral("rules"), m_rules);
        out.notices = m_notices;
        return out;
    }

private:
    QString ruleId(const QString& field, const QString& what) const
    {
        const QString base =
            m_scoped && !m_schema.table.isEmpty()
                ? QStringLiteral("TS-%1.%2-%3").arg(fieldIdPart(m_schema.table), fieldIdPart(field), what)
                : QStringLiteral("TS-%1-%2").arg(fieldIdPart(field), what);
        QString id = base;
        for (int n = 2; m_ids.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(base).arg(n);
        return id;
    }

    void notice(const QString& field, const QString& text)
    {
        const QString where = m_schema.table.isEmpty() ? QStringLiteral("field '%1'").arg(field)
                                                       : QStringLiteral("%1: field '%2'").arg(m_schema.table, field);
        m_notices << QStringLiteral("%1: %2").arg(where, text);
    }

    /// Adds a rule after compiling it (so a bad pattern or bound becomes a notice, not a pack that fails to load).
    void add(const QString& field, const QString& what, const QString& title, Severity severity, const QString& kind,
             const QStringList& columns, const QJsonObject& params, const QString& message)
    {
        QJsonObject r;
        r.insert(QStringLiteral("id"), ruleId(field, what));
        r.insert(QStringLiteral("title"), title);
        r.insert(QStringLiteral("severity"), severityName(severity));
        if (m_scoped && !m_schema.table.isEmpty())
            r.insert(QStringLiteral("table"), m_schema.table);
        r.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
        r.insert(QStringLiteral("kind"), kind);
        if (!params.isEmpty())
            r.insert(QStringLiteral("params"), params);
        r.insert(QStringLiteral("message"), message);
        QStringList missing = m_schema.missingValues;
        missing.removeAll(QString());
        if (!missing.isEmpty())
            r.insert(QStringLiteral("missing-values"), QJsonArray::fromStringList(missing));

        Rule rule;
        rule.id = r.value(QLatin1String("id")).toString();
        rule.kind = kind;
        rule.columns = columns;
        rule.params = params;
        rule.missingValues = missing;
        CheckEnv env; // no codelist repository: generated rules use inline values only
        auto compiled = CheckRegistry::create(rule, env, QStringLiteral("$"));
        if (!compiled) {
            notice(field, QStringLiteral("%1 is not checked: %2").arg(title, compiled.error().message));
            return;
        }
        m_ids.insert(rule.id);
        m_rules.append(r);
    }

    void addField(const TableSchemaField& field)
    {
        const QString& name = field.name;
        const QStringList columns{name};
        const auto& c = field.constraints;
        const QString typeWords = field.format.isEmpty() || field.format == QLatin1String("default")
                                      ? field.type
                                      : QStringLiteral("%1 (%2)").arg(field.type, field.format);
        if (field.type != QLatin1String("string") ||
            (field.format != QLatin1String("default") && !field.format.isEmpty())) {
            QJsonObject p{{QStringLiteral("type"), field.type}};
            if (!field.format.isEmpty() && field.format != QLatin1String("default"))
                p.insert(QStringLiteral("format"), field.format);
            if (field.type == QLatin1String("boolean")) {
                p.insert(QStringLiteral("true-values"), QJsonArray::fromStringList(field.trueValues));
                p.insert(QStringLiteral("false-values"), QJsonArray::fromStringList(field.falseValues));
            }
            if (field.type == QLatin1String("number") || field.type == QLatin1String("integer")) {
                if (field.decimalChar != QLatin1String(".") && field.type == QLatin1String("number"))
                    p.insert(QStringLiteral("decimal-char"), field.decimalChar);
                if (!field.groupChar.isEmpty())
                    p.insert(QStringLiteral("group-char"), field.groupChar);
                if (!field.bareNumber)
                    p.insert(QStringLiteral("bare-number"), false);
            }
            add(name, QStringLiteral("type"), QStringLiteral("%1 is a %2").arg(name, typeWords), Severity::Error,
                QStringLiteral("schema-type"), columns, p,
                QStringLiteral("{column} '{value}' is {detail}; the schema declares %1.").arg(typeWords));
        }
        if (c.required || m_schema.primaryKey.contains(name))
            add(name, QStringLiteral("required"), QStringLiteral("%1 is filled in").arg(name), Severity::Error,
                QStringLiteral("required"), columns, QJsonObject{{QStringLiteral("null-tokens"), false}},
                c.required ? QStringLiteral("{column} is empty; the schema requires a value.")
                           : QStringLiteral("{column} is empty; it is part of the primary key."));
        if (c.unique)
            add(name, QStringLiteral("unique"), QStringLiteral("%1 values are unique").arg(name), Severity::Error,
                QStringLiteral("unique"), columns, QJsonObject{{QStringLiteral("trim"), false}},
                QStringLiteral(
                    "{column} '{value}' is repeated (also {detail}); the schema says each value is unique."));
        addLength(field);
        addRange(field);
        if (!c.pattern.isEmpty())
            add(name, QStringLiteral("pattern"), QStringLiteral("%1 matches the schema's pattern").arg(name),
                Severity::Error, QStringLiteral("pattern"), columns,
                QJsonObject{{QStringLiteral("pattern"), c.pattern}, {QStringLiteral("case-sensitive"), true}},
                QStringLiteral("{column} '{value}' does not match the pattern %1 the schema gives.").arg(c.pattern));
        if (c.enumValues) {
            if (c.enumValues->isEmpty()) {
                notice(name, QStringLiteral("enum is empty: no value could satisfy it, so it is not checked"));
            } else {
                add(name, QStringLiteral("enum"), QStringLiteral("%1 is one of the allowed values").arg(name),
                    Severity::Error, QStringLiteral("codelist"), columns,
                    QJsonObject{{QStringLiteral("values"), QJsonArray::fromStringList(*c.enumValues)},
                                {QStringLiteral("normalised"), QStringLiteral("warning")}},
                    QStringLiteral("{column} '{value}' is not one of the values the schema allows: %1.")
                        .arg(quoteList(*c.enumValues)));
            }
        }
    }

    void addLength(const TableSchemaField& field)
    {
        const auto& c = field.constraints;
        if (!c.minLength && !c.maxLength)
            return;
        if (field.type != QLatin1String("string")) {
            notice(field.name,
                   QStringLiteral("minLength/maxLength on a %1 field are not checked (only strings)").arg(field.type));
            return;
        }
        QJsonObject p;
        QStringList words;
        if (c.minLength) {
            p.insert(QStringLiteral("min"), double(*c.minLength));
            words << QStringLiteral("at least %1").arg(*c.minLength);
        }
        if (c.maxLength) {
            p.insert(QStringLiteral("max"), double(*c.maxLength));
            words << QStringLiteral("at most %1").arg(*c.maxLength);
        }
        add(field.name, QStringLiteral("length"),
            QStringLiteral("%1 has %2 characters").arg(field.name, words.join(QLatin1String(" and "))), Severity::Error,
            QStringLiteral("length"), {field.name}, p,
            QStringLiteral("{column} '{value}' has {detail} characters; the schema allows %1.")
                .arg(words.join(QLatin1String(" and "))));
    }

    void addRange(const TableSchemaField& field)
    {
        const auto& c = field.constraints;
        if (c.minimum.isEmpty() && c.maximum.isEmpty())
            return;
        const bool number = isNumberType(field.type);
        if (!number && !isDateType(field.type)) {
            notice(field.name, QStringLiteral("minimum/maximum on a %1 field are not checked").arg(field.type));
            return;
        }
        if (number && (field.decimalChar != QLatin1String(".") || !field.groupChar.isEmpty() || !field.bareNumber)) {
            notice(field.name, QStringLiteral("minimum/maximum are not checked for numbers written with a decimalChar, "
                                              "groupChar or bareNumber false"));
            return;
        }
        QJsonObject p;
        for (const auto& [key, text] :
             {std::pair{QStringLiteral("min"), c.minimum}, std::pair{QStringLiteral("max"), c.maximum}}) {
            if (text.isEmpty())
                continue;
            if (number) {
                bool ok = false;
                const double v = text.toDouble(&ok);
                if (!ok || !std::isfinite(v)) {
                    notice(field.name,
                           QStringLiteral("the bound '%1' is not a finite number, so it is not checked").arg(text));
                    return;
                }
                p.insert(key, v);
            } else {
                p.insert(key, text);
            }
        }
        QStringList words;
        if (!c.minimum.isEmpty())
            words << QStringLiteral("minimum %1").arg(c.minimum);
        if (!c.maximum.isEmpty())
            words << QStringLiteral("maximum %1").arg(c.maximum);
        add(field.name, QStringLiteral("range"),
            QStringLiteral("%1 is within %2").arg(field.name, words.join(QLatin1String(", "))), Severity::Error,
            QStringLiteral("range"), {field.name}, p,
            QStringLiteral("{column} {value} is out of range: it must be {detail} (schema %1).")
                .arg(words.join(QLatin1String(", "))));
    }

    void addPrimaryKey()
    {
        const QStringList& key = m_schema.primaryKey;
        if (key.isEmpty())
            return;
        const QString label = key.join(QLatin1Char('+'));
        for (const auto& name : key)
            if (!m_schema.field(name))
                notice(name, QStringLiteral("the primary key names a field the schema does not declare"));
        add(label, QStringLiteral("primary-key"),
            QStringLiteral("The primary key (%1) is unique").arg(key.join(QLatin1String(", "))), Severity::Error,
            QStringLiteral("unique"), key, QJsonObject{{QStringLiteral("trim"), false}},
            key.size() == 1 ? QStringLiteral("Primary key {column} '{value}' is repeated (also {detail}).")
                            : QStringLiteral("Primary key (%1) starting '{value}' is repeated (also {detail}).")
                                  .arg(key.join(QLatin1String(", "))));
    }

    void addForeignKey(const TableSchemaForeignKey& key)
    {
        const QString label = key.fields.join(QLatin1Char('+'));
        for (const auto& name : key.fields)
            if (!m_schema.field(name))
                notice(name, QStringLiteral("a foreign key names a field the schema does not declare"));
        if (key.fields.size() != 1) {
            notice(label,
                   QStringLiteral("the composite foreign key (%1) → %2 is not checked (only single-field keys are)")
                       .arg(key.fields.join(QLatin1String(", ")),
                            key.resource.isEmpty() ? QStringLiteral("this table") : key.resource));
            return;
        }
        QJsonObject p;
        if (key.resource.isEmpty() || key.resource == m_schema.table) {
            p.insert(QStringLiteral("references"), key.referenceFields.front());
        } else {
            p.insert(QStringLiteral("table"), key.resource);
            p.insert(QStringLiteral("references"), key.referenceFields.front());
        }
        const QString target =
            key.resource.isEmpty() ? QStringLiteral("this table") : QStringLiteral("the %1 table").arg(key.resource);
        add(label, QStringLiteral("foreign-key"),
            QStringLiteral("%1 refers to an existing %2 in %3").arg(label, key.referenceFields.front(), target),
            Severity::Error, QStringLiteral("foreign-key"), key.fields, p,
            QStringLiteral("{column} '{value}' matches no %1 in %2 (foreign key).")
                .arg(key.referenceFields.front(), target));
    }

    const TableSchema& m_schema;
    bool m_scoped;
    QJsonArray m_rules;
    QStringList m_notices;
    QSet<QString> m_ids;
};

Result<QJsonObject> readJsonObject(const QString& path)
{
    if (auto notAFile = checkRegularFile(path))
        return *notAFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return Error{path, 0, 0,
                     QStringLiteral("not valid JSON: %1 (at byte %2)").arg(error.errorString()).arg(error.offset)};
    if (!doc.isObject())
        return Error{path, 0, 0, QStringLiteral("expected a JSON object (a Table Schema or a datapackage.json)")};
    return doc.object();
}

void appendPack(GeneratedPack& into, const GeneratedPack& part)
{
    QJsonArray rules = into.json.value(QLatin1String("rules")).toArray();
    for (const auto& r : part.json.value(QLatin1String("rules")).toArray())
        rules.append(r);
    into.json.insert(QStringLiteral("rules"), rules);
    into.notices << part.notices;
}

} // namespace

QString TableSchemaPack::packName(const QString& table)
{
    return QStringLiteral("table-schema:%1").arg(table);
}

GeneratedPack TableSchemaPack::fromSchema(const TableSchema& schema, const QString& packName, bool scopeToTable)
{
    return Builder(schema, scopeToTable).build(packName);
}

Result<GeneratedPack> TableSchemaPack::fromFile(const QString& path)
{
    auto root = readJsonObject(path);
    if (!root)
        return root.error();
    const QJsonObject& json = root.value();
    const QString base = QFileInfo(path).completeBaseName();
    if (!json.contains(QLatin1String("resources"))) {
        if (!json.value(QLatin1String("fields")).isArray())
            return Error{path, 0, 0,
                         QStringLiteral("not a Table Schema (no \"fields\" array) nor a Data Package (no "
                                        "\"resources\")")};
        auto schema = parseTableSchema(json, QString(), path);
        if (!schema)
            return schema.error();
        return fromSchema(schema.value(), QStringLiteral("table-schema:%1").arg(base), false);
    }
    GeneratedPack out =
        Builder(TableSchema{}, true)
            .build(QStringLiteral("table-schema:%1").arg(json.value(QLatin1String("name")).toString(base)));
    out.json.insert(QStringLiteral("title"), QStringLiteral("Table Schemas of a Data Package"));
    const QDir dir = QFileInfo(path).absoluteDir();
    for (const auto& value : json.value(QLatin1String("resources")).toArray()) {
        const QJsonObject resource = value.toObject();
        const QString name = resource.value(QLatin1String("name")).toString();
        QJsonValue schemaValue = resource.value(QLatin1String("schema"));
        if (schemaValue.isString()) {
            // Only files beside the descriptor (as the Data Package reader): no absolute paths, no "..", no URLs.
            const QString rel = schemaValue.toString();
            if (QDir::isAbsolutePath(rel) || rel.contains(QLatin1String("..")) || rel.contains(QLatin1String("://"))) {
                out.notices << QStringLiteral("%1: the schema '%2' is not a file beside the descriptor; skipped")
                                   .arg(name, rel);
                continue;
            }
            auto loaded = readJsonObject(dir.filePath(rel));
            if (!loaded) {
                out.notices << QStringLiteral("%1: %2").arg(name, loaded.error().toString());
                continue;
            }
            schemaValue = loaded.value();
        }
        if (!schemaValue.isObject())
            continue;
        auto schema = parseTableSchema(schemaValue.toObject(), name, path);
        if (!schema) {
            out.notices << schema.error().toString();
            continue;
        }
        appendPack(out, fromSchema(schema.value(), packName(name), true));
    }
    return out;
}

Result<std::vector<RulePack>> TableSchemaPack::forDataset(const Dataset& dataset, RulePackLoader& loader,
                                                          QStringList* notices)
{
    std::vector<RulePack> packs;
    for (const auto& [table, schema] : dataset.schemas) {
        if (!schema)
            continue;
        const GeneratedPack generated = fromSchema(*schema, packName(table), true);
        if (notices)
            *notices << generated.notices;
        auto pack = loader.loadBytes(QJsonDocument(generated.json).toJson(), packName(table));
        if (!pack)
            return pack.error();
        packs.push_back(std::move(pack).value());
    }
    return packs;
}

Result<RuleSet> TableSchemaPack::ruleSet(const Dataset& dataset, const QStringList& packs,
                                         const QStringList& schemaFiles, RulePackLoader& loader, QStringList* notices)
{
    auto extra = forDataset(dataset, loader, notices);
    if (!extra)
        return extra.error();
    for (const auto& file : schemaFiles) {
        auto generated = fromFile(file);
        if (!generated)
            return generated.error();
        if (notices)
            *notices << generated.value().notices;
        auto loaded = loader.loadBytes(QJsonDocument(generated.value().json).toJson(), file);
        if (!loaded)
            return loaded.error();
        extra.value().push_back(std::move(loaded).value());
    }
    return PackCatalog::forDataset(dataset, packs, loader, extra.value());
}

} // namespace plumbline
