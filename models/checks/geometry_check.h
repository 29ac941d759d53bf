#pragma once

#include "checks/check.h"
#include "checks/param_reader.h"

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
///   "england" — the position is inside England's bounding box (`WGS84 out of bounds of England`).
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

private:
    bool testCoordinate(double x, double y, bool isPoint, Verdict& verdict) const;

    Aspect m_aspect = Aspect::Parse;
    Expect m_expect = Expect::Any;
    std::optional<Severity> m_geojson;
    Severity m_invalid = Severity::Error;
};

/// `coordinates`: a pair of number columns (GeoX/GeoY, easting/northing, longitude/latitude). Param "check":
///   "crs"      — the pair looks like WGS84 lon/lat or OSGB easting/northing (both accepted, as the LGA schema
///                allows either); swapped axes and Web Mercator get the rule's severity, unknown systems
///                (ETRS89 geocentric X/Y, extra-digit northings) "invalid" severity (default error);
///   "declared" — the CRS named in the "crs-column" ("WGS84", "OSGB36", "ETRS89"…) agrees with the values;
///   "england"  — the position is inside England's bounding box;
///   "outlier"  — the point lies far from the file's other points: more than "max-km" (default 25) and five
///                times the median distance from the median position (a typo in one digit, a wrong sign).
/// Rows where either value is blank or not a number are skipped (the type and required rules see them).
class CoordinatesCheck final : public Check
{
public:
    enum class Aspect { Crs, Declared, England, Outlier };

    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return m_aspect == Aspect::Outlier ? CheckScope::Set : CheckScope::Row; }
    QString bind(const BindContext& context) override;
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    Aspect m_aspect = Aspect::Crs;
    Severity m_invalid = Severity::Error;
    QString m_crsName;
    int m_crsColumn = -1;
    double m_maxKm = 25;
};

} // namespace plumbline
