// The built-in packs' rules for the platform's issue types added with the publishing work, run as a user runs them
// (the pack chosen by name) on small registers modelled on the specification's examples: each rule fires on the rows
// that have its defect and on no other.
#include "check_test_support.h"

#include "packs/pack_catalog.h"

using namespace plumbline;

namespace {

/// rule id → 1-based rows it reported, for the rules named in `rules`.
QMap<QString, QList<int>> findingsOf(const QString& pack, const QByteArray& csv, const QStringList& rules)
{
    const Dataset dataset = testing::datasetFromCsv(csv);
    RulePackLoader loader(testing::testEnv());
    auto set = PackCatalog::forDataset(dataset, {pack}, loader);
    if (!set)
        qFatal("%s", qPrintable(set.error().toString()));
    const Validator validator(set.value(), testing::testEnv());
    NullProgress progress;
    const ValidationResult result = validator.validate(dataset, progress);
    QMap<QString, QList<int>> out;
    for (const auto& r : rules)
        out[r];
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        const Finding f = result.findings.finding(i);
        if (rules.contains(f.rule))
            out[f.rule] << int(f.row);
    }
    return out;
}

} // namespace

class TstPlatformRules : public QObject
{
    Q_OBJECT
private slots:
    void planningApplication()
    {
        const QByteArray csv =
            "reference,organisation,description,address-text,start-date,decision-date,uprn,documentation-url,entity\n"
            "23/01234/FUL,local-authority:CMD,Extension,1 High St,2023-01-02,2023-02-01,100012345678,"
            "https://example.gov.uk/a,10000000001\n"
            ",local-authority:CMD,Loft,2 High St,2023-01-03,,,,\n"
            "CA:23/01235/FUL,local-authority:CMD,Dormer,3 High St,2023-01-04,,,,10000000002\n"
            "23/01236/FUL; 23/01237/FUL,local-authority:CMD,Garage,4 High St,2023-01-05,01/02/2023 and 03/02/2023,"
            "100012345679 100012345680,https://example.gov.uk/b https://example.gov.uk/c,44000001\n"
            "23/01238/HOU,local-authority:CMD,Porch,5 High St,2023-01-06,,,,ten\n";
        const auto found =
            findingsOf(QStringLiteral("planning-application"), csv,
                       {QStringLiteral("PA-03-reference-entity"), QStringLiteral("PA-33-combined-reference"),
                        QStringLiteral("PA-33-combined-date"), QStringLiteral("PA-33-combined-url"),
                        QStringLiteral("PA-34-entity-number"), QStringLiteral("PA-34-entity-range"),
                        QStringLiteral("PA-35-reference-prefix")});
        QCOMPARE(found.value(QStringLiteral("PA-03-reference-entity")), QList<int>{2});
        QCOMPARE(found.value(QStringLiteral("PA-33-combined-reference")), (QList<int>{4, 4})); // reference and uprn
        QCOMPARE(found.value(QStringLiteral("PA-33-combined-date")), QList<int>{4});
        QCOMPARE(found.value(QStringLiteral("PA-33-combined-url")), QList<int>{4});
        QCOMPARE(found.value(QStringLiteral("PA-34-entity-number")), QList<int>{5});
        QCOMPARE(found.value(QStringLiteral("PA-34-entity-range")), QList<int>{4}); // a conservation-area number
        QCOMPARE(found.value(QStringLiteral("PA-35-reference-prefix")), QList<int>{3});
    }

    void conservationAreaNames()
    {
        const QByteArray csv = "reference,name,organisation,designation-date\n"
                               "CA1,Old Town,local-authority:CMD,1969-01-01\n"
                               "CA2,59,local-authority:CMD,1970-01-01\n"
                               "CA3,No name for this Entry,local-authority:CMD,1971-01-01\n"
                               "CA4,old town,local-authority:CMD,1972-01-01\n"
                               "CA5,Old Town,local-authority:BAR,1973-01-01\n"
                               "CA6,Kings-Cross-Conservation-Area-2,local-authority:CMD,1974-01-01\n";
        const auto found = findingsOf(QStringLiteral("conservation-area"), csv,
                                      {QStringLiteral("PA-37-name-code"), QStringLiteral("PA-37-name-placeholder"),
                                       QStringLiteral("PA-37-duplicate-name")});
        QCOMPARE(found.value(QStringLiteral("PA-37-name-code")), QList<int>{2});
        QCOMPARE(found.value(QStringLiteral("PA-37-name-placeholder")), QList<int>{3});
        QCOMPARE(found.value(QStringLiteral("PA-37-duplicate-name")), (QList<int>{1, 4})); // not Barnet's Old Town
    }
};

QTEST_GUILESS_MAIN(TstPlatformRules)
#include "tst_platform_rules.moc"
