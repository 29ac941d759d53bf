// Project files: base data and journal round trips, replay of random sessions (undo history included), triage
// that survives reopening, bad and hostile files that are refused or read without being changed.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "io/dataset_reader.h"
#include "io/dataset_writer.h"
#include "io/project/journal_store.h"
#include "io/project/project_file.h"
#include "io/project/project_reader.h"
#include "io/project/project_writer.h"
#include "project/audit_trail.h"
#include "project/project_session.h"
#include "project/run_history.h"
#include "project/triage_book.h"
#include "sample/planning_sample_generator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <sqlite3.h>

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

QByteArray sampleCsv(int rows)
{
    PlanningSampleOptions options;
    options.rows = rows;
    options.seed = 11;
    options.defectRate = 0.2;
    return generatePlanningSample(options);
}

/// Every cell of every table in view order, with record ids and headers.
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

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// Runs sql on the file with a plain connection (no defensive settings): what another program could do to it.
void tamper(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int status = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString why = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(status == SQLITE_OK, qPrintable(why));
}

std::unique_ptr<ProjectSession> newProject(const QString& path, Document& document)
{
    auto session = ProjectSession::forDocument(&document, QStringLiteral("tester"));
    NullProgress progress;
    if (auto failed = session->saveTo(path, progress))
        qFatal("save failed: %s", qPrintable(failed->toString()));
    return session;
}

/// One random step of a session: edits of one cell or many, rows in and out, a column, undo, redo, a macro.
void randomStep(Document& doc, QRandomGenerator& random)
{
    static const std::vector<std::string> pool = {"",         "granted", "2020-02-30", " padded ",
                                                  "1/2020/X", "N/A",     "x",          "Ünïcödé €"};
    const Table& t = doc.table(0);
    const int kind = random.bounded(12);
    const auto anyRecord = [&] { return t.recordId(std::size_t(random.bounded(int(t.rowCount())))); };
    const auto anyValue = [&] { return pool[std::size_t(random.bounded(int(pool.size())))]; };
    if (kind < 4 || t.rowCount() < 10) {
        doc.setCell(0, anyRecord(), random.bounded(t.columnCount()), anyValue());
    } else if (kind == 4) {
        CellChanges changes;
        const int column = random.bounded(t.columnCount());
        for (int i = 0; i < 30; ++i)
            changes.push_back({anyRecord(), column, anyValue()});
        doc.applyChanges(0, changes, QStringLiteral("Bulk"));
    } else if (kind == 5) {
        doc.insertRows(0, std::size_t(random.bounded(int(t.rowCount()) + 1)), std::size_t(1 + random.bounded(3)));
    } else if (kind == 6) {
        doc.removeRecords(0, {anyRecord(), anyRecord()});
    } else if (kind == 7 && t.columnCount() < 40) {
        doc.addColumn(0, QStringLiteral("added %1").arg(t.columnCount()), {{anyRecord(), 0, "v"}},
                      QStringLiteral("Add column"));
    } else if (kind == 8 && doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
    } else if (kind == 9 && doc.undoStack()->canRedo()) {
        doc.undoStack()->redo();
    } else if (kind == 10) {
        doc.undoStack()->beginMacro(QStringLiteral("Macro"));
        doc.setCell(0, anyRecord(), 1, anyValue());
        doc.removeRecords(0, {anyRecord()});
        doc.insertRows(0, 0, 1);
        doc.undoStack()->endMacro();
    } else if (doc.undoStack()->count() > 2) {
        doc.undoStack()->setIndex(random.bounded(doc.undoStack()->count() + 1)); // a jump in the History panel
    }
}

ValidationSetup planningSetup()
{
    ValidationSetup setup;
    setup.packs << QStringLiteral("planning-application");
    setup.today = QDate(2025, 6, 1);
    setup.threads = 2;
    return setup;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void exportedProjectReadsBackAsTheFile();
    void randomSessionsReopenExactly_data();
    void randomSessionsReopenExactly();
    void unsavedHistoryGoesIntoTheNewProject();
    void triageSurvivesRevalidationAndReopening();
    void aRunRecordsTheSameWithTheWorkersKeys();
    void secondWriterIsRefused();
    void badFilesAreRefusedAndNeverChanged_data();
    void badFilesAreRefusedAndNeverChanged();
    void journalThatDoesNotFitOpensReadOnly();
    void plantedTriggerNeverRuns();
    void plantedViewInDataFileCannotCallFunctions();
    void auditTrailListsEveryCellChange();

private:
    QTemporaryDir m_dir;
};

