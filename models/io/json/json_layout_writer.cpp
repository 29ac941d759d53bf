#include "io/json/json_layout_writer.h"

#include "io/json/json_canonical.h"
#include "io/json/json_error_locator.h"
#include "io/json/json_text.h"
#include "io/json/wkt.h"

#include <charconv>

namespace plumbline {

/// A row's shape as a tree, for rows that need keys added (edited missing keys, inserted rows, new children).
struct JsonLayoutWriter::Node
{
    JsonOp op;
    std::vector<Node> members;
};

namespace {

std::uint32_t parseRow(std::string_view s)
{
    std::uint32_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && end == s.data() + s.size() ? v : 0;
}

void parseShape(const JsonOp*& it, const JsonOp* end, JsonLayoutWriter::Node& node);

} // namespace

JsonLayoutWriter::JsonLayoutWriter(const Dataset& dataset, JsonEmitter& out) : m_dataset(dataset), m_out(out) {}
JsonLayoutWriter::~JsonLayoutWriter() = default;

const JsonLayoutWriter::ChildIndex* JsonLayoutWriter::childIndex(const Table& child)
{
    auto& slot = m_indexes[&child];
    if (slot)
        return slot.get();
    slot = std::make_unique<ChildIndex>();
    const int column = child.jsonLayout() ? child.jsonLayout()->parentRowColumn : -1;
    if (column < 0)
        return slot.get();
    // Counting sort of child rows by parent record, keeping view order within a parent.
    std::vector<std::uint32_t> parents(child.rowCount());
    std::uint32_t maxParent = 0;
    for (std::size_t r = 0; r < child.rowCount(); ++r) {
        parents[r] = parseRow(child.cell(r, column)); // parent record + 1; 0 = none (the row is dropped)
        maxParent = std::max(maxParent, parents[r]);
    }
    slot->offsets.assign(std::size_t(maxParent) + 1, 0);
    for (const std::uint32_t p : parents)
        if (p)
            ++slot->offsets[p];
    for (std::size_t i = 1; i < slot->offsets.size(); ++i)
        slot->offsets[i] += slot->offsets[i - 1];
    slot->rows.resize(slot->offsets.back());
    std::vector<std::uint32_t> next(slot->offsets.begin(), slot->offsets.end() - 1);
    for (std::size_t r = 0; r < parents.size(); ++r)
        if (parents[r])
            slot->rows[next[parents[r] - 1]++] = std::uint32_t(r);
    return slot.get();
}

const JsonLayoutWriter::TableCache& JsonLayoutWriter::cache(const Table& table)
{
    auto it = m_caches.find(&table);
    if (it != m_caches.end())
        return it->second;
    TableCache c;
    const JsonLayout& layout = *table.jsonLayout();
    for (const auto& child : layout.children) {
        const auto t = m_dataset.table(child.table);
        c.children.push_back(t.get());
        c.indexes.push_back(t ? childIndex(*t) : nullptr);
    }
    if (!layout.children.empty()) {
        c.shapeSlots.resize(layout.shapeCount(), std::vector<bool>(layout.children.size(), false));
        for (std::size_t s = 0; s < layout.shapeCount(); ++s)
            for (std::uint32_t i = layout.shapeStarts[s]; i < layout.shapeStarts[s + 1]; ++i)
                if (layout.ops[i].code == JsonOp::Array)
                    c.shapeSlots[s][layout.ops[i].arg] = true;
    }
    return m_caches.emplace(&table, std::move(c)).first->second;
}

bool JsonLayoutWriter::needsTree(const Table& table, const JsonLayout& layout, const TableCache& c,
                                 RecordId record) const
{
    if (record >= table.baseRowCount() || record >= layout.rowShapes.size() || table.overlay().isTouched(record))
        return true;
    if (c.shapeSlots.empty())
        return false;
    const auto& present = c.shapeSlots[layout.rowShapes[record]];
    for (std::size_t s = 0; s < present.size(); ++s)
        if (!present[s] && c.indexes[s] && c.indexes[s]->count(record) > 0)
            return true;
    return false;
}

std::optional<Error> JsonLayoutWriter::writeRow(const Table& table, std::size_t row)
{
    const auto& layoutPtr = table.jsonLayout();
    if (!layoutPtr) {
        writePlainRow(table, row);
        return std::nullopt;
    }
    const JsonLayout& layout = *layoutPtr;
    const TableCache& c = cache(table);
    const RecordId record = table.recordId(row);
    if (needsTree(table, layout, c, record))
        return writeTree(table, layout, row);
    const std::uint32_t shape = layout.rowShapes[record];
    return replay(table, layout, row, layout.ops.data() + layout.shapeStarts[shape],
                  layout.ops.data() + layout.shapeStarts[shape + 1]);
}

std::optional<Error> JsonLayoutWriter::replay(const Table& table, const JsonLayout& layout, std::size_t row,
                                              const JsonOp* begin, const JsonOp* end)
{
    for (const JsonOp* op = begin; op != end; ++op) {
        if (op->key != kNoKey && op->code != JsonOp::EndObject)
            m_out.key(layout.keys[op->key]);
        switch (op->code) {
        case JsonOp::BeginObject:
            m_out.beginObject();
            break;
        case JsonOp::EndObject:
            m_out.endObject();
            break;
        case JsonOp::Verbatim:
            m_out.value(layout.raws[op->arg]);
            break;
        case JsonOp::Value:
            if (auto e = writeCell(table, layout, row, int(op->arg), op->type))
                return e;
            break;
        case JsonOp::Array:
            if (auto e = writeChildren(table, row, op->arg))
                return e;
            break;
        }
    }
    return std::nullopt;
}

std::optional<Error> JsonLayoutWriter::writeChildren(const Table& table, std::size_t row, std::uint32_t slot)
{
    const TableCache& c = cache(table);
    m_out.beginArray();
    const Table* child = c.children[slot];
    const ChildIndex* index = c.indexes[slot];
    const RecordId record = table.recordId(row);
    if (child && index && index->count(record) > 0)
        for (std::uint32_t i = index->offsets[record]; i < index->offsets[record + 1]; ++i)
            if (auto e = writeRow(*child, index->rows[i]))
                return e;
    m_out.endArray();
    return std::nullopt;
}

std::optional<Error> JsonLayoutWriter::writeCell(const Table& table, const JsonLayout& layout, std::size_t row,
                                                 int column, JsonType type)
{
    const RecordId record = table.recordId(row);
    const std::string_view text = table.cell(row, column);
    const bool loose = record >= table.baseRowCount() || table.overlay().find(record, column).has_value();
    if (type == JsonType::Null && loose && !text.empty()) {
        type = layout.columnTypes[std::size_t(column)];
        if (type == JsonType::Null)
            type = JsonType::String;
    }
    switch (type) {
    case JsonType::String:
        m_out.string(text);
        return std::nullopt;
    case JsonType::Null:
        m_out.null();
        return std::nullopt;
    case JsonType::Number:
        if (!loose || isJsonNumber(text))
            m_out.raw(text);
        else if (text.empty())
            m_out.null();
        else
            m_out.string(text);
        return std::nullopt;
    case JsonType::Bool:
        if (text == "true" || text == "false")
            m_out.raw(text);
        else if (text.empty())
            m_out.null();
        else
            m_out.string(text);
        return std::nullopt;
    case JsonType::Raw:
        if (!loose || !findJsonSyntaxError(text, json::kMaxDepth))
            m_out.value(text);
        else
            m_out.string(text);
        return std::nullopt;
    case JsonType::Wkt: {
        if (text.empty()) {
            m_out.null();
            return std::nullopt;
        }
        std::string geojson;
        if (!wktToGeoJson(text, geojson))
            return Error{QString(), 0, 0,
                         QStringLiteral("Table %1, row %2: the geometry is not WKT that GeoJSON can hold: %3")
                             .arg(table.name())
                             .arg(row + 1)
                             .arg(QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 80))))};
        m_out.value(geojson);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

namespace {

void parseShape(const JsonOp*& it, const JsonOp* end, JsonLayoutWriter::Node& node)
{
    node.op = *it++;
    if (node.op.code != JsonOp::BeginObject)
        return;
    while (it != end && it->code != JsonOp::EndObject) {
        node.members.emplace_back();
        parseShape(it, end, node.members.back());
    }
    if (it != end)
        ++it; // EndObject
}

/// The object member of node reached by path (creating empty objects on the way); null if a step is not
/// an object.
JsonLayoutWriter::Node* objectAt(JsonLayoutWriter::Node& root, const std::vector<std::uint32_t>& path)
{
    JsonLayoutWriter::Node* node = &root;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        JsonLayoutWriter::Node* next = nullptr;
        for (auto& m : node->members)
            if (m.op.key == path[i] && m.op.code == JsonOp::BeginObject)
                next = &m;
        if (!next) {
            node->members.emplace_back();
            next = &node->members.back();
            next->op = JsonOp{JsonOp::BeginObject, JsonType::String, 0, path[i], 0};
        }
        node = next;
    }
    return node;
}

void collect(const JsonLayoutWriter::Node& node, std::vector<bool>& columns, std::vector<bool>& arrays)
{
    if (node.op.code == JsonOp::Value && node.op.arg < columns.size())
        columns[node.op.arg] = true;
    if (node.op.code == JsonOp::Array && node.op.arg < arrays.size())
        arrays[node.op.arg] = true;
    for (const auto& m : node.members)
        collect(m, columns, arrays);
}

} // namespace

