// Column profiles: types and how many values fit, blanks, distinct and top values, shapes, min / max / median of
// numbers and dates, histograms; checked on fixtures and, against counts computed here independently, on the real
// files in the shared data folder.
#include "io/csv/csv_reader.h"
#include "io/dataset_reader.h"
#include "profile/column_profile.h"
#include "profile/distinct_values.h"
#include "table/table.h"
#include "values/value_shape.h"

#include <QHash>
#include <QJsonArray>
#include <QtTest>

using namespace plumbline;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<Dataset> readBytes(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("profile.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

QString text(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// The same facts, counted the plain way: a hash of every non-blank cell.
struct Plain
{
    qint64 empty = 0;
    QHash<QString, qint64> counts;
    QHash<QString, qint64> shapes;
};
Plain countPlainly(const Table& table, int column)
{
    Plain p;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const QString cell = table.cellText(row, column);
        if (cell.trimmed().isEmpty()) {
            ++p.empty;
            continue;
        }
        ++p.counts[cell];
        const QByteArray utf8 = cell.toUtf8();
        ++p.shapes[QString::fromStdString(
            values::valueShape(std::string_view(utf8.constData(), std::size_t(utf8.size()))))];
    }
    return p;
}

} // namespace

class TestColumnProfile : public QObject
{
    Q_OBJECT

private slots:
    void profilesAFixture();
    void numbersAndDates_data();
    void numbersAndDates();
    void jsonHasTheDocumentedShape();
    void matchesPlainCountsOnRealFiles_data();
    void matchesPlainCountsOnRealFiles();
    void sameCountsOnAnyThreadCount_data();
    void sameCountsOnAnyThreadCount();
    void weightedMedian_data();
    void weightedMedian();
};

void TestColumnProfile::profilesAFixture()
{
    const auto dataset = readBytes("reference,decision\n"
                                   "13/00858/HCC3S,granted\n"
                                   "13/00859/HCC3S,granted\n"
                                   "NMA/2013/0233,Approve\n"
                                   ",granted\n"
                                   "  ,refused\n"
                                   "13/00858/HCC3S,\n");
    const Table& table = *dataset->tables.front();
    const ColumnProfile reference = profileColumn(table, 0);
    QCOMPARE(reference.name, u"reference"_s);
    QCOMPARE(reference.count, 6ULL);
    QCOMPARE(reference.empty, 2ULL); // empty and spaces only
    QCOMPARE(reference.distinct, 3ULL);
    QCOMPARE(reference.type, ColumnType::Text);
    QCOMPARE(reference.typed, 4ULL);
    QCOMPARE(text(reference.top.at(0).value), u"13/00858/HCC3S"_s);
    QCOMPARE(reference.top.at(0).count, 2ULL);
    QCOMPARE(text(reference.shapes.at(0).value), u"99/99999/AAA9A"_s);
    QCOMPARE(reference.shapes.at(0).count, 3ULL);
    QCOMPARE(text(reference.shapes.at(1).value), u"AAA/9999/9999"_s);
    QVERIFY(!reference.hasRange());
    QCOMPARE(reference.completeness(), 4.0 / 6.0);

    const ColumnProfile decision = profileColumn(table, 1);
    QCOMPARE(decision.distinct, 3ULL);
    QCOMPARE(decision.empty, 1ULL);
    QCOMPARE(text(decision.top.at(0).value), u"granted"_s);
    QCOMPARE(decision.top.at(0).count, 3ULL);
    QCOMPARE(text(decision.top.at(1).value), u"Approve"_s); // ties by value: "Approve" < "refused"
}

void TestColumnProfile::numbersAndDates_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qulonglong>("typed");
    QTest::addColumn<QString>("min");
    QTest::addColumn<QString>("median");
    QTest::addColumn<QString>("max");
    QTest::addColumn<int>("bins");
    QTest::addColumn<qulonglong>("firstBin");
    // A number column with a word in it: decimal, 5 of 6 values fit.
    QTest::newRow("numbers") << QByteArray("area\n0.08\n20696\n1.16\n17300\nunknown\n2\n") << u"decimal"_s << 5ULL
                             << u"0.08"_s << u"2"_s << u"20696"_s << 20 << 3ULL;
    QTest::newRow("small integers, a bar each")
        << QByteArray("n\n1\n3\n3\n2\n") << u"integer"_s << 4ULL << u"1"_s << u"2"_s << u"3"_s << 3 << 1ULL;
    // UK and ISO dates together, by month.
    QTest::newRow("dates") << QByteArray("d\n09/08/2013\n2013-10-02\n13/08/2013\n\n30/11/2013\n") << u"date"_s << 4ULL
                           << u"2013-08-09"_s << u"2013-08-13"_s << u"2013-11-30"_s << 4 << 2ULL;
}

