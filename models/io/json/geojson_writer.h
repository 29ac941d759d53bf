#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/json/json_emitter.h"
#include "table/table.h"

#include <QString>

#include <optional>

namespace plumbline {

/// Where a plain table keeps its geometry: a WKT column (with a second one to use where its cell is empty), or an
/// x/y pair of columns.
struct GeometryColumns
{
    int wkt = -1;
    int fallbackWkt = -1; ///< read where the wkt cell is empty (planning.data.gov.uk: point where geometry is blank)
    int longitude = -1;   ///< the x column
    int latitude = -1;    ///< the y column
    /// The pair may be British National Grid easting/northing (GeoX/GeoY of the LGA schema): each row is
    /// converted to WGS84 with PROJ (or read as degrees when it is degrees), either way round.
    bool grid = false;
    bool found() const { return wkt >= 0 || (longitude >= 0 && latitude >= 0); }
};

/// The geometry columns of table: the named ones if given; else `geometry` (or wkt, geom, the_geom), falling back
/// row by row to `point`, or `point` alone; else the first column whose values are WKT; else longitude/lon/lng/long
/// with latitude/lat; else GeoX/GeoY or easting/northing as grid references (names compared case-insensitively).
GeometryColumns findGeometryColumns(const Table& table, const QString& wkt, const QString& longitude,
                                    const QString& latitude);

/// Writes a table that was not read from GeoJSON (CSV with a WKT or lon/lat columns, say) as a
/// FeatureCollection: one Feature per row, the columns not used for the geometry as string properties, empty
/// geometry cells as null geometries. Fails on a cell that is not WKT or a coordinate that is not a number (or, for
/// grid references, not of a known system), naming the row.
std::optional<Error> writeGeoJsonTable(const Table& table, const GeometryColumns& geometry, JsonEmitter& out,
                                       Progress& progress);

} // namespace plumbline