std::optional<Error> JsonLayoutWriter::writeTree(const Table& table, const JsonLayout& layout, std::size_t row)
{
    const RecordId record = table.recordId(row);
    Node root;
    if (record < table.baseRowCount() && record < layout.rowShapes.size()) {
        const std::uint32_t shape = layout.rowShapes[record];
        const JsonOp* it = layout.ops.data() + layout.shapeStarts[shape];
        parseShape(it, layout.ops.data() + layout.shapeStarts[shape + 1], root);
    } else {
        bool onlyValue = layout.valueColumn >= 0;
        for (int c = 0; c < table.columnCount() && onlyValue; ++c)
            onlyValue = c == layout.valueColumn || layout.columnPaths[std::size_t(c)].empty();
        root.op = onlyValue ? JsonOp{JsonOp::Value, layout.columnTypes[std::size_t(layout.valueColumn)], 0, kNoKey,
                                     std::uint32_t(layout.valueColumn)}
                            : JsonOp{JsonOp::BeginObject, JsonType::String, 0, kNoKey, 0};
    }
    if (root.op.code == JsonOp::BeginObject) {
        std::vector<bool> columns(std::size_t(table.columnCount()), false), arrays(layout.children.size(), false);
        collect(root, columns, arrays);
        for (int c = 0; c < table.columnCount(); ++c) {
            const auto& path = layout.columnPaths[std::size_t(c)];
            if (columns[std::size_t(c)] || path.empty() || table.cell(row, c).empty())
                continue;
            Node* parent = objectAt(root, path);
            parent->members.emplace_back();
            parent->members.back().op =
                JsonOp{JsonOp::Value, layout.columnTypes[std::size_t(c)], 0, path.back(), std::uint32_t(c)};
        }
        const TableCache& c = cache(table);
        for (std::size_t s = 0; s < layout.children.size(); ++s) {
            if (arrays[s] || !c.indexes[s] || c.indexes[s]->count(record) == 0 || layout.children[s].path.empty())
                continue;
            Node* parent = objectAt(root, layout.children[s].path);
            parent->members.emplace_back();
            parent->members.back().op =
                JsonOp{JsonOp::Array, JsonType::String, 0, layout.children[s].path.back(), std::uint32_t(s)};
        }
    }
    return writeNode(table, layout, row, root);
}

