// Golden-file tests for the `geometry` check kind:
// tests/data/checks/geometry/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksGeometry : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("geometry")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksGeometry)
#include "tst_checks_geometry.moc"
