#include "io/json/geojson_writer.h"

#include "io/json/json_text.h"
#include "io/json/wkt.h"
#include "values/geometry.h"
#include "values/text_util.h"

#include <QStringList>

#include <cstdio>

namespace plumbline {

namespace {

int findColumn(const Table& table, const QStringList& names)
{
    for (const QString& name : names)
        for (int c = 0; c < table.columnCount(); ++c)
            if (table.columnName(c).compare(name, Qt::CaseInsensitive) == 0)
                return c;
    return -1;
}

/// A coordinate cell as a JSON number literal; false if it is not a finite number.
bool coordinate(std::string_view text, std::string& out)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    return appendAsJsonNumber(trimJsonRight(text), out);
}

QString shown(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 80)));
}

/// True when a column's first filled cells (up to 20) all start with a WKT geometry keyword.
bool looksLikeWkt(const Table& table, int column)
{
    static constexpr std::string_view kKeywords[] = {
        "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"};
    int seen = 0;
    for (std::size_t row = 0; row < table.rowCount() && seen < 20; ++row) {
        const std::string text = textutil::asciiUpper(textutil::trim(table.cell(row, column)));
        if (text.empty())
            continue;
        ++seen;
        bool wkt = false;
        for (std::string_view k : kKeywords)
            wkt = wkt || (text.starts_with(k) && text.size() > k.size() &&
                          (text[k.size()] == ' ' || text[k.size()] == '(' || text.substr(k.size(), 2) == "Z "));
        if (!wkt)
            return false;
    }
    return seen > 0;
}

} // namespace

GeometryColumns findGeometryColumns(const Table& table, const QString& wkt, const QString& longitude,
                                    const QString& latitude)
{
    GeometryColumns g;
    if (!wkt.isEmpty()) {
        g.wkt = table.columnIndex(wkt);
        return g;
    }
    if (!longitude.isEmpty() || !latitude.isEmpty()) {
        g.longitude = table.columnIndex(longitude);
        g.latitude = table.columnIndex(latitude);
        return g;
    }
    g.wkt = findColumn(
        table, {QStringLiteral("geometry"), QStringLiteral("wkt"), QStringLiteral("geom"), QStringLiteral("the_geom")});
    const int point = findColumn(table, {QStringLiteral("point")});
    if (g.wkt < 0)
        g.wkt = point;
    else
        g.fallbackWkt = point;
    if (g.wkt >= 0)
        return g;
    for (int c = 0; c < table.columnCount() && g.wkt < 0; ++c)
        if (looksLikeWkt(table, c))
            g.wkt = c;
    if (g.wkt >= 0)
        return g;
    g.longitude = findColumn(
        table, {QStringLiteral("longitude"), QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("long")});
    g.latitude = findColumn(table, {QStringLiteral("latitude"), QStringLiteral("lat")});
    if (g.longitude >= 0 && g.latitude >= 0)
        return g;
    g.longitude = findColumn(table, {QStringLiteral("geox"), QStringLiteral("geo_x"), QStringLiteral("easting")});
    g.latitude = findColumn(table, {QStringLiteral("geoy"), QStringLiteral("geo_y"), QStringLiteral("northing")});
    g.grid = g.longitude >= 0 && g.latitude >= 0;
    return g;
}

std::optional<Error> writeGeoJsonTable(const Table& table, const GeometryColumns& geometry, JsonEmitter& out,
                                       Progress& progress)
{
    if (!geometry.found())
        return Error{QString(), 0, 0,
                     QStringLiteral("Table %1 has no geometry column (WKT in a column named geometry, point or wkt, "
                                    "longitude and latitude columns, or GeoX and GeoY), so it cannot be written as "
                                    "GeoJSON.")
                         .arg(table.name())};
    std::vector<QByteArray> names;
    for (int c = 0; c < table.columnCount(); ++c)
        names.push_back(table.columnName(c).toUtf8());

    out.beginObject();
    out.key("type");
    out.string("FeatureCollection");
    out.key("features");
    out.beginArray();
    std::string geojson;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        out.beginObject();
        out.key("type");
        out.string("Feature");
        out.key("properties");
        out.beginObject();
        for (int c = 0; c < table.columnCount(); ++c) {
            if (c == geometry.wkt || c == geometry.fallbackWkt || c == geometry.longitude || c == geometry.latitude)
                continue;
            out.key(std::string_view(names[std::size_t(c)].constData(), std::size_t(names[std::size_t(c)].size())));
            out.string(table.cell(row, c));
        }
        out.endObject();
        out.key("geometry");
        geojson.clear();
        if (geometry.wkt >= 0) {
            std::string_view text = table.cell(row, geometry.wkt);
            if (textutil::isBlank(text) && geometry.fallbackWkt >= 0)
                text = table.cell(row, geometry.fallbackWkt);
            if (textutil::isBlank(text))
                geojson = "null";
            else if (!wktToGeoJson(text, geojson))
                return Error{QString(), 0, 0,
                             QStringLiteral("Table %1, row %2: the geometry is not WKT: %3")
                                 .arg(table.name())
                                 .arg(row + 1)
                                 .arg(shown(text))};
        } else if (geometry.grid) {
            const std::string_view xs = table.cell(row, geometry.longitude);
            const std::string_view ys = table.cell(row, geometry.latitude);
            if (textutil::isBlank(xs) && textutil::isBlank(ys)) {
                geojson = "null";
            } else {
                const auto x = textutil::parseNumber(xs);
                const auto y = textutil::parseNumber(ys);
                const values::CoordinateGuess guess =
                    x && y ? values::classifyCoordinate(*x, *y) : values::CoordinateGuess{};
                if (!guess.hasPosition || guess.kind == values::CoordinateKind::Etrs89Geocentric)
                    return Error{QString(), 0, 0,
                                 QStringLiteral("Table %1, row %2: the coordinates (%3, %4) are neither longitude and "
                                                "latitude nor British National Grid references.")
                                     .arg(table.name())
                                     .arg(row + 1)
                                     .arg(shown(xs), shown(ys))};
                char buf[96];
                std::snprintf(buf, sizeof buf, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", guess.lon,
                              guess.lat);
                geojson = buf;
            }
        } else {
            const std::string_view lon = table.cell(row, geometry.longitude);
            const std::string_view lat = table.cell(row, geometry.latitude);
            if (lon.empty() && lat.empty()) {
                geojson = "null";
            } else {
                geojson = "{\"type\":\"Point\",\"coordinates\":[";
                const bool ok = coordinate(lon, geojson);
                geojson.push_back(',');
                if (!ok || !coordinate(lat, geojson))
                    return Error{QString(), 0, 0,
                                 QStringLiteral("Table %1, row %2: the coordinates (%3, %4) are not numbers.")
                                     .arg(table.name())
                                     .arg(row + 1)
                                     .arg(shown(lon), shown(lat))};
                geojson.append("]}");
            }
        }
        out.value(geojson);
        out.endObject();
        if (row % 4096 == 4095) {
            progress.report(qint64(row), qint64(table.rowCount()));
            if (progress.canceled())
                return Error{QString(), 0, 0, QStringLiteral("Writing was canceled.")};
        }
    }
    out.endArray();
    out.endObject();
    return std::nullopt;
}

} // namespace plumbline
