// Frictionless Data Packages: reading a descriptor with CSV (multi-part, dialect, encoding), inline rows and
// objects, external and inline Table Schemas, foreign keys as relations; writing one back and reading it again
// gives the same tables, schemas and relations; bad descriptors fail with an Error naming the resource.
#include "io/datapackage/datapackage_reader.h"
#include "io/datapackage/datapackage_writer.h"
#include "io/datapackage/table_schema.h"
#include "io/dataset_writer.h"
#include "table_fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace plumbline;
using namespace table_fixtures;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/datapackage/") + QString::fromLatin1(name);
}

QStringList relations(const Dataset& dataset)
{
    QStringList out;
    for (const Relation& r : dataset.relations)
        out << QStringLiteral("%1.%2->%3.%4").arg(r.fromTable, r.fromColumn, r.toTable, r.toColumn);
    return out;
}

/// A package folder with one descriptor and the given files.
QString writePackage(const QTemporaryDir& dir, const QByteArray& descriptor,
                     const QList<QPair<QString, QByteArray>>& files = {})
{
    for (const auto& [name, bytes] : files) {
        QDir(dir.path()).mkpath(QFileInfo(dir.filePath(name)).path());
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
    }
    QFile file(dir.filePath(QStringLiteral("datapackage.json")));
    file.open(QIODevice::WriteOnly);
    file.write(descriptor);
    return file.fileName();
}

} // namespace

