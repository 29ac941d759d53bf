// Golden-file tests for the `combined-value` check kind (one cell holding several values where the field takes
// one): tests/data/checks/combined-value/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

#include "checks/check_registry.h"
#include "checks/planning/combined_value_check.h"

using plumbline::CombinedValueCheck;

class TstChecksCombinedValue : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("combined-value")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }

    void split_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArrayList>("parts");
        QTest::newRow("semicolon") << QByteArray("a; b") << QByteArrayList{"a", "b"};
        QTest::newRow("longest separator wins") << QByteArray("a and b") << QByteArrayList{"a", "b"};
        QTest::newRow("blank parts dropped") << QByteArray(";a;;b;") << QByteArrayList{"a", "b"};
        QTest::newRow("no separator") << QByteArray("abc") << QByteArrayList{"abc"};
        QTest::newRow("only separators") << QByteArray(" ; | ") << QByteArrayList{};
        QTest::newRow("line break") << QByteArray("a\nb") << QByteArrayList{"a", "b"};
    }
    void split()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArrayList, parts);
        const std::vector<std::string> separators{" and ", ";", "|", "\n", " "};
        QByteArrayList actual;
        const std::string text = value.toStdString();
        for (const auto part : CombinedValueCheck::split(text, separators))
            actual << QByteArray(part.data(), qsizetype(part.size()));
        QCOMPARE(actual, parts);
    }

    void badParameters_data()
    {
        QTest::addColumn<QByteArray>("params");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown type") << QByteArray("{\"type\": \"colour\"}") << QStringLiteral("expected one of");
        QTest::newRow("empty separators")
            << QByteArray("{\"separators\": [\"\"]}") << QStringLiteral("at least one non-empty separator");
        QTest::newRow("codelist missing") << QByteArray("{\"type\": \"codelist\"}") << QStringLiteral("codelist");
        QTest::newRow("unknown key") << QByteArray("{\"seperators\": [\";\"]}") << QStringLiteral("unknown");
    }
    void badParameters()
    {
        QFETCH(QByteArray, params);
        QFETCH(QString, error);
        plumbline::Rule rule;
        rule.id = QStringLiteral("R");
        rule.kind = QStringLiteral("combined-value");
        rule.columns = QStringList{QStringLiteral("reference")};
        rule.params = QJsonDocument::fromJson(params).object();
        auto check = plumbline::CheckRegistry::create(rule, plumbline::testing::testEnv(), QStringLiteral("$"));
        QVERIFY(!check.ok());
        QVERIFY2(check.error().message.contains(error), qPrintable(check.error().message));
    }
};

QTEST_APPLESS_MAIN(TstChecksCombinedValue)
#include "tst_checks_combined_value.moc"
