// Golden-file tests for the `duplicate-rows` check kind:
// tests/data/checks/duplicate-rows/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksDuplicateRows : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("duplicate-rows")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksDuplicateRows)
#include "tst_checks_duplicate_rows.moc"
