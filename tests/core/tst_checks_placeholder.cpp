// Golden-file tests for the `placeholder` check kind:
// tests/data/checks/placeholder/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksPlaceholder : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("placeholder")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksPlaceholder)
#include "tst_checks_placeholder.moc"
