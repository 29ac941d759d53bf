#pragma once

#include <geos_c.h>

#include <memory>
#include <string>
#include <string_view>

namespace plumbline {

/// A GEOS context owned by one set check for the length of one run (GEOS's reentrant C API: objects made
/// under a context are used and destroyed under it, on the thread that runs the check). Geometries are
/// owned through GeosHandle::Ptr, which remembers the context.
class GeosHandle final
{
public:
    GeosHandle() : m_handle(GEOS_init_r()) {}
    ~GeosHandle() { GEOS_finish_r(m_handle); }
    GeosHandle(const GeosHandle&) = delete;
    GeosHandle& operator=(const GeosHandle&) = delete;

    GEOSContextHandle_t get() const { return m_handle; }

    struct Deleter
    {
        GEOSContextHandle_t handle = nullptr;
        void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(handle, g); }
    };
    using Ptr = std::unique_ptr<GEOSGeometry, Deleter>;
    struct PreparedDeleter
    {
        GEOSContextHandle_t handle = nullptr;
        void operator()(const GEOSPreparedGeometry* g) const { GEOSPreparedGeom_destroy_r(handle, g); }
    };
    using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

    /// WKT (an EWKT `SRID=n;` prefix skipped) or GeoJSON (text starting with '{'); null when it does not parse.
    Ptr read(std::string_view text) const
    {
        std::size_t b = 0, e = text.size();
        while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r' || text[b] == '\n'))
            ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' || text[e - 1] == '\n'))
            --e;
        std::string s(text.substr(b, e - b));
        if (s.empty())
            return own(nullptr);
        if (s.front() == '{') {
            GEOSGeoJSONReader* reader = GEOSGeoJSONReader_create_r(m_handle);
            GEOSGeometry* g = GEOSGeoJSONReader_readGeometry_r(m_handle, reader, s.c_str());
            GEOSGeoJSONReader_destroy_r(m_handle, reader);
            return own(g);
        }
        if (s.size() > 5 && (s.compare(0, 5, "SRID=") == 0 || s.compare(0, 5, "srid=") == 0)) {
            const std::size_t semicolon = s.find(';');
            if (semicolon != std::string::npos)
                s.erase(0, semicolon + 1);
        }
        GEOSWKTReader* reader = GEOSWKTReader_create_r(m_handle);
        GEOSGeometry* g = GEOSWKTReader_read_r(m_handle, reader, s.c_str());
        GEOSWKTReader_destroy_r(m_handle, reader);
        return own(g);
    }
    Ptr own(GEOSGeometry* g) const { return Ptr(g, Deleter{m_handle}); }
    PreparedPtr prepare(const GEOSGeometry* g) const
    {
        return PreparedPtr(GEOSPrepare_r(m_handle, g), PreparedDeleter{m_handle});
    }
    /// The envelope of g as minX, minY, maxX, maxY; false for empty geometries.
    bool bounds(const GEOSGeometry* g, double* minX, double* minY, double* maxX, double* maxY) const
    {
        if (!g || GEOSisEmpty_r(m_handle, g) == 1)
            return false;
        return GEOSGeom_getXMin_r(m_handle, g, minX) == 1 && GEOSGeom_getYMin_r(m_handle, g, minY) == 1 &&
               GEOSGeom_getXMax_r(m_handle, g, maxX) == 1 && GEOSGeom_getYMax_r(m_handle, g, maxY) == 1;
    }

private:
    GEOSContextHandle_t m_handle;
};

} // namespace plumbline
