// Golden-file tests for the `contains` check kind:
// tests/data/checks/contains/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksContains : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("contains")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksContains)
#include "tst_checks_contains.moc"
