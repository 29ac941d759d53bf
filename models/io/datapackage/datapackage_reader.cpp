#include "io/datapackage/datapackage_reader.h"

#include "core/regular_file.h"

#include "io/csv/csv_reader.h"
#include "io/datapackage/table_schema.h"
#include "io/xlsx/number_text.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plumbline {

namespace {

constexpr qint64 kMaxDescriptorBytes = qint64(64) << 20;

class PackageReader
{
public:
    PackageReader(QString descriptorPath, Progress& progress)
        : m_path(std::move(descriptorPath)), m_dir(QFileInfo(m_path).absoluteDir()), m_progress(progress)
    {
    }

    Result<QJsonObject> readJson(const QString& file) const
    {
        if (auto notAFile = checkRegularFile(file))
            return *notAFile;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return Error{file, 0, 0, QStringLiteral("Cannot open the file: %1").arg(in.errorString())};
        if (in.size() > kMaxDescriptorBytes)
            return Error{file, 0, 0, QStringLiteral("The descriptor is larger than 64 MiB.")};
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return Error{file, 0, 0,
                         QStringLiteral("The descriptor is not valid JSON (at byte %1: %2).")
                             .arg(parseError.offset)
                             .arg(parseError.errorString())};
        }
        if (!document.isObject())
            return Error{file, 0, 0, QStringLiteral("The descriptor must be a JSON object.")};
        return document.object();
    }

    Error fail(const QString& resource, const QString& message) const
    {
        return Error{m_path, 0, 0, QStringLiteral("Resource \"%1\": %2").arg(resource, message)};
    }

    /// A resource-relative path checked against the spec's safety rules, as an absolute local path.
    Result<QString> localPath(const QString& resource, const QString& path) const
    {
        if (path.contains(QLatin1String("://")))
            return fail(resource, QStringLiteral("%1 is a remote URL; download the data and point \"path\" at the "
                                                 "local copy.")
                                      .arg(path));
        if (QDir::isAbsolutePath(path) || path.split(QLatin1Char('/')).contains(QLatin1String("..")) ||
            path.startsWith(QLatin1Char('~')))
            return fail(resource, QStringLiteral("the path %1 leaves the package folder, which Data Packages do not "
                                                 "allow.")
                                      .arg(path));
        return m_dir.filePath(path);
    }

    Result<std::shared_ptr<Table>> readCsvResource(const QString& name, const QJsonObject& resource);
    Result<std::shared_ptr<Table>> readInlineResource(const QString& name, const QJsonValue& data,
                                                      const TableSchema* schema);

private:
    QString m_path;
    QDir m_dir;
    Progress& m_progress;
};

/// One table with all parts' rows, in order (multi-part resources).
std::shared_ptr<Table> concatenate(const QString& name, const std::vector<std::shared_ptr<Table>>& parts)
{
    const Table& first = *parts.front();
    std::vector<Column> columns;
    for (int c = 0; c < first.columnCount(); ++c) {
        ColumnBuilder builder;
        for (const auto& part : parts)
            for (std::size_t r = 0; r < part->rowCount(); ++r)
                builder.append(c < part->columnCount() ? part->cell(r, c) : std::string_view());
        std::vector<ColumnBuilder> chunk;
        chunk.push_back(std::move(builder));
        columns.push_back(ColumnBuilder::finish(first.columnName(c), std::move(chunk)));
    }
    return std::make_shared<Table>(name, std::move(columns));
}

/// The same columns under new names (a headerless CSV named by its schema's fields).
std::shared_ptr<Table> renamed(const Table& table, const TableSchema& schema)
{
    std::vector<Column> columns;
    for (int c = 0; c < table.columnCount(); ++c) {
        Column column = table.column(c);
        if (std::size_t(c) < schema.fields.size())
            column.setName(schema.fields[std::size_t(c)].name);
        columns.push_back(std::move(column));
    }
    return std::make_shared<Table>(table.name(), std::move(columns));
}

