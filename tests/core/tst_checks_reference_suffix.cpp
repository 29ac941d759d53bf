// Golden-file tests for the `reference-suffix` check kind (PA-07):
// tests/data/checks/reference-suffix/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

#include "checks/check_registry.h"
#include "checks/reference_suffix_check.h"

using plumbline::ReferenceSuffixCheck;

class TstChecksReferenceSuffix : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("reference-suffix")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }

    void defaultSuffix_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("idox") << "17/05993/OUT" << "OUT";
        QTest::newRow("year after the suffix") << "132900/LPL/2022" << "LPL";
        QTest::newRow("suffix first") << "NMA/2013/0233" << "NMA";
        QTest::newRow("dorset") << "P/HOU/2020/00123" << "HOU";
        QTest::newRow("bops dashes") << "22-00006-S73" << "S73";
        QTest::newRow("mixed segment") << "13/00858/HCC3S" << "HCC3S";
        QTest::newRow("digit-first segment") << "17H/0002" << "";
        QTest::newRow("numbers only") << "2011/0734" << "";
        QTest::newRow("trailing space") << "17/06112/FUL " << "FUL";
        QTest::newRow("dot in segment") << "17/06112/FUL.A" << "";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("separators only") << "//-" << "";
    }
    void defaultSuffix()
    {
        QFETCH(QString, reference);
        QFETCH(QString, suffix);
        const std::string ref = reference.toStdString();
        QCOMPARE(QString::fromStdString(std::string(ReferenceSuffixCheck::defaultSuffix(ref))), suffix);
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("error");
        QTest::newRow("map type not in the codelist") << R"({"map": {"FUL": "fulll"}})" << "not a value of the type codelist";
        QTest::newRow("two capture groups") << R"({"pattern": "(a)(b)"})" << "exactly one capture group";
        QTest::newRow("bad regex") << R"({"pattern": "(a"})" << "not a valid RE2 expression";
        QTest::newRow("map value not a string") << R"({"map": {"FUL": 3}})" << "expected a type or an array";
    }
    void badParameters()
    {
        QFETCH(QString, params);
        QFETCH(QString, error);
        plumbline::Rule rule;
        rule.id = QStringLiteral("R");
        rule.kind = QStringLiteral("reference-suffix");
        rule.columns = QStringList{QStringLiteral("reference"), QStringLiteral("type")};
        rule.params = QJsonDocument::fromJson(params.toUtf8()).object();
        auto check = plumbline::CheckRegistry::create(rule, plumbline::testing::testEnv(), QStringLiteral("$"));
        QVERIFY(!check.ok());
        QVERIFY2(check.error().message.contains(error), qPrintable(check.error().message));
    }
};

QTEST_APPLESS_MAIN(TstChecksReferenceSuffix)
#include "tst_checks_reference_suffix.moc"
