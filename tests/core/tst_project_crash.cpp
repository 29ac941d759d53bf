// Crash safety: a child process works in a project and is killed (SIGKILL) mid-session and mid-way through a
// 50,000-cell fix; the reopened project must hold every edit the child had finished, and the bulk fix wholly or
// not at all. The child is this executable started with --child.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "project/project_session.h"
#include "sample/planning_sample_generator.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <cstdio>
#include <cstring>

using namespace plumbline;

namespace {

constexpr int kRows = 60000;
constexpr int kBulkCells = 50000;

std::shared_ptr<Dataset> sample()
{
    PlanningSampleOptions options;
    options.rows = kRows;
    options.seed = 3;
    options.defectRate = 0.05;
    NullProgress progress;
    auto result =
        readCsvBytes(generatePlanningSample(options), QStringLiteral("crash.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("sample does not parse");
    return std::make_shared<Dataset>(std::move(result).value());
}

/// The value the session's step i writes (deterministic, so the parent knows what each step did).
std::string stepValue(int step)
{
    return "edit " + std::to_string(step);
}

RecordId stepRecord(int step)
{
    return RecordId((step * 7919) % kRows);
}

/// The child: opens the project, makes single-cell edits (printing "done i" after each returns, i.e. after its
/// transaction committed), then with "bulk" a 50,000-cell fix in one command, printing "bulk start" before it,
/// then more single edits. Never returns normally while the parent waits: it is killed.
int runChild(const QString& path, int edits, bool bulk)
{
    NullProgress progress;
    auto session = ProjectSession::open(path, QStringLiteral("child"), progress);
    if (!session) {
        std::fprintf(stdout, "error %s\n", qPrintable(session.error().toString()));
        return 2;
    }
    Document& doc = *session.value()->document();
    std::fprintf(stdout, "open\n");
    std::fflush(stdout);
    for (int i = 0; i < edits; ++i) {
        doc.setCell(0, stepRecord(i), 1, stepValue(i));
        if (i % 5 == 4)
            doc.undoStack()->undo(); // undo is journaled too
        if (i % 5 == 4)
            doc.undoStack()->redo();
        std::fprintf(stdout, "done %d\n", i);
        std::fflush(stdout);
    }
    if (bulk) {
        CellChanges changes;
        changes.reserve(kBulkCells);
        for (int r = 0; r < kBulkCells; ++r)
            changes.push_back({RecordId(r), 2, "bulk"});
        std::fprintf(stdout, "bulk start\n");
        std::fflush(stdout);
        doc.applyChanges(0, changes, QStringLiteral("Fix 50,000 cells"));
        std::fprintf(stdout, "bulk done\n");
        std::fflush(stdout);
    }
    for (;;) { // keep editing until killed
        static int i = edits;
        doc.setCell(0, stepRecord(i), 1, stepValue(i));
        std::fprintf(stdout, "done %d\n", i);
        std::fflush(stdout);
        ++i;
    }
}

/// Reads the child's lines until one starting with prefix arrives; the last "done" number seen goes to done.
bool waitFor(QProcess& child, const QByteArray& prefix, int* done)
{
    if (!child.waitForStarted(30000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("done "))
                *done = line.mid(5).toInt();
            if (line.startsWith("error"))
                qWarning("%s", line.constData());
            if (line.startsWith(prefix))
                return true;
        }
        if (child.state() != QProcess::Running) {
            qWarning("the child stopped: %s", child.readAllStandardError().constData());
            return false;
        }
        child.waitForReadyRead(100);
    }
    return false;
}

void killChild(QProcess& child)
{
    child.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
}

} // namespace

class TestProjectCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidSessionLosesNoFinishedEdit();
    void killedMidBulkFixKeepsAllOrNothing_data();
    void killedMidBulkFixKeepsAllOrNothing();

private:
    QString freshProject(const QString& name);
    QTemporaryDir m_dir;
    std::shared_ptr<Dataset> m_sample;
};

