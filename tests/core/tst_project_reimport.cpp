// Re-importing a project's source after it changed on disk: edits carried over by record key, the ones that no
// longer apply listed with their reason, triage following its records, the result a project with one undoable
// command.
#include "document/document.h"
#include "io/dataset_reader.h"
#include "project/audit_trail.h"
#include "project/project_session.h"
#include "project/review_source.h"
#include "project/source_reimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace plumbline;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

std::shared_ptr<Dataset> read(const QString& path)
{
    NullProgress progress;
    auto result = readDataset(path, ReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

QString cellOf(const Table& table, const QString& key, const QString& column)
{
    const int k = 0;
    const int c = table.columnIndex(column);
    for (std::size_t row = 0; row < table.rowCount(); ++row)
        if (table.cellText(row, k) == key)
            return table.cellText(row, c);
    return QStringLiteral("<no row>");
}

} // namespace

class TestProjectReimport : public QObject
{
    Q_OBJECT

private slots:
    void notAppliedEditsAreListed_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("keyColumn");
        QTest::addColumn<QStringList>("expected"); // key|column|reason
        QTest::addColumn<int>("reapplied");

        const QByteArray v1 = "reference,ward,status\nA1,North,granted\nA2,South,refused\nA3,East,pending\n"
                              "A4,West,granted\n";
        // Reordered, A2 gone, A3's ward changed upstream, A4's status fixed upstream, A5 new.
        QTest::newRow("by reference") << v1
                                      << QByteArray("reference,ward,status\nA3,Eastern,pending\nA1,North,granted\n"
                                                    "A4,West,Granted\nA5,Central,granted\n")
                                      << QStringLiteral("reference")
                                      << QStringList{QStringLiteral("A2|status|row gone"),
                                                     QStringLiteral("A3|ward|old value changed from \u201cEast\u201d "
                                                                    "to \u201cEastern\u201d")}
                                      << 1;
        // A key column with other spelling of the header still matches (case-insensitively found).
        QTest::newRow("by id, column gone")
            << QByteArray("ID,ward,status\nA1,North,granted\nA2,South,refused\nA3,East,pending\nA4,West,granted\n")
            << QByteArray("ID,ward\nA1,North\nA3,East\nA4,West\n") << QStringLiteral("ID")
            << QStringList{QStringLiteral("A2|status|row gone"), QStringLiteral("A4|status|column gone")} << 2;
        // Blank keys: matched by their whole content, else not at all.
        QTest::newRow("blank keys")
            << QByteArray("reference,ward,status\nA1,North,granted\n,South,refused\n,East,pending\nA4,West,granted\n")
            << QByteArray(
                   "reference,ward,status\n,East,pending\nA1,North,granted\nA4,West,Granted\n,Southern,refused\n")
            << QStringLiteral("reference") << QStringList{QStringLiteral("row 2 (no key)|status|row gone")} << 2;
        // No key column: by row position, and said so.
        QTest::newRow("by position")
            << QByteArray("code,ward,status\nA1,North,granted\nA2,South,refused\nA3,East,pending\nA4,West,granted\n")
            << QByteArray("code,ward,status\nA1,North,granted\nA2,South,refused\nA3,Eastern,pending\n") << QString()
            << QStringList{QStringLiteral("row 3|ward|old value changed from \u201cEast\u201d to "
                                          "\u201cEastern\u201d"),
                           QStringLiteral("row 4|status|row gone")}
            << 2;
    }

    void notAppliedEditsAreListed()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, keyColumn);
        QFETCH(QStringList, expected);
        QFETCH(int, reapplied);

        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("register.csv"));
        const QString project = dir.filePath(QStringLiteral("review.plumbline"));
        writeFile(source, before);
        {
            Document document(read(source));
            auto session = ProjectSession::forDocument(&document, QStringLiteral("ann"));
            NullProgress progress;
            QVERIFY(!session->saveTo(project, progress));
            const Table& t = document.table(0);
            const int ward = t.columnIndex(QStringLiteral("ward"));
            const int status = t.columnIndex(QStringLiteral("status"));
            QVERIFY(document.setCell(0, 0, ward, "N"));         // A1: still applies
            QVERIFY(document.setCell(0, 1, status, "Refused")); // A2: row gone
            QVERIFY(document.setCell(0, 2, ward, "E"));         // A3: old value changed (or still applies)
            QVERIFY(document.setCell(0, 3, status, "Granted")); // A4: already so upstream (or row/column gone)
            document.undoStack()->undo();                       // undone edits are not carried over
            QVERIFY(document.setCell(0, 3, status, "Granted"));
            session->close();
        }
        writeFile(source, after);
        QVERIFY(!sourceChangedNote(project).isEmpty());

        ReimportOptions options;
        options.user = QStringLiteral("ann");
        NullProgress progress;
        auto result = reimportProject(project, options, progress);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const ReimportPlan& plan = result.value().plan;
        QStringList got;
        for (const NotReapplied& n : plan.notApplied)
            got << QStringLiteral("%1|%2|%3").arg(n.key, n.column, n.reasonText());
        QCOMPARE(got, expected);
        QCOMPARE(int(plan.cellsReapplied), reapplied);
        QCOMPARE(plan.matches.size(), std::size_t(1));
        QCOMPARE(plan.matches.front().keyColumn, keyColumn);
        QCOMPARE(result.value().epoch, 2);
        QVERIFY(sourceChangedNote(project).isEmpty()); // the project now knows the file as it is

        // The audit trail keeps the earlier edits with the values they changed, though that import is gone.
        auto trail = projectAuditTrail(project, progress);
        QVERIFY(trail);
        const auto found = std::find_if(trail.value().begin(), trail.value().end(), [](const AuditRow& row) {
            return row.step == 1 && row.oldValue == QLatin1String("North") && row.newValue == QLatin1String("N");
        });
        QVERIFY(found != trail.value().end());

        // Reopened: the new source with the edits that applied, as one command that can be undone.
        auto session = ProjectSession::open(project, QStringLiteral("bob"), progress);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        Document* document = session.value()->document();
        QCOMPARE(cellOf(document->table(0), QStringLiteral("A1"), QStringLiteral("ward")), QStringLiteral("N"));
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(cellOf(document->table(0), QStringLiteral("A1"), QStringLiteral("ward")), QStringLiteral("North"));
    }

    void triageFollowsItsRecord()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("register.csv"));
        const QString project = dir.filePath(QStringLiteral("review.plumbline"));
        const QString output = dir.filePath(QStringLiteral("again.plumbline"));
        writeFile(source, "reference,ward\nA1,North\nA2,South\n");
        {
            Document document(read(source));
            auto session = ProjectSession::forDocument(&document, QStringLiteral("ann"));
            NullProgress progress;
            QVERIFY(!session->saveTo(project, progress));
            std::vector<TriageDecision> decisions;
            for (qint64 record : {0, 1})
                decisions.push_back(TriageDecision{FindingKey{QStringLiteral("rule"),
                                                              QStringLiteral("register"),
                                                              record,
                                                              {QStringLiteral("ward")},
                                                              QStringLiteral("v")},
                                                   TriageState::Waived, QStringLiteral("known"), QStringLiteral("ann"),
                                                   QStringLiteral("t")});
            QVERIFY(!session->triage()->decide(decisions));
            session->close();
        }
        const QByteArray projectBytes = [&] {
            QFile f(project);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        writeFile(source, "reference,ward\nA3,East\nA1,North\n");
        ReimportOptions options;
        options.output = output;
        NullProgress progress;
        auto result = reimportProject(project, options, progress);
        QVERIFY(result);
        QCOMPARE(result.value().plan.decisionsDropped, std::size_t(1)); // A2's record is gone
        QCOMPARE(result.value().plan.decisions.size(), std::size_t(1));
        QCOMPARE(result.value().plan.decisions.front().key.record, qint64(1)); // A1 is the second row now
        QFile original(project);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), projectBytes); // --output leaves the project as it was
        auto session = ProjectSession::open(output, QStringLiteral("bob"), progress);
        QVERIFY(session);
        QCOMPARE(session.value()->triage()->decisions().size(), std::size_t(1));
    }

    void insertedRowsAndAddedColumnsAreCarriedOver_data()
    {
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("expected"); // the reopened rows, reference|ward[|note]
        QTest::addColumn<QStringList>("notCarried");
        // Reordered, A2 gone, A4 new: B0 stays on top, B1 follows A1 wherever A1 is now.
        QTest::newRow("reordered") << QByteArray("reference,ward\nA3,East\nA1,North\nA4,West\n")
                                   << QStringList{QStringLiteral("B0|Top|"), QStringLiteral("A3|East|ok"),
                                                  QStringLiteral("A1|North|check"), QStringLiteral("B1|Mid|new"),
                                                  QStringLiteral("A4|West|")}
                                   << QStringList{QStringLiteral("A2|note|row gone")};
        // The new file has a note column of its own: the project's is listed, the rows still come.
        QTest::newRow("column there") << QByteArray("reference,ward,note\nA1,North,x\nA2,South,y\nA3,East,z\n")
                                      << QStringList{QStringLiteral("B0|Top|"), QStringLiteral("A1|North|x"),
                                                     QStringLiteral("B1|Mid|"), QStringLiteral("A2|South|y"),
                                                     QStringLiteral("A3|East|z")}
                                      << QStringList{QStringLiteral(
                                             "|note|column added in the project: the new file has one too")};
    }

    void insertedRowsAndAddedColumnsAreCarriedOver()
    {
        QFETCH(QByteArray, after);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, notCarried);
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("register.csv"));
        const QString project = dir.filePath(QStringLiteral("review.plumbline"));
        writeFile(source, "reference,ward\nA1,North\nA2,South\nA3,East\n");
        NullProgress progress;
        {
            Document document(read(source));
            auto session = ProjectSession::forDocument(&document, QStringLiteral("ann"));
            QVERIFY(!session->saveTo(project, progress));
            document.insertRows(0, 1, 1); // after A1
            document.insertRows(0, 0, 1); // on top
            const Table& t = document.table(0);
            const RecordId top = t.recordId(0);
            const RecordId mid = t.recordId(2);
            QVERIFY(document.setCell(0, top, 0, "B0") && document.setCell(0, top, 1, "Top"));
            QVERIFY(document.setCell(0, mid, 0, "B1") && document.setCell(0, mid, 1, "Mid"));
            QVERIFY(document.addColumn(0, QStringLiteral("note"),
                                       {CellChange{0, 2, "check"}, CellChange{1, 2, "gone"}, CellChange{2, 2, "ok"},
                                        CellChange{mid, 2, "new"}},
                                       QStringLiteral("Add note")) == 2);
            session->close();
        }
        writeFile(source, after);
        auto result = reimportProject(project, ReimportOptions{}, progress);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const ReimportPlan& plan = result.value().plan;
        QCOMPARE(plan.rowsAdded, std::size_t(2));
        QStringList got;
        for (const NotReapplied& n : plan.notApplied)
            got << QStringLiteral("%1|%2|%3").arg(n.key, n.column, n.reasonText());
        QCOMPARE(got, notCarried);

        auto session = ProjectSession::open(project, QStringLiteral("bob"), progress);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        Document* document = session.value()->document();
        const auto rows = [document] {
            const Table& t = document->table(0);
            QStringList out;
            for (std::size_t row = 0; row < t.rowCount(); ++row) {
                QStringList cells;
                for (int c = 0; c < t.columnCount(); ++c)
                    cells << t.cellText(row, c);
                out << cells.join(QLatin1Char('|'));
            }
            return out;
        };
        QCOMPARE(rows(), expected);
        // One step of the undo history: undo shows the new file as it is.
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(document->table(0).rowCount(), std::size_t(3));
        QCOMPARE(document->table(0).columnCount(), after.startsWith("reference,ward,note") ? 3 : 2);
    }

    void theFirstRunAfterAReimportComparesWithTheLastOne()
    {
        // Finding keys name record ids, which a re-import gives anew: the last run's keys must follow their
        // records, or the first run on the new data would call every finding new.
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("register.csv"));
        const QString project = dir.filePath(QStringLiteral("review.plumbline"));
        writeFile(source, "reference,ward\nA1, North\nA2,South\nA3,East \n");
        ValidationSetup setup;
        setup.packs << QStringLiteral("structure");
        setup.threads = 1;
        NullProgress progress;
        std::uint64_t firstTotal = 0;
        {
            Document document(read(source));
            document.setValidationSetup(setup);
            auto session = ProjectSession::forDocument(&document, QStringLiteral("ann"));
            QVERIFY(!session->saveTo(project, progress));
            QVERIFY(!session->setValidationSetup(setup));
            QVERIFY(document.validateNow(progress));
            auto run = session->recordRun();
            QVERIFY(run);
            firstTotal = run.value().total;
            QVERIFY(firstTotal >= 2); // the spaces around North and East
            session->close();
        }
        // Reordered: A1's space fixed upstream, A3's kept (its record id changes from 2 to 1), A4 new with one.
        writeFile(source, "reference,ward\nA4,West \nA3,East \nA1,North\n");
        auto result = reimportProject(project, ReimportOptions{}, progress);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        auto reopened = ProjectSession::open(project, QStringLiteral("bob"), progress);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
        ProjectSession& session = *reopened.value();
        session.document()->setValidationSetup(session.validationSetup());
        QVERIFY(session.document()->validateNow(progress));
        auto run = session.recordRun();
        QVERIFY(run);
        QVERIFY(!run.value().first);
        QCOMPARE(run.value().total, firstTotal);
        QCOMPARE(run.value().newCount, std::uint64_t(1));      // A4
        QCOMPARE(run.value().resolvedCount, std::uint64_t(1)); // A1
    }

    void aProjectLeftByACrashIsReimportedWhole()
    {
        // A session killed mid-way leaves its last edits in the write-ahead log beside the project. Re-importing in
        // place must carry them over and must not leave that log beside the new file (SQLite would replay it
        // into the new database and damage it).
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("register.csv"));
        const QString live = dir.filePath(QStringLiteral("live.plumbline"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.plumbline"));
        writeFile(source, "reference,ward\nA1,North\nA2,South\n");
        Document document(read(source));
        auto session = ProjectSession::forDocument(&document, QStringLiteral("ann"));
        NullProgress progress;
        QVERIFY(!session->saveTo(live, progress));
        for (int i = 0; i < 50; ++i)
            QVERIFY(document.setCell(0, RecordId(i % 2), 1, "edit " + std::to_string(i)));
        // The files as a crash leaves them: the log is not folded into the database.
        QVERIFY(QFile::exists(live + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(live, crashed));
        QVERIFY(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        session->close();

        writeFile(source, "reference,ward\nA2,South\nA1,North\nA3,East\n");
        auto result = reimportProject(crashed, ReimportOptions{}, progress);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result.value().plan.cellsReapplied, std::size_t(2));
        auto reopened = ProjectSession::open(crashed, QStringLiteral("bob"), progress);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
        QCOMPARE(cellOf(reopened.value()->document()->table(0), QStringLiteral("A1"), QStringLiteral("ward")),
                 QStringLiteral("edit 48"));
        QCOMPARE(cellOf(reopened.value()->document()->table(0), QStringLiteral("A2"), QStringLiteral("ward")),
                 QStringLiteral("edit 49"));
        QCOMPARE(reopened.value()->document()->table(0).rowCount(), std::size_t(3));
    }

    void aMissingSourceIsRefused()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("register.csv"));
        const QString project = dir.filePath(QStringLiteral("review.plumbline"));
        writeFile(source, "reference,ward\nA1,North\n");
        {
            Document document(read(source));
            auto session = ProjectSession::forDocument(&document, QStringLiteral("ann"));
            NullProgress progress;
            QVERIFY(!session->saveTo(project, progress));
        }
        QVERIFY(QFile::remove(source));
        NullProgress progress;
        // The sentence names the way to choose another file only as the caller gives it (the CLI's option, the
        // window's menu), never one the user cannot use.
        auto result = reimportProject(project, ReimportOptions{}, progress);
        QVERIFY(!result);
        QCOMPARE(result.error().message, QStringLiteral("The source file is not there. Nothing was changed."));
        ReimportOptions cli;
        cli.sourceHint = QStringLiteral("name the file to import with --source");
        result = reimportProject(project, cli, progress);
        QVERIFY(!result);
        QCOMPARE(result.error().message,
                 QStringLiteral("The source file is not there; name the file to import with --source. Nothing was "
                                "changed."));
    }
};

QTEST_GUILESS_MAIN(TestProjectReimport)
#include "tst_project_reimport.moc"
