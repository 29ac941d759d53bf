#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <optional>

namespace plumbline {

/// `geometry`: a WKT (or GeoJSON) column, one aspect per rule so that each maps to its platform issue type
/// (param "check"):
///   "parse"   — WKT or GeoJSON at all (`invalid WKT`); GeoJSON gets "geojson" severity (default warning,
///               `invalid type geojson`) with the WKT as the suggestion;
///   "type"    — "expect": "point" | "polygon" (POLYGON or MULTIPOLYGON; a collection is judged by its first
///               member) | "line" (`Unexpected geom type`);
///   "valid"   — GEOS validity (PA-25), the make-valid repair as the suggestion;
///   "crs"     — the first coordinate looks like WGS84 lon/lat; swapped axes, OSGB grid or Web Mercator values
///               get the rule's severity and, for points, the converted POINT as the suggestion; values of no
///               known system get "invalid" severity (default error, `invalid coordinates`);
///   "england" — the position is inside the platform's England polygon (`WGS84 out of bounds of England`).
/// Plain `POINT (x y)` values are read without GEOS (a million points cost milliseconds); anything else is
/// parsed once per distinct value by values::inspectGeometry. {detail} explains ("OSGB easting/northing").
class GeometryCheck final : public ValueCheck
{
public:
    enum class Aspect { Parse, Type, Valid, Crs, England };
    enum class Expect { Any, Point, Polygon, Line };

    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    /// Reads "POINT (x y)" / "POINT(x y)" (case-insensitive, optional spaces); false for anything else.
    static bool parsePoint(std::string_view text, double* x, double* y);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;
    /// Plain points inside England pass every aspect but a polygon type check: TextProfiles::tidyPoints.
    const RowBits* skippableRows(const BindContext& context, int column) const override;

private:
    bool testCoordinate(double x, double y, bool isPoint, Verdict& verdict) const;

    Aspect m_aspect = Aspect::Parse;
    Expect m_expect = Expect::Any;
    std::optional<Severity> m_geojson;
    Severity m_invalid = Severity::Error;
};

} // namespace plumbline
