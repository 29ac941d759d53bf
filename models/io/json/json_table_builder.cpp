#include "io/json/json_table_builder.h"

#include "io/json/geojson_geometry.h"
#include "io/json/json_canonical.h"
#include "io/json/json_text.h"

#include <QSet>

#include <algorithm>
#include <charconv>
#include <functional>
#include <unordered_map>

namespace plumbline::json {

using namespace simdjson;

// Outside the anonymous namespace: TableState (declared in the header, so not file-local) holds these.
struct TableStringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringIndex = std::unordered_map<std::string, std::uint32_t, TableStringHash, std::equal_to<>>;

namespace {

constexpr std::uint32_t kNone = 0xffffffffU;

std::uint32_t intern(std::vector<std::string>& pool, StringIndex& index, std::string_view s)
{
    if (const auto it = index.find(s); it != index.end())
        return it->second;
    const auto id = std::uint32_t(pool.size());
    pool.emplace_back(s);
    index.emplace(pool.back(), id);
    return id;
}

void appendNumber(ColumnBuilder& cells, std::uint32_t n)
{
    char buffer[16];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
    cells.append(std::string_view(buffer, std::size_t(end - buffer)));
}

} // namespace

struct ColumnState
{
    ColumnBuilder cells;
    std::uint32_t filled = 0; // rows that have a cell (padding included)
    std::uint32_t path = 0;
    int nextDup = -1; // the column taking a repeated key of the same path within one row
    std::uint32_t counts[6] = {};
};

struct PathNode
{
    std::uint32_t parent = kNone;
    std::uint32_t key = kNoKey;
    int firstColumn = -1;
    int firstArray = -1;
};

struct ArraySlot
{
    int table = -1;
    std::uint32_t path = 0;
    int nextDup = -1;
    std::uint32_t lastRow = kNone; // parent row that last used the slot: a repeated key takes the next slot
};

/// Guess for the key at one op position: rows of a table usually repeat the same keys in the same order,
/// so one string compare replaces three hash lookups.
struct Prediction
{
    std::string key;
    std::uint32_t parentPath = kNone;
    std::uint32_t keyId = 0;
    std::uint32_t path = 0;
};

struct TableState
{
    QString name;
    DatasetBuilder::Mode mode = DatasetBuilder::Mode::Plain;
    int parent = -1;
    std::uint32_t parentPath = 0; // path of the array within the parent's rows
    std::uint32_t rows = 0;
    std::vector<ColumnState> columns;
    std::vector<PathNode> paths{PathNode{}}; // 0 = the row's own value
    std::unordered_map<std::uint64_t, std::uint32_t> pathIndex;
    std::vector<std::string> keys;
    StringIndex keyIndex;
    std::vector<std::string> raws;
    StringIndex rawIndex;
    std::vector<JsonOp> ops; // the current row
    std::vector<JsonOp> shapeOps;
    std::vector<std::uint32_t> shapeStarts{0};
    StringIndex shapeIndex;
    std::vector<std::uint32_t> rowShapes;
    std::vector<Prediction> predictions;
    std::vector<ArraySlot> arrays;
    std::vector<std::uint32_t> parentRows;
    ColumnBuilder parentRowCells, indexCells;
    std::uint32_t propertiesPath = kNone; // GeoJSON: the `properties` object, left out of column names
    int idColumn = -1;                    // final index of the `id` column, once finished
};

DatasetBuilder::DatasetBuilder() = default;
DatasetBuilder::~DatasetBuilder() = default;

QString DatasetBuilder::uniqueTableName(const QString& requested)
{
    // Never empty: the writer and the GUI address tables by name.
    const QString wanted = requested.isEmpty() ? QStringLiteral("_") : requested;
    QString name = wanted;
    for (int n = 2; std::find(m_names.begin(), m_names.end(), name) != m_names.end(); ++n)
        name = wanted + QLatin1Char('#') + QString::number(n);
    m_names.push_back(name);
    return name;
}

int DatasetBuilder::createTable(const QString& name, Mode mode, int parent, std::uint32_t parentPath)
{
    auto t = std::make_unique<TableState>();
    t->name = uniqueTableName(name);
    t->mode = mode;
    t->parent = parent;
    t->parentPath = parentPath;
    m_tables.push_back(std::move(t));
    return int(m_tables.size() - 1);
}

int DatasetBuilder::addTable(const QString& name, Mode mode)
{
    return createTable(name, mode, -1, 0);
}

std::uint32_t DatasetBuilder::rowCount(int table) const
{
    return m_tables[std::size_t(table)]->rows;
}
QString DatasetBuilder::tableName(int table) const
{
    return m_tables[std::size_t(table)]->name;
}

namespace {

std::pair<std::uint32_t, std::uint32_t> resolveKey(TableState& t, std::uint32_t parentPath, std::string_view key)
{
    const std::size_t ordinal = t.ops.size();
    if (ordinal < t.predictions.size()) {
        const Prediction& p = t.predictions[ordinal];
        if (p.parentPath == parentPath && p.key == key)
            return {p.keyId, p.path};
    }
    const std::uint32_t keyId = intern(t.keys, t.keyIndex, key);
    const std::uint64_t packed = (std::uint64_t(parentPath) << 32) | keyId;
    const auto [it, inserted] = t.pathIndex.try_emplace(packed, std::uint32_t(t.paths.size()));
    if (inserted)
        t.paths.push_back(PathNode{parentPath, keyId, -1, -1});
    if (ordinal >= t.predictions.size())
        t.predictions.resize(ordinal + 1);
    Prediction& p = t.predictions[ordinal];
    p.key.assign(key);
    p.parentPath = parentPath;
    p.keyId = keyId;
    p.path = it->second;
    return {keyId, it->second};
}

/// Dotted name of a path (GeoJSON: without the `properties.` prefix); "value" for the row's own value.
QString pathName(const TableState& t, std::uint32_t path)
{
    if (path == 0)
        return QStringLiteral("value");
    std::vector<std::uint32_t> chain;
    for (std::uint32_t p = path; p != 0 && p != kNone; p = t.paths[p].parent)
        if (p != t.propertiesPath)
            chain.push_back(p);
    QString name;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!name.isEmpty())
            name += QLatin1Char('.');
        name += keyToQString(t.keys[t.paths[*it].key]);
    }
    return name.isEmpty() ? QStringLiteral("properties") : name;
}

