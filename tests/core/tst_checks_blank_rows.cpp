// Golden-file tests for the `blank-rows` check kind:
// tests/data/checks/blank-rows/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksBlankRows : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("blank-rows")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksBlankRows)
#include "tst_checks_blank_rows.moc"
