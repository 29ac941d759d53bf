// Golden-file tests for the `encoding` check kind:
// tests/data/checks/encoding/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksEncoding : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("encoding")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksEncoding)
#include "tst_checks_encoding.moc"
