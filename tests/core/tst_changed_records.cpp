// Checking only some records (Validator's RecordFilter, `check --changed-since`) and comparing the findings of two
// versions (diffFindings, compareVersions): what runs, what is kept, and what counts as new, gone or unchanged.
#include "check_test_support.h"

#include "diff/compare_versions.h"
#include "diff/finding_diff.h"
#include "table/table.h"

using namespace plumbline;

namespace {

const QByteArray kPack = R"({
  "pack": "c",
  "key": ["reference"],
  "rules": [
    {"id": "DATE", "severity": "error", "columns": ["date"], "kind": "type", "params": {"type": "date"},
     "message": "not a date"},
    {"id": "UNIQUE", "severity": "error", "columns": ["reference"], "kind": "unique", "message": "repeated"},
    {"id": "COLUMN", "severity": "error", "columns": ["point"], "kind": "required", "message": "no point column"}
  ]
})";

ValidationResult run(const Dataset& dataset, std::shared_ptr<const RecordFilter> only = nullptr)
{
    RulePackLoader loader(testing::testEnv());
    auto pack = loader.loadBytes(kPack, QStringLiteral("c.json"));
    if (!pack)
        qFatal("%s", qPrintable(pack.error().toString()));
    ValidationOptions options;
    options.only = std::move(only);
    options.blockRows = 2; // several blocks, so runs of selected rows cross block boundaries
    const Validator validator(RuleSet::fromPacks({pack.value()}), testing::testEnv(), options);
    NullProgress progress;
    return validator.validate(dataset, progress);
}

QStringList describe(const FindingStore& store, const std::vector<std::size_t>& indexes = {})
{
    QStringList out;
    auto add = [&](std::size_t i) {
        const Finding f = store.finding(i);
        out << f.rule + QLatin1Char('@') + QString::number(f.row) + QLatin1Char(':') + f.value;
    };
    if (indexes.empty())
        for (std::size_t i = 0; i < store.size(); ++i)
            add(i);
    for (const auto i : indexes)
        add(i);
    return out;
}

const QByteArray kOld = "reference,date\n1,2023-01-01\n2,bad\n3,2023-01-03\n3,2023-01-03\n4,2023-01-04\n";
const QByteArray kNew =
    "reference,date\n4,2023-01-04\n1,2023-01-01\n2,2023-01-02\n3,2023-01-03\n5,bad too\n6,x\n6,2023\n";

} // namespace

class TstChangedRecords : public QObject
{
    Q_OBJECT
private slots:
    void filterChecksOnlyTheSelectedRecords()
    {
        const Dataset dataset = testing::datasetFromCsv("reference,date\n1,bad\n2,bad\n3,bad\n3,bad\n4,bad\n5,bad\n");
        auto only = std::make_shared<RecordFilter>();
        only->records[QStringLiteral("input")] = {4, 1, 2};
        const auto result = run(dataset, only);
        // Row checks on records 1, 2 and 4 (rows 2, 3, 5); the set rule ran on the whole table but keeps only its
        // findings on those records (row 3 repeats row 4: only row 3's is kept); the table-level finding stays.
        QCOMPARE(describe(result.findings), (QStringList{QStringLiteral("COLUMN@0:point"), QStringLiteral("DATE@2:bad"),
                                                         QStringLiteral("DATE@3:bad"), QStringLiteral("UNIQUE@3:3"),
                                                         QStringLiteral("DATE@5:bad")}));
    }

    void filterCanKeepEverySetFinding()
    {
        const Dataset dataset = testing::datasetFromCsv("reference,date\n1,bad\n1,bad\n");
        auto only = std::make_shared<RecordFilter>();
        only->records[QStringLiteral("input")] = {1};
        only->keepSetFindings = true;
        QCOMPARE(describe(run(dataset, only).findings),
                 (QStringList{QStringLiteral("COLUMN@0:point"), QStringLiteral("UNIQUE@1:1"),
                              QStringLiteral("DATE@2:bad"), QStringLiteral("UNIQUE@2:1")}));
    }

    void noSelectedRecordsChecksNoRows()
    {
        const Dataset dataset = testing::datasetFromCsv("reference,date\n1,bad\n1,bad\n");
        QCOMPARE(describe(run(dataset, std::make_shared<RecordFilter>()).findings),
                 QStringList{QStringLiteral("COLUMN@0:point")});
    }

    /// Findings are matched by rule, key, column and value: moved rows keep their findings, a fixed value's
    /// finding is gone, a new record's is new, the duplicate that went away is gone on both rows.
    void findingsAreComparedByWhatTheySay()
    {
        const Dataset before = testing::datasetFromCsv(kOld, QStringLiteral("old"));
        const Dataset after = testing::datasetFromCsv(kNew, QStringLiteral("new"));
        const auto oldRun = run(before);
        const auto newRun = run(after);
        QHash<QString, QString> renamed;
        renamed.insert(QStringLiteral("old"), QStringLiteral("new"));
        const FindingDiff d = diffFindings(oldRun.findings, newRun.findings, DiffKey{}, renamed);
        QCOMPARE(describe(newRun.findings, d.added),
                 (QStringList{QStringLiteral("DATE@5:bad too"), QStringLiteral("DATE@6:x"),
                              QStringLiteral("UNIQUE@6:6"), QStringLiteral("UNIQUE@7:6")}));
        QCOMPARE(
            describe(oldRun.findings, d.gone),
            (QStringList{QStringLiteral("DATE@2:bad"), QStringLiteral("UNIQUE@3:3"), QStringLiteral("UNIQUE@4:3")}));
        QCOMPARE(d.unchanged, std::size_t(1)); // the missing point column
    }

