#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `duplicate-location` (PA-27, the platform's duplicate_geometry_check): rows under different references
/// whose location is the same — an identical point after rounding (1e-6 degrees, or 0.1 m for grid
/// coordinates), or polygons whose overlap exceeds "overlap" (default 0.95) of both areas. Columns: location
/// (WKT or GeoJSON), reference. Each such row gets one finding on the location (column2 = reference) naming
/// another row and its reference in {detail}; rows that share the reference are PA-05's duplicates, not this.
/// Blank references count as different records. Plain `POINT (x y)` values are read without GEOS and their
/// rounded points hashed; one sort of 8-byte (hash, row) words groups them (an open-addressing table measured
/// twice as slow at 1M rows: two cache misses a point); other geometries are parsed once with GEOS and
/// compared through an STRtree of their envelopes with a prepared-geometry intersects test before the
/// intersection area is computed.
/// Params: "overlap" (0.5…1, default 0.95).
class DuplicateLocationCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    double m_overlap = 0.95;
};

} // namespace plumbline
