#include "io/json/json_reader.h"

#include "core/regular_file.h"

#include "io/json/json_canonical.h"
#include "io/json/json_error_locator.h"
#include "io/json/json_table_builder.h"
#include "io/json/json_text.h"
#include "io/json/popolo_schema.h"

#include <simdjson.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <memory>

namespace plumbline {

using namespace simdjson;
using json::DatasetBuilder;

namespace {

constexpr std::uint32_t kProgressEvery = 1024;

/// The file's bytes followed by the zeroed padding simdjson reads past the end.
struct PaddedBuffer
{
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
    std::size_t capacity() const { return size + SIMDJSON_PADDING; }

    bool allocate(std::size_t n)
    {
        data.reset(new (std::nothrow) char[n + SIMDJSON_PADDING]);
        if (!data)
            return false;
        size = n;
        std::memset(data.get() + n, 0, SIMDJSON_PADDING);
        return true;
    }
};

QString canceledMessage()
{
    return QStringLiteral("Reading was canceled.");
}

class Reader
{
public:
    Reader(const char* data, std::size_t size, std::size_t capacity, QString name, bool bom, Progress& progress)
        : m_data(data), m_size(size), m_capacity(capacity), m_name(std::move(name)), m_bom(bom), m_progress(progress)
    {
        m_base = QFileInfo(m_name).completeBaseName();
        if (m_base.isEmpty())
            m_base = QStringLiteral("rows");
    }

    Result<Dataset> readDocument();
    Result<Dataset> readLines();

private:
    std::string_view text() const { return {m_data, m_size}; }
    Error parseError(error_code e, ondemand::document* doc, std::string_view part, std::size_t base);
    Error trailingError(std::size_t offset, std::string_view part, std::size_t base);
    error_code addScalarDocument(ondemand::document& doc, std::string_view part, int table, Error* error,
                                 std::size_t base);
    Result<Dataset> finish(std::shared_ptr<JsonDocumentLayout> document);
    void detectLayout(JsonDocumentLayout& document) const;