void TestColumnProfile::numbersAndDates()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, type);
    QFETCH(qulonglong, typed);
    QFETCH(QString, min);
    QFETCH(QString, median);
    QFETCH(QString, max);
    QFETCH(int, bins);
    QFETCH(qulonglong, firstBin);
    const auto dataset = readBytes(csv);
    const ColumnProfile p = profileColumn(*dataset->tables.front(), 0);
    QCOMPARE(columnTypeName(p.type), type);
    QCOMPARE(p.typed, typed);
    QCOMPARE(p.min, min);
    QCOMPARE(p.median, median);
    QCOMPARE(p.max, max);
    QCOMPARE(int(p.histogram.size()), bins);
    QCOMPARE(p.histogram.front().count, firstBin);
    std::uint64_t inBins = 0;
    for (const auto& bin : p.histogram)
        inBins += bin.count;
    QCOMPARE(inBins, typed); // every value of the type is in one bar
}

void TestColumnProfile::jsonHasTheDocumentedShape()
{
    const auto dataset = readBytes("d,t\n2013-08-09,x\n2013-08-10,y\n");
    const QJsonObject date = profileToJson(profileColumn(*dataset->tables.front(), 0));
    for (const char* key :
         {"name", "type", "typed", "count", "empty", "distinct", "top", "min", "max", "median", "shapes", "histogram"})
        QVERIFY2(date.contains(QLatin1String(key)), key);
    QCOMPARE(date.value(u"min"_s).toString(), u"2013-08-09"_s);
    QCOMPARE(date.value(u"top"_s).toArray().at(0).toObject().value(u"count"_s).toInt(), 1);
    QCOMPARE(date.value(u"shapes"_s).toArray().at(0).toObject().value(u"shape"_s).toString(), u"9999-99-99"_s);
    const QJsonObject textColumn = profileToJson(profileColumn(*dataset->tables.front(), 1));
    QVERIFY(textColumn.value(u"min"_s).isNull());
}

void TestColumnProfile::matchesPlainCountsOnRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("topValue"); // known from the file's notes; empty: not checked
    QTest::addColumn<qlonglong>("topCount");
    QTest::addColumn<qlonglong>("empty");
    const QString planning = QStringLiteral(PLUMBLINE_SHARED_DATA "/planning/");
    const QString political = QStringLiteral(PLUMBLINE_SHARED_DATA "/political/");
    // The conservation-area file: `reference` is empty in all 1,890 rows; 574 "No appraisal document".
    QTest::newRow("conservation reference")
        << planning + u"Existing_NoDups_NotLessThanZero.csv"_s << u"reference"_s << QString() << 0LL << 1890LL;
    QTest::newRow("conservation appraisal") << planning + u"Existing_NoDups_NotLessThanZero.csv"_s
                                            << u"AppraisalDocument"_s << u"No appraisal document"_s << 574LL << -1LL;
    QTest::newRow("conservation LPA") << planning + u"Existing_NoDups_NotLessThanZero.csv"_s << u"LPA"_s << QString()
                                      << 0LL << -1LL;
    // The LGA extract: Decision "Approve" in 24 rows.
    QTest::newRow("LGA decision") << planning + u"example-planning-applications.csv"_s << u"Decision"_s << u"Approve"_s
                                  << 24LL << -1LL;
    QTest::newRow("LGA case date") << planning + u"example-planning-applications.csv"_s << u"CaseDate"_s << QString()
                                   << 0LL << -1LL;
    QTest::newRow("candidates party") << political + u"democracyclub-ge2015-candidates.csv"_s << u"party"_s << QString()
                                      << 0LL << -1LL;
    QTest::newRow("candidates name") << political + u"democracyclub-ge2015-candidates.csv"_s << u"name"_s << QString()
                                     << 0LL << -1LL;
}

