// Golden-file tests for the `day-month-order` check kind (PA-12):
// tests/data/checks/day-month-order/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksDayMonthOrder : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("day-month-order")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksDayMonthOrder)
#include "tst_checks_day_month_order.moc"
