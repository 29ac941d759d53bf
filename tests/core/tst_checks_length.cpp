// Golden-file tests for the `length` check kind: tests/data/checks/length/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksLength : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("length")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksLength)
#include "tst_checks_length.moc"
