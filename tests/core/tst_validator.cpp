// The validator: deterministic output whatever the threads and blocks, progress and cancel, rules that do
// not apply, and re-checking only the records an edit touched.
#include "check_test_support.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace plumbline;
using namespace plumbline::testing;

namespace {

const char* kPack = R"({"pack": "v", "key": "reference", "rules": [
  {"id": "REQ", "severity": "error", "columns": ["reference", "status"], "kind": "required", "message": "{column} is blank"},
  {"id": "PAT", "severity": "warning", "columns": ["reference"], "kind": "pattern", "params": {"pattern": "R\\d+"},
   "message": "'{value}' is not R and digits"},
  {"id": "UNQ", "severity": "error", "columns": ["reference"], "kind": "unique", "message": "'{value}' also on {detail}"},
  {"id": "STA", "severity": "notice", "columns": ["status"], "kind": "pattern", "params": {"pattern": "decided|pending"},
   "message": "status '{value}'"},
  {"id": "GONE", "severity": "error", "columns": ["no-such-column"], "kind": "pattern", "params": {"pattern": "x"},
   "message": "never"},
  {"id": "OTHER", "severity": "error", "table": "other-table", "columns": ["reference"], "kind": "required",
   "message": "never"}
]})";

/// 2,000 rows: every 7th reference repeats, every 11th is malformed, every 13th status is odd.
QByteArray sampleCsv()
{
    QByteArray csv = "reference,status\n";
    for (int i = 0; i < 2000; ++i) {
        QByteArray ref =
            i % 11 == 5 ? QByteArray("bad") + QByteArray::number(i) : "R" + QByteArray::number(i % 7 == 3 ? 3 : i);
        const QByteArray status = i % 13 == 0 ? "Live " : i % 2 ? "decided" : "pending";
        csv += ref + "," + status + "\n";
    }
    return csv;
}

ValidationResult run(const Dataset& dataset, int threads, std::size_t block)
{
    RulePackLoader loader(testEnv());
    auto pack = loader.loadBytes(kPack, QStringLiteral("v.json"));
    if (!pack.ok())
        qFatal("%s", qPrintable(pack.error().toString()));
    ValidationOptions options;
    options.threads = threads;
    options.blockRows = block;
    const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv(), options);
    NullProgress progress;
    return validator.validate(dataset, progress);
}

QByteArray asJson(const FindingStore& store)
{
    return QJsonDocument(findingsJson(store)).toJson(QJsonDocument::Compact);
}

} // namespace

class TstValidator : public QObject
{
    Q_OBJECT
private slots:
    void deterministicAcrossThreadsAndBlocks()
    {
        const Dataset dataset = datasetFromCsv(sampleCsv());
        const auto reference = run(dataset, 1, 1 << 20);
        QVERIFY(reference.findings.size() > 300);
        for (const auto& [threads, block] : {std::pair{2, 7}, std::pair{4, 100}, std::pair{2, 1999}}) {
            const auto other = run(dataset, threads, std::size_t(block));
            QCOMPARE(asJson(other.findings), asJson(reference.findings));
        }
    }

    void orderedByRowThenRule()
    {
        const auto result = run(datasetFromCsv(sampleCsv()), 2, 64);
        const auto& store = result.findings;
        for (std::size_t i = 1; i < store.size(); ++i) {
            const auto& a = store.record(i - 1);
            const auto& b = store.record(i);
            QVERIFY(a.row < b.row || (a.row == b.row && a.rule <= b.rule));
        }
    }

    void countsMatchTheData()
    {
        const auto result = run(datasetFromCsv(sampleCsv()), 2, 500);
        const auto& store = result.findings;
        int bad = 0, dup = 0, odd = 0;
        for (int i = 0; i < 2000; ++i) {
            bad += i % 11 == 5;
            odd += i % 13 == 0;
        }
        // References R3 repeat for every i % 7 == 3 that is not malformed, plus the original i == 3.
        for (int i = 0; i < 2000; ++i)
            dup += (i % 7 == 3 || i == 3) && i % 11 != 5;
        QCOMPARE(store.countForRule(std::uint32_t(store.ruleIndex(QStringLiteral("PAT")))), std::uint64_t(bad));
        QCOMPARE(store.countForRule(std::uint32_t(store.ruleIndex(QStringLiteral("STA")))), std::uint64_t(odd));
        QCOMPARE(store.countForRule(std::uint32_t(store.ruleIndex(QStringLiteral("UNQ")))), std::uint64_t(dup));
        QCOMPARE(store.count(Severity::Notice), std::uint64_t(odd));
    }

