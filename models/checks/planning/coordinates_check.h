#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <optional>

namespace plumbline {

/// `coordinates`: a pair of number columns (GeoX/GeoY, easting/northing, longitude/latitude). Param "check":
///   "crs"      — the pair looks like WGS84 lon/lat or OSGB easting/northing (both accepted, as the LGA schema
///                allows either); swapped axes and Web Mercator get the rule's severity, unknown systems
///                (ETRS89 geocentric X/Y, extra-digit northings) "invalid" severity (default error);
///   "declared" — the CRS named in the "crs-column" ("WGS84", "OSGB36", "ETRS89"…) agrees with the values;
///   "england"  — the position is inside the platform's England polygon;
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
