// Golden-file tests for the `determination-period` check kind (PA-17):
// tests/data/checks/determination-period/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksDeterminationPeriod : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("determination-period")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksDeterminationPeriod)
#include "tst_checks_determination_period.moc"
