#include "checks/planning/duplicate_location_check.h"

#include "checks/planning/geometry_check.h"
#include "checks/support/geos_handle.h"
#include "checks/support/row_keys.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <cmath>
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
        const std::string_view text = table.cell(row, location);
        if (textutil::isBlank(text))
            continue;
        double x = 0, y = 0;
        if (!GeometryCheck::parsePoint(text, &x, &y)) {
            auto g = geos.read(text);
            if (!g || GEOSisEmpty_r(geos.get(), g.get()) == 1)
                continue;
            const int type = GEOSGeomTypeId_r(geos.get(), g.get());
            if (type == GEOS_POINT) {
                if (GEOSGeomGetX_r(geos.get(), g.get(), &x) != 1 || GEOSGeomGetY_r(geos.get(), g.get(), &y) != 1)
                    continue;
            } else {
                double area = 0;
                if (GEOSArea_r(geos.get(), g.get(), &area) == 1 && area > 0)
                    shapes.push_back({row, std::move(g), area});
                continue;
            }
        }
        keys[row] = roundPoint(x, y);
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
    auto compareShapes = [&] {
        // Polygons: candidates from an STRtree of envelopes, a prepared intersects test, then the overlap area.
        GEOSContextHandle_t h = geos.get();
        GEOSSTRtree* tree = GEOSSTRtree_create_r(h, 10);
        for (std::size_t i = 0; i < shapes.size(); ++i)
            GEOSSTRtree_insert_r(h, tree, shapes[i].geometry.get(), reinterpret_cast<void*>(i));
        std::vector<std::vector<std::size_t>> matches(shapes.size());
        std::vector<std::size_t> candidates;
        for (std::size_t i = 0; i < shapes.size(); ++i) {
            if ((i & 0xFF) == 0 && progress.canceled())
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
                const double small = std::min(shapes[i].area, shapes[j].area);
                const double large = std::max(shapes[i].area, shapes[j].area);
                if (small < m_overlap * large)
                    continue; // the overlap cannot reach the share of the larger one
                if (!prepared)
                    prepared = geos.prepare(shapes[i].geometry.get());
                if (!prepared || GEOSPreparedIntersects_r(h, prepared.get(), shapes[j].geometry.get()) != 1)
                    continue;
                GeosHandle::Ptr common =
                    geos.own(GEOSIntersection_r(h, shapes[i].geometry.get(), shapes[j].geometry.get()));
                double area = 0;
                if (!common || GEOSArea_r(h, common.get(), &area) != 1)
                    continue;
                if (area > m_overlap * large) {
                    matches[i].push_back(j);
                    matches[j].push_back(i);
                }
            }
        }
        GEOSSTRtree_destroy_r(h, tree);
        for (std::size_t i = 0; i < shapes.size(); ++i) {
            if (matches[i].empty())
                continue;
            std::sort(matches[i].begin(), matches[i].end());
            report(shapes[i].row, shapes[matches[i].front()].row, matches[i].size() - 1, true);
        }
    };
    if (shapes.size() >= 2 && !progress.canceled())
        compareShapes();
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.row < b.row; });
    const std::string share = std::to_string(int(std::lround(m_overlap * 100))) + "%";
    std::string detail;
    for (const Hit& hit : hits) {
        const auto ref = textutil::trim(table.cell(hit.other, reference));
        detail = (hit.polygon ? "an area overlapping more than " + share + " of both with"
                              : std::string("the same point as")) +
                 " row " + std::to_string(hit.other + 1) + " (" +
                 (ref.empty() ? std::string("no reference") : "reference " + std::string(ref)) + ")";
        if (hit.more > 0)
            detail += " and " + std::to_string(hit.more) + " more";
        sink.add(hit.row, location, table.cell(hit.row, location),
                 FindingExtra().withDetail(detail).withColumn2(reference));
    }
}

} // namespace plumbline
