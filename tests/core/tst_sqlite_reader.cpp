// The SQLite reader over databases built here with plain SQL: every storage class, NULLs, blobs, row order,
// WITHOUT ROWID tables, views, picked tables, foreign keys as relations, and files that are not databases.
#include "io/sqlite/sqlite_reader.h"
#include "table_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace plumbline;
using namespace table_fixtures;

namespace {

/// Creates a database at path by running sql; returns SQLite's error text or an empty string.
QString makeDatabase(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    char* message = nullptr;
    const int status = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString error = status == SQLITE_OK ? QString() : QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

constexpr const char* kSchema = R"sql(
CREATE TABLE parties (id TEXT PRIMARY KEY, name TEXT);
CREATE TABLE persons (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, born TEXT, height REAL, photo BLOB,
                      party_id TEXT REFERENCES parties(id), "odd ""name""" TEXT);
CREATE TABLE memberships (person_id INTEGER, party TEXT, FOREIGN KEY (person_id) REFERENCES persons,
                          FOREIGN KEY (person_id, party) REFERENCES pairs (a, b));
CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
CREATE VIEW tall AS SELECT name FROM persons WHERE height > 1.8;
INSERT INTO parties VALUES ('lab', 'Labour'), ('con', 'Conservative');
INSERT INTO persons (id, name, born, height, photo, party_id, "odd ""name""")
  VALUES (3, 'Ann', '1970-01-02', 1.85, x'89504E47', 'lab', 'a'),
         (1, 'Bob', NULL, 0.1, NULL, 'con', ''),
         (2, 'Cé', '1980', 1e-7, x'', NULL, NULL);
INSERT INTO memberships VALUES (3, 'lab'), (1, 'con'), (9, 'lab');
INSERT INTO codes VALUES ('b', 'second'), ('a', 'first');
UPDATE persons SET height = 0.30000000000000004 WHERE id = 1;
)sql";

} // namespace

class TestSqliteReader : public QObject
{
    Q_OBJECT

private slots:
    void everyTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.sqlite"));
        QCOMPARE(makeDatabase(path, kSchema), QString());
        NullProgress progress;
        const auto read = readSqliteFile(path, {}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        const Dataset& dataset = read.value();
        QCOMPARE(dataset.source.format, QStringLiteral("sqlite"));
        QStringList names;
        for (const auto& table : dataset.tables)
            names << table->name();
        // Schema order; sqlite_sequence (from AUTOINCREMENT) and the view are left out.
        QCOMPARE(names, L({"parties", "persons", "memberships", "codes"}));

        const Table& persons = *dataset.table(QStringLiteral("persons"));
        QStringList columns;
        for (int c = 0; c < persons.columnCount(); ++c)
            columns << persons.columnName(c);
        QCOMPARE(columns, L({"id", "name", "born", "height", "photo", "party_id", "odd \"name\""}));
        // rowid order (1, 2, 3), not insertion order; reals shortest; blobs as hex literals; NULL empty.
        QCOMPARE(cells(persons),
                 (QList<QStringList>{L({"1", "Bob", "", "0.30000000000000004", "", "con", ""}),
                                     L({"2", "Cé", "1980", "1e-7", "X''", "", ""}),
                                     L({"3", "Ann", "1970-01-02", "1.85", "X'89504E47'", "lab", "a"})}));
        // WITHOUT ROWID tables come in primary-key order.
        QCOMPARE(cells(*dataset.table(QStringLiteral("codes"))),
                 (QList<QStringList>{L({"a", "first"}), L({"b", "second"})}));
    }

    void foreignKeysBecomeRelations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.sqlite"));
        QCOMPARE(makeDatabase(path, kSchema), QString());
        NullProgress progress;
        const auto read = readSqliteFile(path, {}, progress);
        QVERIFY(read.ok());
        QStringList relations;
        for (const Relation& r : read.value().relations)
            relations << QStringLiteral("%1.%2->%3.%4").arg(r.fromTable, r.fromColumn, r.toTable, r.toColumn);
        // persons.party_id names its column; memberships.person_id refers to the primary key implicitly;
        // the composite key to a missing table is left out.
        QCOMPARE(relations, L({"persons.party_id->parties.id", "memberships.person_id->persons.id"}));
    }

    void pickTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.db"));
        QCOMPARE(makeDatabase(path, kSchema), QString());
        const auto listed = listSqliteTables(path);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value(), L({"parties", "persons", "memberships", "codes"}));

        NullProgress progress;
        SqliteReadOptions options;
        options.tables = L({"tall", "parties"});
        const auto read = readSqliteFile(path, options, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read.value().tables.size(), std::size_t(2));
        QCOMPARE(read.value().tables[0]->name(), QStringLiteral("parties"));      // schema order
        QCOMPARE(cells(*read.value().tables[1]), QList<QStringList>{L({"Ann"})}); // a view, when asked for
        QVERIFY(read.value().relations.empty());                                  // persons was not loaded

        options.tables = L({"nope"});
        const auto missing = readSqliteFile(path, options, progress);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("\"nope\"")));
    }

    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("text") << QByteArray("id,name\n1,a\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("truncated header")
            << QByteArray("SQLite format 3\0", 16) << QStringLiteral("not an SQLite database");
    }

    void notADatabase()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        NullProgress progress;
        const auto read = readSqliteFile(path, {}, progress);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().file, path);
        QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().message));
    }

    void truncatedDatabase()
    {
        // A database cut in half: an Error (or whatever SQLite can still read), never a crash.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        QCOMPARE(makeDatabase(path, "CREATE TABLE t (a TEXT);"
                                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                    "INSERT INTO t SELECT printf('row %d', i) FROM n;"),
                 QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        NullProgress progress;
        const auto read = readSqliteFile(path, {}, progress);
        if (!read.ok())
            QVERIFY(!read.error().message.isEmpty());
    }

    void missingFileAndCancel()
    {
        NullProgress progress;
        const auto missing = readSqliteFile(QStringLiteral("/nonexistent/x.sqlite"), {}, progress);
        QVERIFY(!missing.ok());
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/x.sqlite"))); // read-only: nothing created

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.sqlite"));
        QCOMPARE(makeDatabase(path, "CREATE TABLE t (a INTEGER);"
                                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                                    "INSERT INTO t SELECT i FROM n;"),
                 QString());
        FlagProgress canceled;
        canceled.cancel();
        const auto read = readSqliteFile(path, {}, canceled);
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QLatin1String("canceled")));
    }
};

QTEST_APPLESS_MAIN(TestSqliteReader)
#include "tst_sqlite_reader.moc"