void TestProject::exportedProjectReadsBackAsTheFile()
{
    const QString csv = m_dir.filePath(QStringLiteral("source.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("reference,name,notes\r\nA1,\"Smith, J\",x\r\nA2,Ünïcödé,\r\n,,\r\nA4,\"multi\nline\",y\r\n");
    }
    NullProgress progress;
    auto dataset = readDataset(csv, ReadOptions{}, progress);
    QVERIFY(dataset);
    const QString project = m_dir.filePath(QStringLiteral("exported.plumbline"));
    QVERIFY(!exportDataset(dataset.value(), project, ExportOptions{}, progress));
    QCOMPARE(detectFormat(project), QStringLiteral("plumbline"));
    auto back = readDataset(project, ReadOptions{}, progress);
    QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
    QCOMPARE(cells(back.value()), cells(dataset.value()));
    const QString out = m_dir.filePath(QStringLiteral("back.csv"));
    QVERIFY(!exportDataset(back.value(), out, ExportOptions{}, progress));
    QCOMPARE(fileHash(out), fileHash(csv));
}

void TestProject::randomSessionsReopenExactly_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestProject::randomSessionsReopenExactly()
{
    QFETCH(quint32, seed);
    const QByteArray csv = sampleCsv(300);
    const QString path = m_dir.filePath(QStringLiteral("random-%1.plumbline").arg(seed));
    QStringList live;
    int count = 0;
    int index = 0;
    {
        Document doc(readBytes(csv));
        auto session = newProject(path, doc);
        QRandomGenerator random(seed);
        for (int i = 0; i < 80; ++i)
            randomStep(doc, random);
        live = cells(doc.dataset());
        count = doc.undoStack()->count();
        index = doc.undoStack()->index();
        session->close();
    }
    NullProgress progress;
    // The CLI's reading: the data with the journal applied.
    auto read = readDataset(path, ReadOptions{}, progress);
    QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
    QCOMPARE(cells(read.value()), live);

    // The GUI's: the same data and the same undo history.
    auto reopened = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().toString()));
    Document& doc = *reopened.value()->document();
    QVERIFY(reopened.value()->isSaved());
    QCOMPARE(cells(doc.dataset()), live);
    QCOMPARE(doc.undoStack()->count(), count);
    QCOMPARE(doc.undoStack()->index(), index);
    // Work goes on in the reopened project: more steps, then reopen again.
    QRandomGenerator more(seed + 100);
    for (int i = 0; i < 20; ++i)
        randomStep(doc, more);
    live = cells(doc.dataset());
    const int count2 = doc.undoStack()->count();
    reopened.value()->close();
    reopened.value().reset();
    auto again = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QVERIFY(again);
    QCOMPARE(cells(again.value()->document()->dataset()), live);
    QCOMPARE(again.value()->document()->undoStack()->count(), count2);
    // Undoing everything gives the file as loaded.
    again.value()->document()->undoStack()->setIndex(0);
    QCOMPARE(cells(again.value()->document()->dataset()), cells(*readBytes(csv)));
}

void TestProject::unsavedHistoryGoesIntoTheNewProject()
{
    const QByteArray csv = sampleCsv(100);
    Document doc(readBytes(csv));
    auto session = ProjectSession::forDocument(&doc, QStringLiteral("tester"));
    QRandomGenerator random(42);
    for (int i = 0; i < 30; ++i)
        randomStep(doc, random);
    const QStringList live = cells(doc.dataset());
    const int count = doc.undoStack()->count();
    const QString path = m_dir.filePath(QStringLiteral("later.plumbline"));
    NullProgress progress;
    QVERIFY(!session->saveTo(path, progress));
    QVERIFY(session->isSaved());
    doc.setCell(0, doc.table(0).recordId(0), 0, "after save");
    const QStringList after = cells(doc.dataset());
    const int countAtClose = doc.undoStack()->count();
    QVERIFY(countAtClose >= 1 && countAtClose <= count + 1);
    session->close();
    auto reopened = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QVERIFY(reopened);
    QCOMPARE(cells(reopened.value()->document()->dataset()), after);
    QCOMPARE(reopened.value()->document()->undoStack()->count(), countAtClose);
    reopened.value()->document()->undoStack()->undo();
    QCOMPARE(cells(reopened.value()->document()->dataset()), live);
}

