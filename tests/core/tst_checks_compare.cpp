// Golden-file tests for the `compare` check kind: tests/data/checks/compare/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksCompare : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("compare")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksCompare)
#include "tst_checks_compare.moc"
