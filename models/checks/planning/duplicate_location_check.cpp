#include "checks/planning/duplicate_location_check.h"

#include "checks/planning/geometry_check.h"
#include "checks/support/geos_handle.h"
#include "checks/support/key_index.h"
#include "checks/support/row_keys.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace plumbline {

namespace {

struct PointKey
{
    std::int64_t x = 0, y = 0;
    bool operator==(const PointKey&) const = default;
};

/// Rounded to the platform's 6 decimals for degrees, to 0.1 m for grid metres.
PointKey roundPoint(double x, double y)
{
    const double scale = std::fabs(x) <= 180 && std::fabs(y) <= 90 ? 1e6 : 10.0;
    return {std::llround(x * scale), std::llround(y * scale)};
}

std::uint64_t hashKey(const PointKey& k)
{
    std::uint64_t h = std::uint64_t(k.x) * 0x9E3779B97F4A7C15ull;
    h ^= std::uint64_t(k.y) + 0x7F4A7C159E3779B9ull + (h << 6) + (h >> 2);
    return h * 0xD6E8FEB86659FD93ull;
}

struct Shape
{
    std::size_t row;
    GeosHandle::Ptr geometry;
    double area;
};

/// What a location cell holds: nothing usable, a point (its rounded key), or a polygon with an area.
struct LocationValue
{
    enum Kind { None, Point, Polygon } kind = None;
    PointKey key;
    GeosHandle::Ptr geometry;
    double area = 0;
};

LocationValue readLocationValue(const GeosHandle& geos, std::string_view text)
{
    LocationValue v{LocationValue::None, {}, geos.own(nullptr), 0};
    if (textutil::isBlank(text))
        return v;
    double x = 0, y = 0;
    if (!GeometryCheck::parsePoint(text, &x, &y)) {
        auto g = geos.read(text);
        if (!g || GEOSisEmpty_r(geos.get(), g.get()) == 1)
            return v;
        const int type = GEOSGeomTypeId_r(geos.get(), g.get());
        if (type != GEOS_POINT) {
            double area = 0;
            if (GEOSArea_r(geos.get(), g.get(), &area) == 1 && area > 0) {
                v.kind = LocationValue::Polygon;
                v.geometry = std::move(g);
                v.area = area;
            }
            return v;
        }
        if (GEOSGeomGetX_r(geos.get(), g.get(), &x) != 1 || GEOSGeomGetY_r(geos.get(), g.get(), &y) != 1)
            return v;
    }
    v.kind = LocationValue::Point;
    v.key = roundPoint(x, y);
    return v;
}

/// True when a and b overlap by more than `overlap` of the larger one's area (a is prepared when given).
bool locationOverlapsEnough(const GeosHandle& geos, const GEOSGeometry* a, double areaA, const GEOSGeometry* b,
                            double areaB, double overlap, GeosHandle::PreparedPtr* prepared)
{
    const double small = std::min(areaA, areaB);
    const double large = std::max(areaA, areaB);
    if (small < overlap * large)
        return false; // the overlap cannot reach the share of the larger one
    GEOSContextHandle_t h = geos.get();
    if (prepared) {
        if (!*prepared)
            *prepared = geos.prepare(a);
        if (!*prepared || GEOSPreparedIntersects_r(h, prepared->get(), b) != 1)
            return false;
    } else if (GEOSIntersects_r(h, a, b) != 1) {
        return false;
    }
    GeosHandle::Ptr common = geos.own(GEOSIntersection_r(h, a, b));
    double area = 0;
    if (!common || GEOSArea_r(h, common.get(), &area) != 1)
        return false;
    return area > overlap * large;
}

/// For each shape (in row order), the shapes (indexes, ascending) it overlaps enough, through an STRtree of
/// their envelopes. Shapes whose rows share a reference are never paired.
template <class SameReference>
std::vector<std::vector<std::size_t>> locationShapeMatches(const GeosHandle& geos, const std::vector<Shape>& shapes,
                                                           double overlap, const SameReference& sameReference,
                                                           Progress* progress)
{
    GEOSContextHandle_t h = geos.get();
    GEOSSTRtree* tree = GEOSSTRtree_create_r(h, 10);
    for (std::size_t i = 0; i < shapes.size(); ++i)
        GEOSSTRtree_insert_r(h, tree, shapes[i].geometry.get(), reinterpret_cast<void*>(i));
    std::vector<std::vector<std::size_t>> matches(shapes.size());
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        if ((i & 0xFF) == 0 && progress && progress->canceled())
            break;
        candidates.clear();
        GEOSSTRtree_query_r(
            h, tree, shapes[i].geometry.get(),
            [](void* item, void* userdata) {
                static_cast<std::vector<std::size_t>*>(userdata)->push_back(reinterpret_cast<std::size_t>(item));
            },
            &candidates);
        std::sort(candidates.begin(), candidates.end());
        GeosHandle::PreparedPtr prepared;
        for (std::size_t j : candidates) {
            if (j <= i || sameReference(shapes[i].row, shapes[j].row))
                continue;
            if (locationOverlapsEnough(geos, shapes[i].geometry.get(), shapes[i].area, shapes[j].geometry.get(),
                                       shapes[j].area, overlap, &prepared)) {
                matches[i].push_back(j);
                matches[j].push_back(i);
            }
        }
    }
    GEOSSTRtree_destroy_r(h, tree);
    for (auto& m : matches)
        std::sort(m.begin(), m.end());
    return matches;
}

} // namespace

