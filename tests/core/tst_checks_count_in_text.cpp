// Golden-file tests for the `count-in-text` check kind (brownfield MinNetDwellings vs description):
// tests/data/checks/count-in-text/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksCountInText : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("count-in-text")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksCountInText)
#include "tst_checks_count_in_text.moc"
