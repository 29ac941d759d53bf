// TextProfiles: the shared per-row facts of plain columns are computed a block at a time on first use, from
// several threads at once, and give exactly the per-cell answer; dictionary columns have none.
#include "check_test_support.h"

#include "checks/support/text_profile.h"
#include "values/formula_text.h"
#include "values/text_util.h"

#include <thread>

using namespace plumbline;
using namespace plumbline::testing;

class TstTextProfile : public QObject
{
    Q_OBJECT
private slots:
    void formulaFreeRowsCannotBeFormulas()
    {
        // Every first byte a formula can start with is kept for the check; the others are skipped.
        const QByteArray cells[] = {"=SUM(A1:A3)", "@SUM(1)", "+1-2", "-12", "\tx", "\rx",
                                    "plain",       "",        "N/A",  "12",  "'=1", " =1"};
        QByteArray csv("text,kind\n");
        for (int row = 0; row < 5000; ++row) {
            const QByteArray& cell = cells[row % 12];
            csv += '"' + (cell.isEmpty() ? cell : cell + QByteArray::number(row)) + '"' + (row % 2 ? ",a\n" : ",b\n");
        }
        const Dataset dataset = datasetFromCsv(csv);
        const Table& table = *dataset.tables.front();
        QVERIFY(!table.column(0).isDictionary());
        const TextProfiles profiles(table);
        QVERIFY(!profiles.formulaFree(1));
        const RowBits* free = profiles.formulaFree(0);
        QVERIFY(free);
        free->prepare(0, table.rowCount());
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            const std::string_view cell = table.column(0).cell(row);
            const char first = cell.empty() ? 'x' : cell.front();
            const bool mayBeFormula = std::string_view("=@+-\t\r").find(first) != std::string_view::npos;
            QCOMPARE(free->bit(row), !mayBeFormula);
            if (free->bit(row))
                QVERIFY(!values::looksLikeFormula(cell));
        }
    }

    void tidyBitsMatchEveryCellWhateverItsBytes()
    {
        // Cells of 0 to 19 bytes drawn from letters, spaces, a tab, DEL, a unit separator, '~' and an accented
        // letter: spaces at either end, two in a row inside a word of eight bytes or across two, and bytes
        // outside printable ASCII at every position, over several blocks of rows.
        const char* pieces[] = {"a", "b", " ", " ", "\t", "\x7f", "\x1f", "~", "\xc3\xa9", "z9"};
        std::uint32_t seed = 12345;
        const auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 16; };
        QByteArray csv("text,kind\n");
        for (int row = 0; row < 9000; ++row) {
            QByteArray cell;
            const std::uint32_t length = next() % 20;
            // Mostly tidy, as real columns are: a rarer piece now and then.
            while (std::uint32_t(cell.size()) < length)
                cell += next() % 6 == 0 ? pieces[next() % 10] : (next() % 4 == 0 ? " " : "x");
            csv += '"' + cell + "\"," + (row % 2 ? "a\n" : "b\n");
        }
        const Dataset dataset = datasetFromCsv(csv);
        const Table& table = *dataset.tables.front();
        QVERIFY(!table.column(0).isDictionary());
        const TextProfiles profiles(table);
        const RowBits* tidy = profiles.tidy(0);
        QVERIFY(tidy);
        tidy->prepare(0, table.rowCount());
        std::size_t tidyRows = 0;
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            const std::string_view cell = table.column(0).cell(row);
            QVERIFY2(tidy->bit(row) == textutil::isTidyAscii(cell), qPrintable(QString::number(row)));
            tidyRows += tidy->bit(row);
        }
        QVERIFY(tidyRows > 1000 && tidyRows < 8000); // both answers are well represented
        QCOMPARE(tidy->word(table.rowCount() / 64) >> (table.rowCount() % 64), std::uint64_t(0)); // none past the end
    }

    void blocksComputedOnDemandMatchEveryCell()
    {
        // 20,000 rows (five blocks): every 7th cell has a trailing space, every 11th is blank, every 13th starts
        // with N (a possible null token).
        QByteArray csv("text,kind\n");
        for (int row = 0; row < 20000; ++row) {
            QByteArray cell = "value " + QByteArray::number(row);
            if (row % 7 == 0)
                cell += ' ';
            if (row % 11 == 0)
                cell.clear();
            if (row % 13 == 0)
                cell = "N/A " + QByteArray::number(row);
            csv += cell + (row % 2 ? ",a\n" : ",b\n");
        }
        const Dataset dataset = datasetFromCsv(csv);
        const Table& table = *dataset.tables.front();
        QVERIFY(!table.column(0).isDictionary());
        QVERIFY(table.column(1).isDictionary());
        const TextProfiles profiles(table);
        QVERIFY(!profiles.tidy(1));
        QVERIFY(!profiles.filled(1));
        QVERIFY(!profiles.tidy(7));
        const RowBits* tidy = profiles.tidy(0);
        const RowBits* filled = profiles.filled(0);
        QVERIFY(tidy && filled);
        QCOMPARE(profiles.tidy(0), tidy); // one per column

        // Two threads prepare overlapping, unaligned ranges in opposite orders.
        std::thread other([&] {
            for (std::size_t first = 0; first < 20000; first += 3001)
                tidy->prepare(first, first + 5000);
        });
        for (std::size_t first = 20000; first >= 1000; first -= 997)
            tidy->prepare(first - 1000, first + 17);
        other.join();
        tidy->prepare(0, 20000);
        filled->prepare(0, 30000); // beyond the end is clamped
        for (std::size_t row = 0; row < 20000; ++row) {
            const std::string_view cell = table.column(0).cell(row);
            QCOMPARE(tidy->bit(row), textutil::isTidyAscii(cell));
            QCOMPARE(filled->bit(row), !cell.empty() && cell.front() != 'N');
        }
    }
};

QTEST_APPLESS_MAIN(TstTextProfile)
#include "tst_text_profile.moc"
