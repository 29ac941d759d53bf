// Golden-file tests for the `conditional` check kind:
// tests/data/checks/conditional/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksConditional : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("conditional")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksConditional)
#include "tst_checks_conditional.moc"
