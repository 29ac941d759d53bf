#include "checks/planning/within_boundary_check.h"

#include "checks/planning/geometry_check.h"
#include "checks/support/geos_handle.h"
#include "core/regular_file.h"
#include "table/table.h"
#include "values/text_util.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <unordered_map>

namespace plumbline {

std::unique_ptr<Check> WithinBoundaryCheck::create(ParamReader& params, const Rule&, const CheckEnv& env)
{
    auto check = std::make_unique<WithinBoundaryCheck>();
    check->m_codelist = LoadedCodelist::load(params, env, QStringLiteral("organisation"));
    const QString key = params.string("key", QStringLiteral("reference"));
    const QString test =
        params.choice("test", {QStringLiteral("intersects"), QStringLiteral("within"), QStringLiteral("centroid")});
    check->m_test = test == QLatin1String("within")     ? Test::Within
                    : test == QLatin1String("centroid") ? Test::Centroid
                                                        : Test::Intersects;
    const QString file = params.requiredString("boundaries");
    if (file.isEmpty())
        return check;
    const QString path =
        QFileInfo(file).isAbsolute() || env.baseDir.isEmpty() ? file : QDir(env.baseDir).filePath(file);
    QFile in(path);
    if (const auto notAFile = checkRegularFile(path)) {
        params.fail(QStringLiteral("boundaries"), QStringLiteral("cannot read %1: %2").arg(path, notAFile->message));
        return check;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        params.fail(QStringLiteral("boundaries"), QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
        return check;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError ||
        root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")) {
        params.fail(
            QStringLiteral("boundaries"),
            error.error != QJsonParseError::NoError
                ? QStringLiteral("%1 is not JSON: %2 at byte %3").arg(path, error.errorString()).arg(error.offset)
                : QStringLiteral("%1 is not a GeoJSON FeatureCollection").arg(path));
        return check;
    }
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    const GeosHandle geos; // only to check that each geometry parses; runs parse again under their own context
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features[i].toObject();
        const QJsonValue name = feature.value(QLatin1String("properties")).toObject().value(key);
        const QString keyText = name.isDouble() ? QString::number(name.toDouble(), 'g', 15) : name.toString();
        if (keyText.isEmpty()) {
            params.fail(QStringLiteral("key"),
                        QStringLiteral("feature %1 of %2 has no property '%3'").arg(i).arg(path, key));
            return check;
        }
        const QByteArray geometry =
            QJsonDocument(feature.value(QLatin1String("geometry")).toObject()).toJson(QJsonDocument::Compact);
        auto g = geos.read(std::string_view(geometry.constData(), std::size_t(geometry.size())));
        if (!g) {
            params.fail(QStringLiteral("boundaries"),
                        QStringLiteral("feature %1 (%2) of %3 has no readable geometry").arg(i).arg(keyText, path));
            return check;
        }
        check->m_boundaries.push_back({check->canonical(keyText.toStdString()), geometry.toStdString()});
    }
    if (check->m_boundaries.empty())
        params.fail(QStringLiteral("boundaries"), QStringLiteral("%1 has no features").arg(path));
    return check;
}

std::string WithinBoundaryCheck::canonical(std::string_view value) const
{
    const std::string_view trimmed = textutil::trim(value);
    if (m_codelist.matcher) {
        const values::CodeMatch match = m_codelist.matcher->match(trimmed);
        if (match.resolved())
            return std::string(match.canonical);
    }
    return std::string(trimmed);
}

void WithinBoundaryCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int location = column(0);
    const int organisation = column(1);
    const GeosHandle geos;
    GEOSContextHandle_t h = geos.get();
    std::vector<GeosHandle::Ptr> shapes;
    std::vector<GeosHandle::PreparedPtr> prepared;
    std::unordered_map<std::string, std::vector<std::size_t>> byKey;
    GEOSSTRtree* tree = GEOSSTRtree_create_r(h, 10);
    for (std::size_t i = 0; i < m_boundaries.size(); ++i) {
        shapes.push_back(geos.read(m_boundaries[i].geometry));
        prepared.push_back(shapes.back() ? geos.prepare(shapes.back().get()) : GeosHandle::PreparedPtr(nullptr, {h}));
        if (shapes.back())
            GEOSSTRtree_insert_r(h, tree, shapes.back().get(), reinterpret_cast<void*>(i));
        byKey[m_boundaries[i].key].push_back(i);
    }
    auto inside = [&](std::size_t b, const GEOSGeometry* g) {
        if (!prepared[b])
            return false;
        switch (m_test) {
        case Test::Within:
            return GEOSPreparedCovers_r(h, prepared[b].get(), g) == 1;
        case Test::Intersects:
            return GEOSPreparedIntersects_r(h, prepared[b].get(), g) == 1;
        case Test::Centroid: {
            GeosHandle::Ptr c = geos.own(GEOSGetCentroid_r(h, g));
            return c && GEOSPreparedIntersects_r(h, prepared[b].get(), c.get()) == 1;
        }
        }
        return false;
    };
    auto insideAny = [&](const std::vector<std::size_t>& list, const GEOSGeometry* g) {
        return std::any_of(list.begin(), list.end(), [&](std::size_t b) { return inside(b, g); });
    };
    std::string detail;
    std::vector<std::size_t> candidates;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if ((row & 0x3FFF) == 0 && progress.canceled())
            break;
        const std::string_view text = table.cell(row, location);
        const std::string_view org = table.cell(row, organisation);
        if (textutil::isBlank(text) || textutil::isBlank(org))
            continue;
        const auto own = byKey.find(canonical(org));
        if (own == byKey.end())
            continue;
        double x = 0, y = 0;
        GeosHandle::Ptr g =
            GeometryCheck::parsePoint(text, &x, &y) ? geos.own(GEOSGeom_createPointFromXY_r(h, x, y)) : geos.read(text);
        if (!g || GEOSisEmpty_r(h, g.get()) == 1 || insideAny(own->second, g.get()))
            continue;
        detail = "outside the boundary of " + own->first;
        // Hints: the same coordinates swapped, then another authority's boundary that holds the location.
        if (GEOSGeomTypeId_r(h, g.get()) == GEOS_POINT && GEOSGeomGetX_r(h, g.get(), &x) == 1 &&
            GEOSGeomGetY_r(h, g.get(), &y) == 1) {
            GeosHandle::Ptr swapped = geos.own(GEOSGeom_createPointFromXY_r(h, y, x));
            if (swapped && insideAny(own->second, swapped.get()))
                detail += "; with x and y swapped it would be inside";
        }
        candidates.clear();
        GEOSSTRtree_query_r(
            h, tree, g.get(),
            [](void* item, void* userdata) {
                static_cast<std::vector<std::size_t>*>(userdata)->push_back(reinterpret_cast<std::size_t>(item));
            },
            &candidates);
        std::sort(candidates.begin(), candidates.end());
        for (std::size_t b : candidates)
            if (m_boundaries[b].key != own->first && inside(b, g.get())) {
                detail += "; it lies in the boundary of " + m_boundaries[b].key + " (the wrong organisation?)";
                break;
            }
        sink.add(row, location, text, FindingExtra().withDetail(detail).withColumn2(organisation));
    }
    GEOSSTRtree_destroy_r(h, tree);
}

} // namespace plumbline