    const char* m_data;
    std::size_t m_size;
    std::size_t m_capacity;
    QString m_name;
    QString m_base;
    bool m_bom;
    Progress& m_progress;
    DatasetBuilder m_builder;
    ondemand::parser m_parser;
};

Error Reader::parseError(error_code e, ondemand::document* doc, std::string_view part, std::size_t base)
{
    if (e == CAPACITY || e == MEMALLOC)
        return Error{m_name, 0, 0,
                     QStringLiteral("The file is too large to read (%1).").arg(QLatin1String(error_message(e)))};
    if (auto syntax = findJsonSyntaxError(part, json::kMaxDepth))
        return jsonErrorAt(m_name, text(), base + syntax->offset, syntax->message);
    // simdjson refused something the strict scan accepts; say where simdjson stopped if it knows.
    const char* at = nullptr;
    const QString message = QStringLiteral("The JSON could not be read: %1.").arg(QLatin1String(error_message(e)));
    if (doc && !doc->current_location().get(at) && at >= m_data && at <= m_data + m_size)
        return jsonErrorAt(m_name, text(), std::size_t(at - m_data), message);
    return Error{m_name, 0, 0, message};
}

Error Reader::trailingError(std::size_t offset, std::string_view part, std::size_t base)
{
    QString message = QStringLiteral("Unexpected text after the end of the JSON value.");
    if (part.substr(0, offset).find('\n') != std::string_view::npos)
        message += QStringLiteral(" If the file holds one JSON value per line, name it .jsonl or .ndjson.");
    return jsonErrorAt(m_name, text(), base + offset, message);
}

/// A scalar document root: simdjson checks little here, so the strict scan validates the text first.
error_code Reader::addScalarDocument(ondemand::document& doc, std::string_view part, int table, Error* error,
                                     std::size_t base)
{
    if (auto syntax = findJsonSyntaxError(part, json::kMaxDepth)) {
        *error = jsonErrorAt(m_name, text(), base + syntax->offset, syntax->message);
        return TAPE_ERROR;
    }
    ondemand::json_type type;
    if (auto e = doc.type().get(type))
        return e;
    switch (type) {
    case ondemand::json_type::string: {
        std::string_view s;
        if (auto e = doc.get_string().get(s))
            return e;
        m_builder.addScalarRow(table, s, JsonType::String);
        return SUCCESS;
    }
    case ondemand::json_type::number: {
        std::string_view s;
        if (auto e = doc.raw_json_token().get(s))
            return e;
        m_builder.addScalarRow(table, trimJsonRight(s), JsonType::Number);
        return SUCCESS;
    }
    case ondemand::json_type::boolean: {
        bool b = false;
        if (auto e = doc.get_bool().get(b))
            return e;
        m_builder.addScalarRow(table, b ? "true" : "false", JsonType::Bool);
        return SUCCESS;
    }
    case ondemand::json_type::null:
        m_builder.addScalarRow(table, {}, JsonType::Null);
        return SUCCESS;
    default:
        return INCORRECT_TYPE;
    }
}

void Reader::detectLayout(JsonDocumentLayout& document) const
{
    const std::string_view s = text();
    const std::size_t newline = s.find('\n');
    document.crlf = newline != std::string_view::npos && newline > 0 && s[newline - 1] == '\r';
    document.finalNewline = !s.empty() && s.back() == '\n';
    document.bom = m_bom;
    document.indent.clear();
    if (newline != std::string_view::npos) {
        std::size_t end = newline + 1;
        while (end < s.size() && (s[end] == ' ' || s[end] == '\t'))
            ++end;
        document.indent.assign(s.substr(newline + 1, end - newline - 1));
    }
}

Result<Dataset> Reader::readDocument()
{
    auto document = std::make_shared<JsonDocumentLayout>();
    detectLayout(*document);
    document->format = QStringLiteral("json");

    ondemand::document doc;
    error_code e = m_parser.iterate(padded_string_view(m_data, m_size, m_capacity)).get(doc);
    if (e)
        return parseError(e, nullptr, text(), 0);
    ondemand::json_type rootType;
    if ((e = doc.type().get(rootType)))
        return parseError(e, &doc, text(), 0);

    bool canceled = false;
    // Appends every element of an array as a row, reporting progress and polling for cancellation.
    const auto addElements = [&](int table, ondemand::array array, int depth) -> error_code {
        for (auto element : array) {
            ondemand::value item;
            if (auto err = element.get(item))
                return err;
            if (auto err = m_builder.addRow(table, item, depth))
                return err;
            if (m_builder.rowCount(table) % kProgressEvery == 0) {
                const char* at = nullptr;
                if (!doc.current_location().get(at))
                    m_progress.report(qint64(at - m_data), qint64(m_size));
                if (m_progress.canceled()) {
                    canceled = true;
                    return TAPE_ERROR;
                }
            }
        }
        return SUCCESS;
    };

    if (rootType == ondemand::json_type::object) {
        // First pass over the root's members (values are skipped, not parsed): GeoJSON's "type" may come last.
        std::string geoType;
        bool containers = false, hasFeatures = false;
        {
            ondemand::object root;
            if ((e = doc.get_object().get(root)))
                return parseError(e, &doc, text(), 0);
            for (auto field : root) {
                std::string_view key;
                ondemand::value value;
                ondemand::json_type type;
                if ((e = field.unescaped_key().get(key)) || (e = field.value().get(value)) ||
                    (e = value.type().get(type)))
                    return parseError(e, &doc, text(), 0);
                containers = containers || type == ondemand::json_type::array || type == ondemand::json_type::object;
                hasFeatures = hasFeatures || (key == "features" && type == ondemand::json_type::array);
                if (key == "type" && type == ondemand::json_type::string && geoType.empty()) {
                    std::string_view s;
                    if ((e = value.get_string().get(s)))
                        return parseError(e, &doc, text(), 0);
                    geoType.assign(s.empty() ? " " : s);
                }
            }
        }
        doc.rewind();
        if (geoType == "FeatureCollection" && !hasFeatures)
            geoType.clear(); // no features to make a table of: read it as plain JSON so nothing is lost
        if (geoType == "Feature" || !containers) {
            document->root = JsonDocumentLayout::Root::Value;
            const bool feature = geoType == "Feature";
            if (feature)
                document->format = QStringLiteral("geojson");
            const int table = m_builder.addTable(m_base, feature ? DatasetBuilder::Mode::GeoJsonFeatures
                                                                 : DatasetBuilder::Mode::Plain);
            document->table = m_builder.tableName(table);
            ondemand::value root;
            if (!(e = doc.get_value().get(root)))
                e = m_builder.addRow(table, root, 0);
        } else {
            const bool collection = geoType == "FeatureCollection";
            if (collection)
                document->format = QStringLiteral("geojson");
            ondemand::object root;
            e = doc.get_object().get(root);
            for (auto field : root) {
                if (e)
                    break;
                std::string_view key;
                ondemand::value value;
                ondemand::json_type type;
                if ((e = field.unescaped_key().get(key)) || (e = field.value().get(value)) ||
                    (e = value.type().get(type)))
                    break;
                JsonDocumentLayout::Member member;
                member.key.assign(key);
                const QString tableName = keyToQString(key);
                const bool features = collection && key == "features" && type == ondemand::json_type::array;
                if (features || (!collection && type == ondemand::json_type::array)) {
                    const int table = m_builder.addTable(features ? m_base : tableName,
                                                         features ? DatasetBuilder::Mode::GeoJsonFeatures
                                                                  : DatasetBuilder::Mode::Plain);
                    member.table = m_builder.tableName(table);
                    ondemand::array array;
                    if (!(e = value.get_array().get(array)))
                        e = addElements(table, array, 2);
                } else if (!collection && type == ondemand::json_type::object) {
                    const int table = m_builder.addTable(tableName, DatasetBuilder::Mode::Plain);
                    member.table = m_builder.tableName(table);
                    member.single = true;
                    e = m_builder.addRow(table, value, 1);
                } else {
                    e = json::appendCanonical(value, member.raw, 1);
                }
                document->members.push_back(std::move(member));
            }
        }
    } else if (rootType == ondemand::json_type::array) {
        document->root = JsonDocumentLayout::Root::Array;
        const int table = m_builder.addTable(m_base, DatasetBuilder::Mode::Plain);
        document->table = m_builder.tableName(table);
        ondemand::array array;
        if (!(e = doc.get_array().get(array)))
            e = addElements(table, array, 1);
    } else {
        document->root = JsonDocumentLayout::Root::Value;
        const int table = m_builder.addTable(m_base, DatasetBuilder::Mode::Plain);
        document->table = m_builder.tableName(table);
        Error error;
        e = addScalarDocument(doc, text(), table, &error, 0);
        if (e && !error.message.isEmpty())
            return error;
        if (!e)
            return finish(document); // the strict scan has checked the whole text
    }
    if (canceled)
        return Error{m_name, 0, 0, canceledMessage()};
    if (e)
        return parseError(e, &doc, text(), 0);
    const char* at = nullptr;
    if (!doc.current_location().get(at))
        return trailingError(std::size_t(at - m_data), text(), 0);
    return finish(document);
}

Result<Dataset> Reader::readLines()
{
    auto document = std::make_shared<JsonDocumentLayout>();
    detectLayout(*document);
    document->indent.clear();
    document->format = QStringLiteral("jsonl");
    document->root = JsonDocumentLayout::Root::Lines;
    const int table = m_builder.addTable(m_base, DatasetBuilder::Mode::Plain);
    document->table = m_builder.tableName(table);

    std::size_t pos = 0;
    std::uint32_t lines = 0;
    while (pos < m_size) {
        const char* nl = static_cast<const char*>(std::memchr(m_data + pos, '\n', m_size - pos));
        const std::size_t end = nl ? std::size_t(nl - m_data) : m_size;
        const std::string_view line = trimJsonRight(std::string_view(m_data + pos, end - pos));
        const std::size_t start = pos;
        pos = end + 1;
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue; // blank lines separate nothing in JSON Lines
        ondemand::document doc;
        error_code e = m_parser.iterate(padded_string_view(line.data(), line.size(), m_capacity - start)).get(doc);
        ondemand::json_type type;
        if (!e)
            e = doc.type().get(type);
        if (!e && (type == ondemand::json_type::object || type == ondemand::json_type::array)) {
            ondemand::value value;
            if (!(e = doc.get_value().get(value)))
                e = m_builder.addRow(table, value, 0);
            const char* at = nullptr;
            if (!e && !doc.current_location().get(at))
                return jsonErrorAt(m_name, text(), std::size_t(at - m_data),
                                   QStringLiteral("Unexpected text after the end of the JSON value on this line."));
        } else if (!e) {
            Error error;
            e = addScalarDocument(doc, line, table, &error, start);
            if (e && !error.message.isEmpty())
                return error;
        }
        if (e) {
            if (auto syntax = findJsonSyntaxError(line, json::kMaxDepth))
                return jsonErrorAt(m_name, text(), start + syntax->offset, syntax->message);
            return parseError(e, nullptr, line, start);
        }
        if (++lines % kProgressEvery == 0) {
            m_progress.report(qint64(pos), qint64(m_size));
            if (m_progress.canceled())
                return Error{m_name, 0, 0, canceledMessage()};
        }
    }
    return finish(document);
}

Result<Dataset> Reader::finish(std::shared_ptr<JsonDocumentLayout> document)
{
    Dataset dataset;
    dataset.tables = m_builder.finish(document);
    if (document->format == QLatin1String("json") && looksLikePopolo(dataset)) {
        document->format = QStringLiteral("popolo");
        addPopoloRelations(dataset);
    }
    for (const auto& link : m_builder.childLinks())
        dataset.relations.push_back(
            Relation{link.child, QStringLiteral("_parent_id"), link.parent, QStringLiteral("id")});
    dataset.source.path = m_name;
    dataset.source.format = document->format;
    dataset.source.size = qint64(m_size);
    dataset.source.encoding = TextEncoding::Utf8;
    dataset.source.lineEnding = document->crlf ? LineEnding::CRLF : LineEnding::LF;
    m_progress.report(qint64(m_size), qint64(m_size));
    return dataset;
}

Result<Dataset> readPadded(PaddedBuffer& buffer, const QString& name, const JsonReadOptions& options,
                           Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    const char* data = buffer.data.get();
    std::size_t size = buffer.size;
    bool bom = false;
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        size -= 3;
        bom = true;
    } else if (size >= 2 && (std::memcmp(data, "\xFF\xFE", 2) == 0 || std::memcmp(data, "\xFE\xFF", 2) == 0)) {
        return Error{name, 1, 1,
                     QStringLiteral("The file is UTF-16 or UTF-32 encoded; JSON must be UTF-8. "
                                    "Save it as UTF-8 and open it again.")};
    }
    if (size >= 0xffffffffULL)
        return Error{name, 0, 0,
                     QStringLiteral("The file is larger than 4 GB, which Plumbline cannot hold in one table.")};