void TestColumnProfile::matchesPlainCountsOnRealFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, column);
    QFETCH(QString, topValue);
    QFETCH(qlonglong, topCount);
    QFETCH(qlonglong, empty);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(u"the shared data file %1 is not here"_s.arg(file)));
    NullProgress progress;
    auto dataset = readDataset(file, ReadOptions{}, progress);
    QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().toString()));
    const Table& table = *dataset.value().tables.front();
    const int c = table.columnIndex(column);
    QVERIFY2(c >= 0, qPrintable(column));
    const ColumnProfile p = profileColumn(table, c);
    const Plain plain = countPlainly(table, c);

    QCOMPARE(qint64(p.count), qint64(table.rowCount()));
    QCOMPARE(qint64(p.empty), plain.empty);
    QCOMPARE(qint64(p.distinct), qint64(plain.counts.size()));
    if (empty >= 0)
        QCOMPARE(qint64(p.empty), empty);
    // Every top value with its plain count, in descending order.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const auto& v : p.top) {
        QCOMPARE(qint64(v.count), plain.counts.value(text(v.value)));
        QVERIFY(qint64(v.count) <= previous);
        previous = qint64(v.count);
    }
    if (!p.top.empty()) {
        qint64 most = 0;
        for (auto it = plain.counts.begin(); it != plain.counts.end(); ++it)
            most = std::max(most, it.value());
        QCOMPARE(qint64(p.top.front().count), most);
    }
    for (const auto& s : p.shapes)
        QCOMPARE(qint64(s.count), plain.shapes.value(text(s.value)));
    if (!topValue.isEmpty()) {
        QCOMPARE(text(p.top.front().value), topValue);
        QCOMPARE(qint64(p.top.front().count), topCount);
    }
}

/// A column of n rows cycling through `period` values (some repeated, some blank), hashed by one thread or split by
/// hash over several, unedited, edited (read through the overlay) and with rows inserted (out of load order): the
/// counts are the plain ones every time, and the whole profile is the single-thread one.
void TestColumnProfile::sameCountsOnAnyThreadCount_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("edit");
    QTest::addColumn<bool>("insert");
    for (int threads : {1, 2, 3}) {
        for (bool edit : {false, true}) {
            QTest::addRow("all distinct, %d threads%s", threads, edit ? ", edited" : "")
                << 5000 << 5000 << threads << edit << false;
            QTest::addRow("a few values, %d threads%s", threads, edit ? ", edited" : "")
                << 5000 << 7 << threads << edit << false;
            QTest::addRow("mostly distinct, %d threads%s", threads, edit ? ", edited" : "")
                << 40000 << 30011 << threads << edit << false;
        }
        QTest::addRow("rows inserted, %d threads", threads) << 3000 << 211 << threads << false << true;
    }
}

