// CSV → XLSX → read back gives the same cells, on the real files in ../shared/data (planning registers, candidate
// lists with mojibake, dates in several forms, long text) and on the SQLite path as well.
#include "io/csv/csv_reader.h"
#include "io/sqlite/sqlite_reader.h"
#include "io/sqlite/sqlite_writer.h"
#include "io/xlsx/xlsx_reader.h"
#include "io/xlsx/xlsx_writer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace plumbline;

namespace {

/// The first difference between two tables (names, columns, cells), or an empty string.
QString difference(const Table& expected, const Table& actual)
{
    if (expected.columnCount() != actual.columnCount())
        return QStringLiteral("%1 columns instead of %2").arg(actual.columnCount()).arg(expected.columnCount());
    for (int c = 0; c < expected.columnCount(); ++c)
        if (expected.columnName(c) != actual.columnName(c))
            return QStringLiteral("column %1 is named %2 instead of %3")
                .arg(c + 1)
                .arg(actual.columnName(c), expected.columnName(c));
    // A spreadsheet does not keep trailing blank rows.
    std::size_t rows = expected.rowCount();
    while (rows > 0) {
        bool blank = true;
        for (int c = 0; c < expected.columnCount() && blank; ++c)
            blank = expected.cell(rows - 1, c).empty();
        if (!blank)
            break;
        --rows;
    }
    if (actual.rowCount() != rows && actual.rowCount() != expected.rowCount())
        return QStringLiteral("%1 rows instead of %2").arg(actual.rowCount()).arg(rows);
    for (std::size_t r = 0; r < rows; ++r)
        for (int c = 0; c < expected.columnCount(); ++c)
            if (expected.cell(r, c) != actual.cell(r, c))
                return QStringLiteral("row %1, column %2: \"%3\" instead of \"%4\"")
                    .arg(r + 1)
                    .arg(expected.columnName(c), actual.cellText(r, c), expected.cellText(r, c));
    return {};
}

} // namespace

class TestXlsxRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void csvThroughXlsxAndSqlite_data()
    {
        QTest::addColumn<QString>("csv");
        const QDir shared(QStringLiteral(PLUMBLINE_SHARED_DATA));
        if (!shared.exists())
            QSKIP("../shared/data is not here; the round trip runs on the real files only");
        for (const char* file :
             {"planning/planning-application.csv", "planning/planning-condition.csv",
              "planning/example-planning-applications.csv", "planning/Existing_NoDups_NotLessThanZero.csv",
              "political/democracyclub-ge2015-candidates.csv", "political/kenya-assembly-term-11.csv",
              "political/uk-commons-term-56.csv"})
            QTest::newRow(file) << shared.filePath(QString::fromLatin1(file));
    }

    void csvThroughXlsxAndSqlite()
    {
        QFETCH(QString, csv);
        if (!QFile::exists(csv))
            QSKIP("file missing from ../shared/data");
        NullProgress progress;
        const auto source = readCsvFile(csv, {}, progress);
        QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().toString()));
        const Table& expected = *source.value().tables.front();
        QTemporaryDir dir;

        const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
        const auto wroteXlsx = writeXlsx(source.value(), xlsx, progress);
        QVERIFY2(!wroteXlsx, wroteXlsx ? qPrintable(wroteXlsx->toString()) : "");
        const auto fromXlsx = readXlsxFile(xlsx, {}, progress);
        QVERIFY2(fromXlsx.ok(), fromXlsx.ok() ? "" : qPrintable(fromXlsx.error().toString()));
        const QString xlsxDiff = difference(expected, *fromXlsx.value().tables.front());
        QVERIFY2(xlsxDiff.isEmpty(), qPrintable(QStringLiteral("XLSX: ") + xlsxDiff));

        const QString sqlite = dir.filePath(QStringLiteral("out.sqlite"));
        const auto wroteSqlite = writeSqlite(source.value(), sqlite, progress);
        QVERIFY2(!wroteSqlite, wroteSqlite ? qPrintable(wroteSqlite->toString()) : "");
        const auto fromSqlite = readSqliteFile(sqlite, {}, progress);
        QVERIFY2(fromSqlite.ok(), fromSqlite.ok() ? "" : qPrintable(fromSqlite.error().toString()));
        const Table& back = *fromSqlite.value().tables.front();
        QCOMPARE(back.rowCount(), expected.rowCount()); // SQLite keeps blank rows too
        const QString sqliteDiff = difference(expected, back);
        QVERIFY2(sqliteDiff.isEmpty(), qPrintable(QStringLiteral("SQLite: ") + sqliteDiff));
    }
};

QTEST_APPLESS_MAIN(TestXlsxRoundTrip)
#include "tst_xlsx_roundtrip.moc"
