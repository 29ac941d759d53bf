#include "io/json/json_dataset_writer.h"

#include "io/json/geojson_writer.h"
#include "io/json/json_emitter.h"
#include "io/json/json_layout.h"
#include "io/json/json_layout_writer.h"
#include "io/output_file.h"
#include "values/std_string.h"
#include "values/text_util.h"

#include <algorithm>

namespace plumbline {

namespace {

const JsonDocumentLayout* documentOf(const Dataset& dataset)
{
    for (const auto& table : dataset.tables)
        if (table->jsonLayout() && table->jsonLayout()->document)
            return table->jsonLayout()->document.get();
    return nullptr;
}

bool isTopLevel(const Table& table)
{
    return !table.jsonLayout() || table.jsonLayout()->parentTable.isEmpty();
}

/// Writes one export: the document structure around the tables' rows.
class DocumentWriter
{
public:
    DocumentWriter(const Dataset& dataset, JsonEmitter& out, Progress& progress)
        : m_dataset(dataset), m_out(out), m_rows(dataset, out), m_progress(progress)
    {
        for (const auto& table : dataset.tables)
            if (isTopLevel(*table))
                m_total += qint64(table->rowCount());
    }

    std::optional<Error> rows(const Table& table)
    {
        m_out.beginArray();
        for (std::size_t row = 0; row < table.rowCount(); ++row)
            if (auto e = one(table, row))
                return e;
        m_out.endArray();
        return std::nullopt;
    }

    /// A single-row table as a value (an array if rows were inserted, so none is lost).
    std::optional<Error> single(const Table& table)
    {
        if (table.rowCount() == 1)
            return one(table, 0);
        if (table.rowCount() == 0) {
            m_out.null();
            return std::nullopt;
        }
        return rows(table);
    }

    std::optional<Error> lines(const Table& table)
    {
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            if (auto e = one(table, row))
                return e;
            m_out.endLine();
        }
        return std::nullopt;
    }

    std::optional<Error> document(const JsonDocumentLayout& doc)
    {
        using Root = JsonDocumentLayout::Root;
        const auto table = m_dataset.table(doc.table);
        switch (doc.root) {
        case Root::Array:
        case Root::Lines:
            if (table)
                return rows(*table);
            m_out.beginArray();
            m_out.endArray();
            return std::nullopt;
        case Root::Value:
            if (!table) {
                m_out.null();
                return std::nullopt;
            }
            return single(*table);
        case Root::Object:
            break;
        }
        m_out.beginObject();
        std::vector<const Table*> written;
        for (const auto& member : doc.members) {
            if (member.table.isEmpty()) {
                m_out.key(member.key);
                m_out.value(member.raw);
                continue;
            }
            const auto t = m_dataset.table(member.table);
            if (!t)
                continue; // the table was removed from the dataset
            written.push_back(t.get());
            m_out.key(member.key);
            if (auto e = member.single ? single(*t) : rows(*t))
                return e;
        }
        // Top-level tables the document did not have (added to the dataset later) become new members.
        for (const auto& t : m_dataset.tables) {
            if (!isTopLevel(*t) || std::find(written.begin(), written.end(), t.get()) != written.end())
                continue;
            m_out.key(textutil::toStdString(t->name()));
            if (auto e = rows(*t))
                return e;
        }
        m_out.endObject();
        return std::nullopt;
    }

    std::optional<Error> plain()
    {
        std::vector<const Table*> tables;
        for (const auto& t : m_dataset.tables)
            if (isTopLevel(*t))
                tables.push_back(t.get());
        if (tables.size() == 1)
            return rows(*tables.front());
        m_out.beginObject();
        for (const Table* t : tables) {
            m_out.key(textutil::toStdString(t->name()));
            if (auto e = rows(*t))
                return e;
        }
        m_out.endObject();
        return std::nullopt;
    }

private:
    std::optional<Error> one(const Table& table, std::size_t row)
    {
        if (auto e = m_rows.writeRow(table, row))
            return e;
        if (isTopLevel(table) && ++m_done % 4096 == 0) {
            m_progress.report(m_done, m_total);
            if (m_progress.canceled())
                return Error{QString(), 0, 0, QStringLiteral("Writing was canceled.")};
        }
        return std::nullopt;
    }

    const Dataset& m_dataset;
    JsonEmitter& m_out;
    JsonLayoutWriter m_rows;
    Progress& m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

std::optional<Error> writeTo(OutputFile* file, std::string* text, const Dataset& dataset,
                             const JsonWriteOptions& options, Progress& progress)
{
    const JsonDocumentLayout* doc = documentOf(dataset);
    QString format = options.format.isEmpty() ? dataset.source.format : options.format.toLower();
    if (format != QLatin1String("popolo") && format != QLatin1String("jsonl") && format != QLatin1String("geojson"))
        format = QStringLiteral("json");
    const bool lines = format == QLatin1String("jsonl");
    std::string indent = options.indent ? textutil::toStdString(*options.indent)
                         : doc          ? doc->indent
                                        : std::string("  ");
    if (lines)
        indent.clear();
    const bool crlf = doc && doc->crlf;

    JsonEmitter out(file, indent, crlf);
    if (doc && doc->bom)
        out.raw("\xEF\xBB\xBF");
    DocumentWriter writer(dataset, out, progress);
    std::optional<Error> error;
    if (lines) {
        const Table* table = nullptr;
        if (doc && doc->root != JsonDocumentLayout::Root::Object)
            table = dataset.table(doc->table).get();
        for (const auto& t : dataset.tables)
            if (!table && isTopLevel(*t))
                table = t.get();
        if (table)
            error = writer.lines(*table);
    } else if (format == QLatin1String("geojson") && !(doc && doc->format == QLatin1String("geojson"))) {
        const Table* table = nullptr;
        for (const auto& t : dataset.tables)
            if (!table && isTopLevel(*t))
                table = t.get();
        if (!table)
            return Error{QString(), 0, 0, QStringLiteral("The dataset has no table to write as GeoJSON.")};
        error = writeGeoJsonTable(
            *table,
            findGeometryColumns(*table, options.geometryColumn, options.longitudeColumn, options.latitudeColumn), out,
            progress);
    } else if (doc) {
        error = writer.document(*doc);
    } else {
        error = writer.plain();
    }
    if (error)
        return error;
    const bool finalNewline = lines ? false : doc ? doc->finalNewline : true;
    out.finish(finalNewline);
    if (file && file->failed())
        return file->error();
    if (text)
        *text = out.text();
    progress.report(1, 1);
    return std::nullopt;
}

} // namespace

std::optional<Error> writeJsonDataset(const Dataset& dataset, const QString& path, const JsonWriteOptions& options,
                                      Progress& progress)
{
    OutputFile file(path);
    if (auto error = file.open())
        return error;
    if (auto error = writeTo(&file, nullptr, dataset, options, progress)) {
        file.cancel();
        if (error->file.isEmpty())
            error->file = path;
        return error;
    }
    return file.commit();
}

Result<QByteArray> writeJsonBytes(const Dataset& dataset, const JsonWriteOptions& options, Progress& progress)
{
    std::string text;
    if (auto error = writeTo(nullptr, &text, dataset, options, progress))
        return *error;
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace plumbline
