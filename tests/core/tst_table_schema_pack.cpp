// Table Schema → rule pack: the lexical types, the rules generated from fields, constraints and keys, hostile
// schemas (notices, never a failure), missing values, the end-to-end findings on a Data Package fixture, and the
// generated pack against docs/rule-pack.schema.json.
#include "io/dataset_reader.h"
#include "packs/pack_catalog.h"
#include "packs/rule_pack_loader.h"
#include "packs/table_schema_pack.h"
#include "rules/codelist_repository.h"
#include "validator/validator.h"
#include "values/schema_value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace plumbline;

namespace {

const QString kDir = QStringLiteral(PLUMBLINE_TEST_DATA "/datapackage/schemapack/");

QStringList ruleIds(const QJsonObject& pack)
{
    QStringList ids;
    for (const auto& r : pack.value(QLatin1String("rules")).toArray())
        ids << r.toObject().value(QLatin1String("id")).toString();
    return ids;
}

CheckEnv testEnv()
{
    CheckEnv env;
    env.codelists = std::make_shared<CodelistRepository>();
    env.today = QDate(2026, 1, 1);
    return env;
}

} // namespace

class TestTableSchemaPack : public QObject
{
    Q_OBJECT
private slots:
    void valueTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        auto row = [](const char* name, const char* type, const char* format, const char* value, bool ok) {
            QTest::newRow(name) << QString::fromUtf8(type) << QString::fromUtf8(format) << QString::fromUtf8(value)
                                << ok;
        };
        row("integer", "integer", "default", "-42", true);
        row("integer with a point", "integer", "default", "4.0", false);
        row("integer with a group", "integer", "default", "1,000", false);
        row("number exponent", "number", "default", "-1.5e3", true);
        row("number NaN", "number", "default", "NaN", true);
        row("number words", "number", "default", "twelve", false);
        row("number bare point", "number", "default", ".", false);
        row("date ISO", "date", "default", "2024-02-29", true);
        row("date 30 February", "date", "default", "2023-02-30", false);
        row("date day-first", "date", "default", "29/02/2024", false);
        row("date pattern", "date", "%d/%m/%Y", "29/02/2024", true);
        row("date pattern impossible", "date", "%d/%m/%Y", "31/04/2024", false);
        row("date pattern trailing", "date", "%d/%m/%Y", "01/02/2024x", false);
        row("date pattern month name", "date", "%d %b %Y", "3 Mar 2021", true);
        row("date any", "date", "any", "3 March 2021", true);
        row("time", "time", "default", "23:59:60", true);
        row("time hour 25", "time", "default", "25:00:00", false);
        row("datetime zone", "datetime", "default", "2024-01-01T10:00:00+01:00", true);
        row("datetime fraction Z", "datetime", "default", "2024-01-01T10:00:00.123Z", true);
        row("datetime space", "datetime", "default", "2024-01-01 10:00:00", false);
        row("year", "year", "default", "1999", true);
        row("year short", "year", "default", "99", false);
        row("yearmonth", "yearmonth", "default", "2024-12", true);
        row("yearmonth 13", "yearmonth", "default", "2024-13", false);
        row("duration", "duration", "default", "P1Y2M3DT4H5M6.5S", true);
        row("duration empty", "duration", "default", "P", false);
        row("duration time without T", "duration", "default", "P4H", false);
        row("email", "string", "email", "a.b@example.org", true);
        row("email two ats", "string", "email", "a@b@example.org", false);
        row("uri", "string", "uri", "https://example.org/x", true);
        row("uri no scheme", "string", "uri", "example.org", false);
        row("uuid", "string", "uuid", "123e4567-e89b-12d3-a456-426614174000", true);
        row("uuid short", "string", "uuid", "123e4567-e89b-12d3-a456", false);
        row("binary", "string", "binary", "aGVsbG8=", true);
        row("binary bad", "string", "binary", "a$b=", false);
        row("geopoint", "geopoint", "default", "-1.5, 52.1", true);
        row("geopoint out of range", "geopoint", "default", "200, 10", false);
        row("geopoint array", "geopoint", "array", "[-1.5, 52.1]", true);
        row("geopoint object", "geopoint", "object", "{\"lon\": 1, \"lat\": 2}", true);
        row("geopoint object wrong keys", "geopoint", "object", "{\"x\": 1, \"y\": 2}", false);
        row("geojson", "geojson", "default", "{\"type\": \"Point\", \"coordinates\": [0, 0]}", true);
        row("geojson no type", "geojson", "default", "{\"coordinates\": [0, 0]}", false);
        row("topojson", "geojson", "topojson", "{\"type\": \"Topology\"}", true);
        row("object", "object", "default", "{\"a\": [1]}", true);
        row("object is array", "object", "default", "[1]", false);
        row("array", "array", "default", "[1, 2]", true);
        row("array broken", "array", "default", "[1, 2", false);
        row("json scalar", "json", "default", "\"text\"", true);
        row("json broken", "json", "default", "{broken", false);
        row("boolean default", "boolean", "default", "TRUE", true);
        row("boolean yes", "boolean", "default", "yes", false);
        row("any", "any", "default", "whatever", true);
    }
    void valueTypes()
    {
        QFETCH(QString, type);
        QFETCH(QString, format);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        SchemaValueType t;
        QString problem;
        QVERIFY2(t.configure(type, format, &problem), qPrintable(problem));
        std::string reason;
        const std::string text = value.toStdString();
        QCOMPARE(t.accepts(text, &reason), accepted);
        if (!accepted)
            QVERIFY2(!reason.empty(), "a rejected value says why");
    }

    void numberSyntax()
    {
        SchemaValueType t;
        QString problem;
        QVERIFY(t.configure(QStringLiteral("number"), QString(), &problem));
        t.setNumberSyntax(QStringLiteral(","), QStringLiteral("."), false);
        std::string reason;
        QVERIFY(t.accepts("€1.234,50", &reason));
        QVERIFY(t.accepts("12,5%", &reason));
        QVERIFY(!t.accepts("1,2,3", &reason));
        QVERIFY(!t.accepts("abc", &reason));
    }

    void unknownTypesAreRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("problem");
        QTest::newRow("type") << QStringLiteral("foo") << QString() << QStringLiteral("unknown type 'foo'");
        QTest::newRow("string format") << QStringLiteral("string") << QStringLiteral("telepathy")
                                       << QStringLiteral("unknown format 'telepathy'");
        QTest::newRow("date directive") << QStringLiteral("date") << QStringLiteral("%Q-%d")
                                        << QStringLiteral("unsupported directive %Q");
        QTest::newRow("lone percent") << QStringLiteral("date") << QStringLiteral("%Y%")
                                      << QStringLiteral("directive %");
    }
    void unknownTypesAreRefused()
    {
        QFETCH(QString, type);
        QFETCH(QString, format);
        QFETCH(QString, problem);
        SchemaValueType t;
        QString got;
        QVERIFY(!t.configure(type, format, &got));
        QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void rulesFromDataPackage()
    {
        auto generated = TableSchemaPack::fromFile(kDir + QStringLiteral("datapackage.json"));
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().toString()));
        const QStringList expected = {QStringLiteral("TS-applications.reference-required"),
                                      QStringLiteral("TS-applications.reference-pattern"),
                                      QStringLiteral("TS-applications.received-type"),
                                      QStringLiteral("TS-applications.decided-type"),
                                      QStringLiteral("TS-applications.fee-type"),
                                      QStringLiteral("TS-applications.units-type"),
                                      QStringLiteral("TS-applications.units-range"),
                                      QStringLiteral("TS-applications.status-enum"),
                                      QStringLiteral("TS-applications.urgent-type"),
                                      QStringLiteral("TS-applications.contact-type"),
                                      QStringLiteral("TS-applications.contact-length"),
                                      QStringLiteral("TS-applications.site-type"),
                                      QStringLiteral("TS-applications.extra-type"),
                                      QStringLiteral("TS-applications.officer_id-type"),
                                      QStringLiteral("TS-applications.reference-primary-key"),
                                      QStringLiteral("TS-applications.officer_id-foreign-key"),
                                      QStringLiteral("TS-applications.parent-foreign-key"),
                                      QStringLiteral("TS-officers.id-type"),
                                      QStringLiteral("TS-officers.id-required"),
                                      QStringLiteral("TS-officers.name-required"),
                                      QStringLiteral("TS-officers.name-unique"),
                                      QStringLiteral("TS-officers.id-primary-key")};
        QCOMPARE(ruleIds(generated.value().json), expected);
        QVERIFY2(generated.value().notices.isEmpty(), qPrintable(generated.value().notices.join(QLatin1Char('\n'))));
        RulePackLoader loader(testEnv());
        auto pack = loader.loadBytes(QJsonDocument(generated.value().json).toJson(), QStringLiteral("generated"));
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
        // Every rule of a resource is bound to its table; missingValues travel with each rule.
        for (const auto& rule : pack.value().rules) {
            QVERIFY(rule.table == QLatin1String("applications") || rule.table == QLatin1String("officers"));
            if (rule.table == QLatin1String("applications"))
                QCOMPARE(rule.missingValues, QStringList{QStringLiteral("NA")});
        }
    }

    void hostileSchemaGivesNotices_data()
    {
        QTest::addColumn<QString>("notice");
        QTest::newRow("bad RE2 pattern") << QStringLiteral(
            "field 'bad pattern': bad pattern matches the schema's pattern is not checked");
        QTest::newRow("infinite bound") << QStringLiteral("the bound '1e999' is not a finite number");
        QTest::newRow("unknown type") << QStringLiteral("unknown type 'foo'");
        QTest::newRow("bad date directive") << QStringLiteral("unsupported directive %Q");
        QTest::newRow("empty enum") << QStringLiteral("enum is empty");
        QTest::newRow("datetime bounds") << QStringLiteral("minimum/maximum on a datetime field are not checked");
        QTest::newRow("unknown string format") << QStringLiteral("unknown format 'telepathy'");
        QTest::newRow("composite foreign key") << QStringLiteral("composite foreign key (huge, mystery)");
        QTest::newRow("undeclared key field")
            << QStringLiteral("field 'ghost': the primary key names a field the schema does not declare");
    }
    void hostileSchemaGivesNotices()
    {
        QFETCH(QString, notice);
        auto generated = TableSchemaPack::fromFile(kDir + QStringLiteral("hostile-schema.json"));
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().toString()));
        const QString all = generated.value().notices.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(notice), qPrintable(all));
        // What is left still loads: a hostile schema costs rules, never the pack.
        RulePackLoader loader(testEnv());
        auto pack = loader.loadBytes(QJsonDocument(generated.value().json).toJson(), QStringLiteral("hostile"));
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
        QVERIFY(ruleIds(generated.value().json).contains(QStringLiteral("TS-na_ve_name-range")));
        QVERIFY(ruleIds(generated.value().json).contains(QStringLiteral("TS-bad_pattern_huge_ghost-primary-key")));
    }

    void notASchemaIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{\"fields\": [");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("no fields") << QByteArray("{\"name\": \"x\"}");
        QTest::newRow("fields not objects") << QByteArray("{\"fields\": [1, 2]}");
    }
    void notASchemaIsAnError()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        auto generated = TableSchemaPack::fromFile(path);
        QVERIFY(!generated.ok());
        QVERIFY(!generated.error().toString().isEmpty());
    }

    void dataPackageFindings()
    {
        NullProgress progress;
        auto dataset = readDataset(kDir + QStringLiteral("datapackage.json"), ReadOptions{}, progress);
        QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().toString()));
        QCOMPARE(dataset.value().schemas.size(), std::size_t(2));
        RulePackLoader loader(testEnv());
        QStringList notices;
        auto packs = TableSchemaPack::forDataset(dataset.value(), loader, &notices);
        QVERIFY2(packs.ok(), qPrintable(packs.ok() ? QString() : packs.error().toString()));
        QCOMPARE(packs.value().size(), std::size_t(2));
        QCOMPARE(packs.value()[0].name, QStringLiteral("table-schema:applications"));
        const Validator validator(RuleSet::fromPacks(packs.value()), testEnv());
        const auto result = validator.validate(dataset.value(), progress);
        std::map<QString, int> counts;
        std::map<QString, QStringList> values;
        for (std::size_t i = 0; i < result.findings.size(); ++i) {
            const Finding f = result.findings.finding(i);
            ++counts[f.rule];
            values[f.rule] << f.value;
        }
        // One defect per constraint in applications.csv / officers.csv; row 3's "NA" cells are missing values
        // and give no finding at all.
        const std::map<QString, int> expected = {
            {QStringLiteral("TS-applications.reference-required"), 1},
            {QStringLiteral("TS-applications.reference-pattern"), 1},
            {QStringLiteral("TS-applications.received-type"), 2},
            {QStringLiteral("TS-applications.decided-type"), 2},
            {QStringLiteral("TS-applications.fee-type"), 2},
            {QStringLiteral("TS-applications.units-type"), 1},
            {QStringLiteral("TS-applications.units-range"), 2},
            {QStringLiteral("TS-applications.status-enum"), 1},
            {QStringLiteral("TS-applications.urgent-type"), 1},
            {QStringLiteral("TS-applications.contact-type"), 1},
            {QStringLiteral("TS-applications.contact-length"), 1},
            {QStringLiteral("TS-applications.site-type"), 1},
            {QStringLiteral("TS-applications.extra-type"), 1},
            {QStringLiteral("TS-applications.reference-primary-key"), 2},
            {QStringLiteral("TS-applications.officer_id-foreign-key"), 1},
            {QStringLiteral("TS-applications.parent-foreign-key"), 1},
            {QStringLiteral("TS-officers.id-type"), 1},
            {QStringLiteral("TS-officers.name-required"), 1},
            {QStringLiteral("TS-officers.name-unique"), 2},
            {QStringLiteral("TS-officers.id-primary-key"), 2},
        };
        for (const auto& [rule, n] : counts)
            qInfo("%s: %d (%s)", qPrintable(rule), n, qPrintable(values[rule].join(QLatin1String(" | "))));
        QCOMPARE(counts, expected);
        QCOMPARE(values[QStringLiteral("TS-applications.fee-type")],
                 (QStringList{QStringLiteral("abc"), QStringLiteral("1,2,3")}));
        QCOMPARE(values[QStringLiteral("TS-applications.parent-foreign-key")], QStringList{QStringLiteral("AB/9999")});
        QCOMPARE(values[QStringLiteral("TS-applications.officer_id-foreign-key")], QStringList{QStringLiteral("9")});
    }

    void generatedPackIsValidAgainstTheJsonSchema_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("data package") << QStringLiteral("datapackage.json");
        QTest::newRow("standalone") << QStringLiteral("standalone-schema.json");
        QTest::newRow("hostile") << QStringLiteral("hostile-schema.json");
    }
    void generatedPackIsValidAgainstTheJsonSchema()
    {
        QFETCH(QString, source);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: cannot run the JSON Schema validator");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
        if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
            QSKIP("the python3 jsonschema module is not installed (apt-get install python3-jsonschema)");
        auto generated = TableSchemaPack::fromFile(kDir + source);
        QVERIFY(generated.ok());
        QTemporaryDir dir;
        const QString packPath = dir.filePath(QStringLiteral("pack.json"));
        QFile file(packPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(generated.value().json).toJson());
        file.close();
        const QString script = QStringLiteral("import json, sys, jsonschema\n"
                                              "schema = json.load(open(sys.argv[1]))\n"
                                              "pack = json.load(open(sys.argv[2]))\n"
                                              "jsonschema.Draft202012Validator(schema).validate(pack)\n");
        QProcess validate;
        validate.start(python, {QStringLiteral("-c"), script,
                                QStringLiteral(PLUMBLINE_TEST_DATA "/../../docs/rule-pack.schema.json"), packPath});
        QVERIFY(validate.waitForFinished(60000));
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardError().constData());
    }
};

QTEST_APPLESS_MAIN(TestTableSchemaPack)
#include "tst_table_schema_pack.moc"
