// Golden-file tests for the `range` check kind: tests/data/checks/range/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksRange : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("range")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksRange)
#include "tst_checks_range.moc"
