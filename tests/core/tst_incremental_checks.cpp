// Set and cross-table checks kept current after edits by their indexes (overlaps, foreign keys into another
// table, Popolo membership overlaps, duplicate locations, completeness, format consistency, day-month order, the
// structure pack's file-level rules): after every edit, quick fix, undo and redo the document's findings must
// equal a full validation of the same data, at once, without waiting for a background re-run.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "io/dataset_reader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <initializer_list>

using namespace plumbline;

namespace {

std::shared_ptr<Dataset> readCsv(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("register.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

std::shared_ptr<Dataset> readFile(const QString& path)
{
    NullProgress progress;
    auto result = readDataset(path, ReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not read: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

/// Every finding with its message, sorted: what a key index must keep exactly as a full run makes it. Without
/// messages once rows were inserted or removed: a row-local finding's message names the row it was found on,
/// and the findings of records an edit did not touch are not made again.
QStringList findingLines(const FindingStore& store, bool messages = true)
{
    QStringList out;
    for (std::size_t i = 0; i < store.size(); ++i) {
        const auto& r = store.record(i);
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                   .arg(store.rules()[r.rule].id, store.tables()[r.table].name)
                   .arg(r.record)
                   .arg(r.column)
                   .arg(r.column2)
                   .arg(int(r.severity))
                   .arg(store.qtext(r.value), store.qtext(r.suggestion), messages ? store.message(i) : QString());
    }
    out.sort();
    return out;
}

QStringList fullValidation(const Document& document, bool messages = true)
{
    Document fresh(std::const_pointer_cast<Dataset>(document.snapshot()));
    fresh.setValidationSetup(document.validationSetup());
    NullProgress progress;
    Error error;
    if (!fresh.validateNow(progress, &error))
        qFatal("validation failed: %s", qPrintable(error.toString()));
    return findingLines(*fresh.findings(), messages);
}

/// Every cell of every table in view order.
QStringList cells(const Dataset& dataset)
{
    QStringList out;
    for (const auto& t : dataset.tables) {
        out << t->name();
        for (std::size_t r = 0; r < t->rowCount(); ++r) {
            QStringList row{QString::number(t->recordId(r))};
            for (int c = 0; c < t->columnCount(); ++c)
                row << t->cellText(r, c);
            out << row.join(u'|');
        }
    }
    return out;
}

QString writePack(const QTemporaryDir& dir, const QByteArray& json)
{
    const QString path = dir.filePath(QStringLiteral("pack.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        qFatal("cannot write the pack");
    return path;
}

/// Values to type into a column, by column name; columns not named are left alone.
using Pools = QHash<QString, QList<QByteArray>>;

/// One step of a session: a cell edit (kind 0), an inserted row (1), a removed record (2), undo (3), redo (4),
/// a quick fix over several records and columns at once (5).
struct Step
{
    int kind = 0;
    int table = 0;
    RecordId record = 0;
    int column = 0;
    std::string value;
    CellChanges changes = {};
};

/// Options of a session beyond its seed and length.
struct SessionOptions
{
    bool rows = false;  ///< insert and remove rows too
    bool fixes = false; ///< quick fixes too: one command changing cells of many records (more than the store
                        ///< replaces in place) in several columns
    /// When set, gets the rules whose findings changed at some step (each rule should fire and un-fire).
    QSet<QString>* changedRules = nullptr;
};

/// The lines of a rule, keyed by rule id (the first field of findingLines()).
QHash<QString, QStringList> linesByRule(const QStringList& lines)
{
    QHash<QString, QStringList> out;
    for (const QString& line : lines)
        out[line.section(u'|', 0, 0)] << line;
    return out;
}

/// Random edits of the pooled columns of every table, with undo and redo; with rows, inserted and removed rows
/// too. After every step without rows moved (which renumber the rows that set findings name and so re-run the
/// set rules in the background), the findings must equal a full validation at once; at the end, after the
/// background work, always.
void runSession(Document& doc, const Pools& pools, quint32 seed, int steps, const SessionOptions& options,
                std::vector<Step>* out = nullptr)
{
    const bool rows = options.rows;
    QHash<QString, QStringList> previous;
    if (options.changedRules)
        previous = linesByRule(findingLines(*doc.findings()));
    QRandomGenerator random(seed);
    std::vector<Step> scratch;
    std::vector<Step>& done = out ? *out : scratch;
    bool moved = false;
    bool everMoved = false;
    for (int i = 0; i < steps; ++i) {
        const int table = random.bounded(doc.tableCount());
        const Table& t = doc.table(table);
        std::vector<int> columns;
        for (int c = 0; c < t.columnCount(); ++c)
            if (pools.contains(t.columnName(c)))
                columns.push_back(c);
        const int kind = random.bounded(rows ? 12 : 10);
        if (options.fixes && random.bounded(4) == 0 && !columns.empty() && t.rowCount() > 0) {
            CellChanges changes;
            const int count = 9 + random.bounded(8);
            for (int k = 0; k < count; ++k) {
                const int column = columns[std::size_t(random.bounded(int(columns.size())))];
                const auto& pool = pools[t.columnName(column)];
                changes.push_back({t.recordId(random.bounded(int(t.rowCount()))), column,
                                   pool[random.bounded(int(pool.size()))].toStdString()});
            }
            doc.applyChanges(table, changes, QStringLiteral("Fix"));
            done.push_back({5, table, 0, 0, {}, changes});
        } else if (kind == 8 && doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
            done.push_back({3, 0, 0, 0, {}});
        } else if (kind == 9 && doc.undoStack()->canRedo()) {
            doc.undoStack()->redo();
            done.push_back({4, 0, 0, 0, {}});
        } else if (kind == 10) {
            const int at = random.bounded(int(t.rowCount()) + 1);
            doc.insertRows(table, std::size_t(at), 1);
            done.push_back({1, table, 0, at, {}});
            moved = everMoved = true;
        } else if (kind == 11 && t.rowCount() > 2) {
            const RecordId record = t.recordId(random.bounded(int(t.rowCount())));
            doc.removeRecords(table, {record});
            done.push_back({2, table, record, 0, {}});
            moved = everMoved = true;
        } else if (!columns.empty() && t.rowCount() > 0) {
            const RecordId record = t.recordId(random.bounded(int(t.rowCount())));
            const int column = columns[std::size_t(random.bounded(int(columns.size())))];
            const auto& pool = pools[t.columnName(column)];
            const std::string value = pool[random.bounded(int(pool.size()))].toStdString();
            doc.setCell(table, record, column, value);
            done.push_back({0, table, record, column, value});
        }
        if (moved && random.bounded(3) == 0) {
            doc.waitUntilChecked();
            moved = false;
        }
        if (!moved) {
            const QStringList now = findingLines(*doc.findings(), !everMoved);
            if (options.changedRules) {
                auto byRule = linesByRule(findingLines(*doc.findings()));
                for (auto it = byRule.begin(); it != byRule.end(); ++it)
                    if (previous.value(it.key()) != it.value())
                        options.changedRules->insert(it.key());
                for (auto it = previous.begin(); it != previous.end(); ++it)
                    if (!byRule.contains(it.key()))
                        options.changedRules->insert(it.key());
                previous = std::move(byRule);
            }
            const QStringList expected = fullValidation(doc, !everMoved);
            if (now != expected) {
                qWarning("step %d (kind %d, table %d) differs from a full validation", i, done.back().kind,
                         done.back().table);
                QCOMPARE(now, expected); // fails with the first differing line
            }
        }
    }
    doc.waitUntilChecked();
    QCOMPARE(findingLines(*doc.findings(), !everMoved), fullValidation(doc, !everMoved));
}

void replay(Document& doc, const std::vector<Step>& steps)
{
    for (const Step& s : steps) {
        switch (s.kind) {
        case 0:
            doc.setCell(s.table, s.record, s.column, s.value);
            break;
        case 1:
            doc.insertRows(s.table, std::size_t(s.column), 1);
            break;
        case 2:
            doc.removeRecords(s.table, {s.record});
            break;
        case 3:
            doc.undoStack()->undo();
            break;
        case 5:
            doc.applyChanges(s.table, s.changes, QStringLiteral("Fix"));
            break;
        default:
            doc.undoStack()->redo();
        }
    }
}

ValidationSetup setupFor(const QStringList& packs)
{
    ValidationSetup setup;
    setup.packs = packs;
    setup.today = QDate(2025, 6, 1);
    setup.threads = 1;
    setup.keepIndexes = true;
    return setup;
}

/// Validates doc with the pack written from json, as the sessions here start. Returns the error's text, empty when
/// the validation worked.
QString validateWithPack(Document& doc, const QTemporaryDir& dir, const char* json)
{
    doc.setValidationSetup(setupFor({writePack(dir, json)}));
    NullProgress progress;
    Error error;
    return doc.validateNow(progress, &error) ? QString() : error.toString();
}

/// After a session: replaying its steps on a fresh copy of the data ends in the same cells.
void compareWithReplay(const Document& doc, std::shared_ptr<Dataset> fresh, const std::vector<Step>& steps)
{
    Document again(std::move(fresh));
    replay(again, steps);
    QCOMPARE(cells(again.dataset()), cells(doc.dataset()));
}

// --- A planning register with overlap rules: one application per site at a time ---

const char* const kPlanningPack = R"({"pack": "sites", "title": "sites", "version": "1", "rules": [
    {"id": "S-overlap", "title": "one application per site", "severity": "warning", "kind": "overlap",
     "columns": ["uprn"], "params": {"start": "start-date", "end": "decision-date"},
     "message": "Runs {value}, with {detail}."},
    {"id": "S-touching", "title": "one holder per site", "severity": "error", "kind": "overlap",
     "columns": ["uprn", "organisation"], "params": {"start": "start-date", "end": "end-date", "touching": true,
     "distinct": "reference", "possibly": "notice"}, "message": "Held {value}, with {detail}."},
    {"id": "S-unique", "title": "references unique", "severity": "error", "kind": "unique",
     "columns": ["reference"], "message": "Repeated: {detail}."}]})";

QByteArray planningCsv(quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<QByteArray> uprns = {"100", "101", "102", ""};
    const QList<QByteArray> dates = {"2020-01-01", "2020-03-01", "2020-06-30", "2021", "", "2020-02-30", "2020-06"};
    QByteArray csv = "reference,organisation,uprn,start-date,decision-date,end-date\n";
    for (int i = 0; i < 30; ++i)
        csv += "A/" + QByteArray::number(i) + "," + (random.bounded(2) ? "org:A" : "org:B") + "," +
               uprns[random.bounded(int(uprns.size()))] + "," + dates[random.bounded(int(dates.size()))] + "," +
               dates[random.bounded(int(dates.size()))] + "," + dates[random.bounded(int(dates.size()))] + "\n";
    return csv;
}

const Pools kPlanningPools = {
    {QStringLiteral("reference"), {"A/1", "A/2", "A/99", ""}},
    {QStringLiteral("organisation"), {"org:A", "org:B", ""}},
    {QStringLiteral("uprn"), {"100", "101", "102", " 100 ", ""}},
    {QStringLiteral("start-date"), {"2020-01-01", "2020-03-01", "2021", "", "2020-02-30", "2020-06"}},
    {QStringLiteral("decision-date"), {"2020-03-01", "2020-06-30", "2021-01-01", "", "x"}},
    {QStringLiteral("end-date"), {"2020-03-01", "2020-12-31", "", "2022"}},
};

// --- A small Popolo file: foreign keys into other tables, membership overlaps joined with terms ---

/// The popolo pack's reference, duplicate and overlap rules (the kinds kept current by indexes), on their own.
const char* const kPopoloPack = R"({"pack": "pop", "title": "pop", "version": "1", "rules": [
    {"id": "P-person", "title": "person exists", "severity": "error", "table": "memberships",
     "columns": ["person_id"], "kind": "foreign-key", "params": {"table": "persons"},
     "message": "{column} '{value}' {detail}."},
    {"id": "P-party", "title": "party exists", "severity": "error", "table": "memberships",
     "columns": ["on_behalf_of_id"], "kind": "foreign-key", "params": {"table": "organizations"},
     "message": "{column} '{value}' {detail}."},
    {"id": "P-term", "title": "term is a term", "severity": "error", "table": "memberships",
     "columns": ["legislative_period_id"], "kind": "foreign-key",
     "params": {"table": "events", "target-where": {"column": "classification", "equals": "legislative period"}},
     "message": "{column} '{value}' {detail}."},
    {"id": "P-event-org", "title": "event organization exists", "severity": "error", "table": "events",
     "columns": ["organization_id"], "kind": "foreign-key", "params": {"table": "organizations"},
     "message": "{column} '{value}' {detail}."},
    {"id": "P-duplicate", "title": "no membership twice", "severity": "error", "table": "memberships",
     "kind": "duplicate-rows", "params": {"ignore": ["id"]}, "message": "The membership repeats {detail}."},
    {"id": "P-overlap", "title": "memberships follow each other", "severity": "warning", "table": "memberships",
     "kind": "membership-overlap", "message": "The membership {detail}."},
    {"id": "P-terms", "title": "terms do not overlap", "severity": "warning", "table": "events",
     "columns": ["organization_id", "classification"], "kind": "overlap",
     "params": {"start": "start_date", "end": "end_date", "touching": true}, "message": "The term {value} overlaps {detail}."}]})";

const QString kPopoloFile = QStringLiteral(PLUMBLINE_TEST_DATA "/incremental/popolo.json");

const Pools kPopoloPools = {
    {QStringLiteral("id"), {"p0", "p1", "p9", "t1", "t2", "t9", "e1", "red", "blue", "green", "commons", ""}},
    {QStringLiteral("person_id"), {"p0", "p1", "p2", "p9", " p1"}},
    {QStringLiteral("on_behalf_of_id"), {"red", "blue", "green"}},
    {QStringLiteral("organization_id"), {"commons", "house"}},
    {QStringLiteral("legislative_period_id"), {"t1", "t2", "t3", "e1", "t9"}},
    {QStringLiteral("classification"), {"legislative period", "general election", "party"}},
    {QStringLiteral("start_date"), {"2015-05-07", "2016", "2016-03-01", "2017-06-08", "2019-12-12", ""}},
    {QStringLiteral("end_date"), {"2017-05-03", "2017", "2018-01-01", "2019-11-06", "", "2016-02-30"}},
};

// --- A planning register with the set rules that keep per-column counts and location groups ---

/// The planning-application and structure packs' set kinds (duplicate locations, completeness, format
/// consistency, day-month order, header, blank and ragged rows) with thresholds a 40-row register crosses.
const char* const kSetPack = R"({"pack": "sets", "title": "sets", "version": "1", "rules": [
    {"id": "X-point", "title": "same point", "severity": "warning", "kind": "duplicate-location",
     "columns": ["point", "reference"], "message": "{value}: {detail}."},
    {"id": "X-area", "title": "same area", "severity": "warning", "kind": "duplicate-location",
     "columns": ["geometry", "reference"], "message": "{value}: {detail}."},
    {"id": "X-name", "title": "names given", "severity": "warning", "kind": "completeness",
     "columns": ["name"], "params": {"max-blank": 0.3}, "message": "{column}: {detail}."},
    {"id": "X-empty", "title": "no empty column", "severity": "notice", "kind": "completeness",
     "columns": ["*"], "params": {"max-blank": 0.85}, "message": "{column}: {detail}."},
    {"id": "X-format", "title": "references alike", "severity": "notice", "kind": "format-consistency",
     "columns": ["reference"], "params": {"group": "organisation", "min-rows": 3, "min-share": 0.6, "summary": true},
     "message": "{value}: {detail}."},
    {"id": "X-format-all", "title": "references alike", "severity": "notice", "kind": "format-consistency",
     "columns": ["reference"], "params": {"min-rows": 5, "min-share": 0.5}, "message": "{value}: {detail}."},
    {"id": "X-order", "title": "day-month order", "severity": "warning", "kind": "day-month-order",
     "columns": ["start-date", "decision-date"], "message": "{detail}"},
    {"id": "X-header", "title": "header", "severity": "notice", "kind": "header", "message": "{detail}"},
    {"id": "X-naming", "title": "header naming", "severity": "notice", "kind": "header",
     "params": {"check": "naming"}, "message": "{detail}"},
    {"id": "X-blank", "title": "blank rows", "severity": "notice", "kind": "blank-rows", "message": "Blank."},
    {"id": "X-ragged", "title": "ragged rows", "severity": "notice", "kind": "ragged-rows", "message": "{detail}"}]})";

