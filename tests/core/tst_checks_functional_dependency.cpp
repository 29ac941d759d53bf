// Golden-file tests for the `functional-dependency` check kind:
// tests/data/checks/functional-dependency/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksFunctionalDependency : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("functional-dependency")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksFunctionalDependency)
#include "tst_checks_functional_dependency.moc"
