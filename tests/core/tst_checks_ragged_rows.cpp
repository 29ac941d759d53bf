// Golden-file tests for the `ragged-rows` check kind:
// tests/data/checks/ragged-rows/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksRaggedRows : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("ragged-rows")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksRaggedRows)
#include "tst_checks_ragged_rows.moc"
