// Golden-file tests for the `within-boundary` check kind (PA-26):
// tests/data/checks/within-boundary/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksWithinBoundary : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("within-boundary")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksWithinBoundary)
#include "tst_checks_within_boundary.moc"
