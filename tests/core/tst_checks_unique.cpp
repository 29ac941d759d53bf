// Golden-file tests for the `unique` check kind: tests/data/checks/unique/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksUnique : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("unique")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksUnique)
#include "tst_checks_unique.moc"
