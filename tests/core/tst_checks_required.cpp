// Golden-file tests for the `required` check kind:
// tests/data/checks/required/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksRequired : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("required")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksRequired)
#include "tst_checks_required.moc"
