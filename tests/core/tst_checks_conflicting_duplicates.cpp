// Golden-file tests for the `conflicting-duplicates` check kind:
// tests/data/checks/conflicting-duplicates/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

class TstChecksConflictingDuplicates : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("conflicting-duplicates")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }
};

QTEST_APPLESS_MAIN(TstChecksConflictingDuplicates)
#include "tst_checks_conflicting_duplicates.moc"
