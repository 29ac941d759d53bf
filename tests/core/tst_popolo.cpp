// Popolo / EveryPolitician JSON: the three real files (counts, relations, round trip) and small fixtures for
// the Popolo-specific mapping (child tables, unmodelled keys, edits written back).
#include "io/dataset_writer.h"
#include "io/json/json_dataset_writer.h"
#include "io/json/json_layout.h"
#include "io/json/json_reader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace plumbline;

namespace {

QString sharedFile(const QString& name)
{
    return QStringLiteral(PLUMBLINE_SHARED_DATA "/political/") + name;
}

QString fixture(const QString& name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/json/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonValue parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "QJsonDocument:" << error.errorString() << "at" << error.offset;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

int columnOf(const Table& t, const char* name)
{
    return t.columnIndex(QLatin1String(name));
}

bool hasRelation(const Dataset& d, const char* from, const char* fromColumn, const char* to)
{
    for (const auto& r : d.relations)
        if (r.fromTable == QLatin1String(from) && r.fromColumn == QLatin1String(fromColumn) &&
            r.toTable == QLatin1String(to) && r.toColumn == QLatin1String("id"))
            return true;
    return false;
}

std::string cellOf(const Table& t, std::size_t row, const char* column)
{
    const int c = columnOf(t, column);
    return c < 0 ? std::string("<no column>") : std::string(t.cell(row, c));
}

} // namespace

class TestPopolo : public QObject
{
    Q_OBJECT

private slots:
    void realFiles_data();
    void realFiles();
    void childTables();
    void unmodelledKeysSurvive();
    void editsAreTypedAndPlaced();
    void insertedAndRemovedRows();
    void writesAtomically();
    void exportDispatch();
    void readTenTimesUk();
};

void TestPopolo::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("persons");
    QTest::addColumn<int>("organizations");
    QTest::addColumn<int>("memberships");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("areas");
    QTest::addColumn<int>("posts"); // -1: the file has no posts array
    QTest::newRow("uk-commons") << "uk-commons-ep-popolo-v1.0.json" << 1337 << 22 << 3363 << 5 << 777 << -1;
    QTest::newRow("kenya") << "kenya-assembly-ep-popolo-v1.0.json" << 350 << 25 << 352 << 1 << 330 << -1;
    QTest::newRow("burundi") << "burundi-assembly-ep-popolo-v1.0.json" << 227 << 9 << 227 << 11 << 22 << 0;
}

void TestPopolo::realFiles()
{
    QFETCH(QString, file);
    QFETCH(int, persons);
    QFETCH(int, organizations);
    QFETCH(int, memberships);
    QFETCH(int, events);
    QFETCH(int, areas);
    QFETCH(int, posts);
    const QString path = sharedFile(file);
    if (!QFile::exists(path))
        QSKIP(qPrintable(QStringLiteral("%1 is absent (../shared/data/political not checked out)").arg(path)));

    NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    auto result = readJsonFile(path, {}, progress);
    const qint64 readMs = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Dataset& d = result.value();
    QCOMPARE(d.source.format, QStringLiteral("popolo"));

    QCOMPARE(int(d.table(QStringLiteral("persons"))->rowCount()), persons);
    QCOMPARE(int(d.table(QStringLiteral("organizations"))->rowCount()), organizations);
    QCOMPARE(int(d.table(QStringLiteral("memberships"))->rowCount()), memberships);
    QCOMPARE(int(d.table(QStringLiteral("events"))->rowCount()), events);
    QCOMPARE(int(d.table(QStringLiteral("areas"))->rowCount()), areas);
    if (posts < 0)
        QVERIFY(!d.table(QStringLiteral("posts")));
    else
        QCOMPARE(int(d.table(QStringLiteral("posts"))->rowCount()), posts);
    QVERIFY(d.table(QStringLiteral("meta")));
    QCOMPARE(int(d.table(QStringLiteral("meta"))->rowCount()), 1);
    QVERIFY(d.table(QStringLiteral("meta.sources")));

    QVERIFY(hasRelation(d, "memberships", "person_id", "persons"));
    QVERIFY(hasRelation(d, "memberships", "organization_id", "organizations"));
    QVERIFY(hasRelation(d, "memberships", "on_behalf_of_id", "organizations"));
    QVERIFY(hasRelation(d, "memberships", "area_id", "areas"));
    QVERIFY(hasRelation(d, "memberships", "legislative_period_id", "events"));
    QVERIFY(hasRelation(d, "events", "organization_id", "organizations"));
    QVERIFY(hasRelation(d, "persons.identifiers", "_parent_id", "persons"));
    QVERIFY(hasRelation(d, "organizations.identifiers", "_parent_id", "organizations"));

    // Round trip: read → write without edits → the same JSON value.
    timer.restart();
    auto written = writeJsonBytes(d, {}, progress);
    const qint64 writeMs = timer.elapsed();
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    const QByteArray original = readAll(path);
    QVERIFY(parse(original) == parse(written.value()));
    qInfo("%s: read %lld ms, write %lld ms, %d tables, %d person shapes, %d membership shapes, output %s the "
          "source byte for byte",
          qPrintable(file), readMs, writeMs, int(d.tables.size()),
          int(d.table(QStringLiteral("persons"))->jsonLayout()->shapeCount()),
          int(d.table(QStringLiteral("memberships"))->jsonLayout()->shapeCount()),
          written.value() == original ? "equals" : "differs from");
    if (written.value() != original) {
        qsizetype at = 0;
        while (at < original.size() && at < written.value().size() && original[at] == written.value()[at])
            ++at;
        qInfo("  first difference at byte %lld: source %s, output %s", qint64(at),
              original.mid(std::max<qsizetype>(0, at - 12), 30).toPercentEncoding(" {}[]\":,").constData(),
              written.value().mid(std::max<qsizetype>(0, at - 12), 30).toPercentEncoding(" {}[]\":,").constData());
        // Older Ruby pretty_generate wrote an empty array as "[\n\n  ]"; check that nothing else differs.
        QByteArray normalised = original;
        normalised.replace("[\n\n  ]", "[]");
        qInfo("  equal once empty arrays are written as []: %s", normalised == written.value() ? "yes" : "no");
    }
}

