// Tests for the `sql` check kind: golden files (tests/data/checks/sql/<case>/{input.csv,pack.json,expected.json})
// and predicates that fail or overrun at run time, which must be reported as a failure of the rule.
#include "check_test_support.h"

#include <QElapsedTimer>

using namespace plumbline;
using namespace plumbline::testing;

namespace {

ValidationResult runSql(const QString& params)
{
    const QByteArray pack = QStringLiteral(R"({"pack": "s", "rules": [{"id": "SQL1", "severity": "error",
        "columns": ["n"], "kind": "sql", "params": %1, "message": "odd {value}"}]})")
                                .arg(params)
                                .toUtf8();
    RulePackLoader loader(testEnv());
    auto loaded = loader.loadBytes(pack, QStringLiteral("s.json"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error().toString()));
    const Validator validator(RuleSet::fromPacks({loaded.value()}), testEnv());
    NullProgress progress;
    return validator.validate(datasetFromCsv("n\n1\n2\n3\n-9223372036854775808\n"), progress);
}

} // namespace

class TstChecksSql : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { addGoldenCases(QStringLiteral("sql")); }
    void golden()
    {
        QFETCH(QString, dir);
        runGoldenCase(dir);
    }

    void runTimeFailuresAreReported_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("reason");
        QTest::newRow("integer overflow in abs()") << QStringLiteral(R"J({"where": "abs(CAST(n AS INTEGER)) > 2"})J")
                                                   << QStringLiteral("the SQL predicate failed: integer overflow");
        QTest::newRow("a recursive CTE that never ends")
            << QStringLiteral(R"J({"where": "n IN (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
                SELECT x FROM c WHERE x < 0)", "timeout": 1})J")
            << QStringLiteral("stopped after 1 s");
        QTest::newRow("randomblob(9e8)") << QStringLiteral(R"J({"where": "length(randomblob(9e8)) > 0"})J")
                                         << QStringLiteral("the SQL predicate failed: string or blob too big");
        QTest::newRow("a growing recursive CTE")
            << QStringLiteral(R"J({"where": "n IN (WITH RECURSIVE c(x, y) AS (SELECT 1, randomblob(1000) UNION
                SELECT x + 1, randomblob(1000) FROM c) SELECT x FROM c WHERE x < 0)", "memory-mb": 16})J")
            << QStringLiteral("more than 16 MB of memory");
    }

    void runTimeFailuresAreReported()
    {
        // Each used to end with no findings and no word (or after a minute and 1.7 GB, or never).
        QFETCH(QString, params);
        QFETCH(QString, reason);
        QElapsedTimer clock;
        clock.start();
        const ValidationResult result = runSql(params);
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        const auto failures = result.failures();
        QCOMPARE(failures.size(), std::size_t(1));
        QCOMPARE(failures.front().rule, QStringLiteral("SQL1"));
        QCOMPARE(failures.front().table, QStringLiteral("input"));
        QVERIFY2(failures.front().failed.contains(reason), qPrintable(failures.front().failed));
    }

    void aPredicateThatWorksHasNoFailure()
    {
        const ValidationResult result = runSql(QStringLiteral(R"J({"where": "CAST(n AS INTEGER) % 2 = 1"})J"));
        QVERIFY(result.failures().empty());
        QCOMPARE(result.findings.size(), std::size_t(2));
    }

    void badLimitsAreRefusedWhenThePackLoads_data()
    {
        QTest::addColumn<QString>("params");
        QTest::newRow("timeout 0") << QStringLiteral(R"J({"where": "1", "timeout": 0})J");
        QTest::newRow("memory-mb 0") << QStringLiteral(R"J({"where": "1", "memory-mb": 0})J");
    }

    void badLimitsAreRefusedWhenThePackLoads()
    {
        QFETCH(QString, params);
        RulePackLoader loader(testEnv());
        const auto loaded = loader.loadBytes(
            QStringLiteral(R"J({"pack": "s", "rules": [{"id": "SQL1", "columns": ["n"], "kind": "sql", "params": %1,
                "message": "m"}]})J")
                .arg(params)
                .toUtf8(),
            QStringLiteral("s.json"));
        QVERIFY(!loaded.ok());
    }
};

QTEST_APPLESS_MAIN(TstChecksSql)
#include "tst_checks_sql.moc"