void TestProject::triageSurvivesRevalidationAndReopening()
{
    const QString path = m_dir.filePath(QStringLiteral("triage.plumbline"));
    std::uint64_t hidden = 0;
    std::size_t total = 0;
    {
        Document doc(readBytes(sampleCsv(300)));
        doc.setValidationSetup(planningSetup());
        auto session = newProject(path, doc);
        QVERIFY(!session->setValidationSetup(planningSetup()));
        NullProgress progress;
        QVERIFY(doc.validateNow(progress));
        QVERIFY(session->recordRun());
        const auto store = doc.findings();
        QVERIFY(store->size() > 10);
        total = store->size();
        // Waiving needs a reason.
        QVERIFY(session->decide({0}, TriageState::Waived, QString()).has_value());
        QVERIFY(!session->decide({0, 1}, TriageState::Waived, QStringLiteral("agreed with the council")));
        QVERIFY(!session->decide({2}, TriageState::FalsePositive, QString()));
        const TriageView view = session->triage()->view(*store);
        QVERIFY(view.hiddenCount() >= 3);
        QCOMPARE(view.waived + view.falsePositive, view.hiddenCount());
        hidden = view.hiddenCount();
        // Re-validation keeps the decisions.
        QVERIFY(doc.validateNow(progress));
        QCOMPARE(session->triage()->view(*doc.findings()).hiddenCount(), hidden);
        QVERIFY(session->recordRun());
        session->close();
    }
    NullProgress progress;
    auto reopened = ProjectSession::open(path, QStringLiteral("someone else"), progress);
    QVERIFY(reopened);
    ProjectSession& session = *reopened.value();
    QCOMPARE(session.validationSetup().packs, planningSetup().packs);
    QCOMPARE(session.runs().runs().size(), std::size_t(2));
    QCOMPARE(session.runs().runs().back().total, std::uint64_t(total));
    QCOMPARE(session.runs().runs().back().newCount, std::uint64_t(0));
    Document& doc = *session.document();
    doc.setValidationSetup(planningSetup());
    QVERIFY(doc.validateNow(progress));
    const TriageView view = session.triage()->view(*doc.findings());
    QCOMPARE(view.hiddenCount(), hidden);
    bool reasonKept = false;
    for (const TriageDecision& d : session.triage()->decisions())
        reasonKept =
            reasonKept || (d.state == TriageState::Waived && d.reason == QLatin1String("agreed with the council") &&
                           d.user == QLatin1String("tester"));
    QVERIFY(reasonKept);
}

/// A background validation's worker hashes the findings' keys for the run history; a run recorded with them is
/// the run recorded without (new and resolved findings included), and a validation on this thread makes none.
void TestProject::aRunRecordsTheSameWithTheWorkersKeys()
{
    Document doc(readBytes(sampleCsv(300)));
    doc.setValidationSetup(planningSetup());
    doc.validate();
    doc.waitUntilChecked();
    QVERIFY(doc.findings());
    QVERIFY(doc.findingsAsValidated());
    QCOMPARE(doc.findingsAsValidated()->size(), doc.findings()->size());
    QVERIFY(doc.runKeys());
    QCOMPARE(doc.runKeys()->hashes.size(), doc.findings()->size());

    RunHistory withKeys;
    RunHistory without;
    TriageBook triageWith;
    TriageBook triageWithout;
    const QStringList packs{QStringLiteral("planning")};
    const QString user = QStringLiteral("tester");
    const auto compare = [&](const QString& time) {
        auto a = withKeys.record(*doc.findings(), packs, triageWith, user, time, doc.runKeys().get());
        auto b = without.record(*doc.findings(), packs, triageWithout, user, time);
        QVERIFY(a && b);
        QCOMPARE(a.value().total, b.value().total);
        QCOMPARE(a.value().bySeverity, b.value().bySeverity);
        QCOMPARE(a.value().byRule, b.value().byRule);
        QCOMPARE(a.value().newCount, b.value().newCount);
        QCOMPARE(a.value().resolvedCount, b.value().resolvedCount);
    };
    compare(QStringLiteral("2026-12-05T10:00:00Z"));
    // Blanking a reference brings findings that were not there before.
    const int reference = doc.table(0).columnIndex(QStringLiteral("reference"));
    QVERIFY(reference >= 0);
    QVERIFY(doc.setCell(0, 0, reference, ""));
    QVERIFY(!doc.runKeys()); // the findings changed since the run
    doc.validate();
    doc.waitUntilChecked();
    QVERIFY(doc.runKeys());
    compare(QStringLiteral("2026-12-05T11:00:00Z"));
    QVERIFY(withKeys.runs().back().newCount > 0);

    NullProgress progress;
    QVERIFY(doc.validateNow(progress));
    QVERIFY(!doc.runKeys());
    QVERIFY(!doc.findingsAsValidated());
}

