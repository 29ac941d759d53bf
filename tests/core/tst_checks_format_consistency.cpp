// Golden-file tests for the `format-consistency` check kind:
// tests/data/checks/format-consistency/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksFormatConsistency : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("format-consistency")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksFormatConsistency)
#include "tst_checks_format_consistency.moc"
