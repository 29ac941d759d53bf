// Golden-file tests for the `reference-suffix` check kind (PA-07):
// tests/data/checks/reference-suffix/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

#include "checks/check_registry.h"
#include "checks/planning/reference_suffix_check.h"

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
        QTest::addColumn<QByteArray>("reference");
        QTest::addColumn<QByteArray>("suffix");
        QTest::newRow("idox") << QByteArray("17/05993/OUT") << QByteArray("OUT");
        QTest::newRow("year after the suffix") << QByteArray("132900/LPL/2022") << QByteArray("LPL");
        QTest::newRow("suffix first") << QByteArray("NMA/2013/0233") << QByteArray("NMA");
        QTest::newRow("dorset") << QByteArray("P/HOU/2020/00123") << QByteArray("HOU");
        QTest::newRow("bops dashes") << QByteArray("22-00006-S73") << QByteArray("S73");
        QTest::newRow("mixed segment") << QByteArray("13/00858/HCC3S") << QByteArray("HCC3S");
        QTest::newRow("digit-first segment") << QByteArray("17H/0002") << QByteArray("");
        QTest::newRow("numbers only") << QByteArray("2011/0734") << QByteArray("");
        QTest::newRow("trailing space") << QByteArray("17/06112/FUL ") << QByteArray("FUL");
        QTest::newRow("dot in segment") << QByteArray("17/06112/FUL.A") << QByteArray("");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("separators only") << QByteArray("//-") << QByteArray("");
    }
    void defaultSuffix()
    {
        QFETCH(QByteArray, reference);
        QFETCH(QByteArray, suffix);
        const std::string ref = reference.toStdString();
        QCOMPARE(QByteArray::fromStdString(std::string(ReferenceSuffixCheck::defaultSuffix(ref))), suffix);
    }

    void badParameters_data()
    {
        QTest::addColumn<QByteArray>("params");
        QTest::addColumn<QString>("error");
        QTest::newRow("map type not in the codelist")
            << QByteArray("{\"map\": {\"FUL\": \"fulll\"}}") << QStringLiteral("not a value of the type codelist");
        QTest::newRow("two capture groups")
            << QByteArray("{\"pattern\": \"(a)(b)\"}") << QStringLiteral("exactly one capture group");
        QTest::newRow("bad regex") << QByteArray("{\"pattern\": \"(a\"}")
                                   << QStringLiteral("not a valid RE2 expression");
        QTest::newRow("suffix too long") << QByteArray("{\"map\": {\"TOOLONGSUFFIX\": \"full\"}}")
                                         << QStringLiteral("1 to 8 characters");
        QTest::newRow("map value not a string")
            << QByteArray("{\"map\": {\"FUL\": 3}}") << QStringLiteral("expected a type or an array");
    }
    void badParameters()
    {
        QFETCH(QByteArray, params);
        QFETCH(QString, error);
        plumbline::Rule rule;
        rule.id = QStringLiteral("R");
        rule.kind = QStringLiteral("reference-suffix");
        rule.columns = QStringList{QStringLiteral("reference"), QStringLiteral("type")};
        rule.params = QJsonDocument::fromJson(params).object();
        auto check = plumbline::CheckRegistry::create(rule, plumbline::testing::testEnv(), QStringLiteral("$"));
        QVERIFY(!check.ok());
        QVERIFY2(check.error().message.contains(error), qPrintable(check.error().message));
    }
};

QTEST_APPLESS_MAIN(TstChecksReferenceSuffix)
#include "tst_checks_reference_suffix.moc"