std::unique_ptr<Check> DuplicateLocationCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<DuplicateLocationCheck>();
    check->m_overlap = params.number("overlap", 0.95);
    if (check->m_overlap < 0.5 || check->m_overlap > 1)
        params.fail(QStringLiteral("overlap"), QStringLiteral("expected a share between 0.5 and 1"));
    return check;
}

void DuplicateLocationCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int location = column(0);
    const int reference = column(1);
    const std::size_t rows = table.rowCount();
    const GeosHandle geos;
    // (hash of the rounded point, row) packed in one word, the hash's top 40 bits above a 24-bit row, so the
    // sort moves 8 bytes a point; tables of 16M rows or more keep 64-bit hashes and 32-bit rows apart.
    const bool packed = rows < (std::size_t(1) << 24);
    std::vector<std::uint64_t> packedPoints;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> points;
    std::vector<PointKey> keys(rows);
    std::vector<Shape> shapes;
    (packed ? packedPoints.reserve(rows) : points.reserve(rows));
    for (std::size_t row = 0; row < rows; ++row) {
        if ((row & 0xFFFF) == 0 && progress.canceled())
            return;
        LocationValue v = readLocationValue(geos, table.cell(row, location));
        if (v.kind == LocationValue::Polygon)
            shapes.push_back({row, std::move(v.geometry), v.area});
        if (v.kind != LocationValue::Point)
            continue;
        keys[row] = v.key;
        if (packed)
            packedPoints.push_back((hashKey(keys[row]) & ~((std::uint64_t(1) << 24) - 1)) | row);
        else
            points.emplace_back(hashKey(keys[row]), std::uint32_t(row));
    }

    auto sameReference = [&](std::size_t a, std::size_t b) {
        const auto ra = textutil::trim(table.cell(a, reference));
        return !ra.empty() && ra == textutil::trim(table.cell(b, reference));
    };
    // Findings are collected, then reported in row order (the hash order of the points is no order at all).
    struct Hit
    {
        std::size_t row, other, more;
        bool polygon;
    };
    std::vector<Hit> hits;
    auto report = [&](std::size_t row, std::size_t other, std::size_t more, bool polygon) {
        hits.push_back({row, other, more, polygon});
    };

    // Identical points: sort by hash, then compare exact keys inside each run of equal hashes.
    if (packed)
        sortHashed(packedPoints);
    else
        std::sort(points.begin(), points.end());
    const std::size_t count = packed ? packedPoints.size() : points.size();
    auto hashAt = [&](std::size_t i) { return packed ? packedPoints[i] >> 24 : points[i].first; };
    auto rowAt = [&](std::size_t i) {
        return packed ? std::uint32_t(packedPoints[i] & ((std::uint64_t(1) << 24) - 1)) : points[i].second;
    };
    std::vector<std::size_t> group;
    for (std::size_t i = 0; i < count;) {
        std::size_t j = i + 1;
        while (j < count && hashAt(j) == hashAt(i))
            ++j;
        if (j - i > 1) {
            std::vector<bool> done(j - i, false);
            for (std::size_t a = i; a < j; ++a) {
                if (done[a - i])
                    continue;
                group.clear();
                for (std::size_t b = a; b < j; ++b)
                    if (!done[b - i] && keys[rowAt(b)] == keys[rowAt(a)]) {
                        group.push_back(rowAt(b));
                        done[b - i] = true;
                    }
                std::sort(group.begin(), group.end());
                for (std::size_t row : group) {
                    std::size_t first = rows, others = 0;
                    for (std::size_t other : group)
                        if (other != row && !sameReference(row, other)) {
                            if (first == rows)
                                first = other;
                            ++others;
                        }
                    if (others > 0)
                        report(row, first, others - 1, false);
                }
            }
        }
        i = j;
    }
    if (shapes.size() >= 2 && !progress.canceled()) {
        const auto matches = locationShapeMatches(geos, shapes, m_overlap, sameReference, &progress);
        for (std::size_t i = 0; i < shapes.size(); ++i)
            if (!matches[i].empty())
                report(shapes[i].row, shapes[matches[i].front()].row, matches[i].size() - 1, true);
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.row < b.row; });
    for (const Hit& hit : hits)
        reportHit(table, hit.row, hit.other, hit.more, hit.polygon, sink);
}

