#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plumbline {

/// GeoJSON geometry ↔ WKT text, without going through doubles: coordinate literals are copied as written,
/// so GeoJSON → WKT → GeoJSON gives back the same numbers. Types: Point, LineString, Polygon, MultiPoint,
/// MultiLineString, MultiPolygon, GeometryCollection; 2, 3 (Z) or 4 (ZM) values per position.

/// One token of a GeoJSON `coordinates` value: `[`, `]` or a number literal (a view into the source).
struct CoordToken
{
    enum Kind : unsigned char { Open, Close, Number };
    Kind kind;
    std::string_view text;
};

/// WKT for a geometry of GeoJSON type `type` with coordinates `tokens`; false if the pair is not one WKT can
/// express (unknown type, wrong nesting, 1 or 5+ values in a position, mixed dimensions, empty rings).
bool coordinatesToWkt(std::string_view type, const std::vector<CoordToken>& tokens, std::string& wkt);

/// WKT of a GeometryCollection from its members' WKT.
std::string geometryCollectionWkt(const std::vector<std::string>& members);

/// Appends the compact GeoJSON geometry object for wkt to out; false (out unchanged) if wkt is not WKT of
/// one of the types above. Accepts an EWKT `SRID=n;` prefix (dropped), any letter case, and MULTIPOINT
/// members with or without parentheses. Numbers that are not JSON literals (`1.`, `+2`, `.5`) are rewritten.
bool wktToGeoJson(std::string_view wkt, std::string& out);

} // namespace plumbline