void TestProject::secondWriterIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.plumbline"));
    Document doc(readBytes(sampleCsv(20)));
    auto session = newProject(path, doc);
    auto second = ProjectFile::open(path, ProjectAccess::ReadWrite);
    QVERIFY(!second);
    QVERIFY2(second.error().message.contains(QLatin1String("open in another")), qPrintable(second.error().message));
    NullProgress progress;
    auto cli = readDataset(path, ReadOptions{}, progress);
    QVERIFY(!cli);
    QVERIFY2(cli.error().message.contains(QLatin1String("open in another")), qPrintable(cli.error().message));
    session->close();
    QVERIFY(ProjectFile::open(path, ProjectAccess::ReadWrite));
}

void TestProject::badFilesAreRefusedAndNeverChanged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("readable");
    QTest::newRow("not sqlite") << "text"
                                << "not an SQLite database" << false;
    QTest::newRow("truncated") << "truncate"
                               << "incomplete" << false;
    QTest::newRow("other sqlite") << "foreign"
                                  << "not a Plumbline project" << false;
    QTest::newRow("newer version") << "newer"
                                   << "newer version" << true;
    QTest::newRow("missing table") << "drop"
                                   << "damaged" << false;
}

void TestProject::badFilesAreRefusedAndNeverChanged()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QFETCH(bool, readable);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.plumbline").arg(damage));
    {
        Document doc(readBytes(sampleCsv(2000)));
        auto session = newProject(path, doc);
        doc.setCell(0, 3, 1, "edited");
        session->close();
    }
    if (damage == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("reference,name\nA,B\n");
    } else if (damage == QLatin1String("truncate")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 200000);
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == QLatin1String("foreign")) {
        QFile::remove(path);
        tamper(path, "CREATE TABLE t (a); INSERT INTO t VALUES (1);");
    } else if (damage == QLatin1String("newer")) {
        tamper(path, "PRAGMA user_version=99;");
    } else {
        tamper(path, "DROP TABLE triage;");
    }
    QFile::remove(path + QStringLiteral("-wal"));
    const QByteArray before = fileHash(path);
    auto writable = ProjectFile::open(path, ProjectAccess::ReadWrite);
    QVERIFY(!writable);
    QVERIFY2(writable.error().message.contains(expected), qPrintable(writable.error().message));
    NullProgress progress;
    auto session = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QCOMPARE(bool(session), readable);
    if (session) {
        QVERIFY(session.value()->isReadOnly());
        QVERIFY(session.value()->readOnlyReason().contains(expected));
        QCOMPARE(session.value()->document()->table(0).cellText(
                     std::size_t(session.value()->document()->table(0).rowOf(3)), 1),
                 QStringLiteral("edited"));
        session.value()->document()->setCell(0, 4, 1, "not written");
        session.value()->close();
    }
    QCOMPARE(fileHash(path), before);
    // A read-only connection may leave an empty write-ahead log beside the file, never anything in it.
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
}

void TestProject::journalThatDoesNotFitOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("misfit.plumbline"));
    {
        Document doc(readBytes(sampleCsv(50)));
        auto session = newProject(path, doc);
        doc.setCell(0, 3, 1, "first");
        doc.setCell(0, 7, 1, "second");
        session->close();
    }
    tamper(path, "UPDATE journal_cell SET record = 999999 WHERE seq = (SELECT max(seq) FROM journal);");
    const QByteArray before = fileHash(path);
    NullProgress progress;
    auto cli = readDataset(path, ReadOptions{}, progress);
    QVERIFY(!cli);
    QVERIFY2(cli.error().message.contains(QLatin1String("a row of table doc that is not there")),
             qPrintable(cli.error().message));
    auto session = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QVERIFY(session);
    QVERIFY(session.value()->isReadOnly());
    const Table& t = session.value()->document()->table(0);
    QCOMPARE(t.cellText(std::size_t(t.rowOf(3)), 1), QStringLiteral("first")); // the steps before still show
    QCOMPARE(session.value()->document()->undoStack()->count(), 1);
    session.value()->close();
    QCOMPARE(fileHash(path), before);
}