const QList<QByteArray> kSetReferences = {"A/1", "A/2", "A/3", "B-7", "21/00001/FUL", "x", ""};
const QList<QByteArray> kSetPoints = {"POINT (1 2)", "POINT (1.0000001 2)", "POINT (3 4)", "POINT(3 4)", "", "junk"};
const QList<QByteArray> kSetAreas = {"\"POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))\"",
                                     "\"POLYGON ((0 0, 1 0, 1 1.01, 0 1.01, 0 0))\"",
                                     "\"POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))\"", "POINT (1 2)", ""};
const QList<QByteArray> kSetDates = {"04/06/2013", "06/13/2013", "13/06/2013", "05/05/2019",
                                     "2020-01-01", "",           "02/03/2014"};

QByteArray setCsv(quint32 seed)
{
    QRandomGenerator random(seed);
    auto pick = [&](const QList<QByteArray>& pool) { return pool[random.bounded(int(pool.size()))]; };
    QByteArray csv = "reference,organisation,name,notes,point,geometry,start-date,decision-date,Officer Name\n";
    for (int i = 0; i < 40; ++i) {
        if (i == 7)
            csv += ",,,,,,,,\n"; // a blank row
        if (i == 11)
            csv += "A/77,org:A,short\n"; // a ragged row
        const QByteArray reference = random.bounded(4) ? "A/" + QByteArray::number(i) : pick(kSetReferences);
        csv += reference + "," + (random.bounded(3) ? "org:A" : "org:B") + "," +
               (random.bounded(5) < 2 ? QByteArray() : "Name " + QByteArray::number(i)) + "," +
               (random.bounded(10) == 0 ? "note" : "") + "," + pick(kSetPoints) + "," + pick(kSetAreas) + "," +
               pick(kSetDates) + "," + pick(kSetDates) + ",\n";
    }
    return csv;
}

