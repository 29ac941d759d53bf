// plumbline-cli and schema-derived packs, run as a process: a Data Package's own schemas run with `check`, a
// standalone Table Schema with --schema, `packs --from-schema` and `packs --from-specification` write packs that
// load and find the defects of small files.
#include "cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kSchema = QStringLiteral(PLUMBLINE_TEST_DATA "/datapackage/schemapack/");
const QString kSpec = QStringLiteral(PLUMBLINE_TEST_DATA "/specification/");

using Run = plumbline::test::CliRun;

Run cli(const QStringList& args)
{
    return plumbline::test::runCli(args);
}

QJsonObject byRule(const Run& run)
{
    return QJsonDocument::fromJson(run.out)
        .object()
        .value(QLatin1String("summary"))
        .toObject()
        .value(QLatin1String("by_rule"))
        .toObject();
}

} // namespace

class TestCliSchema : public QObject
{
    Q_OBJECT
private slots:
    void dataPackageRunsItsSchemas()
    {
        const Run run =
            cli({QStringLiteral("check"), kSchema + QStringLiteral("datapackage.json"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2026-01-01")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonArray packs = report.value(QLatin1String("packs")).toArray();
        QVERIFY(packs.contains(QStringLiteral("table-schema:applications")));
        QVERIFY(packs.contains(QStringLiteral("table-schema:officers")));
        const QJsonObject rules = byRule(run);
        QCOMPARE(rules.value(QLatin1String("TS-applications.received-type")).toInt(), 2);
        QCOMPARE(rules.value(QLatin1String("TS-applications.parent-foreign-key")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("TS-officers.id-primary-key")).toInt(), 2);
        // The table field names the resource.
        bool sawOfficers = false;
        for (const auto& f : report.value(QLatin1String("findings")).toArray())
            sawOfficers =
                sawOfficers || f.toObject().value(QLatin1String("table")).toString() == QLatin1String("officers");
        QVERIFY(sawOfficers);
    }

    void standaloneSchema()
    {
        const Run run = cli({QStringLiteral("check"), kSchema + QStringLiteral("standalone.csv"),
                             QStringLiteral("--schema"), kSchema + QStringLiteral("standalone-schema.json"),
                             QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(run.out)
                    .object()
                    .value(QLatin1String("packs"))
                    .toArray()
                    .contains(QStringLiteral("table-schema:standalone-schema")));
        const QJsonObject rules = byRule(run);
        QCOMPARE(rules.value(QLatin1String("TS-id-required")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("TS-id-primary-key")).toInt(), 2);
        QCOMPARE(rules.value(QLatin1String("TS-name-length")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("TS-when-type")).toInt(), 2);
        QCOMPARE(rules.value(QLatin1String("TS-share-type")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("TS-share-range")).toInt(), 1);
    }

    void hostileSchemaIsNotedNotFatal()
    {
        const Run run = cli({QStringLiteral("check"), kSchema + QStringLiteral("standalone.csv"),
                             QStringLiteral("--schema"), kSchema + QStringLiteral("hostile-schema.json"),
                             QStringLiteral("--fail-on"), QStringLiteral("never")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("plumbline-cli: note:"), run.err.constData());
        QVERIFY2(run.err.contains("unknown type 'foo'"), run.err.constData());
    }

    void packsFromSchemaWritesALoadablePack()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pack.json"));
        const Run write = cli({QStringLiteral("packs"), QStringLiteral("--from-schema"),
                               kSchema + QStringLiteral("datapackage.json"), QStringLiteral("--out"), out});
        QVERIFY2(write.exitCode == 0, write.err.constData());
        const Run show = cli({QStringLiteral("packs"), out});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        QVERIFY(show.out.contains("TS-applications.reference-primary-key"));
        // Without --out the pack goes to standard output.
        const Run print = cli({QStringLiteral("packs"), QStringLiteral("--from-schema"),
                               kSchema + QStringLiteral("standalone-schema.json")});
        QCOMPARE(print.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(print.out).object().value(QLatin1String("rules")).toArray().size() > 3);
    }

    void packsFromSpecificationFindsDefects()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("planning-application.json"));
        const Run write =
            cli({QStringLiteral("packs"), QStringLiteral("--from-specification"), kSpec, QStringLiteral("--dataset"),
                 QStringLiteral("planning-application"), QStringLiteral("--out"), out});
        QVERIFY2(write.exitCode == 0, write.err.constData());
        QVERIFY2(write.err.contains("field 'latitude' was retired"), write.err.constData());
        const Run run = cli({QStringLiteral("check"), kSpec + QStringLiteral("planning-application.csv"),
                             QStringLiteral("--pack"), out, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject rules = byRule(run);
        QCOMPARE(rules.value(QLatin1String("SPEC-planning-application-status-codelist")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("SPEC-planning-application-type-codelist")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("SPEC-decision-date-datatype")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("SPEC-documentation-url-datatype")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("SPEC-ground-area-datatype")).toInt(), 1);
        QCOMPARE(rules.value(QLatin1String("SPEC-item-datatype")).toInt(), 1);
        bool sawApproved = false;
        bool sawBadDate = false;
        for (const auto& f : QJsonDocument::fromJson(run.out).object().value(QLatin1String("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            sawApproved = sawApproved || (o.value(QLatin1String("rule")).toString() ==
                                              QLatin1String("SPEC-planning-application-status-codelist") &&
                                          o.value(QLatin1String("value")).toString() == QLatin1String("approved"));
            sawBadDate = sawBadDate ||
                         (o.value(QLatin1String("rule")).toString() == QLatin1String("SPEC-decision-date-datatype") &&
                          o.value(QLatin1String("value")).toString() == QLatin1String("2024-02-30"));
        }
        QVERIFY(sawApproved);
        QVERIFY(sawBadDate);
    }

    void specificationErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no dataset") << QStringList{QStringLiteral("--from-specification"), kSpec}
                                    << QByteArray("needs --dataset");
        QTest::newRow("unknown dataset") << QStringList{QStringLiteral("--from-specification"), kSpec,
                                                        QStringLiteral("--dataset"), QStringLiteral("no-such-dataset")}
                                         << QByteArray("no fields for the dataset 'no-such-dataset'");
        QTest::newRow("not a folder") << QStringList{QStringLiteral("--from-specification"),
                                                     kSpec + QStringLiteral("field.csv"), QStringLiteral("--dataset"),
                                                     QStringLiteral("x")}
                                      << QByteArray("not a folder");
    }
    void specificationErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run run = cli(QStringList{QStringLiteral("packs")} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
};

QTEST_APPLESS_MAIN(TestCliSchema)
#include "tst_cli_schema.moc"
