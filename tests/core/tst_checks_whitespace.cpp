// Golden-file tests for the `whitespace` check kind:
// tests/data/checks/whitespace/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksWhitespace : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("whitespace")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksWhitespace)
#include "tst_checks_whitespace.moc"