const Pools kSetPools = {
    {QStringLiteral("reference"), {"A/1", "A/2", "A/99", "B-7", "B-8", "21/00001/FUL", ""}},
    {QStringLiteral("organisation"), {"org:A", "org:B", ""}},
    {QStringLiteral("name"), {"", "", "Mill House", "Name 3"}},
    {QStringLiteral("notes"), {"", "note", "other note"}},
    {QStringLiteral("point"), {"POINT (1 2)", "POINT (1.0000001 2)", "POINT (3 4)", "POINT(3 4)", "", "junk"}},
    {QStringLiteral("geometry"),
     {"POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((0 0, 1 0, 1 1.01, 0 1.01, 0 0))",
      "POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))", "POINT (1 2)", ""}},
    {QStringLiteral("start-date"), {"04/06/2013", "06/13/2013", "13/06/2013", "05/05/2019", "2020-01-01", ""}},
    {QStringLiteral("decision-date"), {"06/13/2013", "12/25/2014", "25/12/2014", "02/03/2014", "2021-01-01", ""}},
};

/// The rules of kSetPack whose findings a cell edit can change (header, blank and ragged rows describe the file).
const QStringList kSetRulesThatMove = {
    QStringLiteral("X-point"),  QStringLiteral("X-area"),       QStringLiteral("X-name"), QStringLiteral("X-empty"),
    QStringLiteral("X-format"), QStringLiteral("X-format-all"), QStringLiteral("X-order")};

