// The SQLite writer: typed columns only where the data is clean, a round trip through the reader gives the same
// cells, names SQLite would confuse are made unique, relations become foreign keys, failures leave no trace.
#include "io/sqlite/sqlite_reader.h"
#include "io/sqlite/sqlite_writer.h"
#include "table_fixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace plumbline;
using namespace table_fixtures;

namespace {

/// One column of query results from the database at path.
QStringList query(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    QStringList out;
    while (statement && sqlite3_step(statement) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        out << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return out;
}

} // namespace

class TestSqliteWriter : public QObject
{
    Q_OBJECT

private slots:
    void columnTypes_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("type");
        QTest::newRow("integers with gaps") << L({"1", "", "-20", "9223372036854775807"}) << QStringLiteral("INTEGER");
        QTest::newRow("leading zero is text") << L({"1", "007"}) << QStringLiteral("TEXT");
        QTest::newRow("plus sign is text") << L({"+1"}) << QStringLiteral("TEXT");
        QTest::newRow("reals") << L({"0.5", "12", "-1e-7", "0.30000000000000004"}) << QStringLiteral("REAL");
        QTest::newRow("trailing zero is text") << L({"0.5", "0.50"}) << QStringLiteral("TEXT");
        QTest::newRow("long integer with a real is text") << L({"9007199254740993", "0.5"}) << QStringLiteral("TEXT");
        QTest::newRow("words") << L({"1", "one"}) << QStringLiteral("TEXT");
        QTest::newRow("all empty") << L({"", ""}) << QStringLiteral("TEXT");
        QTest::newRow("dates stay text") << L({"2024-01-01"}) << QStringLiteral("TEXT");
    }

