#include "io/project/base_data.h"

#include "io/datapackage/table_schema.h"
#include "io/huge_pages.h"
#include "io/project/layout_codec.h"
#include "io/project/project_file.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <map>

namespace plumbline {

namespace {

/// Blobs are cut to this size: SQLite's limit on one value is about 1 GB.
constexpr std::size_t kChunkBytes = std::size_t(256) << 20;

// Parts of a column, and of a table or the dataset (column -1).
constexpr const char* kArena = "arena";
constexpr const char* kOffsets = "offsets";
constexpr const char* kCodes = "codes";
constexpr const char* kNotes = "notes";
constexpr const char* kTextLayout = "text_layout";
constexpr const char* kJsonLayouts = "json_layouts";

int loadedColumnCount(const Table& table)
{
    int n = 0;
    while (n < table.columnCount() && !table.isAddedColumn(n))
        ++n;
    return n;
}

class BaseWriter
{
public:
    BaseWriter(ProjectFile& project, Progress& progress) : m_project(project), m_progress(progress) {}

    std::optional<Error> prepare()
    {
        if (!m_blob.prepare(m_project.handle(),
                            QStringLiteral("INSERT INTO base_blob (table_no, column_no, part, size, "
                                           "data) VALUES (?1, ?2, ?3, ?4, ?5)")))
            return failed();
        return std::nullopt;
    }
    Error failed() const { return m_project.error(QStringLiteral("The project's data cannot be written")); }

