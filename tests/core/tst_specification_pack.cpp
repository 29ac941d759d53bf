// planning.data.gov.uk specification → rule pack: the pack generated from the fixture specification
// (tests/data/specification/, the real files' shape) against a golden pack, the notices for what is skipped,
// the optional required column, and errors for missing files. Set PLUMBLINE_UPDATE_GOLDEN=1 to rewrite
// expected-pack.json from the current output, then review the diff.
#include "packs/rule_pack_loader.h"
#include "packs/specification_pack.h"
#include "rules/codelist_repository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace plumbline;

namespace {

const QString kSpec = QStringLiteral(PLUMBLINE_TEST_DATA "/specification/");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSpecificationPack : public QObject
{
    Q_OBJECT
private slots:
    void planningApplicationMatchesTheGoldenPack()
    {
        auto generated = SpecificationPack::fromDirectory(kSpec, QStringLiteral("planning-application"), kSpec);
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().toString()));
        const QString goldenPath = kSpec + QStringLiteral("expected-pack.json");
        if (qEnvironmentVariableIsSet("PLUMBLINE_UPDATE_GOLDEN"))
            QVERIFY(writeFile(goldenPath, QJsonDocument(generated.value().json).toJson(QJsonDocument::Indented)));
        QFile golden(goldenPath);
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(golden.readAll()).object();
        if (generated.value().json != expected)
            qWarning("%s", QJsonDocument(generated.value().json).toJson(QJsonDocument::Indented).constData());
        QCOMPARE(generated.value().json, expected);
        // The pack loads, codelist paths resolved against the pack's folder.
        CheckEnv env;
        env.codelists = std::make_shared<CodelistRepository>();
        env.today = QDate(2026, 1, 1);
        RulePackLoader loader(env);
        auto pack =
            loader.loadBytes(QJsonDocument(generated.value().json).toJson(), QStringLiteral("generated"), kSpec);
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
    }

    void goldenPackIsValidAgainstTheJsonSchema()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: cannot run the JSON Schema validator");
        QProcess validate;
        validate.start(python, {QStringLiteral("-c"),
                                QStringLiteral("import json, sys, jsonschema\n"
                                               "jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))"
                                               ".validate(json.load(open(sys.argv[2])))\n"),
                                QStringLiteral(PLUMBLINE_TEST_DATA "/../../docs/rule-pack.schema.json"),
                                kSpec + QStringLiteral("expected-pack.json")});
        QVERIFY(validate.waitForFinished(60000));
        const QByteArray err = validate.readAllStandardError();
        if (err.contains("No module named 'jsonschema'"))
            QSKIP("the python3 jsonschema module is not installed (apt-get install python3-jsonschema)");
        QVERIFY2(validate.exitCode() == 0, err.constData());
    }

    void noticesSayWhatIsSkipped_data()
    {
        QTest::addColumn<QString>("notice");
        QTest::newRow("retired field") << QStringLiteral("field 'latitude' was retired on 2020-07-30");
    }
    void noticesSayWhatIsSkipped()
    {
        QFETCH(QString, notice);
        auto generated = SpecificationPack::fromDirectory(kSpec, QStringLiteral("planning-application"));
        QVERIFY(generated.ok());
        const QString all = generated.value().notices.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(notice), qPrintable(all));
        // Without a pack folder, codelist paths are absolute.
        for (const auto& r : generated.value().json.value(QLatin1String("rules")).toArray()) {
            const QString codelist =
                r.toObject().value(QLatin1String("params")).toObject().value(QLatin1String("codelist")).toString();
            QVERIFY(codelist.isEmpty() || QDir::isAbsolutePath(codelist));
        }
    }

    void requiredColumnAndMissingCodelists()
    {
        QTemporaryDir dir;
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("field.csv")),
                      "field,name,datatype,cardinality,parent-field,replacement-field,description,end-date,typology\n"
                      "reference,Reference,string,1,text,,,,value\n"
                      "status,Status,string,1,category,,,,category\n"
                      "odd,Odd,quaternion,1,value,,,,value\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("dataset-field.csv")),
                          "dataset,field,field-dataset,guidance,hint,required\n"
                          "thing,reference,,,,yes\nthing,status,,,,\nthing,odd,,,,\nthing,ghost,,,,\n"));
        auto generated = SpecificationPack::fromDirectory(dir.path(), QStringLiteral("thing"));
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().toString()));
        QStringList ids;
        for (const auto& r : generated.value().json.value(QLatin1String("rules")).toArray())
            ids << r.toObject().value(QLatin1String("id")).toString();
        QCOMPARE(ids, QStringList{QStringLiteral("SPEC-reference-required")});
        const QString notices = generated.value().notices.join(QLatin1Char('\n'));
        QVERIFY2(notices.contains(QStringLiteral("no codelist status.csv")), qPrintable(notices));
        QVERIFY2(notices.contains(QStringLiteral("unknown datatype 'quaternion'")), qPrintable(notices));
        QVERIFY2(notices.contains(QStringLiteral("field 'ghost' of thing is not in field.csv")), qPrintable(notices));
    }

    void missingFilesAreErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("no field.csv") << QStringLiteral("dataset-field.csv") << QStringLiteral("no field.csv");
        QTest::newRow("no dataset-field.csv") << QStringLiteral("field.csv") << QStringLiteral("no dataset-field.csv");
    }
    void missingFilesAreErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(file), "dataset,field\nx,y\n"));
        auto generated = SpecificationPack::fromDirectory(dir.path(), QStringLiteral("x"));
        QVERIFY(!generated.ok());
        QVERIFY2(generated.error().toString().contains(message), qPrintable(generated.error().toString()));
    }

    void theParentFolderFindsTheCodelistsToo()
    {
        // tests/data holds the fixture in specification/, as a clone of digital-land/specification does.
        auto generated = SpecificationPack::fromDirectory(QStringLiteral(PLUMBLINE_TEST_DATA),
                                                          QStringLiteral("planning-application"));
        QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error().toString()));
        int codelists = 0;
        for (const auto& rule : generated.value().json.value(QStringLiteral("rules")).toArray())
            codelists += rule.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("codelist");
        QCOMPARE(codelists, 2);
    }

    void datasetsAreListedOnceSorted()
    {
        const auto names = SpecificationPack::datasets(kSpec);
        QVERIFY2(names.ok(), names.ok() ? "" : qPrintable(names.error().toString()));
        QCOMPARE(names.value(),
                 (QStringList{QStringLiteral("brownfield-land"), QStringLiteral("planning-application")}));
        QTemporaryDir empty;
        const auto none = SpecificationPack::datasets(empty.path());
        QVERIFY(!none.ok());
        QVERIFY(none.error().toString().contains(QStringLiteral("no dataset-field.csv")));
    }
};

QTEST_APPLESS_MAIN(TestSpecificationPack)
#include "tst_specification_pack.moc"
