// Opening speed of a planning-register-shaped workbook (100k rows must open in <= 3 s).
// Runs a 10k-row smoke size by default; PLUMBLINE_BENCH_ROWS=100000 measures the real size (median of 5) and
// PLUMBLINE_BENCH_KEEP=path keeps the generated workbook.
#include "io/xlsx/xlsx_reader.h"
#include "io/xlsx/xlsx_writer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace plumbline;

namespace {

/// 18 columns like a council's planning-application register: references, free text, codes, dates, numbers.
Dataset planningDataset(std::size_t rows)
{
    static const char* const kHeaders[] = {
        "reference", "organisation", "site-address",  "postcode",       "description",   "application-type",
        "decision",  "status",       "received-date", "validated-date", "decision-date", "easting",
        "northing",  "ward",         "parish",        "case-officer",   "uprn",          "fee"};
    static const char* const kTypes[] = {"Full", "Householder", "Outline", "Listed Building", "Prior Approval"};
    static const char* const kDecisions[] = {"Approved", "Refused", "Withdrawn", "Pending", ""};
    static const char* const kStreets[] = {"High Street", "Church Lane", "Mill Road", "Station Road", "The Green"};
    std::mt19937 random(42);
    std::vector<ColumnBuilder> builders(18);
    for (std::size_t r = 0; r < rows; ++r) {
        const auto pick = [&](int n) { return int(random() % unsigned(n)); };
        char date[48]; // roomy: GCC cannot prove the ranges and -Wformat-truncation is an error
        const auto dateText = [&](int offset) {
            std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 10 + pick(14), 1 + (pick(12) + offset) % 12,
                          1 + pick(28));
            return std::string(date);
        };
        const std::string cells[18] = {
            "24/" + std::to_string(10000 + r) + "/FUL",
            "E0700012" + std::to_string(pick(9)),
            std::to_string(1 + pick(200)) + " " + kStreets[pick(5)] + ", Sometown",
            "ST" + std::to_string(1 + pick(20)) + " " + std::to_string(pick(10)) + "AB",
            "Erection of a single storey rear extension and loft conversion with dormer, plot " + std::to_string(r),
            kTypes[pick(5)],
            kDecisions[pick(5)],
            pick(3) ? "Decided" : "Open",
            dateText(0),
            dateText(1),
            pick(4) ? dateText(3) : std::string(),
            std::to_string(380000 + pick(20000)),
            std::to_string(250000 + pick(20000)),
            "Ward " + std::to_string(pick(30)),
            "Parish " + std::to_string(pick(12)),
            "Officer " + std::to_string(pick(40)),
            std::to_string(100000000000LL + std::int64_t(random() % 900000000)),
            std::to_string(pick(500)) + "." + std::to_string(pick(10)) + "5",
        };
        for (int c = 0; c < 18; ++c)
            builders[std::size_t(c)].append(cells[c]);
    }
    std::vector<Column> columns;
    for (int c = 0; c < 18; ++c) {
        std::vector<ColumnBuilder> chunk;
        chunk.push_back(std::move(builders[std::size_t(c)]));
        columns.push_back(ColumnBuilder::finish(QString::fromLatin1(kHeaders[c]), std::move(chunk)));
    }
    Dataset dataset;
    dataset.tables.push_back(std::make_shared<Table>(QStringLiteral("applications"), std::move(columns)));
    return dataset;
}

} // namespace

class TestXlsxBench : public QObject
{
    Q_OBJECT

private slots:
    void openPlanningWorkbook_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("inline strings (constant-memory writer)") << true;
        QTest::newRow("shared strings (as Excel writes)") << false;
    }

    void openPlanningWorkbook()
    {
        QFETCH(bool, constantMemory);
        const std::size_t rows = qEnvironmentVariableIsSet("PLUMBLINE_BENCH_ROWS")
                                     ? std::size_t(qEnvironmentVariableIntValue("PLUMBLINE_BENCH_ROWS"))
                                     : 10000;
        const int runs = rows >= 100000 ? 5 : 1;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("planning.xlsx"));
        const Dataset source = planningDataset(rows);
        NullProgress progress;
        QElapsedTimer timer;
        timer.start();
        const auto written = writeXlsx(source, path, XlsxWriteOptions{constantMemory}, progress);
        QVERIFY2(!written, written ? qPrintable(written->toString()) : "");
        if (qEnvironmentVariableIsSet("PLUMBLINE_BENCH_KEEP")) // keep the workbook for other tools
            QFile::copy(path, qEnvironmentVariable("PLUMBLINE_BENCH_KEEP") +
                                  (constantMemory ? QString() : QStringLiteral(".sst.xlsx")));
        qInfo("wrote %zu rows x 18 columns in %.2f s (%lld bytes)", rows, double(timer.nsecsElapsed()) / 1e9,
              QFileInfo(path).size());

        std::vector<double> seconds;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            const auto read = readXlsxFile(path, {}, progress);
            seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
            const Table& table = *read.value().tables.front();
            QCOMPARE(table.rowCount(), rows);
            QCOMPARE(table.columnCount(), 18);
            for (std::size_t r : {std::size_t(0), rows / 2, rows - 1})
                for (int c = 0; c < 18; ++c)
                    QCOMPARE(table.cell(r, c), source.tables.front()->cell(r, c));
        }
        std::sort(seconds.begin(), seconds.end());
        const double median = seconds[seconds.size() / 2];
        qInfo("opened %zu rows x 18 columns: median %.3f s of %d runs (min %.3f, max %.3f)", rows, median, runs,
              seconds.front(), seconds.back());
        if (rows >= 100000)
            QVERIFY2(median <= 3.0, "a 100k-row workbook must open in 3 s or less");
    }
};

QTEST_APPLESS_MAIN(TestXlsxBench)
#include "tst_xlsx_bench.moc"
