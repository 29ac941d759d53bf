// Golden-file tests for the `overlap` check kind: tests/data/checks/overlap/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksOverlap : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("overlap")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksOverlap)
#include "tst_checks_overlap.moc"
