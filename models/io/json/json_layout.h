#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace plumbline {

/// The JSON type a cell had in the source. Cells hold text; the type says how to write it back.
/// Null cells are empty; Raw cells hold compact JSON (an array nested directly in an array);
/// Wkt cells hold a GeoJSON geometry converted to WKT.
enum class JsonType : std::uint8_t { String, Number, Bool, Null, Raw, Wkt };

/// One step of a row's shape: the exact sequence of keys and values of the row's JSON value.
/// A shape replays the source object with its key order, missing keys (not in the shape), JSON types,
/// empty objects and arrays. Rows with the same shape share it (most rows of a table have a handful).
struct JsonOp
{
    enum Code : std::uint8_t {
        Value,       ///< a scalar taken from column `arg`, written as `type`
        BeginObject, ///< `{`
        EndObject,   ///< `}`
        Array,       ///< an array whose elements are the child table `children[arg]`'s rows of this record
        Verbatim,    ///< JSON text `raws[arg]` written as is (GeoJSON "type", foreign members)
    };
    Code code = Value;
    JsonType type = JsonType::String;
    std::uint16_t spare = 0; ///< keeps the struct free of padding: shapes are interned by their bytes
    std::uint32_t key = 0;   ///< index into JsonLayout::keys, or kNoKey for a row's own value
    std::uint32_t arg = 0;
};

inline constexpr std::uint32_t kNoKey = 0xffffffffU;

/// How a whole document maps onto tables and how its text was laid out. Shared by its top-level tables.
struct JsonDocumentLayout
{
    enum class Root : std::uint8_t {
        Object, ///< a root object; each member is a table or kept verbatim (see members)
        Array,  ///< a root array: `table`'s rows are its elements
        Value,  ///< the root value is the single row of `table`
        Lines,  ///< JSON Lines: `table`'s rows are the lines
    };
    struct Member
    {
        std::string key;
        QString table;       ///< empty: a member kept verbatim in `raw`
        bool single = false; ///< the member's value is row 1 of `table` (an object), not an array of rows
        std::string raw;     ///< compact JSON of a verbatim member
    };

    QString format; ///< "popolo", "json", "jsonl", "geojson"
    Root root = Root::Object;
    QString table;               ///< Root::Array, Value, Lines
    std::vector<Member> members; ///< Root::Object, in source order

    std::string indent = "  "; ///< one indentation step of the source; empty = compact
    bool crlf = false;
    bool finalNewline = false;
    bool bom = false;
};

/// What a JSON reader records about one table so that a writer can rebuild the source JSON value:
/// the shape of every base row, each column's key path and dominant type, and the child tables that hold
/// the row's nested arrays. Immutable once built; see docs/json-mapping.md.
struct JsonLayout
{
    std::vector<std::string> keys;          ///< unescaped object keys
    std::vector<std::string> raws;          ///< verbatim JSON texts (interned)
    std::vector<JsonOp> ops;                ///< all shapes back to back
    std::vector<std::uint32_t> shapeStarts; ///< shape s is ops[shapeStarts[s], shapeStarts[s + 1])
    std::vector<std::uint32_t> rowShapes;   ///< per base record (RecordId)

    /// Per table column: the key path from the row's value to the cell (ids into keys). Empty for the
    /// element-value column and the reserved link columns.
    std::vector<std::vector<std::uint32_t>> columnPaths;
    /// Per table column: the type most of its cells had; used to type edited and inserted cells.
    std::vector<JsonType> columnTypes;

    struct Child
    {
        QString table;                   ///< the child table's name
        std::vector<std::uint32_t> path; ///< key path of the array within this table's rows
    };
    std::vector<Child> children;

    /// Child tables only: the parent table and the reserved columns that link a row to its parent.
    QString parentTable;
    int parentRowColumn = -1; ///< `_parent_row`: the parent's RecordId + 1 (its 1-based position on load)
    int indexColumn = -1;     ///< `_index`: 1-based position in the parent's array (informational)
    int parentIdColumn = -1;  ///< `_parent_id`: the parent's `id` (absent when the parent has no `id`)
    int valueColumn = -1;     ///< `value`: elements that are not objects

    /// Top-level tables: the document they belong to. Null for child tables.
    std::shared_ptr<const JsonDocumentLayout> document;

    std::size_t shapeCount() const { return shapeStarts.empty() ? 0 : shapeStarts.size() - 1; }
};

} // namespace plumbline
