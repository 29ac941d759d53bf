// Golden-file tests for the `type` check kind: tests/data/checks/type/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksType : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("type")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksType)
#include "tst_checks_type.moc"
