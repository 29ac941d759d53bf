// Golden-file tests for the `pattern` check kind: tests/data/checks/pattern/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksPattern : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("pattern")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksPattern)
#include "tst_checks_pattern.moc"
