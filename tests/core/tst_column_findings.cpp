// A column empty (or wrong) in every row is one column-level finding that counts its rows, in the core, after
// edits, expanded on demand and in plumbline-cli check's reports; rows with a fix of their own, small tables and
// runs without summaries keep one finding per row.
#include "cli_runner.h"

#include "document/document.h"
#include "findings/finding_store.h"
#include "io/csv/csv_reader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace plumbline;

namespace {

constexpr int kReference = 0;
constexpr int kName = 1;

const char* const kPack = R"({
  "pack": "column-test",
  "rules": [
    {"id": "R-REQ", "severity": "error", "columns": ["reference", "name"], "kind": "required",
     "message": "{column} is blank."},
    {"id": "R-CODE", "severity": "warning", "columns": ["code"], "kind": "pattern",
     "params": {"pattern": "[A-Z]+"}, "message": "Code '{value}' is not in capitals.",
     "fix": {"transform": "upper"}}
  ]
})";

/// rows rows: reference blank in every row, name blank in row 5 only, code in lower case everywhere.
QByteArray registerCsv(int rows)
{
    QByteArray csv = "reference,name,code\n";
    for (int i = 1; i <= rows; ++i)
        csv += QByteArray(",") + (i == 5 ? QByteArray() : "Area " + QByteArray::number(i)) + ",abc\n";
    return csv;
}

std::shared_ptr<Dataset> readBytes(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("areas.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

struct Run
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
};

std::unique_ptr<Run> validated(int rows, bool summarise)
{
    auto run = std::make_unique<Run>();
    QFile pack(run->dir.filePath(QStringLiteral("pack.json")));
    if (!pack.open(QIODevice::WriteOnly) || pack.write(kPack) < 0)
        qFatal("cannot write the pack");
    pack.close();
    run->doc = std::make_unique<Document>(readBytes(registerCsv(rows)));
    ValidationSetup setup;
    setup.packs << pack.fileName();
    setup.summarise = summarise;
    setup.threads = 2;
    run->doc->setValidationSetup(setup);
    NullProgress progress;
    Error error;
    if (!run->doc->validateNow(progress, &error))
        qFatal("validation failed: %s", qPrintable(error.toString()));
    return run;
}

std::size_t countOf(const FindingStore& store, const QString& rule, int column = FindingStore::kAnyColumn)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < store.size(); ++i)
        n += store.rules()[store.record(i).rule].id == rule &&
             (column == FindingStore::kAnyColumn || store.record(i).column == column);
    return n;
}

int summaryAt(const FindingStore& store, const QString& rule)
{
    for (std::size_t i = 0; i < store.size(); ++i)
        if (store.record(i).isSummary() && store.rules()[store.record(i).rule].id == rule)
            return int(i);
    return -1;
}

} // namespace

class TstColumnFindings : public QObject
{
    Q_OBJECT
private slots:
    void aBlankColumnIsOneFindingThatCountsItsRows()
    {
        const auto run = validated(60, true);
        const FindingStore& store = *run->doc->findings();
        // reference: one column finding for 60 rows; name's one blank row stays a row finding beside it.
        QCOMPARE(countOf(store, QStringLiteral("R-REQ")), std::size_t(2));
        const int at = summaryAt(store, QStringLiteral("R-REQ"));
        QVERIFY(at >= 0);
        QCOMPARE(store.record(std::size_t(at)).column, std::int16_t(kReference));
        QCOMPARE(store.record(std::size_t(at)).severity, Severity::Error);
        QCOMPARE(store.summaryCount(std::size_t(at)), std::uint64_t(60));
        QCOMPARE(store.message(std::size_t(at)), QStringLiteral("reference: all 60 rows fail 'R-REQ'."));
        QCOMPARE(countOf(store, QStringLiteral("R-REQ"), kName), std::size_t(1));
        // Totals count the column finding once; the summary's rows are its count.
        QCOMPARE(store.count(Severity::Error), std::uint64_t(2));
        QCOMPARE(store.summarisedRows(std::uint32_t(store.ruleIndex(QStringLiteral("R-REQ")))), std::uint64_t(60));
        // A column wrong in every row whose rows each have a fix keeps them, so each can be fixed.
        QCOMPARE(countOf(store, QStringLiteral("R-CODE")), std::size_t(60));
    }

    void withoutSummariesOrOnASmallTableEveryRowIsAFinding_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("summarise");
        QTest::newRow("no summaries") << 60 << false;
        QTest::newRow("49 rows") << 49 << true;
    }
    void withoutSummariesOrOnASmallTableEveryRowIsAFinding()
    {
        QFETCH(int, rows);
        QFETCH(bool, summarise);
        const auto run = validated(rows, summarise);
        const FindingStore& store = *run->doc->findings();
        QCOMPARE(summaryAt(store, QStringLiteral("R-REQ")), -1);
        QCOMPARE(countOf(store, QStringLiteral("R-REQ")), std::size_t(rows + 1));
    }

    void editsKeepTheCountAndExpandingGivesTheRows()
    {
        const auto run = validated(60, true);
        Document& doc = *run->doc;
        QVERIFY(doc.setCell(0, doc.dataset().tables[0]->recordId(0), kReference, "A/1"));
        const FindingStore& store = *doc.findings();
        const int at = summaryAt(store, QStringLiteral("R-REQ"));
        QVERIFY(at >= 0);
        QCOMPARE(store.summaryCount(std::size_t(at)), std::uint64_t(59));
        QCOMPARE(store.message(std::size_t(at)), QStringLiteral("reference: 59 of 60 rows (98%) fail 'R-REQ'."));
        // Expanded: the 59 rows one by one, and name's row once (not twice).
        const auto detail = doc.findingsInDetail({QStringLiteral("R-REQ")});
        QCOMPARE(summaryAt(*detail, QStringLiteral("R-REQ")), -1);
        QCOMPARE(countOf(*detail, QStringLiteral("R-REQ"), kReference), std::size_t(59));
        QCOMPARE(countOf(*detail, QStringLiteral("R-REQ"), kName), std::size_t(1));
    }

    void theCliReportsOneFindingAndTheRows()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("areas.csv")));
        QFile pack(dir.filePath(QStringLiteral("pack.json")));
        QVERIFY(csv.open(QIODevice::WriteOnly) && csv.write(registerCsv(60)) > 0);
        QVERIFY(pack.open(QIODevice::WriteOnly) && pack.write(kPack) > 0);
        csv.close();
        pack.close();
        const auto json = test::runCli({QStringLiteral("check"), csv.fileName(), QStringLiteral("--pack"),
                                        pack.fileName(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject summary =
            QJsonDocument::fromJson(json.out).object().value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("by_rule")).toObject().value(QLatin1String("R-REQ")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("summarised")).toObject().value(QLatin1String("R-REQ")).toInt(), 60);
        QCOMPARE(summary.value(QLatin1String("by_severity")).toObject().value(QLatin1String("error")).toInt(), 2);
        const auto text =
            test::runCli({QStringLiteral("check"), csv.fileName(), QStringLiteral("--pack"), pack.fileName()});
        QVERIFY2(text.out.contains("error   R-REQ          reference: all 60 rows fail 'R-REQ'."),
                 text.out.constData());
        // The per-rule line counts rows: the column's 60 and name's 1.
        QVERIFY2(text.out.contains("      61 R-REQ           R-REQ (summarised)\n"), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TstColumnFindings)
#include "tst_column_findings.moc"
