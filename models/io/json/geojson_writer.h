#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/json/json_emitter.h"
#include "table/table.h"

#include <QString>

#include <optional>

namespace plumbline {

/// Where a plain table keeps its geometry: a WKT column, or longitude and latitude columns (EPSG:4326).
struct GeometryColumns
{
    int wkt = -1;
    int longitude = -1;
    int latitude = -1;
    bool found() const { return wkt >= 0 || (longitude >= 0 && latitude >= 0); }
};

/// The geometry columns of table: the named ones if given, else a column called geometry, wkt, geom or
/// the_geom, else longitude/lon/lng with latitude/lat (names compared case-insensitively).
GeometryColumns findGeometryColumns(const Table& table, const QString& wkt, const QString& longitude,
                                    const QString& latitude);

/// Writes a table that was not read from GeoJSON (CSV with a WKT or lon/lat columns, say) as a
/// FeatureCollection: one Feature per row, the other columns as string properties, empty geometry cells as
/// null geometries. Fails on a cell that is not WKT or a coordinate that is not a number, naming the row.
std::optional<Error> writeGeoJsonTable(const Table& table, const GeometryColumns& geometry, JsonEmitter& out,
                                       Progress& progress);

} // namespace plumbline
