// Summary findings end to end: on a generated register where 40 % of decisions came late, PA-17 is one summary
// finding whose rows are exactly those it reports one by one without summaries; edits through a Document keep
// the summary's rows and count current; expanding it gives back, byte for byte, the report without summaries;
// and plumbline-cli check --detail lists the rows.
#include "cli_runner.h"

#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "reports/findings_report.h"
#include "sample/planning_sample_generator.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <set>

using namespace plumbline;

namespace {

const QString kRule = QStringLiteral("PA-17-determination-time");

QByteArray lateRegister(qint64 rows)
{
    PlanningSampleOptions options;
    options.rows = rows;
    options.seed = 5;
    options.defectRate = 0.05;
    options.lateDecisionRate = 0.4;
    return generatePlanningSample(options);
}

std::shared_ptr<Dataset> readBytes(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("late.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

ValidationSetup setup(bool summarise)
{
    ValidationSetup s;
    s.packs << QStringLiteral("planning-application");
    s.today = QDate(2026, 11, 30);
    s.threads = 2;
    s.summarise = summarise;
    return s;
}

std::unique_ptr<Document> validated(std::shared_ptr<Dataset> dataset, bool summarise)
{
    auto doc = std::make_unique<Document>(std::move(dataset));
    doc->setValidationSetup(setup(summarise));
    NullProgress progress;
    Error error;
    if (!doc->validateNow(progress, &error))
        qFatal("validation failed: %s", qPrintable(error.toString()));
    return doc;
}

/// The records the rule reports one by one in store, sorted.
std::vector<RecordId> recordsOf(const FindingStore& store, const QString& rule)
{
    std::set<RecordId> records;
    for (std::size_t i = 0; i < store.size(); ++i)
        if (!store.record(i).isSummary() && store.rules()[store.record(i).rule].id == rule)
            records.insert(store.record(i).record);
    return {records.begin(), records.end()};
}

/// Index of the rule's summary finding, or -1.
int summaryIndex(const FindingStore& store, const QString& rule)
{
    for (std::size_t i = 0; i < store.size(); ++i)
        if (store.record(i).isSummary() && store.rules()[store.record(i).rule].id == rule)
            return int(i);
    return -1;
}

QByteArray report(const FindingStore& store, ReportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeFindingsReport(buffer, format, {QStringLiteral("late.csv"), {QStringLiteral("planning-application")}},
                             store))
        return {};
    return buffer.data();
}

QList<QByteArray> sortedLines(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

class TstSummaries : public QObject
{
    Q_OBJECT
private slots:
    void summaryStandsForExactlyTheRowsReportedOneByOne()
    {
        const auto dataset = readBytes(lateRegister(20000));
        const auto plain = validated(dataset, false);
        const auto summed = validated(dataset, true);
        const FindingStore& all = *plain->findings();
        const FindingStore& store = *summed->findings();
        const std::vector<RecordId> rows = recordsOf(all, kRule);
        QVERIFY2(rows.size() > 5000, qPrintable(QString::number(rows.size()))); // ~40 % of the decided rows

        const int at = summaryIndex(store, kRule);
        QVERIFY(at >= 0);
        QCOMPARE(store.summaryRecords(std::size_t(at)), rows);
        QCOMPARE(store.recordsOf(std::size_t(at)), rows);
        // An ordinary finding stands for its own record, a table-level one for none.
        for (std::size_t i = 0; i < store.size(); ++i) {
            const FindingRecord& r = store.record(i);
            if (r.isSummary())
                continue;
            QCOMPARE(store.recordsOf(i),
                     r.record == kNoRecord ? std::vector<RecordId>() : std::vector<RecordId>{r.record});
        }
        QCOMPARE(recordsOf(store, kRule), std::vector<RecordId>()); // nothing else of the rule is listed
        QCOMPARE(store.size(), all.size() - rows.size() + 1);
        QCOMPARE(store.summarisedRows(std::uint32_t(store.ruleIndex(kRule))), std::uint64_t(rows.size()));
        QCOMPARE(store.message(std::size_t(at)),
                 QStringLiteral("%1 applications (%2% of 20,000) were decided after their statutory period, with "
                                "no agreed extension.")
                     .arg(QLocale(QLocale::English).toString(qlonglong(rows.size())))
                     .arg(qRound(100.0 * double(rows.size()) / 20000.0)));
        // Errors and warnings stay one finding per row, as do info rules that fire on few rows.
        for (std::size_t i = 0; i < store.size(); ++i)
            QVERIFY(!store.record(i).isSummary() || store.record(i).severity == Severity::Info);

        // Expanded on demand, the findings are the unsummarised run's, down to the report's bytes.
        const auto detail = summed->findingsInDetail({kRule});
        QCOMPARE(summaryIndex(*detail, kRule), -1);
        QCOMPARE(report(*detail, ReportFormat::Json), report(all, ReportFormat::Json));
        QCOMPARE(report(*detail, ReportFormat::Csv), report(all, ReportFormat::Csv));
        QCOMPARE(report(*detail, ReportFormat::Text), report(all, ReportFormat::Text));
        QCOMPARE(summaryIndex(*summed->findings(), kRule), at); // the document's own store keeps its summary
    }

    void fewRowsStayFindings()
    {
        // The default register: about 3 % late, below the 10 % share.
        PlanningSampleOptions options;
        options.rows = 20000;
        const auto doc = validated(readBytes(generatePlanningSample(options)), true);
        QCOMPARE(summaryIndex(*doc->findings(), kRule), -1);
        QVERIFY(!recordsOf(*doc->findings(), kRule).empty());
    }

    void editsKeepTheSummaryCurrent()
    {
        const auto doc = validated(readBytes(lateRegister(6000)), true);
        const Table& table = doc->table(0);
        const int start = table.columnIndex(QStringLiteral("start-date"));
        const int decided = table.columnIndex(QStringLiteral("decision-date"));
        const auto summary = [&] {
            return doc->findings()->summaryRecords(std::size_t(summaryIndex(*doc->findings(), kRule)));
        };
        std::vector<RecordId> before = summary();
        QVERIFY(before.size() > 1000);

        // A late row decided on its start date now passes.
        const RecordId mended = before[before.size() / 2];
        const std::string startDate(table.cell(std::size_t(table.rowOf(mended)), start));
        doc->setCell(0, mended, decided, startDate);
        std::vector<RecordId> after = summary();
        QCOMPARE(after.size(), before.size() - 1);
        QVERIFY(!std::binary_search(after.begin(), after.end(), mended));
        QCOMPARE(doc->findings()->recordsOf(std::size_t(summaryIndex(*doc->findings(), kRule))), after);
        QVERIFY(doc->findings()
                    ->message(std::size_t(summaryIndex(*doc->findings(), kRule)))
                    .startsWith(QLocale(QLocale::English).toString(qlonglong(after.size())) + QLatin1Char(' ')));

        // A row decided on time that is now decided a year later fails.
        RecordId broken = kNoRecord;
        for (std::size_t row = 0; row < table.rowCount() && broken == kNoRecord; ++row) {
            const RecordId r = table.recordId(row);
            if (!table.cell(row, decided).empty() && !std::binary_search(before.begin(), before.end(), r) &&
                table.cell(row, start).size() == 10)
                broken = r;
        }
        QVERIFY(broken != kNoRecord);
        const QDate startOfBroken =
            QDate::fromString(table.cellText(std::size_t(table.rowOf(broken)), start), Qt::ISODate);
        doc->setCell(0, broken, decided, startOfBroken.addDays(365).toString(Qt::ISODate).toStdString());
        after = summary();
        QCOMPARE(after.size(), before.size());
        QVERIFY(std::binary_search(after.begin(), after.end(), broken));

        // Deleting a summarised row removes it; undo brings it back.
        const RecordId removed = after.front();
        doc->removeRecords(0, {removed});
        QCOMPARE(summary().size(), before.size() - 1);
        doc->undoStack()->undo();
        QCOMPARE(summary().size(), before.size());
        doc->undoStack()->undo(); // the year-late decision
        doc->undoStack()->undo(); // the mended row
        QCOMPARE(summary(), before);

        // After edits, the expanded findings are those of a fresh run without summaries.
        doc->setCell(0, mended, decided, startDate);
        doc->waitUntilChecked();
        const auto fresh = validated(std::const_pointer_cast<Dataset>(doc->snapshot()), false);
        // (As lines in any order: findings of one cell may be listed in another order after re-checks.)
        QCOMPARE(sortedLines(report(*doc->findingsInDetail(), ReportFormat::Csv)),
                 sortedLines(report(*fresh->findings(), ReportFormat::Csv)));
    }

    void cliDetailListsTheRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("late.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lateRegister(8000));
        file.close();
        const QStringList base{QStringLiteral("check"),     path,
                               QStringLiteral("--format"),  QStringLiteral("json"),
                               QStringLiteral("--today"),   QStringLiteral("2026-11-30"),
                               QStringLiteral("--fail-on"), QStringLiteral("never")};
        const auto count = [](const QJsonArray& findings, bool summaries) {
            int n = 0;
            for (const auto& f : findings)
                if (f.toObject().value(QLatin1String("rule")).toString() == kRule &&
                    f.toObject().contains(QLatin1String("summary_rows")) == summaries)
                    ++n;
            return n;
        };
        const auto summarised = plumbline::test::runCli(base);
        QCOMPARE(summarised.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(summarised.out).object();
        const QJsonArray findings = root.value(QLatin1String("findings")).toArray();
        QCOMPARE(count(findings, true), 1);
        QCOMPARE(count(findings, false), 0);
        const int rows = root.value(QLatin1String("summary"))
                             .toObject()
                             .value(QLatin1String("summarised"))
                             .toObject()
                             .value(kRule)
                             .toInt();
        QVERIFY(rows > 1000);

        const auto detailed = plumbline::test::runCli(base + QStringList{QStringLiteral("--detail"), kRule});
        QCOMPARE(detailed.exitCode, 0);
        const QJsonArray listed =
            QJsonDocument::fromJson(detailed.out).object().value(QLatin1String("findings")).toArray();
        QCOMPARE(count(listed, false), rows);
        QCOMPARE(count(listed, true), 0);
        QCOMPARE(listed.size(), findings.size() - 1 + rows);

        const auto all = plumbline::test::runCli(base + QStringList{QStringLiteral("--detail"), QStringLiteral("all")});
        QCOMPARE(all.out, detailed.out);
        const auto unknown =
            plumbline::test::runCli(base + QStringList{QStringLiteral("--detail"), QStringLiteral("PA-99")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("PA-99"));
        // The short id names the same rule; one that names several rules is refused, naming them.
        const auto shortId =
            plumbline::test::runCli(base + QStringList{QStringLiteral("--detail"), QStringLiteral("PA-17")});
        QCOMPARE(shortId.exitCode, 0);
        QCOMPARE(shortId.out, detailed.out);
        const auto several =
            plumbline::test::runCli(base + QStringList{QStringLiteral("--detail"), QStringLiteral("PA-20")});
        QCOMPARE(several.exitCode, 2);
        QVERIFY2(several.err.contains("PA-20-withdrawn-with-decision,"), several.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstSummaries)
#include "tst_summaries.moc"
