// Golden-file tests for the `codelist-active` check kind:
// tests/data/checks/codelist-active/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksCodelistActive : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("codelist-active")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksCodelistActive)
#include "tst_checks_codelist_active.moc"
