#include "quality/platform_issue_types.h"

#include <array>

namespace plumbline {

namespace {

using S = Severity;

// From the specification's issue-type list (severity, quality_criteria, quality_criteria_level, responsibility),
// then the data expectations. "critical" and "debug" do not occur.
constexpr std::array<PlatformIssueType, 46> kTypes{{
    {"unknown entity", S::Notice, 2, "unknown entity issues", true, false},
    {"combined-value", S::Info, 0, "", true, false},
    {"invalid coordinates", S::Error, 2, "geometry errors", false, false},
    {"invalid date", S::Error, 3, "any other validity error", false, false},
    {"invalid decimal", S::Error, 3, "any other validity error", false, false},
    {"invalid integer", S::Error, 3, "any other validity error", false, false},
    {"too small", S::Error, 3, "any other validity error", false, false},
    {"too large", S::Error, 3, "any other validity error", false, false},
    {"invalid flag", S::Error, 3, "any other validity error", false, false},
    {"invalid URI", S::Error, 3, "any other validity error", false, false},
    {"invalid WKT", S::Error, 3, "any other validity error", false, false},
    {"future entry-date", S::Error, 3, "any other validity error", false, false},
    {"default-field", S::Info, 0, "", true, false},
    {"default-value", S::Info, 0, "", true, false},
    {"patch", S::Info, 0, "", true, false},
    {"WGS84 flipped", S::Warning, 0, "", false, false},
    {"WGS84 out of bounds", S::Error, 2, "geometry errors", false, false},
    {"Mercator", S::Warning, 0, "", false, false},
    {"Mercator flipped", S::Warning, 0, "", false, false},
    {"OSGB", S::Warning, 0, "", false, false},
    {"OSGB flipped", S::Warning, 0, "", false, false},
    {"removed URI prefix", S::Info, 0, "", true, false},
    {"invalid geometry - fixed", S::Warning, 0, "", false, false},
    {"invalid geometry - not fixable", S::Error, 2, "geometry errors", false, false},
    {"invalid organisation", S::Error, 3, "any other validity error", true, false},
    {"Unexpected geom type", S::Error, 2, "geometry errors", false, false},
    {"Unexpected geom type within GeometryCollection", S::Error, 2, "geometry errors", false, false},
    {"WGS84 out of bounds of England", S::Error, 2, "geometry errors", false, false},
    {"WGS84 out of bounds of custom boundary", S::Error, 2, "geometry errors", false, false},
    {"OSGB out of bounds of England", S::Error, 2, "geometry errors", false, false},
    {"OSGB out of bounds of custom boundary", S::Error, 2, "geometry errors", false, false},
    {"invalid type geojson", S::Warning, 0, "", false, false},
    {"missing value", S::Error, 3, "any other validity error", false, false},
    {"unknown entity - missing reference", S::Warning, 0, "", true, false},
    {"reference values are not unique", S::Error, 2, "duplicate reference values", false, false},
    {"invalid category value", S::Error, 3, "any other validity error", false, false},
    {"entity number out of range", S::Notice, 0, "", true, false},
    {"missing associated entity", S::Error, 3, "consistency", false, false},
    {"reference value contains reference_prefix", S::Info, 0, "", true, false},
    {"far-future-date", S::Error, 0, "", true, false},
    {"far-past-date", S::Error, 0, "", true, false},
    // Data expectations: checks over the whole dataset rather than one value.
    {"entities outside the LPA boundary", S::Error, 3, "entities within LPA boundary", false, true},
    {"duplicate geometry", S::Warning, 0, "", false, true},
    {"name is a code", S::Warning, 0, "", false, true},
    {"name is a placeholder", S::Error, 0, "", false, true},
    {"duplicate name", S::Warning, 0, "", false, true},
}};

} // namespace

std::span<const PlatformIssueType> platformIssueTypes()
{
    return kTypes;
}

const PlatformIssueType* findPlatformIssueType(const QString& name)
{
    for (const auto& t : kTypes)
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

} // namespace plumbline