void TestPopolo::childTables()
{
    const QString path = sharedFile(QStringLiteral("uk-commons-ep-popolo-v1.0.json"));
    if (!QFile::exists(path))
        QSKIP("the UK Commons file is absent (../shared/data/political not checked out)");
    NullProgress progress;
    auto result = readJsonFile(path, {}, progress);
    QVERIFY(result.ok());
    const Dataset& d = result.value();
    const auto persons = d.table(QStringLiteral("persons"));
    const auto ids = d.table(QStringLiteral("persons.identifiers"));
    QVERIFY(persons && ids);
    // Adam Afriyie is person 1; his 8th identifier is his Wikidata QID.
    QCOMPARE(cellOf(*persons, 0, "id"), std::string("e09079a7-6609-4fe8-93b4-bd499637e130"));
    QCOMPARE(persons->columnName(0), QStringLiteral("id"));
    QCOMPARE(ids->columnName(0), QStringLiteral("_parent_id"));
    QCOMPARE(cellOf(*ids, 7, "_parent_id"), cellOf(*persons, 0, "id"));
    QCOMPARE(cellOf(*ids, 7, "_parent_row"), std::string("1"));
    QCOMPARE(cellOf(*ids, 7, "_index"), std::string("8"));
    QCOMPARE(cellOf(*ids, 7, "scheme"), std::string("wikidata"));
    QCOMPARE(cellOf(*ids, 7, "identifier"), std::string("Q258473"));
    // Every nested array of objects is reachable as a table.
    for (const char* name : {"persons.contact_details", "persons.links", "persons.other_names", "persons.images",
                             "organizations.identifiers"})
        QVERIFY2(d.table(QLatin1String(name)), name);
    const auto others = d.table(QStringLiteral("persons.other_names"));
    QVERIFY(columnOf(*others, "lang") >= 0 && columnOf(*others, "note") >= 0);
    // Organisation seats are numbers in the source and are written back as numbers.
    const auto orgs = d.table(QStringLiteral("organizations"));
    const auto& layout = *orgs->jsonLayout();
    QCOMPARE(layout.columnTypes[std::size_t(columnOf(*orgs, "seats"))], JsonType::Number);
}

