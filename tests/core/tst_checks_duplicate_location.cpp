// Golden-file tests for the `duplicate-location` check kind (PA-27):
// tests/data/checks/duplicate-location/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksDuplicateLocation : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("duplicate-location")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksDuplicateLocation)
#include "tst_checks_duplicate_location.moc"