class TestDataPackage : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryTabularResource()
    {
        NullProgress progress;
        const auto read = readDataPackage(fixture("basic/datapackage.json"), {}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        const Dataset& dataset = read.value();
        QCOMPARE(dataset.source.format, QStringLiteral("datapackage"));
        QStringList names;
        for (const auto& table : dataset.tables)
            names << table->name();
        QCOMPARE(names, L({"persons", "memberships", "parties", "wards", "codes"})); // the PNG is skipped

        QCOMPARE(cells(*dataset.table(QStringLiteral("persons"))),
                 (QList<QStringList>{L({"1", "Ann Smith", "02/01/1970", "female", "Y", "Q42"}),
                                     L({"2", "Bob Jones", "n/a", "male", "N", ""}),
                                     L({"3", "Cé, Dupont", "15/03/1985", "other", "Y", "Q7"})}));
        // Inline rows: the first is the header; a short row reads as empty cells.
        QCOMPARE(cells(*dataset.table(QStringLiteral("parties"))),
                 (QList<QStringList>{L({"lab", "Labour"}), L({"con", "Conservative"}), L({"ind", ""})}));
        // Inline objects: keys as columns (each object's keys in Qt's sorted order, first seen first).
        const Table& wards = *dataset.table(QStringLiteral("wards"));
        QCOMPARE(columnNames(wards), L({"name", "seats", "urban", "notes", "codes"}));
        QCOMPARE(cells(wards), (QList<QStringList>{L({"North", "3", "true", "", ""}), L({"South", "2.5", "", "", ""}),
                                                   L({"East", "", "", "", "[\"E1\",\"E2\"]"})}));
        // Two parts, ';' dialect, no header (names from the schema), windows-1252.
        const Table& codes = *dataset.table(QStringLiteral("codes"));
        QCOMPARE(columnNames(codes), L({"code", "label"}));
        QCOMPARE(cells(codes), (QList<QStringList>{L({"A", "Café"}), L({"B", "naïve"}), L({"C", "€ sign"})}));
        for (const auto& table : dataset.tables)
            QVERIFY(!table->layout()); // rows do not come from the descriptor file: nothing to copy faithfully
    }

    void schemasAndRelations()
    {
        NullProgress progress;
        const auto read = readDataPackage(fixture("basic"), {}, progress); // the folder works too
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        const Dataset& dataset = read.value();
        QCOMPARE(dataset.schemas.size(), std::size_t(4)); // wards has none
        const TableSchema& persons = *dataset.schemas.at(QStringLiteral("persons"));
        QCOMPARE(persons.table, QStringLiteral("persons"));
        QCOMPARE(persons.fields.size(), std::size_t(6));
        QCOMPARE(persons.primaryKey, L({"id"}));
        QCOMPARE(persons.missingValues, L({"", "n/a"}));
        const TableSchemaField& id = *persons.field(QStringLiteral("id"));
        QCOMPARE(id.type, QStringLiteral("integer"));
        QVERIFY(id.constraints.required);
        QVERIFY(id.constraints.unique);
        QCOMPARE(id.constraints.minimum, QStringLiteral("1"));
        const TableSchemaField& name = *persons.field(QStringLiteral("name"));
        QCOMPARE(name.title, QStringLiteral("Full name"));
        QCOMPARE(name.constraints.minLength, std::optional<qint64>(2));
        QCOMPARE(name.constraints.maxLength, std::optional<qint64>(80));
        QCOMPARE(persons.field(QStringLiteral("born"))->format, QStringLiteral("%d/%m/%Y"));
        QCOMPARE(*persons.field(QStringLiteral("gender"))->constraints.enumValues, L({"female", "male", "other"}));
        QCOMPARE(persons.field(QStringLiteral("councillor"))->trueValues, L({"Y"}));
        QCOMPARE(persons.field(QStringLiteral("wikidata"))->constraints.pattern, QStringLiteral("Q[1-9][0-9]*"));
        QVERIFY(persons.descriptor.contains(QLatin1String("x-unmodelled")));

        const TableSchema& memberships = *dataset.schemas.at(QStringLiteral("memberships"));
        QCOMPARE(memberships.foreignKeys.size(), std::size_t(4));
        QCOMPARE(memberships.foreignKeys[2].fields, L({"ward", "party_id"}));
        QCOMPARE(memberships.foreignKeys[3].resource, QString());
        // Single-field keys between loaded tables; the composite one stays in the schema only.
        QCOMPARE(relations(dataset), L({"memberships.person_id->persons.id", "memberships.party_id->parties.id",
                                        "memberships.replaces->memberships.person_id"}));
    }

    void roundTrip()
    {
        NullProgress progress;
        const auto first = readDataPackage(fixture("basic/datapackage.json"), {}, progress);
        QVERIFY(first.ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("copy"));
        const auto written = writeDataPackage(first.value(), out, progress);
        QVERIFY2(!written, written ? qPrintable(written->toString()) : "");
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("copy/datapackage.json"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("copy/persons.csv"))));

        const auto second = readDataPackage(out, {}, progress);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
        QCOMPARE(second.value().tables.size(), first.value().tables.size());
        for (std::size_t t = 0; t < first.value().tables.size(); ++t) {
            const Table& a = *first.value().tables[t];
            const Table& b = *second.value().tables[t];
            QCOMPARE(b.name(), a.name());
            QCOMPARE(columnNames(b), columnNames(a));
            QCOMPARE(cells(b), cells(a));
        }
        QCOMPARE(relations(second.value()), relations(first.value()));
        // Schemas come back as read (unmodelled keys included); wards gets an inferred one.
        for (const auto& [name, schema] : first.value().schemas)
            QCOMPARE(second.value().schemas.at(name)->descriptor, schema->descriptor);
        const TableSchema& wards = *second.value().schemas.at(QStringLiteral("wards"));
        QStringList types;
        for (const auto& field : wards.fields)
            types << field.type;
        QCOMPARE(types, L({"string", "number", "boolean", "string", "string"}));
    }

    void writeFromOtherSources()
    {
        // A dataset without schemas: inferred types, resource names from table names, relations as foreign keys.
        Dataset dataset;
        dataset.source.path = QStringLiteral("/somewhere/Council Register.xlsx");
        dataset.tables.push_back(makeTable(
            QStringLiteral("Planning Apps"), L({"ref", "received", "fee", "decided", "status"}),
            {L({"1", "2024-01-02", "12.5", "2024-01-02T10:00:00", "yes"}), L({"2", "2024-02-03", "7", "", "no"})}));
        dataset.tables.push_back(
            makeTable(QStringLiteral("conditions"), L({"app_ref", "text"}), {L({"1", "Hours 8-6"})}));
        dataset.relations.push_back(Relation{QStringLiteral("conditions"), QStringLiteral("app_ref"),
                                             QStringLiteral("Planning Apps"), QStringLiteral("ref")});
        QTemporaryDir dir;
        NullProgress progress;
        const QString descriptor = dir.filePath(QStringLiteral("datapackage.json"));
        QVERIFY(!writeDataPackage(dataset, descriptor, progress));
        QFile file(descriptor);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("council-register"));
        const QJsonObject apps = json.value(QLatin1String("resources")).toArray().at(0).toObject();
        QCOMPARE(apps.value(QLatin1String("name")).toString(), QStringLiteral("planning-apps"));
        QCOMPARE(apps.value(QLatin1String("title")).toString(), QStringLiteral("Planning Apps"));
        QCOMPARE(apps.value(QLatin1String("path")).toString(), QStringLiteral("planning-apps.csv"));

        const auto read = readDataPackage(descriptor, {}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read.value().tables[0]->name(), QStringLiteral("planning-apps"));
        QCOMPARE(cells(*read.value().tables[0]), cells(*dataset.tables[0]));
        QCOMPARE(relations(read.value()), L({"conditions.app_ref->planning-apps.ref"}));
        const TableSchema& schema = *read.value().schemas.at(QStringLiteral("planning-apps"));
        QStringList types;
        for (const auto& field : schema.fields)
            types << field.type;
        QCOMPARE(types, L({"integer", "date", "number", "datetime", "boolean"}));
        QCOMPARE(schema.fields[4].trueValues.last(), QStringLiteral("yes"));
    }

    void exportDispatch()
    {
        // exportDataset recognises the descriptor name (not the .json extension, which means plain JSON).
        Dataset dataset;
        dataset.tables.push_back(makeTable(QStringLiteral("a"), L({"x"}), {L({"1"})}));
        dataset.tables.push_back(makeTable(QStringLiteral("b"), L({"y"}), {L({"2"})}));
        QTemporaryDir dir;
        NullProgress progress;
        ExportOptions options;
        options.table = QStringLiteral("b");
        QVERIFY(!exportDataset(dataset, dir.filePath(QStringLiteral("DataPackage.json")), options, progress));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("b.csv"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.csv"))));
    }

    void inferredTypes_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("format");
        QTest::newRow("integers") << L({"1", "-2", ""}) << QStringLiteral("integer") << QStringLiteral("default");
        QTest::newRow("numbers") << L({"1", "2.5"}) << QStringLiteral("number") << QStringLiteral("default");
        QTest::newRow("ISO dates") << L({"2024-01-31", ""}) << QStringLiteral("date") << QStringLiteral("default");
        QTest::newRow("UK dates") << L({"31/01/2024"}) << QStringLiteral("date") << QStringLiteral("%d/%m/%Y");
        QTest::newRow("mixed date forms")
            << L({"31/01/2024", "2024-01-31"}) << QStringLiteral("string") << QStringLiteral("default");
        QTest::newRow("datetimes") << L({"2024-01-31T10:00:00", "2024-01-31"}) << QStringLiteral("string")
                                   << QStringLiteral("default");
        QTest::newRow("booleans") << L({"true", "FALSE"}) << QStringLiteral("boolean") << QStringLiteral("default");
        QTest::newRow("text") << L({"a", "1"}) << QStringLiteral("string") << QStringLiteral("default");
        QTest::newRow("empty") << L({"", ""}) << QStringLiteral("string") << QStringLiteral("default");
    }

    void inferredTypes()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, type);
        QFETCH(QString, format);
        QList<QStringList> rows;
        for (const QString& v : values)
            rows << QStringList{v};
        const TableSchema schema = inferTableSchema(*makeTable(QStringLiteral("t"), L({"c"}), rows));
        QCOMPARE(schema.fields.front().type, type);
        QCOMPARE(schema.fields.front().format, format);
    }

    void resourceNames()
    {
        QCOMPARE(dataPackageResourceName(QStringLiteral("Planning Apps 2024")), QStringLiteral("planning-apps-2024"));
        QCOMPARE(dataPackageResourceName(QStringLiteral("persons")), QStringLiteral("persons"));
        QCOMPARE(dataPackageResourceName(QStringLiteral("a/b\\c")), QStringLiteral("a-b-c"));
        QCOMPARE(dataPackageResourceName(QStringLiteral("東京")), QStringLiteral("table"));
    }

    void badPackages_data()
    {
        QTest::addColumn<QByteArray>("descriptor");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not JSON") << QByteArray("{\"resources\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("no resources") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("no \"resources\" array");
        QTest::newRow("remote path")
            << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"https://example.org/r.csv\"}]}")
            << QStringLiteral("Resource \"r\": https://example.org/r.csv is a remote URL");
        QTest::newRow("path leaving the folder")
            << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"../secret.csv\"}]}")
            << QStringLiteral("leaves the package folder");
        QTest::newRow("absolute path")
            << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"/etc/passwd\", \"format\": \"csv\"}]}")
            << QStringLiteral("leaves the package folder");
        QTest::newRow("missing file") << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"missing.csv\"}]}")
                                      << QStringLiteral("missing.csv");
        QTest::newRow("bad delimiter")
            << QByteArray(
                   "{\"resources\": [{\"name\": \"r\", \"path\": \"ok.csv\", \"dialect\": {\"delimiter\": \"::\"}}]}")
            << QStringLiteral("the delimiter \"::\"");
        QTest::newRow("unknown encoding")
            << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"ok.csv\", \"encoding\": \"klingon\"}]}")
            << QStringLiteral("the encoding \"klingon\"");
        QTest::newRow("duplicate names") << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"ok.csv\"}, "
                                                       "{\"name\": \"r\", \"path\": \"ok.csv\"}]}")
                                         << QStringLiteral("two resources have this name");
        QTest::newRow("fields not an array")
            << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"ok.csv\", \"schema\": {\"fields\": {}}}]}")
            << QStringLiteral("The schema of resource \"r\": \"fields\" must be an array");
        QTest::newRow("field without a name") << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"ok.csv\", "
                                                            "\"schema\": {\"fields\": [{\"type\": \"integer\"}]}}]}")
                                              << QStringLiteral("field 1 has no name");
        QTest::newRow("foreign key size mismatch")
            << QByteArray("{\"resources\": [{\"name\": \"r\", \"path\": \"ok.csv\", \"schema\": {\"fields\": "
                          "[{\"name\": \"a\"}], \"foreignKeys\": [{\"fields\": [\"a\"], \"reference\": {\"resource\": "
                          "\"\", \"fields\": [\"a\", \"b\"]}}]}}]}")
            << QStringLiteral("foreign key 1 must name as many fields");
        QTest::newRow("inline data not an array")
            << QByteArray("{\"resources\": [{\"name\": \"r\", \"data\": \"a,b\"}]}")
            << QStringLiteral("inline \"data\" must be an array");
    }

    void badPackages()
    {
        QFETCH(QByteArray, descriptor);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = writePackage(dir, descriptor, {{QStringLiteral("ok.csv"), "a,b\n1,2\n"}});
        NullProgress progress;
        const auto read = readDataPackage(path, {}, progress);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().toString().contains(messagePart), qPrintable(read.error().toString()));
    }

    void pickResources()
    {
        NullProgress progress;
        DataPackageReadOptions options;
        options.resources = L({"parties"});
        const auto read = readDataPackage(fixture("basic/datapackage.json"), options, progress);
        QVERIFY(read.ok());
        QCOMPARE(read.value().tables.size(), std::size_t(1));
        QVERIFY(read.value().relations.empty());
        options.resources = L({"logo"});
        QVERIFY(!readDataPackage(fixture("basic/datapackage.json"), options, progress).ok());
    }
};

QTEST_APPLESS_MAIN(TestDataPackage)
#include "tst_datapackage.moc"
