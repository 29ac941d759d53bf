// GeoJSON: FeatureCollections in (properties as columns, geometry as WKT, feature id kept) and out
// (faithful round trip; plain tables with WKT or lon/lat columns), and the WKT ↔ GeoJSON conversion.
#include "io/csv/csv_reader.h"
#include "io/json/json_dataset_writer.h"
#include "io/json/json_layout.h"
#include "io/json/json_reader.h"
#include "io/json/wkt.h"
#include "sample/planning_sample_generator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace plumbline;

namespace {

QByteArray fixtureBytes(const char* name)
{
    QFile f(QStringLiteral(PLUMBLINE_TEST_DATA "/json/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<Dataset> read(const QByteArray& bytes, const QString& name)
{
    NullProgress progress;
    return readJsonBytes(bytes, name, {}, progress);
}

Result<QByteArray> write(const Dataset& d, const JsonWriteOptions& options = {})
{
    NullProgress progress;
    return writeJsonBytes(d, options, progress);
}

QString text(const Table& t, std::size_t row, const char* column)
{
    const int c = t.columnIndex(QLatin1String(column));
    return c < 0 ? QStringLiteral("<no column>") : t.cellText(row, c);
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

std::shared_ptr<Table> plainTable(const std::vector<const char*>& names,
                                  const std::vector<std::vector<const char*>>& rows)
{
    std::vector<Column> columns;
    for (std::size_t c = 0; c < names.size(); ++c) {
        std::vector<ColumnBuilder> chunk(1);
        for (const auto& row : rows)
            chunk[0].append(row[c]);
        columns.push_back(ColumnBuilder::finish(QString::fromUtf8(names[c]), std::move(chunk)));
    }
    return std::make_shared<Table>(QStringLiteral("sites"), std::move(columns));
}

} // namespace

class TestGeoJson : public QObject
{
    Q_OBJECT

private slots:
    void featureCollection();
    void roundTrip();
    void typeAfterFeatures();
    void collectionWithoutFeatures();
    void singleFeature();
    void editedGeometry();
    void geometryToWkt_data();
    void geometryToWkt();
    void wktToGeoJson_data();
    void wktToGeoJson();
    void invalidWkt_data();
    void invalidWkt();
    void plainTableWithWkt();
    void plainTableWithLonLat();
    void plainTableErrors();
    void planningRegisterGeometry_data();
    void planningRegisterGeometry();
    void planningSampleExports();
};

void TestGeoJson::featureCollection()
{
    const auto result = read(fixtureBytes("conservation-areas.geojson"), QStringLiteral("conservation-areas.geojson"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Dataset& d = result.value();
    QCOMPARE(d.source.format, QStringLiteral("geojson"));
    const auto t = d.table(QStringLiteral("conservation-areas"));
    QVERIFY(t);
    QCOMPARE(int(t->rowCount()), 8);
    QStringList names;
    for (int c = 0; c < t->columnCount(); ++c)
        names << t->columnName(c);
    // The feature id first, properties without a prefix (they win plain names), the WKT geometry last.
    QCOMPARE(names, strings({"id#2", "reference", "name", "designation-date", "area_ha", "listed", "notes",
                             "contact.email", "height_m", "id", "geometry"}));
    QCOMPARE(text(*t, 0, "id#2"), QStringLiteral("CA-1"));
    QCOMPARE(text(*t, 1, "id#2"), QStringLiteral("2"));
    QCOMPARE(text(*t, 4, "id"), QStringLiteral("inner-id"));
    QCOMPARE(text(*t, 0, "area_ha"), QStringLiteral("12.5"));
    QCOMPARE(text(*t, 0, "geometry"), QStringLiteral("POLYGON ((-0.1 51.5, -0.09 51.5, -0.09 51.51, -0.1 51.5), "
                                                     "(-0.098 51.502, -0.097 51.502, -0.097 51.503, -0.098 51.502))"));
    QCOMPARE(text(*t, 1, "geometry"),
             QStringLiteral("MULTIPOLYGON (((1 2, 3 4, 5 6, 1 2)), ((7 8, 9 10, 11 12, 7 8)))"));
    QCOMPARE(text(*t, 2, "geometry"), QStringLiteral("POINT Z (-1.25 52.0 87.5)"));
    QCOMPARE(text(*t, 3, "geometry"), QStringLiteral("LINESTRING (0 0, 1 0.0015, 2 2)"));
    QCOMPARE(text(*t, 4, "geometry"), QStringLiteral("GEOMETRYCOLLECTION (POINT (1 2), MULTIPOINT ((3 4), (5 6)))"));
    QCOMPARE(text(*t, 5, "geometry"), QString());
    QCOMPARE(text(*t, 6, "geometry"), QStringLiteral("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))"));
    // A geometry WKT cannot hold (a foreign member) stays GeoJSON text rather than lose the member.
    QCOMPARE(text(*t, 7, "geometry"), QStringLiteral(R"({"type":"Point","coordinates":[1,2],"crs":"local"})"));
    const auto& layout = *t->jsonLayout();
    QCOMPARE(layout.columnTypes[std::size_t(t->columnIndex(QStringLiteral("geometry")))], JsonType::Wkt);
    // Arrays inside properties are child tables keyed by the feature id.
    const auto tags = d.table(QStringLiteral("conservation-areas.tags"));
    QVERIFY(tags);
    QCOMPARE(text(*tags, 1, "value"), QStringLiteral("town centre"));
    QCOMPARE(text(*tags, 1, "_parent_id"), QStringLiteral("CA-1"));
}

void TestGeoJson::roundTrip()
{
    const QByteArray source = fixtureBytes("conservation-areas.geojson");
    const auto result = read(source, QStringLiteral("conservation-areas.geojson"));
    QVERIFY(result.ok());
    const auto written = write(result.value());
    QVERIFY(written.ok());
    QCOMPARE(QJsonDocument::fromJson(written.value()), QJsonDocument::fromJson(source));
    QCOMPARE(written.value(), source);
    // Compact source, compact output.
    const QByteArray compact = QJsonDocument::fromJson(source).toJson(QJsonDocument::Compact);
    const auto again = read(compact, QStringLiteral("c.geojson"));
    QVERIFY(again.ok());
    QCOMPARE(QJsonDocument::fromJson(write(again.value()).value()), QJsonDocument::fromJson(source));
}

void TestGeoJson::typeAfterFeatures()
{
    const QByteArray json =
        R"({"features":[{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[1,2]}}],"type":"FeatureCollection"})";
    const auto result = read(json, QStringLiteral("x.json"));
    QVERIFY(result.ok());
    QCOMPARE(result.value().source.format, QStringLiteral("geojson"));
    QCOMPARE(text(*result.value().tables[0], 0, "geometry"), QStringLiteral("POINT (1 2)"));
    QCOMPARE(write(result.value()).value(), json);
}

void TestGeoJson::collectionWithoutFeatures()
{
    // Found by fuzz_json: with no features array there is no feature table; it reads as plain JSON instead.
    for (const QByteArray& json : {QByteArray(R"({"type":"FeatureCollection","featujes":[{"a":1}]})"),
                                   QByteArray(R"({"type":"FeatureCollection","name":"x"})")}) {
        const auto result = read(json, QStringLiteral("x.geojson"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().source.format, QStringLiteral("json"));
        QCOMPARE(write(result.value()).value(), json);
    }
}

void TestGeoJson::singleFeature()
{
    const QByteArray json =
        R"({"type":"Feature","id":7,"properties":{"a":"b"},"geometry":{"type":"Point","coordinates":[0.5,-1]}})";
    const auto result = read(json, QStringLiteral("one.geojson"));
    QVERIFY(result.ok());
    QCOMPARE(result.value().source.format, QStringLiteral("geojson"));
    const Table& t = *result.value().tables[0];
    QCOMPARE(int(t.rowCount()), 1);
    QCOMPARE(text(t, 0, "id"), QStringLiteral("7"));
    QCOMPARE(text(t, 0, "geometry"), QStringLiteral("POINT (0.5 -1)"));
    QCOMPARE(write(result.value()).value(), json);
}

void TestGeoJson::editedGeometry()
{
    auto result = read(fixtureBytes("conservation-areas.geojson"), QStringLiteral("conservation-areas.geojson"));
    QVERIFY(result.ok());
    auto t = result.value().tables[0];
    const int geometry = t->columnIndex(QStringLiteral("geometry"));
    t->editOverlay().set(2, geometry, "point(5 6)");
    t->editOverlay().set(5, geometry, "LINESTRING (1 1, 2 2)"); // was null
    JsonWriteOptions compact;
    compact.indent = QString();
    const auto written = write(result.value(), compact);
    QVERIFY(written.ok());
    QVERIFY(written.value().contains(R"("geometry":{"type":"Point","coordinates":[5,6]})"));
    QVERIFY(written.value().contains(R"("geometry":{"type":"LineString","coordinates":[[1,1],[2,2]]})"));
    t->editOverlay().set(3, geometry, "POINT (x y)");
    const auto failed = write(result.value(), compact);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("row 4")), qPrintable(failed.error().message));
}

void TestGeoJson::geometryToWkt_data()
{
    QTest::addColumn<QByteArray>("geometry");
    QTest::addColumn<QString>("wkt"); // empty: kept as GeoJSON text
    QTest::newRow("point") << QByteArray(R"({"type":"Point","coordinates":[1,2]})") << "POINT (1 2)";
    QTest::newRow("point zm") << QByteArray(R"({"type":"Point","coordinates":[1,2,3,4]})") << "POINT ZM (1 2 3 4)";
    QTest::newRow("empty point") << QByteArray(R"({"type":"Point","coordinates":[]})") << "POINT EMPTY";
    QTest::newRow("empty polygon") << QByteArray(R"({"coordinates":[],"type":"Polygon"})") << "POLYGON EMPTY";
    QTest::newRow("empty collection") << QByteArray(R"({"type":"GeometryCollection","geometries":[]})")
                                      << "GEOMETRYCOLLECTION EMPTY";
    QTest::newRow("numbers as written") << QByteArray(R"({"type":"Point","coordinates":[1.50,-2e3]})")
                                        << "POINT (1.50 -2e3)";
    QTest::newRow("coordinates first") << QByteArray(R"({"coordinates":[[1,2],[3,4]],"type":"MultiPoint"})")
                                       << "MULTIPOINT ((1 2), (3 4))";
    QTest::newRow("mixed dimensions") << QByteArray(R"({"type":"LineString","coordinates":[[1,2],[3,4,5]]})") << "";
    QTest::newRow("one value") << QByteArray(R"({"type":"Point","coordinates":[1]})") << "";
    QTest::newRow("wrong nesting") << QByteArray(R"({"type":"Polygon","coordinates":[[1,2]]})") << "";
    QTest::newRow("empty ring") << QByteArray(R"({"type":"Polygon","coordinates":[[]]})") << "";
    QTest::newRow("string coordinate") << QByteArray(R"({"type":"Point","coordinates":["1",2]})") << "";
    QTest::newRow("unknown type") << QByteArray(R"({"type":"Circle","coordinates":[1,2]})") << "";
    QTest::newRow("bbox member") << QByteArray(R"({"type":"Point","coordinates":[1,2],"bbox":[1,2,1,2]})") << "";
}

void TestGeoJson::geometryToWkt()
{
    QFETCH(QByteArray, geometry);
    QFETCH(QString, wkt);
    const QByteArray json =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":)" + geometry + "}]}";
    const auto result = read(json, QStringLiteral("g.geojson"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const QString cell = text(*result.value().tables[0], 0, "geometry");
    QCOMPARE(cell, wkt.isEmpty() ? QString::fromUtf8(geometry) : wkt);
    // Same value; a geometry rebuilt from WKT puts "type" first.
    QCOMPARE(QJsonDocument::fromJson(write(result.value()).value()), QJsonDocument::fromJson(json));
}

void TestGeoJson::wktToGeoJson_data()
{
    QTest::addColumn<QString>("wkt");
    QTest::addColumn<QByteArray>("geojson");
    QTest::newRow("point") << "POINT (1 2)" << QByteArray(R"({"type":"Point","coordinates":[1,2]})");
    QTest::newRow("lower case, no space") << "point(1 2)" << QByteArray(R"({"type":"Point","coordinates":[1,2]})");
    QTest::newRow("untagged 3d") << "POINT (1 2 3)" << QByteArray(R"({"type":"Point","coordinates":[1,2,3]})");
    QTest::newRow("EWKT srid") << "SRID=4326;POINT(1 2)" << QByteArray(R"({"type":"Point","coordinates":[1,2]})");
    QTest::newRow("non-JSON numbers") << "POINT (+1. .5)" << QByteArray(R"({"type":"Point","coordinates":[1,0.5]})");
    QTest::newRow("multipoint bare") << "MULTIPOINT (1 2, 3 4)"
                                     << QByteArray(R"({"type":"MultiPoint","coordinates":[[1,2],[3,4]]})");
    QTest::newRow("linestring") << "LINESTRING (30 10, 10 30, 40 40)"
                                << QByteArray(R"({"type":"LineString","coordinates":[[30,10],[10,30],[40,40]]})");
    QTest::newRow("polygon with hole")
        << "POLYGON ((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1))"
        << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]})");
    QTest::newRow("multipolygon") << "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"
                                  << QByteArray(
                                         R"({"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]})");
    QTest::newRow("collection")
        << "GEOMETRYCOLLECTION (POINT Z (1 2 3), LINESTRING EMPTY)"
        << QByteArray(
               R"({"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2,3]},{"type":"LineString","coordinates":[]}]})");
    QTest::newRow("empty") << "POLYGON EMPTY" << QByteArray(R"({"type":"Polygon","coordinates":[]})");
}