void DuplicateLocationCheck::reportHit(const Table& table, std::size_t row, std::size_t other, std::size_t more,
                                       bool polygon, FindingSink& sink) const
{
    const int location = column(0);
    const int reference = column(1);
    const std::string share = std::to_string(int(std::lround(m_overlap * 100))) + "%";
    const auto ref = textutil::trim(table.cell(other, reference));
    std::string detail =
        (polygon ? "an area overlapping more than " + share + " of both with" : std::string("the same point as")) +
        " row " + std::to_string(other + 1) + " (" +
        (ref.empty() ? std::string("no reference") : "reference " + std::string(ref)) + ")";
    if (more > 0)
        detail += " and " + std::to_string(more) + " more";
    sink.add(row, location, table.cell(row, location), FindingExtra().withDetail(detail).withColumn2(reference));
}

struct DuplicateLocationCheck::Index
{
    GeosHandle geos; // declared first: the polygons' geometries are destroyed before their context
    KeyIndex points;
    struct Polygon
    {
        GeosHandle::Ptr geometry;
        double area = 0;
        std::vector<RecordId> partners; // the records it overlaps enough
    };
    std::unordered_map<RecordId, Polygon> polygons;
    bool building = false;           // while the points are hashed in buildIndex()
    std::vector<std::size_t> others; // meanwhile: rows with a location other than a plain point
};

DuplicateLocationCheck::DuplicateLocationCheck() = default;
DuplicateLocationCheck::~DuplicateLocationCheck() = default;

void DuplicateLocationCheck::buildIndex(const Table& table)
{
    m_index = std::make_unique<Index>();
    Index& index = *m_index;
    const int location = column(0);
    const int reference = column(1);
    // The key functions live as long as the index (they refer to it, never to this frame).
    index.building = true;
    auto keyOf = [&index, location](const Table& t, std::size_t row) {
        const std::string_view text = t.cell(row, location);
        double x = 0, y = 0;
        if (GeometryCheck::parsePoint(text, &x, &y))
            return std::optional<PointKey>(roundPoint(x, y));
        if (textutil::isBlank(text))
            return std::optional<PointKey>();
        if (index.building) // neither blank nor a plain point: the polygons are among these rows
            index.others.push_back(row);
        const LocationValue v = readLocationValue(index.geos, text);
        return v.kind == LocationValue::Point ? std::optional<PointKey>(v.key) : std::optional<PointKey>();
    };
    KeyIndex::KeyFunctions functions;
    functions.hash = [keyOf](const Table& t, std::size_t row) -> std::uint64_t {
        const auto key = keyOf(t, row);
        if (!key)
            return 0;
        const std::uint64_t h = hashKey(*key);
        return h == 0 ? 1 : h;
    };
    functions.same = [keyOf](const Table& t, std::size_t a, std::size_t b) { return keyOf(t, a) == keyOf(t, b); };
    index.points.build(table, std::move(functions));

    // Polygons: read once more (they are few next to the points), matched as checkSet() matches them.
    std::vector<Shape> shapes;
    index.building = false;
    std::vector<std::size_t> others = std::move(index.others);
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    for (const std::size_t row : others) {
        LocationValue v = readLocationValue(index.geos, table.cell(row, location));
        if (v.kind == LocationValue::Polygon)
            shapes.push_back({row, std::move(v.geometry), v.area});
    }
    auto sameReference = [&](std::size_t a, std::size_t b) {
        const auto ra = textutil::trim(table.cell(a, reference));
        return !ra.empty() && ra == textutil::trim(table.cell(b, reference));
    };
    const auto matches = locationShapeMatches(index.geos, shapes, m_overlap, sameReference, nullptr);
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        Index::Polygon polygon{std::move(shapes[i].geometry), shapes[i].area, {}};
        for (std::size_t j : matches[i])
            polygon.partners.push_back(table.recordId(shapes[j].row));
        index.polygons.emplace(table.recordId(shapes[i].row), std::move(polygon));
    }
}

