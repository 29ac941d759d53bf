#include "values/geometry.h"
#include "values/identifiers.h"
#include "values_test_support.h"

#include <QtConcurrent>
#include <QTest>

#include <cmath>
#include <limits>

using namespace plumbline::values;

Q_DECLARE_METATYPE(GeometryType)
Q_DECLARE_METATYPE(GeometryFormat)
Q_DECLARE_METATYPE(CoordinateKind)

namespace {

std::string_view view(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

double number(const std::string& s)
{
    double v = 0;
    if (!parseDecimal(s, &v))
        qFatal("not a number: %s", s.c_str());
    return v;
}

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT

private slots:
    void inspect_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<GeometryFormat>("format");
        QTest::addColumn<GeometryType>("type");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("coordinates");
        QTest::addColumn<int>("decimals");
        const auto ok = [](const char* name, const char* text, GeometryFormat f, GeometryType t, bool valid,
                           const char* reason, int coordinates, int decimals) {
            QTest::newRow(name) << QByteArray(text) << true << f << t << valid << QString::fromLatin1(reason)
                                << coordinates << decimals;
        };
        const auto bad = [](const char* name, const char* text, GeometryFormat f, const char* messageStart) {
            QTest::newRow(name) << QByteArray(text) << false << f << GeometryType::Unknown << false
                                << QString::fromLatin1(messageStart) << 0 << 0;
        };
        using F = GeometryFormat;
        using T = GeometryType;
        ok("point", "POINT (-1.45 50.95)", F::Wkt, T::Point, true, "", 1, 2);
        ok("lower-case WKT", "point(1 2)", F::Wkt, T::Point, true, "", 1, 0);
        ok("3D point", "POINT Z (1 2 3)", F::Wkt, T::Point, true, "", 1, 0);
        ok("EWKT prefix", "SRID=4326;POINT(1.1234567 2)", F::Wkt, T::Point, true, "", 1, 7);
        ok("square", "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))", F::Wkt, T::Polygon, true, "", 5, 0);
        ok("bow-tie (PA-25)", "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))", F::Wkt, T::Polygon, false, "Self-intersection", 5,
           0);
        ok("multipolygon", "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))", F::Wkt, T::MultiPolygon,
           true, "", 8, 0);
        ok("line in a geometry field", "LINESTRING(0 0, 1 1)", F::Wkt, T::LineString, true, "", 2, 0);
        ok("empty point", "POINT EMPTY", F::Wkt, T::Point, true, "", 0, 0);
        ok("collection", "GEOMETRYCOLLECTION(POINT(1 2), POLYGON((0 0, 1 0, 1 1, 0 0)))", F::Wkt, T::GeometryCollection,
           true, "", 5, 0);
        ok("GeoJSON polygon (PA-22)", R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]})", F::GeoJson,
           T::Polygon, true, "", 4, 0);
        ok("GeoJSON feature",
           R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-0.88,52.76]}})", F::GeoJson,
           T::Point, true, "", 1, 2);
        bad("unclosed WKT (PA-22)", "POLYGON((1 2, 3 4)", F::Wkt, "Not valid WKT");
        bad("ring not closed", "POLYGON((0 0, 1 0, 1 1, 0 0.5))", F::Wkt, "Not valid WKT");
        bad("prose", "not a geometry", F::Wkt, "Not valid WKT");
        bad("blank", "  ", F::Wkt, "The geometry is empty");
        bad("GeoJSON without coordinates", R"({"type":"Polygon"})", F::GeoJson, "Not valid GeoJSON");
        bad("broken JSON", R"({"type":"Point","coordinates":[1,)", F::GeoJson, "Not valid GeoJSON");
    }

    void inspect()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, parses);
        QFETCH(GeometryFormat, format);
        QFETCH(QString, reason);
        const auto r = inspectGeometry(view(text));
        QCOMPARE(r.ok(), parses);
        if (!parses) {
            QVERIFY2(r.error().message.startsWith(reason), qPrintable(r.error().message));
            return;
        }
        QFETCH(GeometryType, type);
        QFETCH(bool, valid);
        QFETCH(int, coordinates);
        QFETCH(int, decimals);
        const GeometryInfo& info = r.value();
        QCOMPARE(info.format, format);
        QCOMPARE(info.type, type);
        QCOMPARE(info.valid, valid);
        QVERIFY2(QString::fromStdString(info.invalidReason).startsWith(reason), info.invalidReason.c_str());
        QCOMPARE(info.invalidReason.empty(), valid);
        QCOMPARE(info.coordinates, coordinates);
        QCOMPARE(info.maxDecimals, decimals);
        QCOMPARE(info.empty, coordinates == 0);
    }

    void bboxAndFirstCoordinate()
    {
        const auto r = inspectGeometry("GEOMETRYCOLLECTION(POINT EMPTY, POLYGON((2 1, 5 1, 5 4, 2 1)))");
        QVERIFY(r.ok());
        QCOMPARE(r.value().firstMemberType, GeometryType::Point);
        QCOMPARE(r.value().bbox.minX, 2.0);
        QCOMPARE(r.value().bbox.minY, 1.0);
        QCOMPARE(r.value().bbox.maxX, 5.0);
        QCOMPARE(r.value().bbox.maxY, 4.0);
        QCOMPARE(r.value().firstX, 2.0);
        QCOMPARE(r.value().firstY, 1.0);
        QCOMPARE(geometryTypeName(GeometryType::MultiPolygon), std::string_view("MULTIPOLYGON"));
    }

    void normalise_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("makeValid");
        QTest::addColumn<bool>("forceMulti");
        QTest::addColumn<QByteArray>("wkt");
        QTest::newRow("GeoJSON point to WKT, 6 dp")
            << QByteArray(R"({"type":"Point","coordinates":[-1.4512345678,50.9]})") << false << false
            << QByteArray("POINT (-1.451235 50.9)");
        QTest::newRow("polygon to multipolygon") << QByteArray("POLYGON((0 0, 1 0, 1 1, 0 0))") << false << true
                                                 << QByteArray("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))");
        QTest::newRow("multipolygon unchanged") << QByteArray("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))") << false << true
                                                << QByteArray("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))");
        QTest::newRow("point not forced") << QByteArray("POINT(1 2)") << false << true << QByteArray("POINT (1 2)");
    }

    void normalise()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, makeValid);
        QFETCH(bool, forceMulti);
        QFETCH(QByteArray, wkt);
        WktOptions o;
        o.makeValid = makeValid;
        o.forceMultiPolygon = forceMulti;
        const auto r = normaliseGeometry(view(text), o);
        QVERIFY(r.ok());
        QCOMPARE(QByteArray::fromStdString(r.value()), wkt);
    }

    void makeValidRepairsBowTie()
    {
        WktOptions o;
        o.makeValid = true;
        o.forceMultiPolygon = true;
        const auto fixed = normaliseGeometry("POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))", o);
        QVERIFY(fixed.ok());
        const auto info = inspectGeometry(fixed.value());
        QVERIFY(info.ok());
        QVERIFY(info.value().valid);
        QCOMPARE(info.value().type, GeometryType::MultiPolygon);
        QVERIFY(!normaliseGeometry("POLYGON((1 2, 3 4)").ok());
    }

    void classify_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<CoordinateKind>("kind");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<bool>("england");
        using K = CoordinateKind;
        QTest::newRow("WGS84 Melton") << -0.886 << 52.766 << K::Wgs84 << -0.886 << 52.766 << true;
        QTest::newRow("WGS84 flipped") << 52.766 << -0.886 << K::Wgs84Flipped << -0.886 << 52.766 << true;
        QTest::newRow("Greenwich lon 0 is kept") << 0.0 << 51.4779 << K::Wgs84 << 0.0 << 51.4779 << true;
        QTest::newRow("Nairobi is WGS84 outside England") << 36.82 << -1.29 << K::Wgs84 << 36.82 << -1.29 << false;
        QTest::newRow("lat > 90 only as lat/lon") << 120.0 << 45.0 << K::Wgs84 << 120.0 << 45.0 << false;
        QTest::newRow("BNG Hampshire (file 1)") << 438344.0 << 116519.0 << K::Osgb << -1.45556 << 50.94684 << true;
        QTest::newRow("BNG Trafalgar Square") << 530000.0 << 180000.0 << K::Osgb << -0.12835 << 51.50399 << true;
        QTest::newRow("BNG flipped Penzance") << 30000.0 << 147000.0 << K::OsgbFlipped << -5.54038 << 50.11604 << true;
        QTest::newRow("BNG flipped, only readable swapped")
            << 800000.0 << 300000.0 << K::OsgbFlipped << -3.65137 << 57.08011 << false;
        QTest::newRow("Web Mercator London") << -14000.0 << 6711000.0 << K::WebMercator << -0.12576 << 51.50437 << true;
        QTest::newRow("Web Mercator flipped")
            << 6711000.0 << -14000.0 << K::WebMercatorFlipped << -0.12576 << 51.50437 << true;
        QTest::newRow("ETRS89 geocentric Melton (file 4)")
            << 3868174.295 << -59185.9921 << K::Etrs89Geocentric << -0.87659 << 52.75265 << true;
        QTest::newRow("extra-digit northing (PA-24)") << 532199.0 << 1821833.0 << K::Unknown << 0.0 << 0.0 << false;
        QTest::newRow("negative grid") << -5000.0 << -3000.0 << K::Unknown << 0.0 << 0.0 << false;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 1.0 << K::Unknown << 0.0 << 0.0 << false;
    }

    void classify()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(CoordinateKind, kind);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(bool, england);
        const CoordinateGuess g = classifyCoordinate(x, y);
        QCOMPARE(coordinateKindName(g.kind), coordinateKindName(kind));
        QCOMPARE(g.hasPosition, kind != CoordinateKind::Unknown);
        if (g.hasPosition) {
            // Expected values come from an independent implementation of the OS guide's formulas (transverse
            // Mercator on Airy 1830, then the 7-parameter Helmert to WGS84): PROJ must agree within ~5 m.
            const double tolerance = 0.00005;
            QVERIFY2(std::abs(g.lon - lon) < tolerance, qPrintable(QString::number(g.lon, 'f', 5)));
            QVERIFY2(std::abs(g.lat - lat) < tolerance, qPrintable(QString::number(g.lat, 'f', 5)));
        }
        QCOMPARE(g.insideEngland, england);
    }

    void bngConversion()
    {
        const auto p = bngToWgs84(530000, 180000);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QVERIFY(std::abs(p.value().lon - -0.12835) < 0.00005);
        QVERIFY(std::abs(p.value().lat - 51.50399) < 0.00005);
        QVERIFY(withinBngBounds(0, 1300000));
        QVERIFY(!withinBngBounds(700001, 10));
        QVERIFY(insideEnglandBbox(-6.45, 49.86));
        QVERIFY(!insideEnglandBbox(-6.46, 52));
        QVERIFY(!insideEnglandBbox(0, 55.83));
    }

    // GEOS and PROJ state is per thread: many threads at once give the same answers.
    void threadSafety()
    {
        QList<int> jobs;
        for (int i = 0; i < 64; ++i)
            jobs << i;
        const QList<bool> results = QtConcurrent::blockingMapped(jobs, [](int i) {
            const auto info = inspectGeometry(i % 2 ? "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))" : "POINT(1 2)");
            const CoordinateGuess g = classifyCoordinate(438344 + i, 116519);
            return info.ok() && info.value().valid == (i % 2 == 0) && g.kind == CoordinateKind::Osgb && g.insideEngland;
        });
        QVERIFY(std::all_of(results.begin(), results.end(), [](bool b) { return b; }));
    }

    // Hampshire (LGA 2014): 22 GeoX/GeoY pairs, all OSGB36 grid references in England; 3 rows without.
    void realHampshireCoordinates()
    {
        bool found = false;
        const std::string csv = values_test::readShared("planning/example-planning-applications.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const int gx = values_test::columnIndex(rows.front(), "GeoX");
        const int gy = values_test::columnIndex(rows.front(), "GeoY");
        int osgb = 0, missing = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (rows[i][gx].empty() || rows[i][gy].empty()) {
                ++missing;
                continue;
            }
            const CoordinateGuess g = classifyCoordinate(number(rows[i][gx]), number(rows[i][gy]));
            osgb += g.kind == CoordinateKind::Osgb && g.insideEngland && g.lon > -1.9 && g.lon < -0.7;
        }
        QCOMPARE(osgb, 22);
        QCOMPARE(missing, 3);
    }

    // Melton brownfield register: every GeoX/GeoY pair is ETRS89 geocentric, whatever the CRS column says;
    // 18 are in Melton (lon -1.0…-0.7), one outlier is at lon -3.19.
    void realMeltonGeocentric()
    {
        bool found = false;
        const std::string csv = values_test::readShared(
            "planning/029cc49adb09689874d3424fbb3b58baefe106a311e8e8ebbc8beb6e0eae5201", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const int gx = values_test::columnIndex(rows.front(), "GeoX");
        const int gy = values_test::columnIndex(rows.front(), "GeoY");
        int melton = 0, outliers = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const CoordinateGuess g = classifyCoordinate(number(rows[i][gx]), number(rows[i][gy]));
            QCOMPARE(g.kind, CoordinateKind::Etrs89Geocentric);
            QVERIFY2(std::abs(g.lat - 52.8) < 0.25,
                     qPrintable(QString::number(g.lat))); // Melton borough, height 0
            if (g.lon > -1.0 && g.lon < -0.7)
                ++melton;
            else if (std::abs(g.lon - -3.194) < 0.01)
                ++outliers;
        }
        QCOMPARE(melton, 18);
        QCOMPARE(outliers, 1);
    }

    // Conservation areas: the 10 WKT geometries parse as MULTIPOLYGON in England, written with far more than
    // the spec's 6 decimals.
    void realConservationAreaWkt()
    {
        bool found = false;
        const std::string csv = values_test::readShared("planning/Existing_NoDups_NotLessThanZero.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const int c = values_test::columnIndex(rows.front(), "geometry");
        QVERIFY(c >= 0);
        int parsed = 0, valid = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (int(rows[i].size()) <= c || rows[i][c].empty())
                continue;
            const auto info = inspectGeometry(rows[i][c]);
            QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
            ++parsed;
            valid += info.value().valid;
            QCOMPARE(info.value().type, GeometryType::MultiPolygon);
            QVERIFY(info.value().maxDecimals > 6);
            QVERIFY(classifyCoordinate(info.value().firstX, info.value().firstY).insideEngland);
        }
        QCOMPARE(parsed, 10);
        qInfo("%d of %d conservation-area geometries are valid", valid, parsed);
    }
};

QTEST_APPLESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
