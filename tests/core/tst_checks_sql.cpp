// Golden-file tests for the `sql` check kind: tests/data/checks/sql/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksSql : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("sql")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksSql)
#include "tst_checks_sql.moc"