std::optional<Error> JsonLayoutWriter::writeNode(const Table& table, const JsonLayout& layout, std::size_t row,
                                                 const Node& node)
{
    if (node.op.key != kNoKey)
        m_out.key(layout.keys[node.op.key]);
    switch (node.op.code) {
    case JsonOp::BeginObject:
        m_out.beginObject();
        for (const Node& m : node.members)
            if (auto e = writeNode(table, layout, row, m))
                return e;
        m_out.endObject();
        return std::nullopt;
    case JsonOp::Verbatim:
        m_out.value(layout.raws[node.op.arg]);
        return std::nullopt;
    case JsonOp::Array:
        return writeChildren(table, row, node.op.arg);
    case JsonOp::Value:
        return writeCell(table, layout, row, int(node.op.arg), node.op.type);
    case JsonOp::EndObject:
        return std::nullopt;
    }
    return std::nullopt;
}

void JsonLayoutWriter::writePlainRow(const Table& table, std::size_t row)
{
    m_out.beginObject();
    for (int c = 0; c < table.columnCount(); ++c) {
        const QByteArray name = table.columnName(c).toUtf8();
        m_out.key(std::string_view(name.constData(), std::size_t(name.size())));
        m_out.string(table.cell(row, c));
    }
    m_out.endObject();
}

} // namespace plumbline
