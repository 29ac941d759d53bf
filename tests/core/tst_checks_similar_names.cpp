// Golden-file tests for the `similar-names` check kind:
// tests/data/checks/similar-names/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksSimilarNames : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("similar-names")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksSimilarNames)
#include "tst_checks_similar_names.moc"
