// Golden-file tests for the `header` check kind: tests/data/checks/header/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksHeader : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("header")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksHeader)
#include "tst_checks_header.moc"