void TestProjectCrash::initTestCase()
{
    m_sample = sample();
}

QString TestProjectCrash::freshProject(const QString& name)
{
    const QString path = m_dir.filePath(name);
    Document doc(std::make_shared<Dataset>(*m_sample));
    auto session = ProjectSession::forDocument(&doc, QStringLiteral("tester"));
    NullProgress progress;
    if (auto failed = session->saveTo(path, progress))
        qFatal("save failed: %s", qPrintable(failed->toString()));
    session->close();
    return path;
}

void TestProjectCrash::killedMidSessionLosesNoFinishedEdit()
{
    const QString path = freshProject(QStringLiteral("session.plumbline"));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), path, QStringLiteral("40"), QStringLiteral("nobulk")});
    int done = -1;
    QVERIFY(waitFor(child, "done 60", &done));
    killChild(child);
    // done now holds the last edit the child finished before the kill (it may have made more).
    NullProgress progress;
    auto session = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QVERIFY2(session, session ? "" : qPrintable(session.error().toString()));
    QVERIFY(session.value()->isSaved());
    Document& doc = *session.value()->document();
    const Table& t = doc.table(0);
    int last = -1;
    for (int i = 0; i < 100000; ++i) {
        const auto row = t.rowOf(stepRecord(i));
        if (row < 0 || t.cellText(std::size_t(row), 1) != QString::fromStdString(stepValue(i)))
            break;
        last = i;
    }
    QVERIFY2(last >= done,
             qPrintable(QStringLiteral("child finished edit %1, project has up to %2").arg(done).arg(last)));
    // The undo history came back too: one command per edit, all in effect.
    QCOMPARE(doc.undoStack()->count(), last + 1);
    QCOMPARE(doc.undoStack()->index(), last + 1);
    doc.undoStack()->setIndex(0);
    QCOMPARE(t.cellText(std::size_t(t.rowOf(stepRecord(0))), 1),
             m_sample->tables[0]->cellText(std::size_t(stepRecord(0)), 1));
}

void TestProjectCrash::killedMidBulkFixKeepsAllOrNothing_data()
{
    QTest::addColumn<int>("delayMs");
    for (int delay : {0, 20, 150, 400, 1000, 3000})
        QTest::addRow("kill %d ms into the fix", delay) << delay;
}

void TestProjectCrash::killedMidBulkFixKeepsAllOrNothing()
{
    QFETCH(int, delayMs);
    const QString path = freshProject(QStringLiteral("bulk-%1.plumbline").arg(delayMs));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), path, QStringLiteral("10"), QStringLiteral("bulk")});
    int done = -1;
    QVERIFY(waitFor(child, "bulk start", &done));
    QCOMPARE(done, 9);
    if (delayMs > 0)
        QThread::msleep(delayMs);
    killChild(child);
    NullProgress progress;
    auto session = ProjectSession::open(path, QStringLiteral("tester"), progress);
    QVERIFY2(session, session ? "" : qPrintable(session.error().toString()));
    const Table& t = session.value()->document()->table(0);
    std::size_t bulk = 0;
    for (int r = 0; r < kBulkCells; ++r)
        bulk += t.cellText(std::size_t(t.rowOf(RecordId(r))), 2) == QLatin1String("bulk");
    QVERIFY2(bulk == 0 || bulk == std::size_t(kBulkCells), qPrintable(QStringLiteral("%1 cells of the fix").arg(bulk)));
    const int expected = 10 + (bulk ? 1 : 0);
    QVERIFY(session.value()->document()->undoStack()->count() >= expected);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(t.cellText(std::size_t(t.rowOf(stepRecord(i))), 1), QString::fromStdString(stepValue(i)));
    qInfo("bulk fix %s after the kill", bulk ? "complete" : "absent");
}

int main(int argc, char** argv)
{
    if (argc == 5 && std::strcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]), std::strcmp(argv[4], "bulk") == 0);
    }
    QCoreApplication app(argc, argv);
    TestProjectCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_project_crash.moc"
