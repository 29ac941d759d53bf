// The CSV reader finishes the columns its second pass wrote in place with StoredColumnFinisher, which spreads
// ColumnBuilder::finish's dictionary attempt over several threads, each encoding a part of the rows. The column
// it builds must be exactly the one ColumnBuilder::finish builds from the same cells: same storage form, same
// codes, same values, whatever the cells, the number of threads and which part first shows the form.
#include "io/csv/stored_column.h"

#include <QRandomGenerator>
#include <QtTest>

#include <string>
#include <vector>

using namespace plumbline;

namespace {

enum class Shape {
    FewValues,     // a status column
    AllDistinct,   // a reference column
    MostlyEmpty,   // empty but for unique values every few rows (the rate test stops the attempt)
    DistinctFirst, // the first 4,096 rows distinct, then one value
    RepeatedSet,   // 1,500 long values repeated over every row (a description column)
    EmptyAndOne,   // all empty but one cell
    Grouped,       // runs of equal values
    LateFlood,     // few values, then the second half all distinct (a later part alone passes the limit)
    LateRepeats,   // few values, then values from a larger set (the joined count decides)
    Tiny,          // too few rows to share out
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
        case Shape::RepeatedSet:
            cells.push_back(numbered("Erection of a single storey rear extension, variant ", rng.bounded(1500)));
            break;
        case Shape::EmptyAndOne:
            cells.push_back(r == rows / 2 ? std::string("one") : std::string());
            break;
        case Shape::Grouped:
            cells.push_back(numbered("group ", r / 100));
            break;
        case Shape::LateFlood:
            cells.push_back(r < rows / 2 ? numbered("early ", rng.bounded(10)) : numbered("late ", r));
            break;
        case Shape::LateRepeats:
            cells.push_back(r < rows / 2 ? numbered("early ", rng.bounded(10))
                                         : numbered("late ", rng.bounded(quint32(rows / 8))));
            break;
        case Shape::Tiny:
            cells.push_back(r % 2 ? "a" : "b");
            break;
        }
    }
    return cells;
}

void storeCells(const std::vector<std::string>& cells, std::vector<char>& arena, std::vector<std::uint32_t>& offsets)
{
    arena.clear();
    offsets.assign(1, 0);
    for (const auto& cell : cells) {
        arena.insert(arena.end(), cell.begin(), cell.end());
        offsets.push_back(std::uint32_t(arena.size()));
    }
}

} // namespace

class TestStoredColumn : public QObject
{
    Q_OBJECT

private slots:
    void sameColumnAsFinish_data();
    void sameColumnAsFinish();
};

void TestStoredColumn::sameColumnAsFinish_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("dictionary"); // the form ColumnBuilder::finish picks: both must be covered
    const struct
    {
        const char* name;
        Shape shape;
        int rows;
        bool dictionary;
    } cases[] = {
        {"few values", Shape::FewValues, 200000, true},
        {"all distinct", Shape::AllDistinct, 200000, false},
        {"mostly empty, unique values", Shape::MostlyEmpty, 300000, false},
        {"distinct first 4096 rows", Shape::DistinctFirst, 200000, false},
        {"a set of long values repeated", Shape::RepeatedSet, 250000, true},
        {"empty but one", Shape::EmptyAndOne, 200000, true},
        {"grouped", Shape::Grouped, 200000, true},
        {"a flood of new values late", Shape::LateFlood, 270000, false},
        {"repeats of new values late", Shape::LateRepeats, 270000, true},
        {"tiny", Shape::Tiny, 5, false},
    };
    for (const auto& c : cases)
        for (const int threads : {1, 2, 3})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2 threads").arg(QLatin1String(c.name)).arg(threads)))
                << int(c.shape) << c.rows << threads << c.dictionary;
}

void TestStoredColumn::sameColumnAsFinish()
{
    QFETCH(int, shape);
    QFETCH(int, rows);
    QFETCH(int, threads);
    QFETCH(bool, dictionary);
    QRandomGenerator rng(quint32(shape * 1000 + 7));
    const std::vector<std::string> cells = cellsOf(Shape(shape), std::size_t(rows), rng);

    std::vector<char> arena;
    std::vector<std::uint32_t> offsets;
    storeCells(cells, arena, offsets);
    std::vector<ColumnBuilder> chunk;
    chunk.push_back(ColumnBuilder::adopt(std::vector<char>(arena), std::vector<std::uint32_t>(offsets)));
    const Column expected = ColumnBuilder::finish(QStringLiteral("c"), std::move(chunk));
    QCOMPARE(expected.isDictionary(), dictionary);

    // One finisher serves several columns of a load: the second one reuses its code buffer.
    StoredColumnFinisher finisher(cells.size(), threads);
    for (int round = 0; round < 2; ++round) {
        std::vector<char> a(arena);
        std::vector<std::uint32_t> o(offsets);
        const Column actual = finisher.finish(QStringLiteral("c"), std::move(a), std::move(o));
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
}

QTEST_APPLESS_MAIN(TestStoredColumn)
#include "tst_storedcolumn.moc"