std::vector<RecordId> DuplicateLocationCheck::recheck(const Table& table, const std::vector<RecordId>& records,
                                                      FindingSink& sink)
{
    if (!m_index)
        return {};
    Index& index = *m_index;
    const int location = column(0);
    const int reference = column(1);
    auto sameReference = [&](std::size_t a, std::size_t b) {
        const auto ra = textutil::trim(table.cell(a, reference));
        return !ra.empty() && ra == textutil::trim(table.cell(b, reference));
    };
    // Points: the old and new groups of the edited records. A record alone under its old and new key had no
    // finding and has none (most records of a bulk fix): it is not re-reported.
    std::vector<RecordId> affected;
    for (const RecordId record : records) {
        const std::vector<RecordId> moved = index.points.update(table, {record});
        if (moved.size() > 1)
            affected.insert(affected.end(), moved.begin(), moved.end());
    }
    // Polygons: an edited one leaves its partners, then is compared with every other polygon again.
    for (const RecordId record : records) {
        if (const auto it = index.polygons.find(record); it != index.polygons.end()) {
            affected.push_back(record);
            for (const RecordId partner : it->second.partners) {
                auto& theirs = index.polygons[partner].partners;
                theirs.erase(std::remove(theirs.begin(), theirs.end(), record), theirs.end());
                affected.push_back(partner);
            }
            index.polygons.erase(it);
        }
        const auto row = table.rowOf(record);
        if (row < 0)
            continue;
        LocationValue v = readLocationValue(index.geos, table.cell(std::size_t(row), location));
        if (v.kind != LocationValue::Polygon)
            continue;
        affected.push_back(record);
        Index::Polygon polygon{std::move(v.geometry), v.area, {}};
        GeosHandle::PreparedPtr prepared;
        for (auto& [other, theirs] : index.polygons) {
            const auto otherRow = table.rowOf(other);
            if (otherRow < 0 || sameReference(std::size_t(row), std::size_t(otherRow)))
                continue;
            // The earlier row first, as the full run compares them.
            const bool first = row < otherRow;
            const bool overlaps =
                first ? locationOverlapsEnough(index.geos, polygon.geometry.get(), polygon.area, theirs.geometry.get(),
                                               theirs.area, m_overlap, &prepared)
                      : locationOverlapsEnough(index.geos, theirs.geometry.get(), theirs.area, polygon.geometry.get(),
                                               polygon.area, m_overlap, nullptr);
            if (overlaps) {
                polygon.partners.push_back(other);
                theirs.partners.push_back(record);
                affected.push_back(other);
            }
        }
        index.polygons.emplace(record, std::move(polygon));
    }
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());

    for (const RecordId record : affected) {
        const auto row = table.rowOf(record);
        if (row < 0)
            continue;
        std::size_t first = table.rowCount(), others = 0;
        bool polygon = false;
        if (const auto it = index.polygons.find(record); it != index.polygons.end()) {
            polygon = true;
            for (const RecordId partner : it->second.partners)
                if (const auto other = table.rowOf(partner); other >= 0) {
                    first = std::min(first, std::size_t(other));
                    ++others;
                }
        } else {
            for (const RecordId member : index.points.group(table, record)) {
                const auto other = table.rowOf(member);
                if (member == record || other < 0 || sameReference(std::size_t(row), std::size_t(other)))
                    continue;
                first = std::min(first, std::size_t(other));
                ++others;
            }
        }
        if (others > 0)
            reportHit(table, std::size_t(row), first, others - 1, polygon, sink);
    }
    return affected;
}

} // namespace plumbline
