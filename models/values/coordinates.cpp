// Coordinate classification and conversion, declared in geometry.h (kept apart from the GEOS code).
#include "values/geometry.h"

#include <cmath>
#include <numbers>
#include <proj.h>

namespace plumbline::values {

namespace {

/// One PROJ context and one BNG → WGS84 transformation per thread (PJ objects are not thread-safe).
class ProjThreadState final
{
public:
    ProjThreadState() : m_context(proj_context_create())
    {
        proj_context_set_enable_network(m_context, 0); // offline: proj.db and installed grids only
        if (PJ* raw = proj_create_crs_to_crs(m_context, "EPSG:27700", "EPSG:4326", nullptr)) {
            m_bng = proj_normalize_for_visualization(m_context, raw); // lon, lat order instead of EPSG's lat, lon
            proj_destroy(raw);
        }
        if (!m_bng)
            m_error = proj_context_errno_string(m_context, proj_context_errno(m_context));
    }
    ~ProjThreadState()
    {
        proj_destroy(m_bng);
        proj_context_destroy(m_context);
    }
    ProjThreadState(const ProjThreadState&) = delete;
    ProjThreadState& operator=(const ProjThreadState&) = delete;

    static ProjThreadState& current()
    {
        thread_local ProjThreadState state;
        return state;
    }
    PJ* bng() const { return m_bng; }
    const std::string& error() const { return m_error; }

private:
    PJ_CONTEXT* m_context = nullptr;
    PJ* m_bng = nullptr;
    std::string m_error;
};

constexpr double kMercatorLimit = 20037508.342789244;
constexpr double kEarthRadius = 6378137.0;

bool validLonLat(double lon, double lat)
{
    return std::abs(lon) <= 180 && std::abs(lat) <= 90;
}

CoordinateGuess positioned(CoordinateKind kind, double lon, double lat)
{
    CoordinateGuess g;
    g.kind = kind;
    g.lon = lon;
    g.lat = lat;
    g.hasPosition = true;
    g.insideEngland = insideEnglandBbox(lon, lat);
    return g;
}

/// Geocentric X, Y with Z unknown: longitude exactly, latitude assuming the point lies on the GRS80
/// ellipsoid (height 0) in the northern hemisphere.
LonLat geocentricToLonLat(double x, double y)
{
    constexpr double a = 6378137.0;
    constexpr double e2 = 0.00669438002290; // GRS80
    const double p = std::hypot(x, y);
    double lat = std::acos(std::min(1.0, p / a));
    for (int i = 0; i < 6; ++i) {
        const double s = std::sin(lat);
        const double n = a / std::sqrt(1 - e2 * s * s);
        lat = std::acos(std::min(1.0, p / n));
    }
    return LonLat{std::atan2(y, x) * 180 / std::numbers::pi, lat * 180 / std::numbers::pi};
}

/// Reads (a, b) as easting/northing when within the BNG extent and PROJ converts it.
bool bngPosition(double e, double n, CoordinateKind kind, CoordinateGuess* out)
{
    if (!withinBngBounds(e, n))
        return false;
    const auto p = bngToWgs84(e, n);
    if (!p)
        return false;
    *out = positioned(kind, p.value().lon, p.value().lat);
    return true;
}

} // namespace

std::string_view coordinateKindName(CoordinateKind kind)
{
    switch (kind) {
    case CoordinateKind::Wgs84:
        return "WGS84";
    case CoordinateKind::Wgs84Flipped:
        return "WGS84 flipped";
    case CoordinateKind::Osgb:
        return "OSGB";
    case CoordinateKind::OsgbFlipped:
        return "OSGB flipped";
    case CoordinateKind::WebMercator:
        return "Mercator";
    case CoordinateKind::WebMercatorFlipped:
        return "Mercator flipped";
    case CoordinateKind::Etrs89Geocentric:
        return "ETRS89 geocentric";
    case CoordinateKind::Unknown:
        break;
    }
    return "unknown";
}

CoordinateGuess classifyCoordinate(double x, double y)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return {};
    // Degrees: prefer the reading that lands in England, then the one that is valid at all.
    const bool asLonLat = validLonLat(x, y);
    const bool asLatLon = validLonLat(y, x);
    if (asLonLat || asLatLon) {
        if (asLonLat && insideEnglandBbox(x, y))
            return positioned(CoordinateKind::Wgs84, x, y);
        if (asLatLon && insideEnglandBbox(y, x))
            return positioned(CoordinateKind::Wgs84Flipped, y, x);
        return asLonLat ? positioned(CoordinateKind::Wgs84, x, y) : positioned(CoordinateKind::Wgs84Flipped, y, x);
    }
    // British National Grid, as written or swapped.
    CoordinateGuess asWritten, swapped;
    const bool osgb = bngPosition(x, y, CoordinateKind::Osgb, &asWritten);
    const bool osgbFlipped = bngPosition(y, x, CoordinateKind::OsgbFlipped, &swapped);
    if (osgb && asWritten.insideEngland)
        return asWritten;
    if (osgbFlipped && swapped.insideEngland)
        return swapped;
    if (osgb)
        return asWritten;
    if (osgbFlipped)
        return swapped;
    // Web Mercator: the platform's northing band 6e6..1e7 (latitudes ~47°..67°).
    if (y > 6e6 && y < 1e7 && std::abs(x) <= kMercatorLimit) {
        const LonLat p = webMercatorToWgs84(x, y);
        return positioned(CoordinateKind::WebMercator, p.lon, p.lat);
    }
    if (x > 6e6 && x < 1e7 && std::abs(y) <= kMercatorLimit) {
        const LonLat p = webMercatorToWgs84(y, x);
        return positioned(CoordinateKind::WebMercatorFlipped, p.lon, p.lat);
    }
    // Geocentric X/Y of Europe near the Greenwich meridian.
    if (x >= 3.0e6 && x <= 4.5e6 && std::abs(y) <= 1.0e6) {
        const LonLat p = geocentricToLonLat(x, y);
        return positioned(CoordinateKind::Etrs89Geocentric, p.lon, p.lat);
    }
    return {};
}

Result<LonLat> bngToWgs84(double easting, double northing)
{
    ProjThreadState& state = ProjThreadState::current();
    if (!state.bng()) {
        Error e;
        e.message = QStringLiteral("PROJ cannot convert EPSG:27700 to EPSG:4326: %1")
                        .arg(QString::fromStdString(state.error()));
        return e;
    }
    const PJ_COORD out = proj_trans(state.bng(), PJ_FWD, proj_coord(easting, northing, 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL) {
        Error e;
        e.message = QStringLiteral("PROJ could not convert %1, %2 to WGS84.").arg(easting).arg(northing);
        return e;
    }
    return LonLat{out.xy.x, out.xy.y};
}

LonLat webMercatorToWgs84(double x, double y)
{
    const double lon = x / kEarthRadius * 180 / std::numbers::pi;
    const double lat = (2 * std::atan(std::exp(y / kEarthRadius)) - std::numbers::pi / 2) * 180 / std::numbers::pi;
    return LonLat{lon, lat};
}

bool withinBngBounds(double easting, double northing)
{
    return easting >= 0 && easting <= 700000 && northing >= 0 && northing <= 1300000;
}

bool insideEnglandBbox(double lon, double lat)
{
    return lon >= -6.45 && lon <= 1.77 && lat >= 49.86 && lat <= 55.82;
}

} // namespace plumbline::values