void TestGeoJson::wktToGeoJson()
{
    QFETCH(QString, wkt);
    QFETCH(QByteArray, geojson);
    std::string out;
    QVERIFY(plumbline::wktToGeoJson(wkt.toStdString(), out));
    QCOMPARE(QByteArray::fromStdString(out), geojson);
}

void TestGeoJson::invalidWkt_data()
{
    QTest::addColumn<QString>("wkt");
    for (const char* bad : {"", "POINT", "POINT (1)", "POINT (1 2", "POINT (1 2) x", "POINT M (1 2 3)",
                            "LINESTRING (1 2, 3 4 5)", "POINT (1 x)", "POINT (nan 1)", "CIRCLE (1 2)",
                            "POLYGON (1 2, 3 4)", "POINT Z (1 2)", "GEOMETRYCOLLECTION (POINT (1 2)"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestGeoJson::invalidWkt()
{
    QFETCH(QString, wkt);
    std::string out = "kept";
    QVERIFY(!plumbline::wktToGeoJson(wkt.toStdString(), out));
    QCOMPARE(out, std::string("kept"));
}

void TestGeoJson::plainTableWithWkt()
{
    Dataset d;
    d.source.format = QStringLiteral("csv");
    d.tables.push_back(plainTable({"reference", "WKT", "name"}, {{"A1", "POINT (1 2)", "Mill"}, {"A2", "", "Barn"}}));
    JsonWriteOptions options;
    options.format = QStringLiteral("geojson");
    options.indent = QString();
    const auto written = write(d, options);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QCOMPARE(
        written.value(),
        QByteArray(
            R"({"type":"FeatureCollection","features":[)"
            R"({"type":"Feature","properties":{"reference":"A1","name":"Mill"},"geometry":{"type":"Point","coordinates":[1,2]}},)"
            R"({"type":"Feature","properties":{"reference":"A2","name":"Barn"},"geometry":null}]})"
            "\n"));
    // And back: the GeoJSON reads as the same table with a WKT geometry column.
    const auto back = read(written.value(), QStringLiteral("sites.geojson"));
    QVERIFY(back.ok());
    QCOMPARE(text(*back.value().tables[0], 0, "geometry"), QStringLiteral("POINT (1 2)"));
    QCOMPARE(text(*back.value().tables[0], 1, "name"), QStringLiteral("Barn"));
}

void TestGeoJson::plainTableWithLonLat()
{
    Dataset d;
    d.tables.push_back(plainTable({"name", "Longitude", "Latitude"}, {{"x", "-1.5", "52.25"}, {"y", "", ""}}));
    JsonWriteOptions options;
    options.format = QStringLiteral("geojson");
    options.indent = QString();
    const auto written = write(d, options);
    QVERIFY(written.ok());
    QVERIFY(written.value().contains(
        R"({"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[-1.5,52.25]}})"));
    QVERIFY(written.value().contains(R"({"type":"Feature","properties":{"name":"y"},"geometry":null})"));
}

void TestGeoJson::plainTableErrors()
{
    JsonWriteOptions options;
    options.format = QStringLiteral("geojson");
    Dataset noGeometry;
    noGeometry.tables.push_back(plainTable({"name"}, {{"x"}}));
    auto r = write(noGeometry, options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("no geometry column")));
    Dataset badWkt;
    badWkt.tables.push_back(plainTable({"geometry"}, {{"POINT (1 2)"}, {"POINT (1 2"}}));
    r = write(badWkt, options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("row 2")));
    Dataset badLon;
    badLon.tables.push_back(plainTable({"lon", "lat"}, {{"east", "52"}}));
    r = write(badLon, options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("not numbers")));
}