    void columnTypes()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, type);
        QList<QStringList> rows;
        for (const QString& v : values)
            rows << QStringList{v};
        const auto table = makeTable(QStringLiteral("t"), L({"c"}), rows);
        QCOMPARE(sqliteColumnType(*table, 0), type);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.sqlite"));
        Dataset dataset;
        dataset.tables.push_back(
            makeTable(QStringLiteral("persons"), L({"id", "name", "height", "note"}),
                      {L({"1", "Ann", "1.85", "a \"quoted\" 'note'\nwith a newline"}), L({"2", "Bob", "", ""}),
                       L({"3", "Cé 東京", "0.30000000000000004", "007"})}));
        dataset.tables.push_back(
            makeTable(QStringLiteral("memberships"), L({"person_id", "party"}), {L({"1", "lab"}), L({"9", "con"})}));
        dataset.relations.push_back(Relation{QStringLiteral("memberships"), QStringLiteral("person_id"),
                                             QStringLiteral("persons"), QStringLiteral("id")});
        Table& persons = *dataset.tables[0];
        persons.editOverlay().set(persons.recordId(1), 2, "1.7"); // an edit is written
        NullProgress progress;
        const auto written = writeSqlite(dataset, path, progress);
        QVERIFY2(!written, written ? qPrintable(written->toString()) : "");

        QCOMPARE(query(path, "SELECT type FROM pragma_table_info('persons')"), L({"INTEGER", "TEXT", "REAL", "TEXT"}));
        QCOMPARE(query(path, "SELECT quote(note) FROM persons WHERE id = 2"), L({"NULL"}));

        const auto read = readSqliteFile(path, {}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read.value().tables.size(), std::size_t(2));
        QCOMPARE(cells(*read.value().tables[0]),
                 (QList<QStringList>{L({"1", "Ann", "1.85", "a \"quoted\" 'note'\nwith a newline"}),
                                     L({"2", "Bob", "1.7", ""}), L({"3", "Cé 東京", "0.30000000000000004", "007"})}));
        QCOMPARE(cells(*read.value().tables[1]), (QList<QStringList>{L({"1", "lab"}), L({"9", "con"})}));
        QCOMPARE(read.value().relations.size(), std::size_t(1)); // declared, and a dangling 9 is still written
        QCOMPARE(read.value().relations[0].toTable, QStringLiteral("persons"));
    }

    void namesSqliteWouldConfuse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("names.db"));
        Dataset dataset;
        dataset.tables.push_back(
            makeTable(QStringLiteral("Data"), L({"Name", "name", "a\"b", ""}), {L({"1", "2", "3", "4"})}));
        dataset.tables.push_back(makeTable(QStringLiteral("data"), L({"x"}), {L({"5"})}));
        dataset.tables.push_back(makeTable(QStringLiteral("sqlite_stat1"), L({"y"}), {L({"6"})}));
        dataset.tables.push_back(makeTable(QStringLiteral("empty"), {}, {}));
        NullProgress progress;
        QVERIFY(!writeSqlite(dataset, path, progress));
        QCOMPARE(query(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"),
                 L({"Data", "data (2)", "t_sqlite_stat1", "empty"}));
        QCOMPARE(query(path, "SELECT name FROM pragma_table_info('Data')"),
                 L({"Name", "name (2)", "a\"b", "column 4"}));
    }

    void replacesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous");
        }
        Dataset dataset;
        dataset.tables.push_back(makeTable(QStringLiteral("t"), L({"a"}), {L({"1"})}));
        FlagProgress canceled;
        canceled.cancel();
        const auto failed = writeSqlite(dataset, path, canceled);
        QVERIFY(failed);
        QVERIFY(failed->message.contains(QLatin1String("canceled")));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
        old.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("keep.sqlite")});

        NullProgress progress;
        QVERIFY(!writeSqlite(dataset, path, progress)); // and a successful write replaces it
        QCOMPARE(query(path, "SELECT a FROM t"), L({"1"}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("keep.sqlite")});
    }

    void nulBytesAreKeptOrRefused()
    {
        // A NUL inside a cell is kept (SQLite text may hold one); in a name, which SQL cannot hold, the export is
        // refused with the column named. It used to fail with "unrecognized token".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nul.sqlite"));
        const QString withNul = QStringLiteral("x") + QChar(0) + QStringLiteral("y");
        Dataset dataset;
        dataset.tables.push_back(makeTable(QStringLiteral("t"), L({"a"}), {QStringList{withNul}}));
        NullProgress progress;
        const auto written = writeSqlite(dataset, path, progress);
        QVERIFY2(!written, written ? qPrintable(written->toString()) : "");
        QCOMPARE(query(path, "SELECT hex(a) FROM t"), L({"780079"}));
        const auto read = readSqliteFile(path, {}, progress);
        QVERIFY(read.ok());
        QCOMPARE(read.value().tables[0]->cellText(0, 0), withNul);

        Dataset badName;
        badName.tables.push_back(makeTable(
            QStringLiteral("t"), QStringList{QStringLiteral("a") + QChar(0) + QStringLiteral("b")}, {L({"1"})}));
        const auto refused = writeSqlite(badName, path, progress);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QLatin1String("Table t, column a\\0b")), qPrintable(refused->message));
        QVERIFY(refused->message.contains(QLatin1String("NUL")));
        QCOMPARE(query(path, "SELECT hex(a) FROM t"), L({"780079"})); // the earlier file is untouched
    }

    void blobColumnsStayBlobs()
    {
        // SQLite to SQLite: BLOBs (shown as X'…' while loaded) are written back as BLOBs, not as their text.
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("blobs.sqlite"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(source.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "CREATE TABLE files(id INTEGER, data BLOB, note TEXT);"
                              "INSERT INTO files VALUES (1, x'00FF41', 'X''00''');"
                              "INSERT INTO files VALUES (2, NULL, 'plain');"
                              "INSERT INTO files VALUES (3, 'typed text', NULL);"
                              "INSERT INTO files VALUES (4, x'', NULL);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        NullProgress progress;
        const auto read = readSqliteFile(source, {}, progress);
        QVERIFY(read.ok());
        QCOMPARE(read.value().tables[0]->cellText(0, 1), QStringLiteral("X'00FF41'"));
        const QString out = dir.filePath(QStringLiteral("out.sqlite"));
        const auto written = writeSqlite(read.value(), out, progress);
        QVERIFY2(!written, written ? qPrintable(written->toString()) : "");
        QCOMPARE(query(out, "SELECT type FROM pragma_table_info('files')"), L({"INTEGER", "BLOB", "TEXT"}));
        QCOMPARE(query(out, "SELECT typeof(data) || ':' || hex(data) FROM files ORDER BY id"),
                 L({"blob:00FF41", "null:", "text:74797065642074657874", "blob:"}));
        // A text column that merely holds X'…' text stays text.
        QCOMPARE(query(out, "SELECT typeof(note) FROM files WHERE id = 1"), L({"text"}));
        const auto again = readSqliteFile(out, {}, progress);
        QVERIFY(again.ok());
        QCOMPARE(cells(*again.value().tables[0]), cells(*read.value().tables[0]));
    }

    void unwritableDirectory()
    {
        Dataset dataset;
        dataset.tables.push_back(makeTable(QStringLiteral("t"), L({"a"}), {L({"1"})}));
        NullProgress progress;
        const auto failed = writeSqlite(dataset, QStringLiteral("/nonexistent/dir/out.sqlite"), progress);
        QVERIFY(failed);
        QCOMPARE(failed->file, QStringLiteral("/nonexistent/dir/out.sqlite"));
    }
};

QTEST_APPLESS_MAIN(TestSqliteWriter)
#include "tst_sqlite_writer.moc"
