#include "packs/specification_pack.h"

#include "checks/check_registry.h"
#include "core/progress.h"
#include "io/csv/csv_reader.h"
#include "rules/codelist_repository.h"
#include "table/dataset.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace plumbline {

namespace {

/// One CSV of the specification as rows of name → value (the files are small: hundreds of rows).
struct SpecTable
{
    QStringList headers;
    std::vector<QHash<QString, QString>> rows;
};

QString findFile(const QString& dir, const QString& name)
{
    for (const QString& candidate :
         {QDir(dir).filePath(name), QDir(dir).filePath(QStringLiteral("specification/") + name)})
        if (QFileInfo(candidate).isFile())
            return candidate;
    return {};
}

Result<SpecTable> readSpecCsv(const QString& path)
{
    CsvReadOptions options;
    options.header = true;
    options.delimiter = ',';
    NullProgress progress;
    auto dataset = readCsvFile(path, options, progress);
    if (!dataset)
        return dataset.error();
    SpecTable out;
    if (dataset.value().tables.empty())
        return out;
    const Table& table = *dataset.value().tables.front();
    for (int c = 0; c < table.columnCount(); ++c)
        out.headers << table.columnName(c).trimmed();
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        QHash<QString, QString> row;
        for (int c = 0; c < table.columnCount(); ++c) {
            const auto cell = table.cell(r, c);
            row.insert(out.headers[c], QString::fromUtf8(cell.data(), qsizetype(cell.size())).trimmed());
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

QString specificationIdPart(const QString& name)
{
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') || c == QLatin1Char('-')
                   ? c
                   : QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("_") : out;
}

bool truthy(const QString& v)
{
    static const QStringList yes = {QStringLiteral("yes"),       QStringLiteral("true"),     QStringLiteral("1"),
                                    QStringLiteral("mandatory"), QStringLiteral("required"), QStringLiteral("must")};
    return yes.contains(v.toLower());
}

struct Emitter
{
    QJsonArray rules;
    QStringList notices;
    QSet<QString> ids;

    void add(const QString& field, const QString& what, const QString& title, Severity severity, const QString& kind,
             const QJsonObject& params, const QString& message, const QString& issueType = {})
    {
        QString id = QStringLiteral("SPEC-%1-%2").arg(specificationIdPart(field), what);
        for (int n = 2; ids.contains(id); ++n)
            id = QStringLiteral("SPEC-%1-%2-%3").arg(specificationIdPart(field), what).arg(n);
        QJsonObject r{{QStringLiteral("id"), id},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("severity"), severityName(severity)},
                      {QStringLiteral("columns"), QJsonArray{field}},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("message"), message}};
        if (!params.isEmpty())
            r.insert(QStringLiteral("params"), params);
        if (!issueType.isEmpty())
            r.insert(QStringLiteral("issue-type"), issueType);
        // Compile now (codelist files included, through a repository of our own) so a bad rule is a notice.
        Rule rule;
        rule.id = id;
        rule.kind = kind;
        rule.columns = {field};
        rule.params = params;
        CheckEnv env;
        env.codelists = std::make_shared<CodelistRepository>();
        auto compiled = CheckRegistry::create(rule, env, QStringLiteral("$"));
        if (!compiled) {
            notices << QStringLiteral("field '%1': %2 is not checked: %3").arg(field, title, compiled.error().message);
            return;
        }
        ids.insert(id);
        rules.append(r);
    }
};

/// The rules for one field's datatype. list: cardinality n (a ';'-separated list): only codelists split lists,
/// so other datatypes of list fields are reported as not checked.
void addDatatype(Emitter& out, const QString& field, const QString& datatype, bool list)
{
    static const QHash<QString, QString> typeKinds = {
        {QStringLiteral("integer"), QStringLiteral("integer")}, {QStringLiteral("decimal"), QStringLiteral("decimal")},
        {QStringLiteral("flag"), QStringLiteral("flag")},       {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("datetime"), QStringLiteral("date")},   {QStringLiteral("url"), QStringLiteral("url")},
        {QStringLiteral("curie"), QStringLiteral("curie")}};
    static const QSet<QString> plainText = {QStringLiteral("string"),    QStringLiteral("text"),
                                            QStringLiteral("reference"), QStringLiteral("hash"),
                                            QStringLiteral("blob"),      QStringLiteral("pattern")};
    if (plainText.contains(datatype) || datatype.isEmpty())
        return;
    if (list) {
        out.notices
            << QStringLiteral("field '%1': the %2 datatype of each item of a list is not checked").arg(field, datatype);
        return;
    }
    if (typeKinds.contains(datatype)) {
        const QString type = typeKinds.value(datatype);
        // The platform accepts truncated dates ("2014-05"); dd/mm/yyyy is repairable, so a notice, not an error.
        QJsonObject params{{QStringLiteral("type"), type}};
        if (type == QLatin1String("date"))
            params.insert(QStringLiteral("iso"), true);
        const QString issue = type == QLatin1String("date")      ? QStringLiteral("invalid date")
                              : type == QLatin1String("integer") ? QStringLiteral("invalid integer")
                              : type == QLatin1String("decimal") ? QStringLiteral("invalid decimal")
                              : type == QLatin1String("flag")    ? QStringLiteral("invalid flag")
                              : type == QLatin1String("url")     ? QStringLiteral("invalid URI")
                                                                 : QString();
        out.add(field, QStringLiteral("datatype"), QStringLiteral("%1 is a %2").arg(field, datatype), Severity::Error,
                QStringLiteral("type"), params,
                QStringLiteral("{column} '{value}' is not a valid %1 (the specification's datatype). {detail}")
                    .arg(datatype),
                issue);
        return;
    }
    if (datatype == QLatin1String("point") || datatype == QLatin1String("multipolygon") ||
        datatype == QLatin1String("wkt")) {
        out.add(field, QStringLiteral("wkt"), QStringLiteral("%1 is WKT").arg(field), Severity::Error,
                QStringLiteral("geometry"), QJsonObject{{QStringLiteral("check"), QStringLiteral("parse")}},
                QStringLiteral("{column} is not valid WKT: {detail}"), QStringLiteral("invalid WKT"));
        if (datatype != QLatin1String("wkt"))
            out.add(
                field, QStringLiteral("geometry-type"), QStringLiteral("%1 is a %2").arg(field, datatype),
                Severity::Error, QStringLiteral("geometry"),
                QJsonObject{{QStringLiteral("check"), QStringLiteral("type")},
                            {QStringLiteral("expect"),
                             datatype == QLatin1String("point") ? QStringLiteral("point") : QStringLiteral("polygon")}},
                QStringLiteral("{column} should be a %1: {detail}").arg(datatype.toUpper()),
                QStringLiteral("Unexpected geom type"));
        return;
    }
    if (datatype == QLatin1String("latitude") || datatype == QLatin1String("longitude")) {
        const double bound = datatype == QLatin1String("latitude") ? 90 : 180;
        out.add(field, QStringLiteral("datatype"), QStringLiteral("%1 is a decimal").arg(field), Severity::Error,
                QStringLiteral("type"), QJsonObject{{QStringLiteral("type"), QStringLiteral("decimal")}},
                QStringLiteral("{column} '{value}' is not a number. {detail}"), QStringLiteral("invalid decimal"));
        out.add(field, QStringLiteral("range"), QStringLiteral("%1 is a %2").arg(field, datatype), Severity::Error,
                QStringLiteral("range"), QJsonObject{{QStringLiteral("min"), -bound}, {QStringLiteral("max"), bound}},
                QStringLiteral("{column} {value} is not a %1: it must be {detail}.").arg(datatype));
        return;
    }
    if (datatype == QLatin1String("json")) {
        out.add(field, QStringLiteral("datatype"), QStringLiteral("%1 is JSON").arg(field), Severity::Error,
                QStringLiteral("schema-type"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json")}},
                QStringLiteral("{column} is {detail}."));
        return;
    }
    out.notices << QStringLiteral("field '%1': unknown datatype '%2', not checked").arg(field, datatype);
}

QString codelistFile(const QString& dir, const QString& name)
{
    // codelist/NAME.csv or NAME.csv, wherever findFile() looks (the folder or its specification/ folder).
    QString file = findFile(dir, QStringLiteral("codelist/%1.csv").arg(name));
    if (file.isEmpty())
        file = findFile(dir, QStringLiteral("%1.csv").arg(name));
    return file.isEmpty() ? file : QFileInfo(file).absoluteFilePath();
}

} // namespace

Result<QStringList> SpecificationPack::datasets(const QString& dir)
{
    const QString path = findFile(dir, QStringLiteral("dataset-field.csv"));
    if (path.isEmpty())
        return Error{dir, 0, 0, QStringLiteral("no dataset-field.csv in this folder or its specification/ folder")};
    auto table = readSpecCsv(path);
    if (!table)
        return table.error();
    if (!table.value().headers.contains(QLatin1String("dataset")))
        return Error{
            path, 1, 0,
            QStringLiteral("no 'dataset' column (has: %1)").arg(table.value().headers.join(QLatin1String(", ")))};
    QStringList names;
    for (const auto& row : table.value().rows)
        if (const QString name = row.value(QStringLiteral("dataset")); !name.isEmpty() && !names.contains(name))
            names << name;
    names.sort();
    return names;
}

Result<GeneratedPack> SpecificationPack::fromDirectory(const QString& dir, const QString& dataset,
                                                       const QString& packDir)
{
    if (!QFileInfo(dir).isDir())
        return Error{dir, 0, 0,
                     QStringLiteral("not a folder (expected the specification CSVs: field.csv, dataset-field.csv …)")};
    const QString fieldPath = findFile(dir, QStringLiteral("field.csv"));
    const QString datasetFieldPath = findFile(dir, QStringLiteral("dataset-field.csv"));
    if (fieldPath.isEmpty())
        return Error{dir, 0, 0, QStringLiteral("no field.csv in this folder or its specification/ folder")};
    if (datasetFieldPath.isEmpty())
        return Error{dir, 0, 0, QStringLiteral("no dataset-field.csv in this folder or its specification/ folder")};
    auto fields = readSpecCsv(fieldPath);
    if (!fields)
        return fields.error();
    auto datasetFields = readSpecCsv(datasetFieldPath);
    if (!datasetFields)
        return datasetFields.error();
    for (const char* column : {"field", "datatype"})
        if (!fields.value().headers.contains(QLatin1String(column)))
            return Error{fieldPath, 1, 0,
                         QStringLiteral("no '%1' column (has: %2)")
                             .arg(QLatin1String(column), fields.value().headers.join(QLatin1String(", ")))};
    for (const char* column : {"dataset", "field"})
        if (!datasetFields.value().headers.contains(QLatin1String(column)))
            return Error{datasetFieldPath, 1, 0,
                         QStringLiteral("no '%1' column (has: %2)")
                             .arg(QLatin1String(column), datasetFields.value().headers.join(QLatin1String(", ")))};

    QSet<QString> knownDatatypes;
    if (const QString datatypePath = findFile(dir, QStringLiteral("datatype.csv")); !datatypePath.isEmpty()) {
        auto datatypes = readSpecCsv(datatypePath);
        if (!datatypes)
            return datatypes.error();
        for (const auto& row : datatypes.value().rows)
            knownDatatypes.insert(row.value(QStringLiteral("datatype")));
    }
    QHash<QString, QHash<QString, QString>> fieldRows;
    for (const auto& row : fields.value().rows)
        fieldRows.insert(row.value(QStringLiteral("field")), row);

    Emitter out;
    QStringList datasetFieldNames;
    for (const auto& row : datasetFields.value().rows) {
        if (row.value(QStringLiteral("dataset")) != dataset)
            continue;
        const QString name = row.value(QStringLiteral("field"));
        if (name.isEmpty() || datasetFieldNames.contains(name))
            continue;
        datasetFieldNames << name;
        if (!fieldRows.contains(name)) {
            out.notices << QStringLiteral("field '%1' of %2 is not in field.csv, not checked").arg(name, dataset);
            continue;
        }
        const auto& field = fieldRows[name];
        if (!field.value(QStringLiteral("end-date")).isEmpty()) {
            out.notices << QStringLiteral("field '%1' was retired on %2, not checked")
                               .arg(name, field.value(QStringLiteral("end-date")));
            continue;
        }
        const QString datatype = field.value(QStringLiteral("datatype"));
        if (!knownDatatypes.isEmpty() && !datatype.isEmpty() && !knownDatatypes.contains(datatype))
            out.notices << QStringLiteral("field '%1': the datatype '%2' is not in datatype.csv").arg(name, datatype);
        const bool list = field.value(QStringLiteral("cardinality")) == QLatin1String("n");
        if (truthy(row.value(QStringLiteral("required"))))
            out.add(name, QStringLiteral("required"), QStringLiteral("%1 is filled in").arg(name), Severity::Error,
                    QStringLiteral("required"), {}, QStringLiteral("{column} is empty; the specification requires it."),
                    QStringLiteral("missing value"));
        addDatatype(out, name, datatype, list);

        QString codelist = field.value(QStringLiteral("codelist"));
        if (codelist.isEmpty() && datatype != QLatin1String("flag") &&
            (field.value(QStringLiteral("typology")) == QLatin1String("category") ||
             field.value(QStringLiteral("parent-field")) == QLatin1String("category")))
            codelist = name;
        if (codelist.isEmpty())
            continue;
        const QString file = codelistFile(dir, codelist);
        if (file.isEmpty()) {
            out.notices << QStringLiteral(
                               "field '%1': no codelist %2.csv in codelist/ or the folder itself, not checked")
                               .arg(name, codelist);
            continue;
        }
        QJsonObject params{
            {QStringLiteral("codelist"), packDir.isEmpty() ? file : QDir(packDir).relativeFilePath(file)}};
        if (auto table = readSpecCsv(file); table && table.value().headers.contains(QStringLiteral("reference")))
            params.insert(QStringLiteral("value-column"), QStringLiteral("reference"));
        if (list)
            params.insert(QStringLiteral("multiple"), QStringLiteral(";"));
        // The check resolves the relative path against the pack's folder; compile it with an absolute one.
        QJsonObject compileParams = params;
        compileParams.insert(QStringLiteral("codelist"), file);
        const qsizetype before = out.rules.size();
        out.add(name, QStringLiteral("codelist"), QStringLiteral("%1 is in the %2 codelist").arg(name, codelist),
                Severity::Error, QStringLiteral("codelist"), compileParams,
                QStringLiteral("{column} '{value}' is not in the %1 codelist.").arg(codelist),
                QStringLiteral("invalid category value"));
        if (out.rules.size() > before) {
            QJsonObject r = out.rules.last().toObject();
            r.insert(QStringLiteral("params"), params);
            out.rules.replace(out.rules.size() - 1, r);
        }
    }
    if (datasetFieldNames.isEmpty())
        return Error{datasetFieldPath, 0, 0, QStringLiteral("no fields for the dataset '%1'").arg(dataset)};

    GeneratedPack pack;
    pack.json =
        QJsonObject{{QStringLiteral("pack"), QStringLiteral("specification:%1").arg(dataset)},
                    {QStringLiteral("title"), QStringLiteral("planning.data.gov.uk specification: %1").arg(dataset)},
                    {QStringLiteral("description"),
                     QStringLiteral("Generated from the specification's field, dataset-field, datatype and "
                                    "codelist tables (%1 fields).")
                         .arg(datasetFieldNames.size())},
                    {QStringLiteral("auto"), false},
                    {QStringLiteral("key"), QJsonArray{QStringLiteral("reference")}},
                    {QStringLiteral("rules"), out.rules}};
    pack.notices = out.notices;
    return pack;
}

} // namespace plumbline
