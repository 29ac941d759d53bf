// The planning.data.gov.uk quality ladder from findings: golden cases built from small CSV fixtures and a pack
// whose rules carry the platform's issue types. The level, the reasons that hold it there and the sentence the
// CLI prints are all compared.
#include "check_test_support.h"

#include "quality/platform_issue_types.h"
#include "quality/quality_level.h"

using namespace plumbline;

namespace {

const QByteArray kPack = R"({
  "pack": "q",
  "key": ["reference"],
  "rules": [
    {"id": "MISSING", "severity": "error", "issue-type": "missing value", "columns": ["reference"], "kind": "required",
     "message": "blank"},
    {"id": "UNIQUE", "severity": "error", "issue-type": "reference values are not unique",
     "columns": ["reference", "organisation"], "kind": "unique", "message": "repeated"},
    {"id": "DATE", "severity": "error", "issue-type": "invalid date", "columns": ["start-date"], "kind": "type",
     "params": {"type": "date"}, "message": "not a date"},
    {"id": "FAR", "severity": "error", "issue-type": "far-past-date", "columns": ["start-date"], "kind": "range",
     "params": {"min": "1799-12-31"}, "message": "far past"},
    {"id": "ORG", "severity": "error", "issue-type": "invalid organisation", "columns": ["organisation"],
     "kind": "codelist", "params": {"codelist": "organisation", "synonym": "notice"}, "message": "unknown"},
    {"id": "POINT", "severity": "error", "issue-type": "WGS84 out of bounds of England", "columns": ["point"],
     "kind": "geometry", "params": {"check": "england"}, "message": "outside"},
    {"id": "PLAIN", "severity": "error", "columns": ["start-date"], "kind": "range", "params": {"max": "2030-01-01"},
     "message": "no issue type"}
  ]
})";

struct Outcome
{
    QualityAssessment assessment;
    std::size_t findings = 0;
};

Outcome assess(const QByteArray& csv)
{
    const Dataset dataset = testing::datasetFromCsv(csv);
    RulePackLoader loader(testing::testEnv());
    auto pack = loader.loadBytes(kPack, QStringLiteral("q.json"));
    if (!pack)
        qFatal("%s", qPrintable(pack.error().toString()));
    const Validator validator(RuleSet::fromPacks({pack.value()}), testing::testEnv());
    NullProgress progress;
    const ValidationResult result = validator.validate(dataset, progress);
    return {assessQuality(result.findings, dataset), result.findings.size()};
}

} // namespace

