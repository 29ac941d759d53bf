// Golden-file tests for the `codelist` check kind:
// tests/data/checks/codelist/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksCodelist : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("codelist")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksCodelist)
#include "tst_checks_codelist.moc"