/// Steps of the set-kind sessions: fewer under the sanitizers, whose build is many times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSetSteps = 40;
#else
constexpr int kSetSteps = 80;
#endif

/// Adds one data row per seed. Every step of a session is compared with a full validation, which the sanitizer
/// build (unoptimised, instrumented) runs many times slower: there the first seed of each case only, so the suite
/// stays well inside its time limit; the release build runs them all.
void addSeeds(std::initializer_list<quint32> seeds)
{
    QTest::addColumn<quint32>("seed");
#if defined(__SANITIZE_ADDRESS__)
    const std::size_t wanted = 1;
#else
    const std::size_t wanted = seeds.size();
#endif
    for (std::size_t i = 0; i < wanted; ++i)
        QTest::addRow("seed %u", seeds.begin()[i]) << seeds.begin()[i];
}

} // namespace

class TestIncrementalChecks : public QObject
{
    Q_OBJECT

private slots:
    void overlapsStayCurrent_data();
    void overlapsStayCurrent();
    void overlapSessionsMatchReplay_data();
    void overlapSessionsMatchReplay();
    void popoloStaysCurrent_data();
    void popoloStaysCurrent();
    void popoloSessionsMatchReplay_data();
    void popoloSessionsMatchReplay();
    void popoloPackSessionsEndRight();
    void setRulesStayCurrent_data();
    void setRulesStayCurrent();
    void setRuleSessionsMatchReplay_data();
    void setRuleSessionsMatchReplay();
    void planningPacksKeepEverySetRule();
    void formatOutlierEditedInShape();
};

