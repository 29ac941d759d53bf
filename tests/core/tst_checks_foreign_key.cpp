// Golden-file tests for the `foreign-key` check kind:
// tests/data/checks/foreign-key/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksForeignKey : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("foreign-key")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksForeignKey)
#include "tst_checks_foreign_key.moc"