void TestGeoJson::planningRegisterGeometry_data()
{
    // Which column gives a row's geometry, and which columns stay properties.
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QByteArrayList>("features"); // each feature's properties and geometry, in order
    QTest::newRow("geometry, else point")
        << QByteArray("reference,geometry,point\n"
                      "A1,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\",POINT (0.5 0.2)\n"
                      "A2,,POINT (-1.5 52.25)\nA3,,\n")
        << QByteArrayList{R"({"reference":"A1"},"geometry":{"type":"Polygon")",
                          R"({"reference":"A2"},"geometry":{"type":"Point","coordinates":[-1.5,52.25]})",
                          R"({"reference":"A3"},"geometry":null)"};
    QTest::newRow("point alone")
        << QByteArray("reference,point,name\nA1,POINT (-1.5 52.25),Mill\n")
        << QByteArrayList{R"({"reference":"A1","name":"Mill"},"geometry":{"type":"Point","coordinates":[-1.5,52.25]})"};
    QTest::newRow("a WKT column by its values")
        << QByteArray("reference,PolygonMapped?\nA1,\"MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))\"\nA2,\n")
        << QByteArrayList{R"({"reference":"A1"},"geometry":{"type":"MultiPolygon")",
                          R"({"reference":"A2"},"geometry":null)"};
    QTest::newRow("grid references")
        << QByteArray("CaseReference,GeoX,GeoY\nA1,530000,180000\nA2,-1.088,52.870\nA3,,\n")
        << QByteArrayList{R"({"CaseReference":"A1"},"geometry":{"type":"Point","coordinates":[-0.128354,51.503991]})",
                          R"({"CaseReference":"A2"},"geometry":{"type":"Point","coordinates":[-1.088000,52.870000]})",
                          R"({"CaseReference":"A3"},"geometry":null)"};
}