std::vector<std::uint32_t> pathKeys(const TableState& t, std::uint32_t path)
{
    std::vector<std::uint32_t> keys;
    for (std::uint32_t p = path; p != 0 && p != kNone; p = t.paths[p].parent)
        keys.push_back(t.paths[p].key);
    std::reverse(keys.begin(), keys.end());
    return keys;
}

bool underPath(const TableState& t, std::uint32_t path, std::uint32_t ancestor)
{
    for (std::uint32_t p = path; p != 0 && p != kNone; p = t.paths[p].parent)
        if (p == ancestor)
            return true;
    return false;
}

} // namespace

void DatasetBuilder::setCell(TableState& t, std::uint32_t path, std::uint32_t key, std::string_view text, JsonType type)
{
    int c = t.paths[path].firstColumn;
    int last = -1;
    while (c >= 0 && t.columns[std::size_t(c)].filled > t.rows) { // repeated key in this row
        last = c;
        c = t.columns[std::size_t(c)].nextDup;
    }
    if (c < 0) {
        c = int(t.columns.size());
        t.columns.emplace_back();
        t.columns.back().path = path;
        if (last < 0)
            t.paths[path].firstColumn = c;
        else
            t.columns[std::size_t(last)].nextDup = c;
    }
    ColumnState& column = t.columns[std::size_t(c)];
    for (; column.filled < t.rows; ++column.filled)
        column.cells.append({});
    column.cells.append(text);
    ++column.filled;
    ++column.counts[int(type)];
    t.ops.push_back(JsonOp{JsonOp::Value, type, 0, key, std::uint32_t(c)});
}

void DatasetBuilder::beginRow(TableState& t, std::uint32_t parentRow, std::uint32_t index)
{
    t.ops.clear();
    if (t.parent >= 0) {
        t.parentRows.push_back(parentRow);
        appendNumber(t.parentRowCells, parentRow + 1);
        appendNumber(t.indexCells, index);
    }
}

void DatasetBuilder::endRow(TableState& t)
{
    const std::string_view bytes(reinterpret_cast<const char*>(t.ops.data()), t.ops.size() * sizeof(JsonOp));
    std::uint32_t shape;
    if (const auto it = t.shapeIndex.find(bytes); it != t.shapeIndex.end()) {
        shape = it->second;
    } else {
        shape = std::uint32_t(t.shapeStarts.size() - 1);
        t.shapeIndex.emplace(std::string(bytes), shape);
        t.shapeOps.insert(t.shapeOps.end(), t.ops.begin(), t.ops.end());
        t.shapeStarts.push_back(std::uint32_t(t.shapeOps.size()));
    }
    t.rowShapes.push_back(shape);
    ++t.rows;
}

