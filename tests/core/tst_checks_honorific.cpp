// Golden-file tests for the `honorific` check kind:
// tests/data/checks/honorific/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksHonorific : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("honorific")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksHonorific)
#include "tst_checks_honorific.moc"
