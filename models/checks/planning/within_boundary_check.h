#pragma once

#include "checks/support/codelist_support.h"

#include <string>
#include <vector>

namespace plumbline {

/// `within-boundary` (PA-26, the platform's count_lpa_boundary): a row's point or geometry lies inside the
/// boundary of its own organisation. Columns: location (WKT or GeoJSON, WGS84 lon/lat), organisation.
/// Params:
///  "boundaries" (required): a GeoJSON FeatureCollection of authority polygons, a path relative to the pack
///    file or absolute (planning.data.gov.uk's local-planning-authority dataset, see docs/rule-packs.md);
///  "key" (default "reference"): the feature property that names the authority: an E60 code, a CURIE, a
///    name… — both it and the row's organisation are read through the organisation codelist's synonyms
///    ("codelist", default "organisation"), so E60000188 on a feature matches local-authority:CMD on a row;
///  "test": "intersects" (default: a geometry touching its boundary passes), "within" (wholly covered) or
///    "centroid" (its centroid inside). Points are inside when the boundary covers them.
/// A location outside gets a finding on the location (column2 = organisation) whose {detail} names the
/// boundary and adds hints: "with x and y swapped it would be inside", "it lies in X's boundary". Rows whose
/// organisation has no boundary in the file, blank cells and unreadable geometry are left to other rules.
/// The file is read and checked when the pack loads; the polygons are parsed and prepared once per run
/// (prepared geometries; an STRtree of all boundaries for the "lies in X" hint).
class WithinBoundaryCheck final : public Check
{
public:
    enum class Test { Intersects, Within, Centroid };

    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    struct Boundary
    {
        std::string key;      ///< canonical organisation (or the property as written when not in the codelist)
        std::string geometry; ///< the feature's geometry as GeoJSON text
    };
    /// The canonical organisation of a value (codelist synonym) or the trimmed value itself.
    std::string canonical(std::string_view value) const;

    LoadedCodelist m_codelist;
    std::vector<Boundary> m_boundaries;
    Test m_test = Test::Intersects;
};

} // namespace plumbline