void TestProject::plantedTriggerNeverRuns()
{
    const QString path = m_dir.filePath(QStringLiteral("planted.plumbline"));
    {
        Document doc(readBytes(sampleCsv(50)));
        auto session = newProject(path, doc);
        doc.setCell(0, 3, 1, "first");
        session->close();
    }
    // A trigger that would write into the project when a journal entry is read or written, and a view that
    // replaces a table the reader selects from.
    tamper(path, "CREATE TRIGGER planted AFTER INSERT ON journal BEGIN INSERT INTO meta VALUES ('planted', 'ran'); "
                 "END; CREATE TABLE pwned (x); CREATE VIEW sneaky AS SELECT * FROM meta;");
    const QByteArray before = fileHash(path);
    NullProgress progress;
    auto read = readDataset(path, ReadOptions{}, progress);
    QVERIFY(read); // the data is still offered
    auto session = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QVERIFY(session);
    QVERIFY(session.value()->isReadOnly());
    QVERIFY(session.value()->readOnlyReason().contains(QLatin1String("planted")));
    session.value()->document()->setCell(0, 4, 1, "edit");
    session.value()->close();
    QCOMPARE(fileHash(path), before);
    auto file = ProjectFile::open(path, ProjectAccess::ReadOnly);
    QVERIFY(file);
    QCOMPARE(file.value()->meta(QStringLiteral("planted")), QString());

    // Saved as a copy it becomes a clean project to work in.
    const QString copy = m_dir.filePath(QStringLiteral("planted-copy.plumbline"));
    auto reopened = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QVERIFY(reopened);
    QVERIFY(!reopened.value()->saveTo(copy, progress));
    QVERIFY(reopened.value()->isSaved());
    QCOMPARE(reopened.value()->path(), QFileInfo(copy).absoluteFilePath());
    reopened.value()->close();
    auto clean = ProjectFile::open(copy, ProjectAccess::ReadWrite);
    QVERIFY2(clean, clean ? "" : qPrintable(clean.error().toString()));
    QVERIFY(clean.value()->foreignSql().isEmpty());
}

void TestProject::plantedViewInDataFileCannotCallFunctions()
{
    // A data file (not a project) with a view that calls a function with side effects and a trigger.
    const QString path = m_dir.filePath(QStringLiteral("data.sqlite"));
    tamper(path, "CREATE TABLE people (id TEXT, name TEXT); INSERT INTO people VALUES ('1', 'Ann');"
                 "CREATE VIEW evil AS SELECT load_extension('/nonexistent/x') AS a;"
                 "CREATE TRIGGER t AFTER UPDATE ON people BEGIN DELETE FROM people; END;");
    const QByteArray before = fileHash(path);
    NullProgress progress;
    ReadOptions options;
    options.tables << QStringLiteral("evil");
    auto evil = readDataset(path, options, progress);
    QVERIFY(!evil); // refused, never run
    auto data = readDataset(path, ReadOptions{}, progress);
    QCOMPARE(fileHash(path), before);
    if (data) {
        QVERIFY(data.value().tables.size() >= 1);
        QCOMPARE(data.value().tables[0]->cellText(0, 1), QStringLiteral("Ann"));
    }
}

void TestProject::auditTrailListsEveryCellChange()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.plumbline"));
    {
        Document doc(readBytes("reference,status\nA1,granted\nA2,refused\nA3,\n"));
        auto session = newProject(path, doc);
        session->setClock([] { return QStringLiteral("2026-03-04T10:02:00Z"); });
        doc.setCell(0, 1, 1, "approved");
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        doc.removeRecords(0, {2});
        session->close();
    }
    NullProgress progress;
    auto trail = projectAuditTrail(path, progress);
    QVERIFY(trail);
    QStringList lines;
    for (const AuditRow& row : trail.value())
        lines << QStringList{row.kind, row.user, row.time, row.key, row.column, row.oldValue, row.newValue}.join(u'|');
    QCOMPARE(lines, (QStringList{QStringLiteral("edit|tester|2026-03-04T10:02:00Z|A2|status|refused|approved"),
                                 QStringLiteral("undo|tester|2026-03-04T10:02:00Z|A2|status|approved|refused"),
                                 QStringLiteral("redo|tester|2026-03-04T10:02:00Z|A2|status|refused|approved"),
                                 QStringLiteral("delete row|tester|2026-03-04T10:02:00Z|A3|||")}));
    const auto history = cellHistory(trail.value(), QStringLiteral("doc"), 1, QStringLiteral("status"));
    QCOMPARE(history.size(), std::size_t(3));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(writeAuditTrail(csv, AuditFormat::Csv, trail.value()));
    QVERIFY(csv.data().contains("A2,status,refused,approved"));
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QVERIFY(writeAuditTrail(json, AuditFormat::Json, trail.value()));
    const QJsonArray rows = QJsonDocument::fromJson(json.data()).object().value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 4);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