    void compareVersionsChangedScopeMatchesTheFullComparison()
    {
        const auto before = std::make_shared<const Dataset>(testing::datasetFromCsv(kOld, QStringLiteral("old")));
        const auto after = std::make_shared<const Dataset>(testing::datasetFromCsv(kNew, QStringLiteral("new")));
        QTemporaryDir dir;
        QFile pack(dir.filePath(QStringLiteral("c.json")));
        QVERIFY(pack.open(QIODevice::WriteOnly));
        pack.write(kPack);
        pack.close();
        CompareOptions options;
        options.setup.packs = QStringList{pack.fileName()};
        options.setup.today = testing::testToday();
        NullProgress progress;
        QStringList summaries;
        for (const auto scope : {CompareOptions::Findings::Changed, CompareOptions::Findings::All}) {
            options.findings = scope;
            auto c = compareVersions(before, after, options, progress);
            QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
            const auto& v = c.value();
            QCOMPARE(v.rows.changed.size(), std::size_t(1)); // reference 2: bad → 2023-01-02
            QCOMPARE(v.rows.added.size(), std::size_t(3));   // 5, and 6 twice
            QCOMPARE(v.rows.removed.size(), std::size_t(1)); // the second 3
            QVERIFY(v.findings);
            summaries << QStringLiteral("%1 new, %2 gone").arg(v.findings->added.size()).arg(v.findings->gone.size());
            QCOMPARE(v.findings->allRecords, scope == CompareOptions::Findings::All);
        }
        // Unchanged records' row findings are the same in both versions, so checking only the others finds the same
        // new and gone findings.
        QCOMPARE(summaries[0], summaries[1]);
        // (The structure pack always runs too: the repeated row 3 of the old version is gone as well.)
        QCOMPARE(summaries[0], QStringLiteral("4 new, 4 gone"));
    }

    void compareVersionsChecksEachVersionAsItsOwnRunWould_data()
    {
        QTest::addColumn<int>("oldColumns");
        QTest::newRow("same headers: one preparation of the rules serves both") << 7;
        QTest::newRow("three columns in the old version: each its own rules") << 3;
    }

    void compareVersionsChecksEachVersionAsItsOwnRunWould()
    {
        QFETCH(int, oldColumns);
        QFile oldFile(QStringLiteral(PLUMBLINE_TEST_DATA "/cli-publishing/register-2024-05.csv"));
        QFile newFile(QStringLiteral(PLUMBLINE_TEST_DATA "/cli-publishing/register-2024-06.csv"));
        QVERIFY(oldFile.open(QIODevice::ReadOnly) && newFile.open(QIODevice::ReadOnly));
        QByteArray oldCsv;
        for (const QByteArray& line : oldFile.readAll().split('\n'))
            if (!line.isEmpty())
                oldCsv += line.split(',').mid(0, oldColumns).join(',') + '\n';
        const auto before = std::make_shared<const Dataset>(testing::datasetFromCsv(oldCsv, QStringLiteral("old")));
        const auto after =
            std::make_shared<const Dataset>(testing::datasetFromCsv(newFile.readAll(), QStringLiteral("new")));
        QCOMPARE(before->tables.front()->columnCount(), oldColumns);
        CompareOptions options; // the packs chosen from each version's headers
        options.setup.today = testing::testToday();
        options.findings = CompareOptions::Findings::All;
        NullProgress progress;
        auto c = compareVersions(before, after, options, progress);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        for (const auto& [run, data] : {std::pair{c.value().oldRun, before}, std::pair{c.value().newRun, after}}) {
            auto own = runValidation(data, options.setup, progress);
            QVERIFY(own.ok() && own.value());
            QCOMPARE(run->validator->rules().packs, own.value()->validator->rules().packs);
            QCOMPARE(describe(run->result.findings), describe(own.value()->result.findings));
            QVERIFY(run->result.findings.size() > 0);
        }
    }

    void changedSinceSelectsAddedAndChangedRecords()
    {
        const Dataset before = testing::datasetFromCsv(kOld, QStringLiteral("t"));
        const Dataset after = testing::datasetFromCsv(kNew, QStringLiteral("t"));
        ValidationSetup setup;
        setup.packs = QStringList{QStringLiteral("structure")};
        NullProgress progress;
        auto only = changedSince(before, after, {QStringLiteral("reference")}, setup, progress);
        QVERIFY(only.ok());
        QCOMPARE(only.value()->records.at(QStringLiteral("t")), (std::vector<RecordId>{2, 4, 5, 6}));
    }
};

QTEST_GUILESS_MAIN(TstChangedRecords)
#include "tst_changed_records.moc"