void DatasetBuilder::addScalarRow(int table, std::string_view text, JsonType type)
{
    TableState& t = *m_tables[std::size_t(table)];
    beginRow(t, 0, 0);
    setCell(t, 0, kNoKey, text, type);
    endRow(t);
}

error_code DatasetBuilder::addRow(int table, ondemand::value v, int depth)
{
    return addElement(table, v, 0, 0, depth);
}

error_code DatasetBuilder::addElement(int table, ondemand::value v, std::uint32_t parentRow, std::uint32_t index,
                                      int depth)
{
    TableState& t = *m_tables[std::size_t(table)];
    beginRow(t, parentRow, index);
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type == ondemand::json_type::array) {
        // An array directly inside an array has no key to become a table name: keep it as JSON text.
        std::string raw;
        if (auto e = appendCanonical(v, raw, depth))
            return e;
        setCell(t, 0, kNoKey, raw, JsonType::Raw);
    } else if (type == ondemand::json_type::object && t.mode == Mode::GeoJsonFeatures) {
        if (depth >= kMaxDepth)
            return DEPTH_ERROR;
        ondemand::object object;
        if (auto e = v.get_object().get(object))
            return e;
        if (auto e = walkFeature(t, object, depth + 1))
            return e;
    } else if (auto e = walkValue(t, 0, kNoKey, v, depth)) {
        return e;
    }
    endRow(t);
    return SUCCESS;
}

error_code DatasetBuilder::walkValue(TableState& t, std::uint32_t path, std::uint32_t key, ondemand::value v, int depth)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    switch (type) {
    case ondemand::json_type::object: {
        if (depth >= kMaxDepth)
            return DEPTH_ERROR;
        ondemand::object object;
        if (auto e = v.get_object().get(object))
            return e;
        t.ops.push_back(JsonOp{JsonOp::BeginObject, JsonType::String, 0, key, 0});
        if (auto e = walkObject(t, path, object, depth + 1))
            return e;
        t.ops.push_back(JsonOp{JsonOp::EndObject, JsonType::String, 0, kNoKey, 0});
        return SUCCESS;
    }
    case ondemand::json_type::array: {
        if (depth >= kMaxDepth)
            return DEPTH_ERROR;
        ondemand::array array;
        if (auto e = v.get_array().get(array))
            return e;
        return walkArray(t, path, key, array, depth + 1);
    }
    case ondemand::json_type::string: {
        std::string_view s;
        if (auto e = stringText(v, s))
            return e;
        setCell(t, path, key, s, JsonType::String);
        return SUCCESS;
    }
    case ondemand::json_type::number: {
        std::string_view s;
        if (auto e = numberText(v, s))
            return e;
        setCell(t, path, key, s, JsonType::Number);
        return SUCCESS;
    }
    case ondemand::json_type::boolean: {
        bool b = false;
        if (auto e = v.get_bool().get(b))
            return e;
        setCell(t, path, key, b ? "true" : "false", JsonType::Bool);
        return SUCCESS;
    }
    case ondemand::json_type::null:
        if (auto e = checkNull(v))
            return e;
        setCell(t, path, key, {}, JsonType::Null);
        return SUCCESS;
    }
    return TAPE_ERROR;
}

error_code DatasetBuilder::walkObject(TableState& t, std::uint32_t path, ondemand::object object, int depth)
{
    for (auto field : object) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        const auto [keyId, childPath] = resolveKey(t, path, key);
        ondemand::value value;
        if (auto e = field.value().get(value))
            return e;
        if (auto e = walkValue(t, childPath, keyId, value, depth))
            return e;
    }
    return SUCCESS;
}

error_code DatasetBuilder::walkArray(TableState& t, std::uint32_t path, std::uint32_t key, ondemand::array array,
                                     int depth)
{
    int s = t.paths[path].firstArray;
    int last = -1;
    while (s >= 0 && t.arrays[std::size_t(s)].lastRow == t.rows) {
        last = s;
        s = t.arrays[std::size_t(s)].nextDup;
    }
    if (s < 0) {
        const int self =
            int(std::find_if(m_tables.begin(), m_tables.end(), [&](const auto& p) { return p.get() == &t; }) -
                m_tables.begin());
        const int child = createTable(t.name + QLatin1Char('.') + pathName(t, path), Mode::Plain, self, path);
        s = int(t.arrays.size());
        t.arrays.push_back(ArraySlot{child, path, -1, kNone});
        if (last < 0)
            t.paths[path].firstArray = s;
        else
            t.arrays[std::size_t(last)].nextDup = s;
    }
    t.arrays[std::size_t(s)].lastRow = t.rows;
    const int child = t.arrays[std::size_t(s)].table;
    t.ops.push_back(JsonOp{JsonOp::Array, JsonType::String, 0, key, std::uint32_t(s)});
    const std::uint32_t parentRow = t.rows;
    std::uint32_t index = 0;
    for (auto element : array) {
        ondemand::value item;
        if (auto e = element.get(item))
            return e;
        if (auto e = addElement(child, item, parentRow, ++index, depth))
            return e;
    }
    return SUCCESS;
}