void TestColumnProfile::sameCountsOnAnyThreadCount()
{
    QFETCH(int, rows);
    QFETCH(int, period);
    QFETCH(int, threads);
    QFETCH(bool, edit);
    QFETCH(bool, insert);
    QByteArray csv = "reference,n\n";
    for (int row = 0; row < rows; ++row) {
        const int k = (row * 7919) % period; // every residue once per period, in a scrambled order
        if (k % 13 == 5)
            csv += k % 2 ? ",\n" : "  ,\n"; // blank and spaces only
        else
            csv += QByteArray::number(k % 3 ? 10 + k : 1000 + k) + "/" + QByteArray::number(k) + "/HH,x\n";
    }
    const auto dataset = readBytes(csv);
    Table& table = *dataset->tables.front();
    if (edit) {
        table.editOverlay().set(0, 0, "EDITED/1");
        table.editOverlay().set(1, 0, "EDITED/1");
        table.editOverlay().set(2, 0, ""); // now blank
    }
    if (insert)
        table.insertRows(3, 4); // four blank rows in the middle: the table is no longer in load order
    const Plain plain = countPlainly(table, 0);

    const DistinctValues counted = countDistinctValues(table, 0, threads);
    QCOMPARE(qint64(counted.empty), plain.empty);
    QCOMPARE(qint64(counted.values.size()), qint64(plain.counts.size()));
    for (const DistinctValue& v : counted.values)
        QCOMPARE(qint64(v.count), plain.counts.value(text(std::string(v.value))));

    ProfileOptions one;
    ProfileOptions many;
    many.threads = threads;
    const QJsonObject single = profileToJson(profileColumn(table, 0, one));
    const QJsonObject shared = profileToJson(profileColumn(table, 0, many));
    QCOMPARE(shared, single);
    QCOMPARE(single.value(u"distinct"_s).toInteger(), qint64(plain.counts.size()));
    // And every column at once, whatever the number of threads given to profileColumns.
    NullProgress progress;
    const auto all = profileColumns(table, {}, one, progress, threads);
    QCOMPARE(profileToJson(all.at(0)), single);
    QCOMPARE(all.at(1).distinct, 1ULL);
}

/// min, median (the lower one) and max of numbers with repeats: a weighted median, whatever the order of values.
void TestColumnProfile::weightedMedian_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("min");
    QTest::addColumn<QString>("median");
    QTest::addColumn<QString>("max");
    QTest::newRow("one value") << QByteArray("n\n7\n") << u"7"_s << u"7"_s << u"7"_s;
    QTest::newRow("two values: the lower") << QByteArray("n\n9\n4\n") << u"4"_s << u"4"_s << u"9"_s;
    QTest::newRow("repeats pull the median")
        << QByteArray("n\n1\n50\n50\n50\n2\n3\n100\n") << u"1"_s << u"50"_s << u"100"_s;
    QTest::newRow("odd count with ties") << QByteArray("n\n5\n1\n3\n3\n10\n2.5\n3\n") << u"1"_s << u"3"_s << u"10"_s;
    QTest::newRow("median at a boundary") << QByteArray("n\n8\n8\n1\n1\n") << u"1"_s << u"1"_s << u"8"_s;
    QTest::newRow("negative numbers") << QByteArray("n\n-4\n-1\n-9\n0\n-2\n") << u"-9"_s << u"-2"_s << u"0"_s;
    QTest::newRow("dates") << QByteArray("d\n2019-03-05\n2019-01-31\n2019-03-04\n2020-12-01\n2019-03-04\n")
                           << u"2019-01-31"_s << u"2019-03-04"_s << u"2020-12-01"_s;
}

void TestColumnProfile::weightedMedian()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, min);
    QFETCH(QString, median);
    QFETCH(QString, max);
    const auto dataset = readBytes(csv);
    const ColumnProfile p = profileColumn(*dataset->tables.front(), 0);
    QCOMPARE(p.min, min);
    QCOMPARE(p.median, median);
    QCOMPARE(p.max, max);
}

QTEST_GUILESS_MAIN(TestColumnProfile)
#include "tst_columnprofile.moc"