void TestIncrementalChecks::overlapsStayCurrent_data()
{
    addSeeds({1u, 2u, 3u, 4u});
}

void TestIncrementalChecks::overlapsStayCurrent()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    Document doc(readCsv(planningCsv(seed)));
    const QString failed = validateWithPack(doc, dir, kPlanningPack);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(doc.findings()->size() > 0); // the fixture has overlaps to keep current
    runSession(doc, kPlanningPools, seed, 80, {});
}

void TestIncrementalChecks::overlapSessionsMatchReplay_data()
{
    addSeeds({11u, 12u});
}

void TestIncrementalChecks::overlapSessionsMatchReplay()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    Document doc(readCsv(planningCsv(seed)));
    const QString failed = validateWithPack(doc, dir, kPlanningPack);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    std::vector<Step> steps;
    runSession(doc, kPlanningPools, seed, 80, {true}, &steps);
    if (!QTest::currentTestFailed())
        compareWithReplay(doc, readCsv(planningCsv(seed)), steps);
}

void TestIncrementalChecks::popoloStaysCurrent_data()
{
    addSeeds({1u, 2u, 3u, 4u});
}

void TestIncrementalChecks::popoloStaysCurrent()
{
    // Edits to persons, organizations and events re-check the memberships that refer to them, at once.
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    Document doc(readFile(kPopoloFile));
    const QString failed = validateWithPack(doc, dir, kPopoloPack);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    for (const char* rule : {"P-person", "P-party", "P-term", "P-duplicate", "P-overlap"})
        QVERIFY2(std::any_of(
                     doc.findings()->records().begin(), doc.findings()->records().end(),
                     [&](const FindingRecord& r) { return doc.findings()->rules()[r.rule].id == QLatin1String(rule); }),
                 rule); // the fixture starts with a finding of each kind
    runSession(doc, kPopoloPools, seed, 100, {});
}