    const QString suffix = QFileInfo(name).suffix().toLower();
    const bool lines =
        options.format == QLatin1String("jsonl") ||
        (options.format.isEmpty() && (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")));
    Reader reader(data, size, buffer.capacity() - std::size_t(data - buffer.data.get()), name, bom, progress);
    Result<Dataset> result = lines ? reader.readLines() : reader.readDocument();
    if (result) {
        Dataset& dataset = result.value();
        dataset.source.size = qint64(buffer.size);
        dataset.source.bom = bom;
        dataset.source.loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    return result;
}

} // namespace

Result<Dataset> readJsonFile(const QString& path, const JsonReadOptions& options, Progress& progress)
{
    if (auto notAFile = checkRegularFile(path))
        return *notAFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("Cannot open the file: %1.").arg(file.errorString())};
    const qint64 size = file.size();
    PaddedBuffer buffer;
    if (size < 0 || !buffer.allocate(std::size_t(size)))
        return Error{path, 0, 0, QStringLiteral("Not enough memory to read the file (%1 bytes).").arg(size)};
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(buffer.data.get() + done, size - done);
        if (n <= 0)
            return Error{path, 0, 0, QStringLiteral("Cannot read the file: %1.").arg(file.errorString())};
        done += n;
    }
    Result<Dataset> result = readPadded(buffer, path, options, progress);
    if (result)
        result.value().source.modified = QFileInfo(path).lastModified();
    return result;
}

Result<Dataset> readJsonBytes(QByteArrayView bytes, const QString& name, const JsonReadOptions& options,
                              Progress& progress)
{
    PaddedBuffer buffer;
    if (!buffer.allocate(std::size_t(bytes.size())))
        return Error{name, 0, 0, QStringLiteral("Not enough memory to read %1 bytes.").arg(bytes.size())};
    if (!bytes.isEmpty())
        std::memcpy(buffer.data.get(), bytes.data(), std::size_t(bytes.size()));
    return readPadded(buffer, name, options, progress);
}

} // namespace plumbline
