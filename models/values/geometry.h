#pragma once

#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>

/// Geometry and coordinate checks (PA-22 … PA-25) over GEOS's reentrant C API and PROJ. Every function is
/// thread-safe: each thread lazily creates its own GEOS context and PROJ context/transformation
/// (thread_local, destroyed at thread exit), so checks can run on QtConcurrent workers. Geometry parsing
/// allocates; call it once per distinct value.
namespace plumbline::values {

enum class GeometryFormat : std::uint8_t { Wkt, GeoJson };

enum class GeometryType : std::uint8_t {
    Point,
    LineString,
    LinearRing,
    Polygon,
    MultiPoint,
    MultiLineString,
    MultiPolygon,
    GeometryCollection,
    Unknown
};

/// "POINT", "MULTIPOLYGON", … (WKT spelling).
std::string_view geometryTypeName(GeometryType type);

struct Bbox
{
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/// What a geometry value holds. Coordinates are as written (x = easting/longitude first).
struct GeometryInfo
{
    GeometryFormat format = GeometryFormat::Wkt;
    GeometryType type = GeometryType::Unknown;
    /// For a collection, the type of its first member (the platform requires a polygon there); else `type`.
    GeometryType firstMemberType = GeometryType::Unknown;
    bool empty = true;
    bool valid = false;            ///< GEOSisValid
    std::string invalidReason;     ///< GEOSisValidReason, e.g. "Self-intersection[0.5 0.5]"; empty when valid
    Bbox bbox;                     ///< meaningful only when !empty
    double firstX = 0, firstY = 0; ///< first coordinate (for CRS detection); meaningful only when !empty
    int coordinates = 0;           ///< number of coordinates
    int maxDecimals = 0;           ///< most digits after a decimal point in the text (spec: at most 6)
};

/// Parses WKT (an optional EWKT `SRID=n;` prefix is skipped) or, when the text starts with '{', GeoJSON
/// (a geometry, Feature or FeatureCollection). The error says which format was tried and GEOS's reason.
Result<GeometryInfo> inspectGeometry(std::string_view text);

/// Options for normaliseGeometry.
struct WktOptions
{
    int decimals = 6;               ///< coordinates rounded to this many decimals (the platform's 6 dp)
    bool makeValid = false;         ///< GEOSMakeValid first (PA-25 "invalid geometry - fixed")
    bool forceMultiPolygon = false; ///< POLYGON → MULTIPOLYGON (the platform's geometry field)
};

/// WKT or GeoJSON in, WKT out, trimmed of trailing zeros: the suggestion for GeoJSON → WKT (PA-22),
/// POLYGON → MULTIPOLYGON and make-valid repairs.
Result<std::string> normaliseGeometry(std::string_view text, WktOptions options = {});

/// Which coordinate system a pair of numbers (x, y) as written looks like.
enum class CoordinateKind : std::uint8_t {
    Wgs84,        ///< x = longitude, y = latitude
    Wgs84Flipped, ///< x = latitude, y = longitude
    Osgb,         ///< British National Grid (EPSG:27700) easting, northing
    OsgbFlipped,  ///< northing, easting
    WebMercator,  ///< EPSG:3857 metres, x, y
    WebMercatorFlipped,
    Etrs89Geocentric, ///< ETRS89/WGS84 geocentric X, Y (Z missing), like `3868174.295,-59185.9921` (Melton)
    Unknown           ///< none of these (e.g. the extra-digit northing `532199,1821833`)
};

std::string_view coordinateKindName(CoordinateKind kind);

/// The classification and, when it has one, the WGS84 position it implies.
struct CoordinateGuess
{
    CoordinateKind kind = CoordinateKind::Unknown;
    double lon = 0, lat = 0; ///< WGS84 degrees; meaningful only when hasPosition
    bool hasPosition = false;
    bool insideEngland = false; ///< insideEnglandBbox(lon, lat)
};

/// Classifies (x, y). Degree pairs are read as lon/lat unless only the swapped reading falls in England;
/// grid pairs within the BNG extent as easting/northing unless only the swapped reading falls in England;
/// 6e6 < y < 1e7 (or x, swapped) as Web Mercator; 3.0e6 ≤ x ≤ 4.5e6 with |y| ≤ 1e6 as ETRS89 geocentric,
/// whose position assumes height 0 and the northern hemisphere (lon = atan2(Y, X) is exact, the latitude is
/// an estimate good to about a kilometre). BNG is converted with PROJ (EPSG:27700 → EPSG:4326, offline;
/// without the OSTN15 grid PROJ uses a Helmert transformation, good to a few metres).
CoordinateGuess classifyCoordinate(double x, double y);

struct LonLat
{
    double lon = 0, lat = 0;
};

/// British National Grid easting/northing → WGS84 longitude/latitude via PROJ (axis order normalised with
/// proj_normalize_for_visualization, so lon first). Error when PROJ cannot create or apply the
/// transformation.
Result<LonLat> bngToWgs84(double easting, double northing);

/// Spherical Web Mercator (EPSG:3857) metres → WGS84 degrees (closed form).
LonLat webMercatorToWgs84(double x, double y);

/// The BNG extent: 0 ≤ easting ≤ 700000 and 0 ≤ northing ≤ 1300000 (PA-24).
bool withinBngBounds(double easting, double northing);

/// A rough test for "in England": the bounding box lon −6.45…1.77, lat 49.86…55.82. It is a box, not the
/// boundary: it also contains most of Wales, the Isle of Man, southern Scotland and some sea, so it catches
/// swapped axes and wrong systems, not a point in the wrong country.
bool insideEnglandBbox(double lon, double lat);

} // namespace plumbline::values
