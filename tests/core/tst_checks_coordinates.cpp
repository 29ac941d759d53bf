// Golden-file tests for the `coordinates` check kind:
// tests/data/checks/coordinates/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksCoordinates : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("coordinates")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksCoordinates)
#include "tst_checks_coordinates.moc"