void TestPopolo::unmodelledKeysSurvive()
{
    // Keys Popolo does not define (legislative_period_id, seats, images, area.type, other_names[].lang,
    // wikidata on events), a null, an empty array, an empty object, a bool and a float.
    NullProgress progress;
    const QByteArray source = readAll(fixture(QStringLiteral("popolo-extensions.json")));
    QVERIFY(!source.isEmpty());
    auto result = readJsonBytes(source, QStringLiteral("popolo-extensions.json"), {}, progress);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Dataset& d = result.value();
    QCOMPARE(d.source.format, QStringLiteral("popolo"));
    const auto areas = d.table(QStringLiteral("areas"));
    QCOMPARE(cellOf(*areas, 0, "type"), std::string("constituency"));
    const auto memberships = d.table(QStringLiteral("memberships"));
    QCOMPARE(cellOf(*memberships, 1, "legislative_period_id"), std::string("term/2"));
    QVERIFY(hasRelation(d, "memberships", "post_id", "posts"));
    const auto written = writeJsonBytes(d, {}, progress);
    QVERIFY(written.ok());
    QCOMPARE(parse(written.value()), parse(source));
    QCOMPARE(written.value(), source); // same key order, indentation and final newline
}

void TestPopolo::editsAreTypedAndPlaced()
{
    NullProgress progress;
    const QByteArray source = readAll(fixture(QStringLiteral("popolo-extensions.json")));
    auto result = readJsonBytes(source, QStringLiteral("p.json"), {}, progress);
    QVERIFY(result.ok());
    Dataset& d = result.value();
    auto orgs = d.table(QStringLiteral("organizations"));
    auto persons = d.table(QStringLiteral("persons"));
    // A number stays a number when the new text is a number, and becomes a string when it is not.
    orgs->editOverlay().set(0, columnOf(*orgs, "seats"), "651");
    orgs->editOverlay().set(1, columnOf(*orgs, "seats"), "many");
    // A key the row did not have is added in its nested place; a null edited to text becomes a string.
    persons->editOverlay().set(1, columnOf(*persons, "gender"), "female");
    persons->editOverlay().set(0, columnOf(*persons, "birth_date"), "1970-01-01");
    persons->editOverlay().set(0, columnOf(*persons, "gender"), "male");
    // A nested key the row lacks is created with its parent object.
    persons->editOverlay().set(1, columnOf(*persons, "area.type"), "county");
    const auto written = writeJsonBytes(d, {}, progress);
    QVERIFY(written.ok());
    const QJsonObject root = parse(written.value()).toObject();
    QCOMPARE(root[QStringLiteral("organizations")][0][QStringLiteral("seats")], QJsonValue(651));
    QCOMPARE(root[QStringLiteral("organizations")][1][QStringLiteral("seats")], QJsonValue(QStringLiteral("many")));
    QCOMPARE(root[QStringLiteral("persons")][1][QStringLiteral("gender")], QJsonValue(QStringLiteral("female")));
    QCOMPARE(root[QStringLiteral("persons")][0][QStringLiteral("birth_date")],
             QJsonValue(QStringLiteral("1970-01-01")));
    QCOMPARE(root[QStringLiteral("persons")][0][QStringLiteral("gender")], QJsonValue(QStringLiteral("male")));
    QCOMPARE(root[QStringLiteral("persons")][1][QStringLiteral("area")].toObject(),
             QJsonObject({{QStringLiteral("type"), QStringLiteral("county")}}));
    // Untouched parts are unchanged, including the person's nested arrays.
    const QJsonObject before = parse(source).toObject();
    QCOMPARE(root[QStringLiteral("persons")][0][QStringLiteral("identifiers")],
             before[QStringLiteral("persons")][0][QStringLiteral("identifiers")]);
    QCOMPARE(root[QStringLiteral("memberships")], before[QStringLiteral("memberships")]);
}