void TestIncrementalChecks::popoloSessionsMatchReplay_data()
{
    addSeeds({21u, 22u});
}

void TestIncrementalChecks::popoloSessionsMatchReplay()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    Document doc(readFile(kPopoloFile));
    const QString failed = validateWithPack(doc, dir, kPopoloPack);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    std::vector<Step> steps;
    runSession(doc, kPopoloPools, seed, 100, {true}, &steps);
    if (!QTest::currentTestFailed())
        compareWithReplay(doc, readFile(kPopoloFile), steps);
}

void TestIncrementalChecks::popoloPackSessionsEndRight()
{
    // The whole popolo pack: the rules without an index re-run in the background, coalesced with the ones kept
    // current; once they are in, the findings are a full validation's.
    Document doc(readFile(kPopoloFile));
    doc.setValidationSetup(setupFor({QStringLiteral("popolo")}));
    NullProgress progress;
    QVERIFY(doc.validateNow(progress));
    QRandomGenerator random(31);
    for (int i = 0; i < 60; ++i) {
        const int table = random.bounded(doc.tableCount());
        const Table& t = doc.table(table);
        std::vector<int> columns;
        for (int c = 0; c < t.columnCount(); ++c)
            if (kPopoloPools.contains(t.columnName(c)))
                columns.push_back(c);
        if (columns.empty())
            continue;
        const int column = columns[std::size_t(random.bounded(int(columns.size())))];
        const auto& pool = kPopoloPools[t.columnName(column)];
        doc.setCell(table, t.recordId(random.bounded(int(t.rowCount()))), column,
                    pool[random.bounded(int(pool.size()))].toStdString());
        if (random.bounded(5) == 0)
            doc.undoStack()->undo();
        if (random.bounded(6) == 0) {
            doc.waitUntilChecked();
            QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
        }
    }
    doc.waitUntilChecked();
    QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
}

void TestIncrementalChecks::setRulesStayCurrent_data()
{
    addSeeds({41u, 42u, 43u});
}

void TestIncrementalChecks::setRulesStayCurrent()
{
    // Every finding of these set kinds is current after each edit and quick fix, with no re-run: each fires at
    // the start and changes (appears, goes, or says another count) during the session.
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    Document doc(readCsv(setCsv(seed)));
    const QString failed = validateWithPack(doc, dir, kSetPack);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QSet<QString> present;
    for (const FindingRecord& r : doc.findings()->records())
        present.insert(doc.findings()->rules()[r.rule].id);
    for (const char* rule : {"X-point", "X-area", "X-name", "X-empty", "X-format", "X-format-all", "X-order",
                             "X-naming", "X-blank", "X-ragged"})
        QVERIFY2(present.contains(QLatin1String(rule)), rule); // the fixture starts with a finding of each kind
    QSet<QString> changed;
    SessionOptions options;
    options.fixes = true;
    options.changedRules = &changed;
    runSession(doc, kSetPools, seed, kSetSteps, options);
    for (const QString& rule : kSetRulesThatMove)
        QVERIFY2(changed.contains(rule), qPrintable(rule));
}

