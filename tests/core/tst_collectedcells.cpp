// The CSV reader dictionary-encodes the columns it expects to repeat while it parses them (CollectedCells),
// run by run. The column it builds from the runs must be exactly the one ColumnBuilder::finish builds from the
// same cells: same storage form, same codes, same values, whatever the cells and however they are split.
#include "io/csv/collected_cells.h"

#include <QRandomGenerator>
#include <QtTest>

#include <string>
#include <vector>

using namespace plumbline;

namespace {

enum class Shape {
    FewValues,     // a status column
    AllDistinct,   // a reference column the sample took for a repetitive one
    MostlyEmpty,   // empty but for unique values every few rows (the rate test stops the attempt)
    DistinctFirst, // the first 4,096 rows distinct, then one value
    LongValues,    // long, drawn from a quarter as many values as rows: many distinct in the first rows
    EmptyAndOne,   // all empty but one cell
    Tiny,          // fewer than 8 rows
    Grouped,       // runs of equal values
};

/// prefix followed by the number (GCC 12 warns falsely about "literal" + std::string).
std::string numbered(const char* prefix, std::size_t n)
{
    std::string out(prefix);
    out += std::to_string(n);
    return out;
}

std::vector<std::string> cellsOf(Shape shape, std::size_t rows, QRandomGenerator& rng)
{
    std::vector<std::string> cells;
    cells.reserve(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        switch (shape) {
        case Shape::FewValues:
            cells.push_back(numbered("status-", rng.bounded(12)));
            break;
        case Shape::AllDistinct:
            cells.push_back(numbered("ref/", r));
            break;
        case Shape::MostlyEmpty:
            cells.push_back(r % 3 == 0 ? numbered("u", r) : std::string());
            break;
        case Shape::DistinctFirst:
            cells.push_back(r < 4096 ? numbered("v", r) : std::string("same"));
            break;
        case Shape::LongValues:
            cells.push_back(numbered("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", rng.bounded(quint32(rows / 4 + 1))));
            break;
        case Shape::EmptyAndOne:
            cells.push_back(r == rows / 2 ? std::string("one") : std::string());
            break;
        case Shape::Tiny:
            cells.push_back(r % 2 ? "a" : "b");
            break;
        case Shape::Grouped:
            cells.push_back(numbered("group ", r / 100));
            break;
        }
    }
    return cells;
}

} // namespace

class TestCollectedCells : public QObject
{
    Q_OBJECT

private slots:
    void sameColumnAsFinish_data();
    void sameColumnAsFinish();
};

void TestCollectedCells::sameColumnAsFinish_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("runs");
    QTest::addColumn<bool>("dictionary"); // the form ColumnBuilder::finish picks: both must be covered
    const struct
    {
        const char* name;
        Shape shape;
        int rows;
        bool dictionary;
    } cases[] = {
        {"few values", Shape::FewValues, 50000, true},
        {"all distinct", Shape::AllDistinct, 30000, false},
        {"mostly empty, unique values", Shape::MostlyEmpty, 300000, false},
        {"distinct first 4096 rows", Shape::DistinctFirst, 20000, false},
        {"long values, distinct from the start", Shape::LongValues, 40000, false},
        {"empty but one", Shape::EmptyAndOne, 1000, true},
        {"tiny", Shape::Tiny, 5, false},
        {"grouped", Shape::Grouped, 70000, true},
    };
    for (const auto& c : cases)
        for (const int runs : {1, 3, 17})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2 runs").arg(QLatin1String(c.name)).arg(runs)))
                << int(c.shape) << c.rows << runs << c.dictionary;
}

void TestCollectedCells::sameColumnAsFinish()
{
    QFETCH(int, shape);
    QFETCH(int, rows);
    QFETCH(int, runs);
    QFETCH(bool, dictionary);
    QRandomGenerator rng(quint32(shape * 1000 + runs));
    const std::vector<std::string> cells = cellsOf(Shape(shape), std::size_t(rows), rng);

    std::vector<ColumnBuilder> builders(static_cast<std::size_t>(runs));
    std::vector<CollectedCells> collected(static_cast<std::size_t>(runs));
    std::uint64_t bytes = 0;
    for (std::size_t r = 0; r < cells.size(); ++r) {
        const std::size_t run = r * std::size_t(runs) / cells.size();
        builders[run].append(cells[r]);
        collected[run].append(cells[r]);
        bytes += cells[r].size();
    }
    const Column expected = ColumnBuilder::finish(QStringLiteral("c"), std::move(builders));
    const Column actual = CollectedCells::finish(QStringLiteral("c"), std::move(collected), bytes);

    QCOMPARE(expected.isDictionary(), dictionary);
    QCOMPARE(actual.name(), QStringLiteral("c"));
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual.isDictionary(), expected.isDictionary());
    QCOMPARE(actual.distinctCount(), expected.distinctCount());
    for (std::size_t r = 0; r < cells.size(); ++r) {
        QCOMPARE(actual.cell(r), std::string_view(cells[r]));
        if (expected.isDictionary())
            QCOMPARE(actual.code(r), expected.code(r));
    }
}

QTEST_APPLESS_MAIN(TestCollectedCells)
#include "tst_collectedcells.moc"
