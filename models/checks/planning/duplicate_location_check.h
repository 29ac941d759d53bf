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
///
/// Incremental: a KeyIndex of the records by their rounded point, and the polygons with the records each
/// overlaps enough. An edit re-reports the old and new point group of each edited record; an edited polygon is
/// compared again with every other polygon (a linear pass over their envelopes: edits of polygons are rare next
/// to the points of a planning register) and its old and new partners are re-reported.
class DuplicateLocationCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    DuplicateLocationCheck();
    ~DuplicateLocationCheck() override;

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    void buildIndex(const Table& table) override;
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

private:
    struct Index;
    /// Appends the finding of view row `row`: the same location as row `other` and `more` further rows.
    void reportHit(const Table& table, std::size_t row, std::size_t other, std::size_t more, bool polygon,
                   FindingSink& sink) const;

    double m_overlap = 0.95;
    std::unique_ptr<Index> m_index; // built by buildIndex(), for the document's thread
};

} // namespace plumbline