Result<std::shared_ptr<Table>> PackageReader::readCsvResource(const QString& name, const QJsonObject& resource)
{
    CsvReadOptions options;
    if (resource.contains(QLatin1String("encoding"))) {
        TextEncoding encoding;
        if (!parseTextEncoding(resource.value(QLatin1String("encoding")).toString(), &encoding))
            return fail(name, QStringLiteral("the encoding \"%1\" is not one Plumbline reads.")
                                  .arg(resource.value(QLatin1String("encoding")).toString()));
        options.encoding = encoding;
    }
    const QJsonValue dialectValue = resource.value(QLatin1String("dialect"));
    if (!dialectValue.isUndefined() && !dialectValue.isObject())
        return fail(name, QStringLiteral("\"dialect\" must be an object (dialect files are not supported)."));
    const QJsonObject dialect = dialectValue.toObject();
    if (dialect.contains(QLatin1String("delimiter"))) {
        const QString delimiter = dialect.value(QLatin1String("delimiter")).toString();
        if (delimiter.size() != 1 || !QStringLiteral(",;\t|").contains(delimiter))
            return fail(name, QStringLiteral("the delimiter \"%1\" is not one of , ; | or tab.").arg(delimiter));
        options.delimiter = delimiter.front().toLatin1();
    } else if (resource.value(QLatin1String("format")).toString().compare(QLatin1String("tsv"), Qt::CaseInsensitive) ==
               0) {
        options.delimiter = '\t';
    } else {
        options.delimiter = ','; // the Data Package default, not a guess
    }
    if (dialect.contains(QLatin1String("quoteChar")) &&
        dialect.value(QLatin1String("quoteChar")).toString() != QLatin1String("\""))
        return fail(name, QStringLiteral("only the double quote is supported as quoteChar."));
    options.header = dialect.value(QLatin1String("header")).toBool(true);

    const QJsonValue pathValue = resource.value(QLatin1String("path"));
    QStringList paths;
    if (pathValue.isArray()) {
        for (const QJsonValue& v : pathValue.toArray())
            paths << v.toString();
    } else {
        paths << pathValue.toString();
    }
    std::vector<std::shared_ptr<Table>> parts;
    for (int i = 0; i < paths.size(); ++i) {
        if (paths[i].isEmpty())
            return fail(name, QStringLiteral("\"path\" must be a file name or a list of them."));
        auto file = localPath(name, paths[i]);
        if (!file)
            return file.error();
        CsvReadOptions partOptions = options;
        if (i > 0)
            partOptions.header = false; // later parts continue the first one's rows
        auto read = readCsvFile(file.value(), partOptions, m_progress);
        if (!read)
            return read.error();
        if (read.value().tables.empty())
            return fail(name, QStringLiteral("%1 holds no table.").arg(paths[i]));
        parts.push_back(read.value().tables.front());
    }
    auto table = parts.size() == 1 ? parts.front() : concatenate(name, parts);
    table->setName(name);
    // The rows no longer come from the dataset's source file (that is the descriptor): no byte layout to copy.
    table->setLayout(nullptr);
    return table;
}

void appendJsonValue(ColumnBuilder& builder, const QJsonValue& value)
{
    std::string text;
    switch (value.type()) {
    case QJsonValue::String:
        text = value.toString().toStdString();
        break;
    case QJsonValue::Double: {
        char buffer[kNumberTextCapacity];
        text.assign(buffer, formatNumber(value.toDouble(), buffer));
        break;
    }
    case QJsonValue::Bool:
        text = value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Array:
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).toStdString();
        break;
    case QJsonValue::Object:
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).toStdString();
        break;
    default:
        break; // null, undefined: an empty cell
    }
    builder.append(text);
}

Result<std::shared_ptr<Table>> PackageReader::readInlineResource(const QString& name, const QJsonValue& data,
                                                                 const TableSchema* schema)
{
    if (!data.isArray())
        return fail(name, QStringLiteral("inline \"data\" must be an array of rows or of objects."));
    const QJsonArray rows = data.toArray();
    QStringList header;
    std::vector<ColumnBuilder> builders;
    if (!rows.isEmpty() && rows.first().isObject()) {
        if (schema)
            for (const auto& field : schema->fields)
                header << field.name;
        for (const QJsonValue& row : rows)
            for (const QString& key : row.toObject().keys())
                if (!header.contains(key))
                    header << key;
        builders.resize(std::size_t(header.size()));
        for (const QJsonValue& row : rows) {
            if (!row.isObject())
                return fail(name, QStringLiteral("inline \"data\" mixes objects with other rows."));
            const QJsonObject object = row.toObject();
            for (int c = 0; c < header.size(); ++c)
                appendJsonValue(builders[std::size_t(c)], object.value(header[c]));
        }
    } else {
        for (const QJsonValue& cell : rows.first().toArray())
            header << cell.toString();
        builders.resize(std::size_t(header.size()));
        for (qsizetype r = 1; r < rows.size(); ++r) {
            if (!rows[r].isArray())
                return fail(name, QStringLiteral("inline \"data\" row %1 is not an array.").arg(r + 1));
            const QJsonArray row = rows[r].toArray();
            if (row.size() > header.size())
                return fail(name, QStringLiteral("inline \"data\" row %1 has more values than the header.").arg(r + 1));
            for (int c = 0; c < header.size(); ++c)
                appendJsonValue(builders[std::size_t(c)], c < row.size() ? row[c] : QJsonValue());
        }
    }
    std::vector<Column> columns;
    for (int c = 0; c < header.size(); ++c) {
        std::vector<ColumnBuilder> chunk;
        chunk.push_back(std::move(builders[std::size_t(c)]));
        columns.push_back(ColumnBuilder::finish(header[c], std::move(chunk)));
    }
    return std::make_shared<Table>(name, std::move(columns));
}

