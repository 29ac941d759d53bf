#include "values/geometry.h"

#include "values/ascii_scan.h"

#include <algorithm>
#include <geos_c.h>
#include <memory>

namespace plumbline::values {

namespace {

/// One GEOS context per thread, with the last error message GEOS reported on it.
class GeosThreadContext final
{
public:
    GeosThreadContext() : m_handle(GEOS_init_r())
    {
        GEOSContext_setErrorMessageHandler_r(m_handle, &GeosThreadContext::onError, this);
    }
    ~GeosThreadContext() { GEOS_finish_r(m_handle); }
    GeosThreadContext(const GeosThreadContext&) = delete;
    GeosThreadContext& operator=(const GeosThreadContext&) = delete;

    static GeosThreadContext& current()
    {
        thread_local GeosThreadContext context;
        return context;
    }
    GEOSContextHandle_t handle() const { return m_handle; }
    /// The last error message, cleared by the call.
    std::string takeError() { return std::exchange(m_error, std::string()); }

private:
    static void onError(const char* message, void* self)
    {
        static_cast<GeosThreadContext*>(self)->m_error = message ? message : "";
    }

    GEOSContextHandle_t m_handle;
    std::string m_error;
};

/// Owning pointers for GEOS objects of the current thread's context.
struct GeomDeleter
{
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(GeosThreadContext::current().handle(), g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

GeometryType typeFromGeos(int id)
{
    switch (id) {
    case GEOS_POINT:
        return GeometryType::Point;
    case GEOS_LINESTRING:
        return GeometryType::LineString;
    case GEOS_LINEARRING:
        return GeometryType::LinearRing;
    case GEOS_POLYGON:
        return GeometryType::Polygon;
    case GEOS_MULTIPOINT:
        return GeometryType::MultiPoint;
    case GEOS_MULTILINESTRING:
        return GeometryType::MultiLineString;
    case GEOS_MULTIPOLYGON:
        return GeometryType::MultiPolygon;
    case GEOS_GEOMETRYCOLLECTION:
        return GeometryType::GeometryCollection;
    default:
        return GeometryType::Unknown;
    }
}

Error geometryError(const QString& message)
{
    Error e;
    e.message = message;
    return e;
}

/// Parses WKT or GeoJSON with the thread's context; sets `format`.
Result<GeomPtr> readGeometry(std::string_view text, GeometryFormat* format)
{
    GeosThreadContext& ctx = GeosThreadContext::current();
    GEOSContextHandle_t h = ctx.handle();
    std::string_view s = ascii::trim(text);
    ctx.takeError();
    if (!s.empty() && s.front() == '{') {
        *format = GeometryFormat::GeoJson;
        const std::string json(s);
        GEOSGeoJSONReader* reader = GEOSGeoJSONReader_create_r(h);
        GEOSGeometry* g = GEOSGeoJSONReader_readGeometry_r(h, reader, json.c_str());
        GEOSGeoJSONReader_destroy_r(h, reader);
        if (!g)
            return geometryError(
                QStringLiteral("Not valid GeoJSON geometry: %1").arg(QString::fromStdString(ctx.takeError())));
        return GeomPtr(g);
    }
    *format = GeometryFormat::Wkt;
    if (ascii::istartsWith(s, "SRID=")) {
        const std::size_t semicolon = s.find(';');
        if (semicolon != std::string_view::npos)
            s.remove_prefix(semicolon + 1);
    }
    if (s.empty())
        return geometryError(QStringLiteral("The geometry is empty."));
    const std::string wkt(s);
    GEOSWKTReader* reader = GEOSWKTReader_create_r(h);
    GEOSGeometry* g = GEOSWKTReader_read_r(h, reader, wkt.c_str());
    GEOSWKTReader_destroy_r(h, reader);
    if (!g)
        return geometryError(QStringLiteral("Not valid WKT: %1").arg(QString::fromStdString(ctx.takeError())));
    return GeomPtr(g);
}

/// First coordinate of any geometry (descends collections and polygon shells).
bool firstCoordinate(GEOSContextHandle_t h, const GEOSGeometry* g, double* x, double* y)
{
    if (!g || GEOSisEmpty_r(h, g) == 1)
        return false;
    switch (GEOSGeomTypeId_r(h, g)) {
    case GEOS_POLYGON:
        return firstCoordinate(h, GEOSGetExteriorRing_r(h, g), x, y);
    case GEOS_MULTIPOINT:
    case GEOS_MULTILINESTRING:
    case GEOS_MULTIPOLYGON:
    case GEOS_GEOMETRYCOLLECTION:
        for (int i = 0, n = GEOSGetNumGeometries_r(h, g); i < n; ++i)
            if (firstCoordinate(h, GEOSGetGeometryN_r(h, g, i), x, y))
                return true;
        return false;
    default: {
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, g);
        return seq && GEOSCoordSeq_getXY_r(h, seq, 0, x, y) == 1;
    }
    }
}

int maxDecimalsIn(std::string_view s)
{
    int best = 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i] != '.' || !ascii::isDigit(s[i - 1]))
            continue;
        int n = 0;
        while (i + 1 < s.size() && ascii::isDigit(s[i + 1]))
            ++i, ++n;
        best = std::max(best, n);
    }
    return best;
}

} // namespace