error_code DatasetBuilder::walkFeature(TableState& t, ondemand::object object, int depth)
{
    t.ops.push_back(JsonOp{JsonOp::BeginObject, JsonType::String, 0, kNoKey, 0});
    for (auto field : object) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        const auto [keyId, path] = resolveKey(t, 0, key);
        ondemand::value value;
        if (auto e = field.value().get(value))
            return e;
        ondemand::json_type type;
        if (auto e = value.type().get(type))
            return e;
        const bool scalar = type != ondemand::json_type::object && type != ondemand::json_type::array;
        if (key == "properties" && type == ondemand::json_type::object) {
            t.propertiesPath = path;
            if (auto e = walkValue(t, path, keyId, value, depth))
                return e;
        } else if (key == "geometry" && type == ondemand::json_type::null) {
            if (auto e = checkNull(value))
                return e;
            setCell(t, path, keyId, {}, JsonType::Null);
        } else if (key == "geometry" && type == ondemand::json_type::object) {
            std::string canonical, wkt;
            if (auto e = readGeometry(value, canonical, wkt, depth))
                return e;
            if (wkt.empty())
                setCell(t, path, keyId, canonical, JsonType::Raw);
            else
                setCell(t, path, keyId, wkt, JsonType::Wkt);
        } else if (key == "id" && scalar) {
            if (auto e = walkValue(t, path, keyId, value, depth))
                return e;
        } else {
            // "type": "Feature", bbox and foreign members: not data, kept as written.
            std::string raw;
            if (auto e = appendCanonical(value, raw, depth))
                return e;
            const std::uint32_t rawId = intern(t.raws, t.rawIndex, raw);
            t.ops.push_back(JsonOp{JsonOp::Verbatim, JsonType::String, 0, keyId, rawId});
        }
    }
    t.ops.push_back(JsonOp{JsonOp::EndObject, JsonType::String, 0, kNoKey, 0});
    return SUCCESS;
}