void TestIncrementalChecks::setRuleSessionsMatchReplay_data()
{
    addSeeds({51u, 52u});
}

void TestIncrementalChecks::setRuleSessionsMatchReplay()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    Document doc(readCsv(setCsv(seed)));
    const QString failed = validateWithPack(doc, dir, kSetPack);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    std::vector<Step> steps;
    SessionOptions options;
    options.rows = true;
    options.fixes = true;
    runSession(doc, kSetPools, seed, kSetSteps * 3 / 4, options, &steps);
    if (!QTest::currentTestFailed())
        compareWithReplay(doc, readCsv(setCsv(seed)), steps);
}

void TestIncrementalChecks::planningPacksKeepEverySetRule()
{
    // The planning-application and structure packs on a planning register: every set rule is kept current at
    // the edit, so an edit that moves no rows leaves nothing to re-run in the background. The file is in
    // windows-1252 (a name with an e acute), so the encoding rule runs as a set rule too.
    Document doc(readCsv(setCsv(61).replace("Name 5", "Caf\xe9 5")));
    doc.setValidationSetup(setupFor({QStringLiteral("planning-application"), QStringLiteral("structure")}));
    NullProgress progress;
    QVERIFY(doc.validateNow(progress));
    const int reference = doc.table(0).columnIndex(QStringLiteral("reference"));
    doc.setCell(0, doc.table(0).recordId(3), reference, "A/1");
    QVERIFY(!doc.isRechecking());
    QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
    const int date = doc.table(0).columnIndex(QStringLiteral("start-date"));
    doc.setCell(0, doc.table(0).recordId(5), date, "12/31/2019"); // month-first evidence
    QVERIFY(!doc.isRechecking());
    QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
    const int name = doc.table(0).columnIndex(QStringLiteral("name"));
    doc.setCell(0, doc.table(0).recordId(6), name, "Caf\xc3\x83\xc2\xa9"); // mojibake for the encoding rule
    QVERIFY(!doc.isRechecking());
    QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
    QVERIFY(
        std::any_of(doc.findings()->records().begin(), doc.findings()->records().end(), [&](const FindingRecord& r) {
            return doc.findings()->rules()[r.rule].id == QLatin1String("STR-encoding") && r.record == kNoRecord;
        }));                 // the file-level finding: the rule ran as a set rule
    doc.insertRows(0, 2, 1); // rows moved: the set rules re-run whole
    QVERIFY(doc.isRechecking());
    doc.waitUntilChecked();
    QCOMPARE(findingLines(*doc.findings(), false), fullValidation(doc, false));
}

void TestIncrementalChecks::formatOutlierEditedInShape()
{
    // An outlier edited to another value of the same shape moves no count, but its finding quotes the new value.
    QTemporaryDir dir;
    Document doc(readCsv(setCsv(41)));
    const QString failed = validateWithPack(doc, dir, kSetPack);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const FindingStore& store = *doc.findings();
    int edited = 0;
    for (std::size_t i = 0; i < store.size() && edited < 3; ++i) {
        const FindingRecord& r = store.record(i);
        if (store.rules()[r.rule].id != QLatin1String("X-format-all") || r.record == kNoRecord)
            continue;
        const Table& t = doc.table(0);
        std::string value(t.cell(std::size_t(t.rowOf(r.record)), r.column));
        for (char& c : value) // the same shape: digits stay digits, letters keep their case
            c = c >= '0' && c <= '9'   ? char('0' + (c - '0' + 1) % 10)
                : c >= 'a' && c <= 'z' ? char('a' + (c - 'a' + 1) % 26)
                : c >= 'A' && c <= 'Z' ? char('A' + (c - 'A' + 1) % 26)
                                       : c;
        doc.setCell(0, r.record, r.column, value);
        QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
        ++edited;
        i = 0; // the store changed
    }
    QVERIFY(edited > 0); // the fixture has outliers
}

QTEST_GUILESS_MAIN(TestIncrementalChecks)
#include "tst_incremental_checks.moc"
