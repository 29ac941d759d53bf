// Document: undoable edits, snapshots for workers, and findings kept current after edits.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "sample/planning_sample_generator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <set>
#include <tuple>

using namespace plumbline;

namespace {

std::shared_ptr<Dataset> readBytes(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("doc.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

std::shared_ptr<Dataset> sampleRegister(int rows, double defectRate)
{
    PlanningSampleOptions options;
    options.rows = rows;
    options.seed = 7;
    options.defectRate = defectRate;
    return readBytes(generatePlanningSample(options));
}

/// Every cell of every table in view order, for comparing two datasets' contents.
QStringList cells(const Dataset& dataset)
{
    QStringList out;
    for (const auto& t : dataset.tables) {
        QStringList header;
        for (int c = 0; c < t->columnCount(); ++c)
            header << t->columnName(c);
        out << header.join(u'|');
        for (std::size_t r = 0; r < t->rowCount(); ++r) {
            QStringList row{QString::number(t->recordId(r))};
            for (int c = 0; c < t->columnCount(); ++c)
                row << t->cellText(r, c);
            out << row.join(u'|');
        }
    }
    return out;
}

/// A findings store as a sorted multiset of comparable lines (rule, table, record, columns, severity, value).
QStringList findingLines(const FindingStore& store)
{
    QStringList out;
    for (std::size_t i = 0; i < store.size(); ++i) {
        const auto& r = store.record(i);
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                   .arg(store.rules()[r.rule].id, store.tables()[r.table].name)
                   .arg(r.record)
                   .arg(r.column)
                   .arg(r.column2)
                   .arg(int(r.severity))
                   .arg(store.qtext(r.value), store.qtext(r.suggestion));
    }
    out.sort();
    return out;
}

/// The findings a fresh full validation of the document's current data gives.
QStringList fullValidation(const Document& document)
{
    Document fresh(std::const_pointer_cast<Dataset>(document.snapshot()));
    fresh.setValidationSetup(document.validationSetup());
    NullProgress progress;
    Error error;
    if (!fresh.validateNow(progress, &error))
        qFatal("validation failed: %s", qPrintable(error.toString()));
    return findingLines(*fresh.findings());
}

ValidationSetup planningSetup()
{
    ValidationSetup setup;
    setup.packs << QStringLiteral("planning-application");
    setup.today = QDate(2025, 6, 1);
    setup.threads = 2;
    setup.keepIndexes = true;
    return setup;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void editUndoRedoRestoresExactly();
    void typingTheLoadedValueBackRemovesTheEdit();
    void snapshotsDoNotSeeLaterEdits();
    void rowsInsertAndRemoveWithUndo_data();
    void rowsInsertAndRemoveWithUndo();
    void addedColumnUndoes();
    void bulkChangeIsOneCommandAndOneSignal();
    void findingsFollowAnEditAtOnce();
    void messagesNameTheRowTheRecordIsOnNow_data();
    void messagesNameTheRowTheRecordIsOnNow();
    void randomSessionsMatchReplayAndFullValidation_data();
    void randomSessionsMatchReplayAndFullValidation();
    void editsDuringAFullRunAreRecheckedWhenItArrives();
    void incrementalSetChecksMatchAFullRun_data();
    void incrementalSetChecksMatchAFullRun();
};

void TestDocument::editUndoRedoRestoresExactly()
{
    Document doc(readBytes("a,b\n1,x\n2,y\n"));
    const QStringList before = cells(doc.dataset());
    QVERIFY(doc.setCell(0, 1, 1, "changed"));
    QCOMPARE(doc.table(0).cellText(1, 1), QStringLiteral("changed"));
    QCOMPARE(doc.editedCellCount(), std::size_t(1));
    QVERIFY(!doc.setCell(0, 1, 1, "changed")); // no change, no command
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(cells(doc.dataset()), before);
    QCOMPARE(doc.editedCellCount(), std::size_t(0)); // unedited again, not an edit holding the old value
    doc.undoStack()->redo();
    QCOMPARE(doc.table(0).cellText(1, 1), QStringLiteral("changed"));
}

void TestDocument::typingTheLoadedValueBackRemovesTheEdit()
{
    Document doc(readBytes("a,b\n1,x\n2,y\n"));
    doc.setCell(0, 0, 1, "z");
    doc.setCell(0, 0, 1, "x");
    QCOMPARE(doc.editedCellCount(), std::size_t(0));
    QVERIFY(!doc.table(0).overlay().isTouched(0)); // a faithful export copies the row as it was read
    doc.undoStack()->undo();
    QCOMPARE(doc.table(0).cellText(0, 1), QStringLiteral("z"));
}

void TestDocument::snapshotsDoNotSeeLaterEdits()
{
    Document doc(readBytes("a,b\n1,x\n2,y\n"));
    doc.setCell(0, 0, 0, "first");
    const auto snapshot = doc.snapshot();
    doc.setCell(0, 0, 0, "second");
    doc.insertRows(0, 0, 1);
    QCOMPARE(snapshot->tables[0]->cellText(0, 0), QStringLiteral("first"));
    QCOMPARE(snapshot->tables[0]->rowCount(), std::size_t(2));
    QCOMPARE(doc.table(0).cellText(1, 0), QStringLiteral("second"));
    QCOMPARE(doc.table(0).rowCount(), std::size_t(3));
    // The columns themselves are shared, not copied.
    QCOMPARE(&snapshot->tables[0]->column(0), &doc.table(0).column(0));
}

void TestDocument::rowsInsertAndRemoveWithUndo_data()
{
    QTest::addColumn<QList<int>>("remove");
    QTest::newRow("one row") << QList<int>{1};
    QTest::newRow("a range") << QList<int>{1, 2, 3};
    QTest::newRow("scattered") << QList<int>{0, 2, 4};
}

void TestDocument::rowsInsertAndRemoveWithUndo()
{
    QFETCH(QList<int>, remove);
    Document doc(readBytes("a\n0\n1\n2\n3\n4\n"));
    const QStringList before = cells(doc.dataset());
    QSignalSpy reset(&doc, &Document::tableReset);
    QSignalSpy removed(&doc, &Document::rowsRemoved);
    std::vector<RecordId> records;
    for (int r : remove)
        records.push_back(doc.table(0).recordId(std::size_t(r)));
    doc.removeRecords(0, records);
    QCOMPARE(doc.table(0).rowCount(), std::size_t(5 - remove.size()));
    for (RecordId r : records)
        QCOMPARE(doc.table(0).rowOf(r), std::int64_t(-1));
    QCOMPARE(removed.count() + reset.count(), 1); // one announcement whatever the number of rows
    doc.undoStack()->undo();
    QCOMPARE(cells(doc.dataset()), before);

    doc.insertRows(0, 2, 3);
    QCOMPARE(doc.table(0).rowCount(), std::size_t(8));
    QCOMPARE(doc.table(0).cellText(2, 0), QString());
    const RecordId inserted = doc.table(0).recordId(2);
    QVERIFY(inserted >= 5); // fresh ids, never reused
    doc.setCell(0, inserted, 0, "new");
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(cells(doc.dataset()), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.table(0).recordId(2), inserted); // redo brings the same records back
    doc.undoStack()->redo();
    QCOMPARE(doc.table(0).cellText(2, 0), QStringLiteral("new"));
}

void TestDocument::addedColumnUndoes()
{
    Document doc(readBytes("a\n0\n1\n"));
    const QStringList before = cells(doc.dataset());
    doc.addColumn(0, QStringLiteral("b"), {CellChange{1, 0, "one"}}, QStringLiteral("Add b"));
    QCOMPARE(doc.table(0).columnCount(), 2);
    QCOMPARE(doc.table(0).cellText(1, 1), QStringLiteral("one"));
    QCOMPARE(doc.table(0).cellText(0, 1), QString());
    QVERIFY(doc.table(0).isAddedColumn(1));
    doc.undoStack()->undo();
    QCOMPARE(cells(doc.dataset()), before);
    QCOMPARE(doc.editedCellCount(), std::size_t(0));
}

void TestDocument::bulkChangeIsOneCommandAndOneSignal()
{
    auto dataset = sampleRegister(2000, 0);
    Document doc(dataset);
    QSignalSpy changed(&doc, &Document::cellsChanged);
    const int column = doc.table(0).columnIndex(QStringLiteral("description"));
    QVERIFY(column >= 0);
    CellChanges changes;
    for (RecordId r = 0; r < 2000; r += 2)
        changes.push_back({r, column, "fixed"});
    QCOMPARE(doc.applyChanges(0, changes, QStringLiteral("Fix notes")), std::size_t(1000));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Fix notes"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).value<std::vector<RecordId>>().size(), std::size_t(1000));
}

void TestDocument::findingsFollowAnEditAtOnce()
{
    Document doc(readBytes("reference,decision,ground_area,notes\nA/1,granted,10,ok\nA/2,,20,ok\n"));
    ValidationSetup setup;
    setup.packs << QStringLiteral(PLUMBLINE_TEST_DATA "/gui/validation-pack.json");
    doc.setValidationSetup(setup);
    NullProgress progress;
    QVERIFY(doc.validateNow(progress));
    const int decision = 1;
    QVERIFY(doc.findingIndex(0)->cellSeverity(1, decision).has_value()); // T-REQ: decision is missing
    QSignalSpy changed(&doc, &Document::findingsChanged);
    doc.setCell(0, 1, decision, "granted");
    QCOMPARE(changed.count(), 1); // synchronously, before any event loop runs
    QVERIFY(!doc.findingIndex(0)->cellSeverity(1, decision).has_value());
    doc.undoStack()->undo();
    QVERIFY(doc.findingIndex(0)->cellSeverity(1, decision).has_value());
    QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
}

void TestDocument::messagesNameTheRowTheRecordIsOnNow_data()
{
    QTest::addColumn<int>("insertAt");  // -1: none
    QTest::addColumn<int>("removeRow"); // -1: none
    QTest::addColumn<int>("row");       // where A/2 (found on row 2) is afterwards
    QTest::newRow("nothing moved") << -1 << -1 << 2;
    QTest::newRow("a row inserted above") << 0 << -1 << 3;
    QTest::newRow("a row inserted below") << 2 << -1 << 2;
    QTest::newRow("the row above deleted") << -1 << 0 << 1;
}

void TestDocument::messagesNameTheRowTheRecordIsOnNow()
{
    QFETCH(int, insertAt);
    QFETCH(int, removeRow);
    QFETCH(int, row);
    Document doc(readBytes("reference,decision,ground_area,notes\nA/1,granted,10,ok\nA/2,,20,ok\n"));
    ValidationSetup setup;
    setup.packs << QStringLiteral(PLUMBLINE_TEST_DATA "/gui/validation-pack.json");
    doc.setValidationSetup(setup);
    NullProgress progress;
    QVERIFY(doc.validateNow(progress));
    if (insertAt >= 0)
        doc.insertRows(0, std::size_t(insertAt), 1);
    if (removeRow >= 0)
        doc.removeRecords(0, {doc.table(0).recordId(std::size_t(removeRow))});
    const FindingStore& store = *doc.findings();
    bool found = false;
    for (std::size_t i = 0; i < store.size(); ++i) {
        if (store.record(i).record != 1 || store.columnNames(i) != QStringList{QStringLiteral("decision")})
            continue;
        found = true;
        const QString message = store.message(i);
        QVERIFY2(message.startsWith(QStringLiteral("Row %1 (reference A/2)").arg(row)), qPrintable(message));
        QCOMPARE(store.finding(i).row, qint64(row));
    }
    QVERIFY(found);
}

void TestDocument::randomSessionsMatchReplayAndFullValidation_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestDocument::randomSessionsMatchReplayAndFullValidation()
{
    QFETCH(quint32, seed);
    Document doc(sampleRegister(400, 0.2));
    doc.setValidationSetup(planningSetup());
    NullProgress progress;
    QVERIFY(doc.validateNow(progress));

    // Values that make and mend findings: duplicates, blanks, bad codes, bad dates, stray spaces.
    const std::vector<std::string> pool = {"",          "granted",    "Approve", "2020-02-30", "2021-03-04",
                                           " padded ",  "1/2020/X",   "refused", "N/A",        "POINT (0 0)",
                                           "withdrawn", "2019-01-01", "FUL",     "full",       "x"};
    QRandomGenerator random(seed);
    struct Step
    {
        int kind;
        RecordId record;
        int column;
        std::string value;
    };
    std::vector<Step> steps;
    const int columns = doc.table(0).columnCount();
    for (int i = 0; i < 60; ++i) {
        const int kind = random.bounded(10);
        const Table& t = doc.table(0);
        if (kind < 6 || t.rowCount() < 10) { // an edit, sometimes copying another row's reference (a duplicate)
            const RecordId record = t.recordId(random.bounded(int(t.rowCount())));
            const int column = random.bounded(columns);
            std::string value = pool[std::size_t(random.bounded(int(pool.size())))];
            if (column == 0 && random.bounded(2))
                value = std::string(t.cell(random.bounded(int(t.rowCount())), 0));
            doc.setCell(0, record, column, value);
            steps.push_back({0, record, column, value});
        } else if (kind == 6) {
            const int at = random.bounded(int(t.rowCount()));
            doc.insertRows(0, std::size_t(at), 1);
            steps.push_back({1, 0, at, {}});
        } else if (kind == 7) {
            const RecordId record = t.recordId(random.bounded(int(t.rowCount())));
            doc.removeRecords(0, {record});
            steps.push_back({2, record, 0, {}});
        } else if (kind == 8 && doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
            steps.push_back({3, 0, 0, {}});
        } else if (doc.undoStack()->canRedo()) {
            doc.undoStack()->redo();
            steps.push_back({4, 0, 0, {}});
        }
        if (random.bounded(4) == 0)
            doc.waitUntilChecked(); // sometimes let the set rules catch up mid-session
    }
    doc.waitUntilChecked();
    QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));

    // Replaying the same commands (undo and redo included) on a fresh copy of the file gives exactly this data.
    Document replay(sampleRegister(400, 0.2));
    for (const Step& step : steps) {
        switch (step.kind) {
        case 0:
            replay.setCell(0, step.record, step.column, step.value);
            break;
        case 1:
            replay.insertRows(0, std::size_t(step.column), 1);
            break;
        case 2:
            replay.removeRecords(0, {step.record});
            break;
        case 3:
            replay.undoStack()->undo();
            break;
        default:
            replay.undoStack()->redo();
        }
    }
    QCOMPARE(cells(replay.dataset()), cells(doc.dataset()));

    // The undo stack is the record of the session: undoing everything gives the file as loaded.
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(cells(doc.dataset()), cells(*sampleRegister(400, 0.2)));
    doc.waitUntilChecked();
    QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
}

void TestDocument::editsDuringAFullRunAreRecheckedWhenItArrives()
{
    Document doc(sampleRegister(3000, 0.05));
    doc.setValidationSetup(planningSetup());
    QSignalSpy finished(&doc, &Document::validationFinished);
    doc.validate();
    const int decision = doc.table(0).columnIndex(QStringLiteral("planning-decision"));
    doc.setCell(0, 5, decision, "Approve"); // edited while the run looks at its snapshot
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    doc.waitUntilChecked();
    QCOMPARE(doc.table(0).cellText(5, decision), QStringLiteral("Approve"));
    QVERIFY(doc.findingIndex(0)->cellSeverity(5, decision).has_value());
    QCOMPARE(findingLines(*doc.findings()), fullValidation(doc));
}

QTEST_GUILESS_MAIN(TestDocument)
namespace {

/// Findings with their detail ("row 4"), which a key index must keep as right as a full run does.
QStringList findingLinesWithDetail(const FindingStore& store)
{
    QStringList out = findingLines(store);
    QStringList details;
    for (std::size_t i = 0; i < store.size(); ++i)
        details << QStringLiteral("%1|%2|%3")
                       .arg(store.rules()[store.record(i).rule].id)
                       .arg(store.record(i).record)
                       .arg(store.message(i));
    details.sort();
    return out + details;
}

} // namespace

void TestDocument::incrementalSetChecksMatchAFullRun_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestDocument::incrementalSetChecksMatchAFullRun()
{
    // Few distinct values, so edits keep making and breaking repeated names and repeated rows.
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("keys.json"));
    QFile file(pack);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"pack": "keys", "title": "keys", "version": "1", "rules": [
        {"id": "K-unique", "title": "names unique", "severity": "error", "kind": "unique", "columns": ["name"],
         "message": "Name repeated: {detail}."},
        {"id": "K-rows", "title": "rows unique", "severity": "warning", "kind": "duplicate-rows",
         "params": {"ignore": ["id"]}, "message": "Repeats {detail}."},
        {"id": "K-boss", "title": "bosses exist", "severity": "error", "kind": "foreign-key", "columns": ["boss"],
         "params": {"references": "id", "separator": ";"}, "message": "No such person: {detail}."}]})");
    file.close();
    QByteArray csv = "id,name,party,boss\n";
    QRandomGenerator random(seed);
    const QList<QByteArray> names = {"Ann", "Bob", "Cy", "ann", ""};
    const QList<QByteArray> parties = {"red", "blue", ""};
    // Edits to id make referenced keys appear and disappear; bosses refer to one or two ids, some missing.
    const QList<QByteArray> ids = {"p1", "p2", "pX", "p39", ""};
    const QList<QByteArray> bosses = {"p1", "p2", "pX", "p3;p1", "pX; pY", ""};
    for (int i = 0; i < 40; ++i)
        csv += "p" + QByteArray::number(i) + "," + names[random.bounded(int(names.size()))] + "," +
               parties[random.bounded(int(parties.size()))] + "," + bosses[random.bounded(int(bosses.size()))] + "\n";
    Document doc(readBytes(csv));
    ValidationSetup setup;
    setup.packs << pack;
    setup.threads = 1;
    setup.keepIndexes = true;
    doc.setValidationSetup(setup);
    NullProgress progress;
    QVERIFY(doc.validateNow(progress));
    for (int i = 0; i < 80; ++i) {
        const Table& t = doc.table(0);
        const RecordId record = t.recordId(random.bounded(int(t.rowCount())));
        const int column = random.bounded(4);
        const auto& pool = column == 0 ? ids : column == 1 ? names : column == 2 ? parties : bosses;
        doc.setCell(0, record, column, pool[random.bounded(int(pool.size()))].toStdString());
        if (random.bounded(8) == 0)
            doc.undoStack()->undo();
        // No waiting for the background re-run: the key-indexed rules must be right at once.
        Document fresh(std::const_pointer_cast<Dataset>(doc.snapshot()));
        fresh.setValidationSetup(setup);
        QVERIFY(fresh.validateNow(progress));
        QCOMPARE(findingLinesWithDetail(*doc.findings()), findingLinesWithDetail(*fresh.findings()));
    }
}

#include "tst_document.moc"