class TstQualityLevel : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("summary");
        const QByteArray header = "reference,organisation,start-date,point\n";
        QTest::newRow("no records") << header << 0
                                    << QStringLiteral("level 0 of 4 (no data): the file has no records.");
        QTest::newRow("clean") << header + "A1,local-authority:CMD,2023-01-02,POINT (-0.14 51.53)\n"
                                           "A2,local-authority:CMD,2023-01-03,\n"
                               << 4
                               << QStringLiteral("level 4 of 4 (data that is trustworthy): no finding holds it lower.");
        QTest::newRow("a bad date") << header +
                                           "A1,local-authority:CMD,2023-02-30,\nA2,local-authority:CMD,2023-01-03,\n"
                                    << 3
                                    << QStringLiteral(
                                           "level 3 of 4 (data that is good for ODP): 1 'invalid date' error "
                                           "(DATE) keeps it at level 3.");
        QTest::newRow("duplicates hold it lower than dates")
            << header + "A1,local-authority:CMD,2023-02-30,\nA1,local-authority:CMD,2023-01-03,\n"
                        "A2,local-authority:CMD,,\n,local-authority:CMD,,\n"
            << 2
            << QStringLiteral("level 2 of 4 (authoritative data from the LPA): 2 'reference values are not unique' "
                              "errors (UNIQUE) keep it at level 2; 1 'invalid date' error (DATE); 1 'missing value' "
                              "error (MISSING) would then keep it at level 3.");
        QTest::newRow("outside England") << header + "A1,local-authority:CMD,2023-01-02,POINT (2.35 48.85)\n"
                                         << 2
                                         << QStringLiteral(
                                                "level 2 of 4 (authoritative data from the LPA): 1 'WGS84 out "
                                                "of bounds of England' error (POINT) keeps it at level 2.");
        QTest::newRow("not the LPA's data")
            << header + "A1,Historic England,2023-01-02,\nA2,Historic England,2023-01-03,\n"
            << 1
            << QStringLiteral(
                   "level 1 of 4 (some data): none of the 2 organisation values is a planning authority, so "
                   "the data is not the LPA's own keeps it at level 1; 2 'invalid organisation' errors (ORG) "
                   "would then keep it at level 3.");
        QTest::newRow("one good organisation makes it the LPA's")
            << header + "A1,local-authority:CMD,2023-01-02,\nA2,Historic England,2023-01-03,\n"
            << 3
            << QStringLiteral("level 3 of 4 (data that is good for ODP): 1 'invalid organisation' error (ORG) keeps it "
                              "at level 3.");
        QTest::newRow("synonyms the platform accepts do not count")
            << header + "A1,Camden,2023-01-02,\nA2,E60000188,2023-01-03,\n"
            << 4 << QStringLiteral("level 4 of 4 (data that is trustworthy): no finding holds it lower.");
        QTest::newRow("issue types without a level and rules without one do not count")
            << header + "A1,local-authority:CMD,1700-01-01,\nA2,local-authority:CMD,2040-01-01,\n"
            << 4 << QStringLiteral("level 4 of 4 (data that is trustworthy): no finding holds it lower.");
    }
    void golden()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, level);
        QFETCH(QString, summary);
        const Outcome outcome = assess(csv);
        QCOMPARE(int(outcome.assessment.level), level);
        QCOMPARE(outcome.assessment.summary(), summary);
        for (const auto& r : outcome.assessment.blockers())
            QCOMPARE(int(r.level), level);
    }

    void jsonCarriesTheReasons()
    {
        const Outcome outcome = assess("reference,organisation,start-date,point\nA1,local-authority:CMD,2023-02-30,\n");
        const QJsonObject o = outcome.assessment.toJson();
        QCOMPARE(o.value(QStringLiteral("level")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("label")).toString(), QStringLiteral("data that is good for ODP"));
        const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
        QCOMPARE(reasons.size(), 1);
        const QJsonObject r = reasons.first().toObject();
        QCOMPARE(r.value(QStringLiteral("issue_type")).toString(), QStringLiteral("invalid date"));
        QCOMPARE(r.value(QStringLiteral("criteria")).toString(), QStringLiteral("any other validity error"));
        QCOMPARE(r.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("rules")).toArray().first().toString(), QStringLiteral("DATE"));
    }

    void parseLevels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("number") << QStringLiteral("3") << 3;
        QTest::newRow("name") << QStringLiteral("authoritative") << 2;
        QTest::newRow("odp") << QStringLiteral("ODP") << 3;
        QTest::newRow("too high") << QStringLiteral("5") << -1;
        QTest::newRow("word") << QStringLiteral("good") << -1;
    }
    void parseLevels()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        QualityLevel parsed = QualityLevel::NoData;
        const bool ok = parseQualityLevel(text, &parsed);
        QCOMPARE(ok, level >= 0);
        if (ok)
            QCOMPARE(int(parsed), level);
    }

    /// Every issue type with a level is graded at error or notice by the platform and has a criterion.
    void platformTableIsConsistent()
    {
        for (const auto& t : platformIssueTypes()) {
            if (t.qualityLevel == 0)
                continue;
            QVERIFY2(QByteArray(t.criteria).size() > 0, t.name);
            QVERIFY2(t.qualityLevel == 2 || t.qualityLevel == 3, t.name);
        }
        QVERIFY(findPlatformIssueType(QStringLiteral("missing associated entity")));
        QVERIFY(!findPlatformIssueType(QStringLiteral("Missing value")));
    }
};

QTEST_GUILESS_MAIN(TstQualityLevel)
#include "tst_quality_level.moc"
