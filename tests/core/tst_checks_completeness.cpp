// Golden-file tests for the `completeness` check kind:
// tests/data/checks/completeness/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksCompleteness : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("completeness")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksCompleteness)
#include "tst_checks_completeness.moc"