std::vector<std::shared_ptr<Table>> DatasetBuilder::finish(const std::shared_ptr<const JsonDocumentLayout>& document)
{
    std::vector<std::shared_ptr<Table>> built(m_tables.size());
    for (std::size_t ti = 0; ti < m_tables.size(); ++ti) {
        TableState& t = *m_tables[ti];
        const bool geo = t.mode == Mode::GeoJsonFeatures;
        auto layout = std::make_shared<JsonLayout>();

        // Column order: reserved link columns, `id`, data in order of first appearance, GeoJSON geometry last.
        const auto isRootKey = [&](const ColumnState& c, std::string_view name) {
            return c.path != 0 && t.paths[c.path].parent == 0 && t.keys[t.paths[c.path].key] == name;
        };
        std::vector<int> order(t.columns.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        const auto group = [&](int c) {
            const ColumnState& col = t.columns[std::size_t(c)];
            if (isRootKey(col, "id"))
                return 0;
            return geo && isRootKey(col, "geometry") ? 2 : 1;
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return group(a) < group(b); });

        QSet<QString> used;
        std::vector<QString> names(t.columns.size());
        const auto claim = [&](const QString& wanted) {
            QString name = wanted;
            for (int n = 2; used.contains(name); ++n)
                name = wanted + QLatin1Char('#') + QString::number(n);
            used.insert(name);
            return name;
        };
        const TableState* parent = t.parent >= 0 ? m_tables[std::size_t(t.parent)].get() : nullptr;
        const bool parentHasId = parent && parent->idColumn >= 0;
        std::vector<Column> columns;
        if (parent) {
            if (parentHasId) {
                const Column& ids = built[std::size_t(t.parent)]->column(parent->idColumn);
                ColumnBuilder cells;
                for (const std::uint32_t row : t.parentRows)
                    cells.append(ids.cell(row));
                std::vector<ColumnBuilder> chunks;
                chunks.push_back(std::move(cells));
                layout->parentIdColumn = int(columns.size());
                columns.push_back(ColumnBuilder::finish(claim(QStringLiteral("_parent_id")), std::move(chunks)));
            }
            std::vector<ColumnBuilder> rowChunks, indexChunks;
            rowChunks.push_back(std::move(t.parentRowCells));
            layout->parentRowColumn = int(columns.size());
            columns.push_back(ColumnBuilder::finish(claim(QStringLiteral("_parent_row")), std::move(rowChunks)));
            indexChunks.push_back(std::move(t.indexCells));
            layout->indexColumn = int(columns.size());
            columns.push_back(ColumnBuilder::finish(claim(QStringLiteral("_index")), std::move(indexChunks)));
            layout->parentTable = parent->name;
            if (parentHasId)
                m_links.push_back(ChildLink{t.name, parent->name});
        }
        const std::size_t reserved = columns.size();
        layout->columnPaths.assign(reserved, {});
        layout->columnTypes.assign(reserved, JsonType::Number);
        if (parentHasId)
            layout->columnTypes[std::size_t(layout->parentIdColumn)] = JsonType::String;

        // GeoJSON properties claim their plain names before the feature's own id and geometry.
        for (int pass = 0; pass < 2; ++pass)
            for (const int c : order) {
                const bool inProperties = geo && underPath(t, t.columns[std::size_t(c)].path, t.propertiesPath);
                if ((pass == 0) == (inProperties || !geo))
                    names[std::size_t(c)] = claim(pathName(t, t.columns[std::size_t(c)].path));
            }

        std::vector<std::uint32_t> finalIndex(t.columns.size());
        for (const int c : order) {
            ColumnState& col = t.columns[std::size_t(c)];
            for (; col.filled < t.rows; ++col.filled)
                col.cells.append({});
            finalIndex[std::size_t(c)] = std::uint32_t(columns.size());
            if (col.path == 0)
                layout->valueColumn = int(columns.size());
            if (isRootKey(col, "id") && t.idColumn < 0)
                t.idColumn = int(columns.size());
            layout->columnPaths.push_back(pathKeys(t, col.path));
            int best = int(JsonType::String);
            for (int k = 0; k < 6; ++k)
                if (k != int(JsonType::Null) && col.counts[k] > col.counts[best])
                    best = k;
            layout->columnTypes.push_back(JsonType(best));
            std::vector<ColumnBuilder> chunks;
            chunks.push_back(std::move(col.cells));
            columns.push_back(ColumnBuilder::finish(names[std::size_t(c)], std::move(chunks)));
        }
        if (columns.empty() && t.rows > 0) {
            // Rows that are all `{}` still count: an empty column carries the row count.
            ColumnBuilder cells;
            for (std::uint32_t r = 0; r < t.rows; ++r)
                cells.append({});
            std::vector<ColumnBuilder> chunks;
            chunks.push_back(std::move(cells));
            columns.push_back(ColumnBuilder::finish(QStringLiteral("value"), std::move(chunks)));
            layout->columnPaths.emplace_back();
            layout->columnTypes.push_back(JsonType::Null);
        }

        for (JsonOp& op : t.shapeOps)
            if (op.code == JsonOp::Value)
                op.arg = finalIndex[op.arg];
        layout->keys = std::move(t.keys);
        layout->raws = std::move(t.raws);
        layout->ops = std::move(t.shapeOps);
        layout->shapeStarts = std::move(t.shapeStarts);
        layout->rowShapes = std::move(t.rowShapes);
        for (const ArraySlot& slot : t.arrays)
            layout->children.push_back(
                JsonLayout::Child{m_tables[std::size_t(slot.table)]->name, pathKeys(t, slot.path)});
        if (t.parent < 0)
            layout->document = document;

        auto table = std::make_shared<Table>(t.name, std::move(columns));
        table->setJsonLayout(std::move(layout));
        built[ti] = std::move(table);
        t.columns.clear();
        t.keyIndex.clear();
        t.rawIndex.clear();
        t.shapeIndex.clear();
        t.pathIndex.clear();
    }

    // Each top-level table followed by its descendants, depth first.
    std::vector<std::shared_ptr<Table>> ordered;
    ordered.reserve(built.size());
    const std::function<void(std::size_t)> visit = [&](std::size_t ti) {
        ordered.push_back(built[ti]);
        for (const ArraySlot& slot : m_tables[ti]->arrays)
            visit(std::size_t(slot.table));
    };
    for (std::size_t ti = 0; ti < m_tables.size(); ++ti)
        if (m_tables[ti]->parent < 0)
            visit(ti);
    return ordered;
}

} // namespace plumbline::json
