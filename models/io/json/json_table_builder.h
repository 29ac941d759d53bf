#pragma once

#include "io/json/json_layout.h"
#include "table/table.h"

#include <simdjson.h>

#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace plumbline::json {

struct TableState;

/// Turns JSON values into columnar tables (the mapping of docs/json-mapping.md): one row per value added,
/// scalar keys as columns, nested objects as dotted columns, arrays as child tables linked by `_parent_row`,
/// and every row's shape recorded in a JsonLayout so that the writer can rebuild the value.
/// Internal to the JSON readers; single-threaded.
class DatasetBuilder final
{
public:
    enum class Mode { Plain, GeoJsonFeatures };

    DatasetBuilder();
    ~DatasetBuilder();
    DatasetBuilder(const DatasetBuilder&) = delete;
    DatasetBuilder& operator=(const DatasetBuilder&) = delete;

    /// A new top-level table; returns its handle. name is made unique among the tables.
    int addTable(const QString& name, Mode mode);

    /// Appends one row holding v (an array element, a JSON Lines line, a single object). Consumes v.
    /// depth is the number of containers open around v in its document (0 for a document root).
    simdjson::error_code addRow(int table, simdjson::ondemand::value v, int depth);
    /// Appends one row holding a scalar that was validated elsewhere (a scalar document root).
    void addScalarRow(int table, std::string_view text, JsonType type);

    std::uint32_t rowCount(int table) const;
    /// Final name of a top-level table (after de-duplication).
    QString tableName(int table) const;

    /// Builds the tables, each top-level table followed by its child tables (depth first, in order of first
    /// appearance), and attaches document to the top-level tables' layouts. The builder is spent afterwards.
    std::vector<std::shared_ptr<Table>> finish(const std::shared_ptr<const JsonDocumentLayout>& document);

    /// Child-table relations (`<child>._parent_id` → `<parent>.id`) of the finished tables.
    struct ChildLink
    {
        QString child;
        QString parent;
    };
    const std::vector<ChildLink>& childLinks() const { return m_links; }

private:
    int createTable(const QString& name, Mode mode, int parent, std::uint32_t parentPath);
    simdjson::error_code walkValue(TableState& t, std::uint32_t path, std::uint32_t key, simdjson::ondemand::value v,
                                   int depth);
    simdjson::error_code walkObject(TableState& t, std::uint32_t path, simdjson::ondemand::object object, int depth);
    simdjson::error_code walkArray(TableState& t, std::uint32_t path, std::uint32_t key,
                                   simdjson::ondemand::array array, int depth);
    simdjson::error_code walkFeature(TableState& t, simdjson::ondemand::object object, int depth);
    simdjson::error_code addElement(int table, simdjson::ondemand::value v, std::uint32_t parentRow,
                                    std::uint32_t index, int depth);
    void beginRow(TableState& t, std::uint32_t parentRow, std::uint32_t index);
    void endRow(TableState& t);
    void setCell(TableState& t, std::uint32_t path, std::uint32_t key, std::string_view text, JsonType type);
    QString uniqueTableName(const QString& requested);

    std::vector<std::unique_ptr<TableState>> m_tables;
    std::vector<QString> m_names;
    std::vector<ChildLink> m_links;
};

} // namespace plumbline::json
