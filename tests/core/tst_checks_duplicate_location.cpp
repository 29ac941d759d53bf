// Golden-file tests for the `duplicate-location` check kind (PA-27):
// tests/data/checks/duplicate-location/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksDuplicateLocation : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("duplicate-location")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }

    // Above 4,096 points the hashes are bucket-sorted: the repeats must still be found, and only they.
    void manyPoints()
    {
        using namespace plumbline;
        QByteArray csv("reference,point\n");
        const int rows = 20000;
        for (int i = 0; i < rows; ++i) {
            // Distinct points on a grid; every 1,000th row repeats the point of the row before it.
            const int cell = (i % 1000 == 999) ? i - 1 : i;
            csv += "R" + QByteArray::number(i) + ",POINT (" + QByteArray::number(-1.0 + (cell % 200) * 1e-4, 'f', 6) +
                   " " + QByteArray::number(52.0 + (cell / 200) * 1e-4, 'f', 6) + ")\n";
        }
        const Dataset dataset = testing::datasetFromCsv(csv);
        RulePackLoader loader(testing::testEnv());
        auto pack = loader.loadBytes("{\"pack\": \"t\", \"rules\": [{\"id\": \"PA-27\", \"severity\": \"warning\", "
                                     "\"columns\": [\"point\", \"reference\"], \"kind\": \"duplicate-location\", "
                                     "\"message\": \"{detail}\"}]}",
                                     QStringLiteral("inline"), QString());
        QVERIFY2(pack.ok(), pack.ok() ? "" : qPrintable(pack.error().toString()));
        const Validator validator(RuleSet::fromPacks({pack.value()}), testing::testEnv());
        NullProgress progress;
        const ValidationResult result = validator.validate(dataset, progress);
        QCOMPARE(result.findings.size(), std::size_t(2 * (rows / 1000)));
        for (std::size_t i = 0; i < result.findings.size(); ++i) {
            const auto row = result.findings.record(i).row; // 1-based: rows 999 and 1000, 1999 and 2000, …
            QVERIFY2(row % 1000 == 0 || row % 1000 == 999, qPrintable(QString::number(row)));
        }
    }
};

QTEST_APPLESS_MAIN(TstChecksDuplicateLocation)
#include "tst_checks_duplicate_location.moc"