std::string_view geometryTypeName(GeometryType type)
{
    switch (type) {
    case GeometryType::Point:
        return "POINT";
    case GeometryType::LineString:
        return "LINESTRING";
    case GeometryType::LinearRing:
        return "LINEARRING";
    case GeometryType::Polygon:
        return "POLYGON";
    case GeometryType::MultiPoint:
        return "MULTIPOINT";
    case GeometryType::MultiLineString:
        return "MULTILINESTRING";
    case GeometryType::MultiPolygon:
        return "MULTIPOLYGON";
    case GeometryType::GeometryCollection:
        return "GEOMETRYCOLLECTION";
    case GeometryType::Unknown:
        break;
    }
    return "UNKNOWN";
}

Result<GeometryInfo> inspectGeometry(std::string_view text)
{
    GeometryInfo info;
    auto parsed = readGeometry(text, &info.format);
    if (!parsed)
        return parsed.error();
    GEOSContextHandle_t h = GeosThreadContext::current().handle();
    const GEOSGeometry* g = parsed.value().get();
    info.type = typeFromGeos(GEOSGeomTypeId_r(h, g));
    info.firstMemberType = info.type;
    if (info.type == GeometryType::GeometryCollection && GEOSGetNumGeometries_r(h, g) > 0)
        info.firstMemberType = typeFromGeos(GEOSGeomTypeId_r(h, GEOSGetGeometryN_r(h, g, 0)));
    info.empty = GEOSisEmpty_r(h, g) == 1;
    info.coordinates = std::max(0, GEOSGetNumCoordinates_r(h, g));
    info.maxDecimals = maxDecimalsIn(text);
    if (char* reason = GEOSisValidReason_r(h, g)) {
        info.valid = std::string_view(reason) == "Valid Geometry";
        if (!info.valid)
            info.invalidReason = reason;
        GEOSFree_r(h, reason);
    }
    if (!info.empty) {
        GEOSGeom_getXMin_r(h, g, &info.bbox.minX);
        GEOSGeom_getYMin_r(h, g, &info.bbox.minY);
        GEOSGeom_getXMax_r(h, g, &info.bbox.maxX);
        GEOSGeom_getYMax_r(h, g, &info.bbox.maxY);
        firstCoordinate(h, g, &info.firstX, &info.firstY);
    }
    return info;
}

Result<std::string> normaliseGeometry(std::string_view text, WktOptions options)
{
    GeometryFormat format;
    auto parsed = readGeometry(text, &format);
    if (!parsed)
        return parsed.error();
    GeosThreadContext& ctx = GeosThreadContext::current();
    GEOSContextHandle_t h = ctx.handle();
    GeomPtr g = std::move(parsed).value();
    if (options.makeValid) {
        GeomPtr fixed(GEOSMakeValid_r(h, g.get()));
        if (!fixed)
            return geometryError(
                QStringLiteral("The geometry cannot be repaired: %1").arg(QString::fromStdString(ctx.takeError())));
        g = std::move(fixed);
    }
    if (options.forceMultiPolygon && GEOSGeomTypeId_r(h, g.get()) == GEOS_POLYGON) {
        GEOSGeometry* parts[1] = {g.release()};
        g.reset(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, parts, 1)); // takes ownership of parts
    }
    GEOSWKTWriter* writer = GEOSWKTWriter_create_r(h);
    GEOSWKTWriter_setTrim_r(h, writer, 1);
    GEOSWKTWriter_setRoundingPrecision_r(h, writer, options.decimals);
    GEOSWKTWriter_setOutputDimension_r(h, writer, 2);
    char* wkt = GEOSWKTWriter_write_r(h, writer, g.get());
    GEOSWKTWriter_destroy_r(h, writer);
    if (!wkt)
        return geometryError(QStringLiteral("The geometry cannot be written as WKT."));
    std::string out(wkt);
    GEOSFree_r(h, wkt);
    return out;
}

} // namespace plumbline::values
