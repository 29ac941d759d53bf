// Golden-file tests for the `foreign-key` check kind:
// tests/data/checks/foreign-key/<case>/{input.csv,pack.json,expected.json}.
#include "check_test_support.h"

#include "packs/pack_catalog.h"

namespace {

/// The built-in linked-records pack run over a dataset of these tables (name, CSV).
plumbline::ValidationResult runLinked(const QList<QPair<QString, QByteArray>>& tables)
{
    using namespace plumbline;
    Dataset dataset;
    for (const auto& [name, csv] : tables)
        dataset.tables.push_back(testing::datasetFromCsv(csv, name).tables.front());
    RulePackLoader loader(testing::testEnv());
    auto rules = PackCatalog::forDataset(dataset, {QStringLiteral("linked-records")}, loader);
    if (!rules)
        qFatal("%s", qPrintable(rules.error().toString()));
    const Validator validator(rules.value(), testing::testEnv());
    NullProgress progress;
    return validator.validate(dataset, progress);
}

} // namespace

class TstChecksForeignKey : public QObject
{
    Q_OBJECT
private slots:
    void golden_data() { plumbline::testing::addGoldenCases(QStringLiteral("foreign-key")); }
    void golden()
    {
        QFETCH(QString, dir);
        plumbline::testing::runGoldenCase(dir);
    }

    /// PA-36 (missing associated entity): a document's conservation area must be a record of the
    /// conservation-area table that came with it; a CURIE of the dataset's prefix names the same record.
    void parentInAnotherTable()
    {
        const auto result =
            runLinked({{QStringLiteral("conservation-area"), "reference,name\nCA01,Old Town\nCA02,Mill\n"},
                       {QStringLiteral("conservation-area-document"), "reference,name,conservation-area,document-type\n"
                                                                      "D1,Appraisal,CA01,area-appraisal\n"
                                                                      "D2,Map,conservation-area:CA02,map\n"
                                                                      "D3,Plan,CA07,management-plan\n"}});
        QStringList found;
        for (std::size_t i = 0; i < result.findings.size(); ++i) {
            const auto f = result.findings.finding(i);
            if (f.rule == QLatin1String("PA-36-conservation-area"))
                found << f.table + QLatin1Char(':') + QString::number(f.row) + QLatin1Char(':') + f.value;
        }
        QCOMPARE(found, QStringList{QStringLiteral("conservation-area-document:3:CA07")});
        const int rule = result.findings.ruleIndex(QStringLiteral("PA-36-conservation-area"));
        QVERIFY(rule >= 0);
        QCOMPARE(result.findings.rules()[std::size_t(rule)].issueType, QStringLiteral("missing associated entity"));
    }

    /// Without the parent table the rule does not run (and says why) instead of reporting every value.
    void parentTableAbsentSkips()
    {
        const auto result = runLinked(
            {{QStringLiteral("conservation-area-document"), "reference,name,conservation-area\nD1,Appraisal,CA01\n"}});
        bool skipped = false;
        for (const auto& o : result.outcomes)
            if (o.rule == QLatin1String("PA-36-conservation-area"))
                skipped = o.skipped.contains(QLatin1String("no conservation-area table"));
        QVERIFY(skipped);
        QCOMPARE(result.findings.countForRule(
                     std::uint32_t(result.findings.ruleIndex(QStringLiteral("PA-36-conservation-area")))),
                 std::uint64_t(0));
    }
};

QTEST_APPLESS_MAIN(TstChecksForeignKey)
#include "tst_checks_foreign_key.moc"