void TestPopolo::insertedAndRemovedRows()
{
    NullProgress progress;
    const QByteArray source = readAll(fixture(QStringLiteral("popolo-extensions.json")));
    auto result = readJsonBytes(source, QStringLiteral("p.json"), {}, progress);
    QVERIFY(result.ok());
    Dataset& d = result.value();
    auto persons = d.table(QStringLiteral("persons"));
    auto ids = d.table(QStringLiteral("persons.identifiers"));
    const int idsBefore = int(ids->rowCount());
    // Removing person 1 removes their identifiers with them.
    persons->removeRow(0);
    // A new identifier for (formerly second) person record 1: _parent_row is the record id + 1.
    const RecordId added = ids->insertRow(ids->rowCount());
    ids->editOverlay().set(added, columnOf(*ids, "_parent_row"), "2");
    ids->editOverlay().set(added, columnOf(*ids, "scheme"), "wikidata");
    ids->editOverlay().set(added, columnOf(*ids, "identifier"), "Q42");
    // A new person with a nested key.
    const RecordId person = persons->insertRow(persons->rowCount());
    persons->editOverlay().set(person, columnOf(*persons, "id"), "p-new");
    persons->editOverlay().set(person, columnOf(*persons, "name"), "New Person");
    const auto written = writeJsonBytes(d, {}, progress);
    QVERIFY(written.ok());
    const QJsonArray out = parse(written.value()).toObject()[QStringLiteral("persons")].toArray();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0][QStringLiteral("id")].toString(), QStringLiteral("p2"));
    const QJsonArray p2ids = out[0][QStringLiteral("identifiers")].toArray();
    QCOMPARE(p2ids.last()[QStringLiteral("identifier")].toString(), QStringLiteral("Q42"));
    QCOMPARE(out[1][QStringLiteral("name")].toString(), QStringLiteral("New Person"));
    QCOMPARE(out[1].toObject().size(), 2);
    Q_UNUSED(idsBefore);
}

void TestPopolo::writesAtomically()
{
    NullProgress progress;
    auto result = readJsonFile(fixture(QStringLiteral("popolo-extensions.json")), {}, progress);
    QVERIFY(result.ok());
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(!writeJsonDataset(result.value(), target, {}, progress));
    QCOMPARE(readAll(target), readAll(fixture(QStringLiteral("popolo-extensions.json"))));
    // A failing export leaves the previous file as it was.
    auto& persons = *result.value().table(QStringLiteral("areas"));
    Q_UNUSED(persons);
    QVERIFY(writeJsonDataset(result.value(), dir.filePath(QStringLiteral("missing/dir/out.json")), {}, progress));
    QCOMPARE(readAll(target), readAll(fixture(QStringLiteral("popolo-extensions.json"))));
}

void TestPopolo::exportDispatch()
{
    // exportDataset (the CLI's `export`) sends .json of a Popolo dataset to the faithful writer, and .jsonl
    // to one line per row of the chosen table, nested arrays included.
    NullProgress progress;
    const QString source = fixture(QStringLiteral("popolo-extensions.json"));
    auto result = readJsonFile(source, {}, progress);
    QVERIFY(result.ok());
    QTemporaryDir dir;
    QVERIFY(!exportDataset(result.value(), dir.filePath(QStringLiteral("copy.json")), {}, progress));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("copy.json"))), readAll(source));
    ExportOptions persons;
    persons.table = QStringLiteral("persons");
    QVERIFY(!exportDataset(result.value(), dir.filePath(QStringLiteral("persons.jsonl")), persons, progress));
    const QList<QByteArray> lines = readAll(dir.filePath(QStringLiteral("persons.jsonl"))).split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the final line ending
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object(),
             parse(readAll(source)).toObject()[QStringLiteral("persons")][0].toObject());
}

// Performance: bench/gen_popolo_x10.py writes a file ten times the UK Commons one; point
// PLUMBLINE_POPOLO_X10 at it (bench/popolo_x10.sh does both). Reports the best of five reads.
void TestPopolo::readTenTimesUk()
{
    const QString path = qEnvironmentVariable("PLUMBLINE_POPOLO_X10");
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("set PLUMBLINE_POPOLO_X10 to the file bench/gen_popolo_x10.py writes");
    NullProgress progress;
    qint64 best = -1, bestWrite = -1;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto result = readJsonFile(path, {}, progress);
        const qint64 ms = timer.elapsed();
        QVERIFY(result.ok());
        QCOMPARE(int(result.value().table(QStringLiteral("persons"))->rowCount()), 13370);
        QCOMPARE(int(result.value().table(QStringLiteral("memberships"))->rowCount()), 33630);
        best = best < 0 ? ms : std::min(best, ms);
        timer.restart();
        auto written = writeJsonBytes(result.value(), {}, progress);
        QVERIFY(written.ok());
        bestWrite = bestWrite < 0 ? timer.elapsed() : std::min(bestWrite, timer.elapsed());
    }
    qInfo("popolo x10 (%lld bytes): read %lld ms, write %lld ms (best of 5)", QFileInfo(path).size(), best, bestWrite);
}

QTEST_APPLESS_MAIN(TestPopolo)
#include "tst_popolo.moc"