bool isTabular(const QJsonObject& resource)
{
    if (resource.contains(QLatin1String("data")))
        return true;
    const QString format = resource.value(QLatin1String("format")).toString().toLower();
    if (!format.isEmpty())
        return format == QLatin1String("csv") || format == QLatin1String("tsv");
    const QString mediatype = resource.value(QLatin1String("mediatype")).toString().toLower();
    if (!mediatype.isEmpty())
        return mediatype == QLatin1String("text/csv") || mediatype == QLatin1String("text/tab-separated-values");
    QJsonValue path = resource.value(QLatin1String("path"));
    if (path.isArray())
        path = path.toArray().first();
    const QString suffix = QFileInfo(path.toString()).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}

} // namespace

Result<Dataset> readDataPackage(const QString& path, const DataPackageReadOptions& options, Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    const QString descriptorPath =
        QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("datapackage.json")) : path;
    PackageReader reader(descriptorPath, progress);
    auto descriptor = reader.readJson(descriptorPath);
    if (!descriptor)
        return descriptor.error();
    const QJsonValue resources = descriptor.value().value(QLatin1String("resources"));
    if (!resources.isArray())
        return Error{descriptorPath, 0, 0, QStringLiteral("The descriptor has no \"resources\" array.")};

    Dataset dataset;
    QStringList seen;
    int index = 0;
    for (const QJsonValue& value : resources.toArray()) {
        ++index;
        if (progress.canceled())
            return Error{descriptorPath, 0, 0, QStringLiteral("Reading was canceled.")};
        const QJsonObject resource = value.toObject();
        const QString name = resource.value(QLatin1String("name")).toString(QStringLiteral("resource %1").arg(index));
        if (!options.resources.isEmpty() && !options.resources.contains(name))
            continue;
        if (!isTabular(resource))
            continue;
        if (seen.contains(name))
            return reader.fail(name, QStringLiteral("two resources have this name."));
        seen << name;

        std::shared_ptr<const TableSchema> schema;
        QJsonValue schemaValue = resource.value(QLatin1String("schema"));
        if (schemaValue.isString()) {
            auto file = reader.localPath(name, schemaValue.toString());
            if (!file)
                return file.error();
            auto json = reader.readJson(file.value());
            if (!json)
                return json.error();
            schemaValue = json.value();
        }
        if (schemaValue.isObject()) {
            auto parsed = parseTableSchema(schemaValue.toObject(), name, descriptorPath);
            if (!parsed)
                return parsed.error();
            schema = std::make_shared<const TableSchema>(std::move(parsed).value());
        }

        auto table = resource.contains(QLatin1String("data"))
                         ? reader.readInlineResource(name, resource.value(QLatin1String("data")), schema.get())
                         : reader.readCsvResource(name, resource);
        if (!table)
            return table.error();
        std::shared_ptr<Table> result = table.value();
        const bool headerless =
            !resource.value(QLatin1String("dialect")).toObject().value(QLatin1String("header")).toBool(true);
        if (schema && headerless)
            result = renamed(*result, *schema);
        dataset.tables.push_back(result);
        if (schema)
            dataset.schemas[name] = schema;
    }
    if (!options.resources.isEmpty())
        for (const QString& wanted : options.resources)
            if (!seen.contains(wanted))
                return Error{descriptorPath, 0, 0,
                             QStringLiteral("The package has no tabular resource named \"%1\".").arg(wanted)};

    for (const auto& table : dataset.tables) {
        const QString& name = table->name();
        const auto schema = dataset.schemas.find(name);
        if (schema == dataset.schemas.end())
            continue;
        for (const auto& key : schema->second->foreignKeys) {
            if (key.fields.size() != 1)
                continue; // composite keys stay in the schema for the rule engine
            const Relation relation{name, key.fields.front(), key.resource.isEmpty() ? name : key.resource,
                                    key.referenceFields.front()};
            const auto from = dataset.table(relation.fromTable);
            const auto to = dataset.table(relation.toTable);
            if (from && to && from->columnIndex(relation.fromColumn) >= 0 && to->columnIndex(relation.toColumn) >= 0)
                dataset.relations.push_back(relation);
        }
    }

    const QFileInfo info(descriptorPath);
    dataset.source.path = descriptorPath;
    dataset.source.format = QStringLiteral("datapackage");
    dataset.source.size = info.size();
    dataset.source.modified = info.lastModified();
    dataset.source.loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    return dataset;
}

} // namespace plumbline