    /// Writes bytes as one or more blobs; false on failure.
    bool blob(int table, int column, const char* part, const void* data, std::size_t size)
    {
        std::size_t at = 0;
        do {
            const std::size_t n = std::min(kChunkBytes, size - at);
            sqlite3_stmt* s = m_blob.get();
            sqlite3_reset(s);
            sqlite3_bind_int(s, 1, table);
            sqlite3_bind_int(s, 2, column);
            sqlite3_bind_text(s, 3, part, -1, SQLITE_STATIC);
            sqlite3_bind_int64(s, 4, qint64(n));
            if (n == 0)
                sqlite3_bind_zeroblob(s, 5, 0);
            else
                sqlite3_bind_blob64(s, 5, static_cast<const char*>(data) + at, sqlite3_uint64(n), SQLITE_STATIC);
            if (sqlite3_step(s) != SQLITE_DONE)
                return false;
            at += n;
            m_done += qint64(n);
            m_progress.report(m_done, m_total);
        } while (at < size);
        return !m_progress.canceled();
    }
    bool blob(int table, int column, const char* part, const QByteArray& bytes)
    {
        return blob(table, column, part, bytes.constData(), std::size_t(bytes.size()));
    }
    void setTotal(qint64 total) { m_total = total; }

private:
    ProjectFile& m_project;
    Progress& m_progress;
    SqliteStatement m_blob;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

bool putKeyValue(ProjectFile& project, const char* table, const QString& key, const QString& value)
{
    SqliteStatement insert;
    if (!insert.prepare(
            project.handle(),
            QStringLiteral("INSERT OR REPLACE INTO %1 (key, value) VALUES (?1, ?2)").arg(QLatin1String(table))))
        return false;
    const QByteArray k = key.toUtf8();
    const QByteArray v = value.toUtf8();
    sqlite3_bind_text(insert.get(), 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(insert.get(), 2, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    return sqlite3_step(insert.get()) == SQLITE_DONE;
}

QString keyValue(const ProjectFile& project, const char* table, const QString& key)
{
    SqliteStatement select;
    if (!select.prepare(project.handle(),
                        QStringLiteral("SELECT value FROM %1 WHERE key = ?1").arg(QLatin1String(table))))
        return {};
    const QByteArray k = key.toUtf8();
    sqlite3_bind_text(select.get(), 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(select.get()) != SQLITE_ROW)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0)),
                             sqlite3_column_bytes(select.get(), 0));
}

bool writeSource(ProjectFile& project, const SourceInfo& source, const QString& sha256)
{
    const QString path = source.path.isEmpty() ? QString() : QFileInfo(source.path).absoluteFilePath();
    const std::pair<const char*, QString> facts[] = {
        {"path", path},
        {"format", source.format},
        {"size", QString::number(source.size)},
        {"modified", source.modified.isValid() ? QString::number(source.modified.toMSecsSinceEpoch()) : QString()},
        {"sha256", sha256},
        {"encoding", QString::number(int(source.encoding))},
        {"bom", QString::number(source.bom ? 1 : 0)},
        {"delimiter", QString::number(int(source.delimiter))},
        {"quote", QString::number(int(source.quote))},
        {"line_ending", QString::number(int(source.lineEnding))},
        {"has_header", QString::number(source.hasHeader ? 1 : 0)},
    };
    for (const auto& [key, value] : facts)
        if (!putKeyValue(project, "source", QLatin1String(key), value))
            return false;
    return true;
}

SourceInfo readSource(const ProjectFile& project)
{
    SourceInfo source;
    const auto fact = [&](const char* key) { return keyValue(project, "source", QLatin1String(key)); };
    const auto number = [&](const char* key, int def, int low, int high) {
        bool ok = false;
        const int n = fact(key).toInt(&ok);
        return ok && n >= low && n <= high ? n : def;
    };
    source.path = fact("path");
    source.format = fact("format");
    source.size = fact("size").toLongLong();
    bool ok = false;
    const qint64 modified = fact("modified").toLongLong(&ok);
    if (ok)
        source.modified = QDateTime::fromMSecsSinceEpoch(modified, Qt::UTC);
    source.encoding = TextEncoding(number("encoding", 0, 0, int(TextEncoding::Latin1)));
    source.bom = number("bom", 0, 0, 1) != 0;
    source.delimiter = char(number("delimiter", ',', 1, 127));
    source.quote = char(number("quote", '"', 0, 127));
    source.lineEnding = LineEnding(number("line_ending", 0, 0, int(LineEnding::None)));
    source.hasHeader = number("has_header", 1, 0, 1) != 0;
    return source;
}

QString relationsJson(const Dataset& dataset)
{
    QJsonArray list;
    for (const Relation& r : dataset.relations)
        list.append(QJsonObject{{QStringLiteral("from_table"), r.fromTable},
                                {QStringLiteral("from_column"), r.fromColumn},
                                {QStringLiteral("to_table"), r.toTable},
                                {QStringLiteral("to_column"), r.toColumn}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QString schemasJson(const Dataset& dataset)
{
    QJsonObject schemas;
    for (const auto& [table, schema] : dataset.schemas)
        if (schema)
            schemas.insert(table, tableSchemaToJson(*schema));
    return QString::fromUtf8(QJsonDocument(schemas).toJson(QJsonDocument::Compact));
}

} // namespace

QString projectSourceFact(const ProjectFile& project, const QString& key)
{
    return keyValue(project, "source", key);
}

bool setProjectSourceFact(ProjectFile& project, const QString& key, const QString& value)
{
    return putKeyValue(project, "source", key, value);
}

std::optional<Error> writeBaseData(ProjectFile& project, const Dataset& dataset, const QString& sha256,
                                   Progress& progress)
{
    BaseWriter writer(project, progress);
    if (auto e = writer.prepare())
        return e;
    qint64 total = 0;
    for (const auto& table : dataset.tables)
        for (int c = 0; c < loadedColumnCount(*table); ++c) {
            const Column::Parts p = table->column(c).parts();
            total += qint64(p.arena.size() + p.offsets.size_bytes() + p.codes.size());
        }
    writer.setTotal(total);
    const auto canceledOrFailed = [&] {
        return progress.canceled() ? Error{project.path(), 0, 0, QStringLiteral("Saving was canceled.")}
                                   : writer.failed();
    };

    SqliteStatement tableRow, columnRow;
    if (!tableRow.prepare(project.handle(), QStringLiteral("INSERT INTO base_table (table_no, name, rows, columns) "
                                                           "VALUES (?1, ?2, ?3, ?4)")) ||
        !columnRow.prepare(project.handle(), QStringLiteral("INSERT INTO base_column (table_no, column_no, name, "
                                                            "code_width) VALUES (?1, ?2, ?3, ?4)")))
        return writer.failed();
    for (std::size_t t = 0; t < dataset.tables.size(); ++t) {
        const Table& table = *dataset.tables[t];
        const int columns = loadedColumnCount(table);
        const QByteArray name = table.name().toUtf8();
        sqlite3_reset(tableRow.get());
        sqlite3_bind_int(tableRow.get(), 1, int(t));
        sqlite3_bind_text(tableRow.get(), 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(tableRow.get(), 3, qint64(table.baseRowCount()));
        sqlite3_bind_int(tableRow.get(), 4, columns);
        if (sqlite3_step(tableRow.get()) != SQLITE_DONE)
            return writer.failed();
        for (int c = 0; c < columns; ++c) {
            const Column& column = table.column(c);
            const Column::Parts p = column.parts();
            const QByteArray columnName = column.name().toUtf8();
            sqlite3_reset(columnRow.get());
            sqlite3_bind_int(columnRow.get(), 1, int(t));
            sqlite3_bind_int(columnRow.get(), 2, c);
            sqlite3_bind_text(columnRow.get(), 3, columnName.constData(), int(columnName.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(columnRow.get(), 4, p.codeWidth);
            if (sqlite3_step(columnRow.get()) != SQLITE_DONE)
                return writer.failed();
            if (!writer.blob(int(t), c, kArena, p.arena.data(), p.arena.size()) ||
                !writer.blob(int(t), c, kOffsets, p.offsets.data(), p.offsets.size_bytes()) ||
                (p.codeWidth != 0 && !writer.blob(int(t), c, kCodes, p.codes.data(), p.codes.size())))
                return canceledOrFailed();
        }
        if (!writer.blob(int(t), -1, kNotes, encodeTableNotes(table)))
            return canceledOrFailed();
        if (table.layout() && !writer.blob(int(t), -1, kTextLayout, encodeTextLayout(*table.layout())))
            return canceledOrFailed();
    }
    const QByteArray json = encodeJsonLayouts(dataset);
    if (!json.isEmpty() && !writer.blob(-1, -1, kJsonLayouts, json))
        return canceledOrFailed();
    if (!putKeyValue(project, "dataset_extra", QStringLiteral("relations"), relationsJson(dataset)) ||
        !putKeyValue(project, "dataset_extra", QStringLiteral("schemas"), schemasJson(dataset)) ||
        !writeSource(project, dataset.source, sha256))
        return writer.failed();
    return std::nullopt;
}

namespace {

/// Where one part's blobs go while reading: offsets straight into 32-bit words, the rest into bytes, so that
/// nothing is copied again once read.
struct PartBuffer
{
    std::size_t size = 0;
    std::vector<char> chars;
    std::vector<std::uint32_t> words;
    std::vector<std::uint8_t> bytes;
    char* at(std::size_t offset)
    {
        if (!words.empty())
            return reinterpret_cast<char*>(words.data()) + offset;
        if (!bytes.empty())
            return reinterpret_cast<char*>(bytes.data()) + offset;
        return chars.data() + offset;
    }
};

struct BlobRow
{
    sqlite3_int64 id;
    int table;
    int column;
    std::string part;
    std::size_t size;
};

} // namespace

Result<Dataset> readBaseData(const ProjectFile& project, Progress& progress)
{
    sqlite3* db = project.handle();
    const QString reading = QStringLiteral("The project's data cannot be read");
    const auto damaged = [&](const QString& why) {
        return Error{project.path(), 0, 0, QStringLiteral("The project's data is damaged: %1.").arg(why)};
    };

    struct TableRow
    {
        QString name;
        qint64 rows = 0;
        int columns = 0;
        std::vector<QString> columnNames;
        std::vector<int> codeWidths;
    };
    std::vector<TableRow> tables;
    SqliteStatement select;
    if (!select.prepare(db, QStringLiteral("SELECT table_no, name, rows, columns FROM base_table ORDER BY table_no")))
        return project.error(reading);
    int status;
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = select.get();
        TableRow row;
        row.name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 1)));
        row.rows = sqlite3_column_int64(s, 2);
        row.columns = sqlite3_column_int(s, 3);
        if (sqlite3_column_int(s, 0) != int(tables.size()) || row.rows < 0 || row.rows >= qint64(kNoRecord) ||
            row.columns < 0 || row.columns > 32767)
            return damaged(QStringLiteral("its list of tables"));
        tables.push_back(std::move(row));
    }
    if (status != SQLITE_DONE)
        return project.error(reading);
    if (tables.size() > 65535)
        return damaged(QStringLiteral("its list of tables"));

    if (!select.prepare(db, QStringLiteral("SELECT table_no, column_no, name, code_width FROM base_column ORDER BY "
                                           "table_no, column_no")))
        return project.error(reading);
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = select.get();
        const int t = sqlite3_column_int(s, 0);
        if (t < 0 || std::size_t(t) >= tables.size() ||
            sqlite3_column_int(s, 1) != int(tables[std::size_t(t)].columnNames.size()))
            return damaged(QStringLiteral("its list of columns"));
        tables[std::size_t(t)].columnNames.push_back(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 2))));
        tables[std::size_t(t)].codeWidths.push_back(sqlite3_column_int(s, 3));
    }
    if (status != SQLITE_DONE)
        return project.error(reading);
    for (const TableRow& t : tables)
        if (int(t.columnNames.size()) != t.columns)
            return damaged(QStringLiteral("table %1 lacks columns").arg(t.name));

    // Sizes first, so every part is read straight into one buffer of its final size.
    std::vector<BlobRow> blobs;
    std::map<std::tuple<int, int, std::string>, PartBuffer> parts;
    if (!select.prepare(db, QStringLiteral("SELECT id, table_no, column_no, part, size FROM base_blob ORDER BY id")))
        return project.error(reading);
    qint64 totalBytes = 0;
    const qint64 fileBytes =
        QFileInfo(project.path()).size() + QFileInfo(project.path() + QStringLiteral("-wal")).size();
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = select.get();
        BlobRow row;
        row.id = sqlite3_column_int64(s, 0);
        row.table = sqlite3_column_int(s, 1);
        row.column = sqlite3_column_int(s, 2);
        const auto* part = reinterpret_cast<const char*>(sqlite3_column_text(s, 3));
        row.part = part ? part : "";
        const qint64 size = sqlite3_column_int64(s, 4);
        if (size < 0 || size > qint64(kChunkBytes) || row.table < -1 || row.table >= int(tables.size()))
            return damaged(QStringLiteral("a part of its data has a wrong size"));
        row.size = std::size_t(size);
        totalBytes += size;
        if (totalBytes > fileBytes) // what the file claims must fit in the file
            return damaged(QStringLiteral("its parts add up to more than the file holds"));
        parts[{row.table, row.column, row.part}].size += row.size;
        blobs.push_back(std::move(row));
    }
    if (status != SQLITE_DONE)
        return project.error(reading);
    for (auto& [key, buffer] : parts) {
        const std::string& part = std::get<2>(key);
        // Hundreds of megabytes written once: huge pages spare a page fault per 4 KiB, which on a virtual
        // machine costs more than reading the data (docs/benchmarks.md, "Load").
        if (part == kOffsets) {
            if (buffer.size % sizeof(std::uint32_t) != 0)
                return damaged(QStringLiteral("a column's cell positions are cut short"));
            resizeWithHugePages(buffer.words, buffer.size / sizeof(std::uint32_t));
        } else if (part == kCodes) {
            resizeWithHugePages(buffer.bytes, buffer.size);
        } else {
            resizeWithHugePages(buffer.chars, buffer.size);
        }
    }
    std::map<std::tuple<int, int, std::string>, std::size_t> filled;
    qint64 done = 0;
    for (const BlobRow& row : blobs) {
        sqlite3_blob* handle = nullptr;
        if (sqlite3_blob_open(db, "main", "base_blob", "data", row.id, 0, &handle) != SQLITE_OK) {
            sqlite3_blob_close(handle);
            return project.error(reading);
        }
        const bool sizeOk = std::size_t(sqlite3_blob_bytes(handle)) == row.size;
        const auto key = std::make_tuple(row.table, row.column, row.part);
        std::size_t& at = filled[key];
        PartBuffer& buffer = parts[key];
        const int read =
            sizeOk && row.size > 0 ? sqlite3_blob_read(handle, buffer.at(at), int(row.size), 0) : SQLITE_OK;
        sqlite3_blob_close(handle);
        if (!sizeOk)
            return damaged(QStringLiteral("a part of its data has a wrong size"));
        if (read != SQLITE_OK)
            return project.error(reading);
        at += row.size;
        done += qint64(row.size);
        progress.report(done, totalBytes);
        if (progress.canceled())
            return Error{project.path(), 0, 0, QStringLiteral("Reading was canceled.")};
    }
    const auto find = [&](int t, int c, const char* part) -> PartBuffer* {
        auto it = parts.find({t, c, std::string(part)});
        return it == parts.end() ? nullptr : &it->second;
    };
    const auto take = [&](int t, int c, const char* part) {
        PartBuffer* buffer = find(t, c, part);
        return buffer ? std::move(buffer->chars) : std::vector<char>();
    };

    Dataset dataset;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const TableRow& row = tables[t];
        std::vector<Column> columns;
        columns.reserve(std::size_t(row.columns));
        for (int c = 0; c < row.columns; ++c) {
            std::vector<char> arena = take(int(t), c, kArena);
            PartBuffer* offsetPart = find(int(t), c, kOffsets);
            PartBuffer* codePart = find(int(t), c, kCodes);
            std::vector<std::uint32_t> offsets =
                offsetPart ? std::move(offsetPart->words) : std::vector<std::uint32_t>();
            std::vector<std::uint8_t> codes = codePart ? std::move(codePart->bytes) : std::vector<std::uint8_t>();
            if (!simdjson::validate_utf8(arena.data(), arena.size()))
                return damaged(QStringLiteral("column %1 of table %2 holds text that is not UTF-8")
                                   .arg(row.columnNames[std::size_t(c)], row.name));
            QString problem;
            auto column = ColumnBuilder::fromParts(row.columnNames[std::size_t(c)], std::size_t(row.rows),
                                                   row.codeWidths[std::size_t(c)], std::move(arena), std::move(offsets),
                                                   std::move(codes), &problem);
            if (!column)
                return damaged(QStringLiteral("table %1: %2").arg(row.name, problem));
            columns.push_back(std::move(*column));
        }
        auto table = std::make_shared<Table>(row.name, std::move(columns));
        if (table->baseRowCount() != std::size_t(row.rows) && row.columns > 0)
            return damaged(QStringLiteral("table %1 has the wrong number of rows").arg(row.name));
        QString problem;
        const std::vector<char> notes = take(int(t), -1, kNotes);
        if (!decodeTableNotes(QByteArray(notes.data(), qsizetype(notes.size())), *table, &problem))
            return damaged(problem);
        const std::vector<char> layout = take(int(t), -1, kTextLayout);
        if (!layout.empty()) {
            auto decoded = decodeTextLayout(QByteArray(layout.data(), qsizetype(layout.size())), &problem);
            if (!decoded)
                return damaged(problem);
            table->setLayout(std::move(decoded));
        }
        dataset.tables.push_back(std::move(table));
    }
    QString problem;
    const std::vector<char> json = take(-1, -1, kJsonLayouts);
    if (!decodeJsonLayouts(QByteArray(json.data(), qsizetype(json.size())), dataset, &problem))
        return damaged(problem);

    const QJsonArray relations =
        QJsonDocument::fromJson(keyValue(project, "dataset_extra", QStringLiteral("relations")).toUtf8()).array();
    for (const QJsonValue& v : relations) {
        const QJsonObject r = v.toObject();
        Relation relation{
            r.value(QStringLiteral("from_table")).toString(), r.value(QStringLiteral("from_column")).toString(),
            r.value(QStringLiteral("to_table")).toString(), r.value(QStringLiteral("to_column")).toString()};
        const auto from = dataset.table(relation.fromTable);
        const auto to = dataset.table(relation.toTable);
        if (from && to && from->columnIndex(relation.fromColumn) >= 0 && to->columnIndex(relation.toColumn) >= 0)
            dataset.relations.push_back(std::move(relation));
    }
    const QJsonObject schemas =
        QJsonDocument::fromJson(keyValue(project, "dataset_extra", QStringLiteral("schemas")).toUtf8()).object();
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        auto schema = parseTableSchema(it.value().toObject(), it.key(), project.path());
        if (schema && dataset.table(it.key()))
            dataset.schemas[it.key()] = std::make_shared<const TableSchema>(std::move(schema).value());
    }
    dataset.source = readSource(project);
    return dataset;
}

} // namespace plumbline