    void reportsRulesThatDoNotApply()
    {
        const auto result = run(datasetFromCsv(sampleCsv()), 1, 1000);
        bool gone = false;
        bool other = false;
        for (const auto& outcome : result.outcomes) {
            if (outcome.rule == QLatin1String("GONE")) {
                gone = true;
                QVERIFY(outcome.skipped.contains(QStringLiteral("no-such-column")));
            }
            other = other || outcome.rule == QLatin1String("OTHER");
        }
        QVERIFY(gone);
        QVERIFY2(!other, "a rule for another table must not be bound to this one");
    }

    void cancelStopsEarly()
    {
        const Dataset dataset = datasetFromCsv(sampleCsv());
        RulePackLoader loader(testEnv());
        auto pack = loader.loadBytes(kPack, QStringLiteral("v.json"));
        QVERIFY(pack.ok());
        const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv(), {2, 16});
        FlagProgress progress;
        progress.cancel();
        const auto result = validator.validate(dataset, progress);
        QVERIFY(result.canceled);
        QVERIFY(result.findings.size() < run(dataset, 1, 16).findings.size());
    }

    void progressReachesTheEnd()
    {
        const Dataset dataset = datasetFromCsv(sampleCsv());
        RulePackLoader loader(testEnv());
        auto pack = loader.loadBytes(kPack, QStringLiteral("v.json"));
        QVERIFY(pack.ok());
        struct Recorder final : Progress
        {
            std::atomic<qint64> last{0};
            std::atomic<qint64> total{0};
            void report(qint64 done, qint64 all) override
            {
                qint64 seen = last.load();
                while (done > seen && !last.compare_exchange_weak(seen, done)) {
                }
                total = all;
            }
            bool canceled() const override { return false; }
        } progress;
        const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv(), {2, 100});
        const auto result = validator.validate(dataset, progress);
        QVERIFY(!result.canceled);
        QVERIFY(progress.total > 0);
        QCOMPARE(progress.last.load(), progress.total.load());
    }

    void runsUnderQtConcurrentWithAPromise()
    {
        // The GUI's idiom: QtConcurrent::run with a QPromise, progress through PromiseProgress.
        const Dataset dataset = datasetFromCsv(sampleCsv());
        RulePackLoader loader(testEnv());
        auto pack = loader.loadBytes(kPack, QStringLiteral("v.json"));
        QVERIFY(pack.ok());
        const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv(), {2, 100});
        QFuture<std::shared_ptr<ValidationResult>> future =
            QtConcurrent::run([&](QPromise<std::shared_ptr<ValidationResult>>& promise) {
                PromiseProgress<std::shared_ptr<ValidationResult>> progress(promise);
                promise.addResult(std::make_shared<ValidationResult>(validator.validate(dataset, progress)));
            });
        future.waitForFinished();
        QCOMPARE(future.progressValue(), 1000);
        QVERIFY(!future.result()->canceled);
        QCOMPARE(future.result()->findings.size(), run(dataset, 1, 1 << 20).findings.size());

        // A canceled promise stops the run and marks the result as canceled.
        QPromise<int> promise;
        promise.start();
        promise.future().cancel();
        PromiseProgress<int> canceled(promise);
        const auto result = validator.validate(dataset, canceled);
        QVERIFY(result.canceled);
        promise.finish();
    }

    void revalidateReplacesOnlyTouchedRecords()
    {
        Dataset dataset = datasetFromCsv(sampleCsv());
        auto result = run(dataset, 2, 128);
        const auto before = result.findings.size();
        Table& table = *dataset.tables.front();
        // Row 6 (record 5) holds "bad5": fix it. Row 1 (record 0) status: break it.
        QCOMPARE(QString::fromUtf8(table.cell(5, 0).data(), qsizetype(table.cell(5, 0).size())),
                 QStringLiteral("bad5"));
        table.editOverlay().set(5, 0, "R5");
        table.editOverlay().set(1, 1, "");
        RulePackLoader loader(testEnv());
        auto pack = loader.loadBytes(kPack, QStringLiteral("v.json"));
        const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv());
        NullProgress progress;
        validator.revalidate(dataset, QStringLiteral("input"), {5, 1}, result, progress);
        const auto full = run(dataset, 1, 1 << 20);
        QCOMPARE(asJson(result.findings), asJson(full.findings));
        // One pattern finding gone (bad5 fixed), one required finding new (blank status).
        QCOMPARE(result.findings.size(), before);
        QCOMPARE(result.findings.countForRule(std::uint32_t(result.findings.ruleIndex(QStringLiteral("REQ")))),
                 std::uint64_t(1));
    }
};

QTEST_APPLESS_MAIN(TstValidator)
#include "tst_validator.moc"