void TestGeoJson::planningRegisterGeometry()
{
    QFETCH(QByteArray, csv);
    QFETCH(QByteArrayList, features);
    NullProgress progress;
    auto dataset = readCsvBytes(csv, QStringLiteral("register.csv"), CsvReadOptions{}, progress);
    QVERIFY(dataset.ok());
    JsonWriteOptions options;
    options.format = QStringLiteral("geojson");
    options.indent = QString();
    const auto written = write(dataset.value(), options);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    qsizetype at = 0;
    for (const QByteArray& feature : features) {
        const QByteArray expected = R"({"type":"Feature","properties":)" + feature;
        const qsizetype found = written.value().indexOf(expected, at);
        QVERIFY2(found >= 0, written.value().constData());
        at = found + expected.size();
    }
    QCOMPARE(written.value().count(R"("type":"Feature")"), qsizetype(features.size()));
}

void TestGeoJson::planningSampleExports()
{
    // The generated register (planning.data.gov.uk columns: a point on every row, no geometry column).
    PlanningSampleOptions sample;
    sample.rows = 1000;
    NullProgress progress;
    auto dataset =
        readCsvBytes(generatePlanningSample(sample), QStringLiteral("register.csv"), CsvReadOptions{}, progress);
    QVERIFY(dataset.ok());
    JsonWriteOptions options;
    options.format = QStringLiteral("geojson");
    const auto written = write(dataset.value(), options);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    const QJsonObject root = QJsonDocument::fromJson(written.value()).object();
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    QCOMPARE(features.size(), 1000);
    int points = 0;
    for (const auto& f : features) {
        const QJsonObject feature = f.toObject();
        QVERIFY(!feature.value(QLatin1String("properties")).toObject().contains(QLatin1String("point")));
        QVERIFY(feature.value(QLatin1String("properties")).toObject().contains(QLatin1String("reference")));
        points += feature.value(QLatin1String("geometry")).toObject().value(QLatin1String("type")).toString() ==
                  QLatin1String("Point");
    }
    QVERIFY(points >= 990); // a few defect rows have an empty point
}

QTEST_APPLESS_MAIN(TestGeoJson)
#include "tst_geojson.moc"
