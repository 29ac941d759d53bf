// BackgroundTask, the threading idiom the loader, the validation and the export share: results arrive on the
// object's thread, progress is forwarded, cancel() and a newer start() drop a late result, a worker that returns
// without a result counts as canceled, and a first stage keeps the task running until the next one ends.
#include "core/background_task.h"

#include <QPromise>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace plumbline;

namespace {

/// Reports 250 and 1000 permille and hands back value.
void counting(QPromise<int>& promise, int value)
{
    promise.setProgressRange(0, 1000);
    promise.setProgressValue(250);
    promise.setProgressValue(1000);
    promise.addResult(value);
}

/// A worker that has started and waits to be let go.
struct Gate
{
    QSemaphore started;
    QSemaphore open;
};

/// Says it has started, waits until the gate opens, then returns value unless canceled (as the readers poll).
void gated(QPromise<int>& promise, std::shared_ptr<Gate> gate, int value)
{
    gate->started.release();
    gate->open.acquire();
    if (promise.isCanceled())
        return;
    promise.addResult(value);
}

/// Returns without a result, as a worker that noticed cancellation does.
void quitting(QPromise<int>&) {}

} // namespace

class TestBackgroundTask : public QObject
{
    Q_OBJECT
private slots:
    void deliversTheResultOnItsThreadWithProgress()
    {
        BackgroundTask task;
        QSignalSpy progress(&task, &BackgroundTask::progressChanged);
        QSignalSpy canceled(&task, &BackgroundTask::canceled);
        int result = 0;
        bool runningInHandler = true;
        QThread* handlerThread = nullptr;
        task.start(
            [&](int value) {
                result = value;
                runningInHandler = task.isRunning();
                handlerThread = QThread::currentThread();
            },
            counting, 42);
        QVERIFY(task.isRunning());
        QTRY_COMPARE(result, 42);
        QCOMPARE(handlerThread, QThread::currentThread());
        QVERIFY(!runningInHandler);
        QVERIFY(!task.isRunning());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 1000);
        QCOMPARE(canceled.count(), 0);
        QTRY_VERIFY(!task.isWorkerRunning());
    }

    void plainFunctionsWork()
    {
        BackgroundTask task;
        QString result;
        task.start([&](const QString& value) { result = value; }, [] { return QStringLiteral("done"); });
        QTRY_COMPARE(result, QStringLiteral("done"));
    }

    void workersRunOnTheirOwnPoolNotQtsGlobalOne()
    {
        // Qt's raster engine waits on the GUI thread for fills it spreads over the global pool: our workers there
        // would hold up every repaint until they finish.
        BackgroundTask task;
        int where = -1;
        task.start([&](int value) { where = value; },
                   [] {
                       const QThread* self = QThread::currentThread();
                       return (backgroundPool()->contains(self) ? 1 : 0) |
                              (QThreadPool::globalInstance()->contains(self) ? 2 : 0);
                   });
        QTRY_COMPARE(where, 1);
    }

    void cancelSignalsAtOnceAndDropsTheLateResult()
    {
        BackgroundTask task;
        QSignalSpy canceled(&task, &BackgroundTask::canceled);
        auto gate = std::make_shared<Gate>();
        int results = 0;
        task.start([&](int) { ++results; }, gated, gate, 1);
        gate->started.acquire(); // a worker canceled before it starts never runs at all
        const quint64 generation = task.generation();
        task.cancel();
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!task.isRunning());
        QVERIFY(task.generation() > generation);
        QVERIFY(task.isWorkerRunning());
        gate->open.release();
        QTRY_VERIFY(!task.isWorkerRunning());
        QTest::qWait(20);
        QCOMPARE(results, 0);
        QCOMPARE(canceled.count(), 1);
        task.cancel(); // idle: nothing to say
        QCOMPARE(canceled.count(), 1);
    }

    void aNewerStartSupersedesSilently()
    {
        BackgroundTask task;
        QSignalSpy canceled(&task, &BackgroundTask::canceled);
        auto gate = std::make_shared<Gate>();
        QList<int> results;
        task.start([&](int value) { results << value; }, gated, gate, 1);
        task.start([&](int value) { results << value; }, counting, 2);
        gate->open.release();
        QTRY_COMPARE(results, QList<int>{2});
        QTRY_VERIFY(!task.isWorkerRunning());
        QTest::qWait(20);
        QCOMPARE(results, QList<int>{2});
        QCOMPARE(canceled.count(), 0);
    }

    void abandonDropsWithoutASignal()
    {
        BackgroundTask task;
        QSignalSpy canceled(&task, &BackgroundTask::canceled);
        auto gate = std::make_shared<Gate>();
        int results = 0;
        task.start([&](int) { ++results; }, gated, gate, 1);
        gate->started.acquire();
        task.abandon();
        QVERIFY(!task.isRunning());
        gate->open.release();
        QTRY_VERIFY(!task.isWorkerRunning());
        QTest::qWait(20);
        QCOMPARE(results, 0);
        QCOMPARE(canceled.count(), 0);
    }

    void aWorkerWithoutAResultCountsAsCanceled()
    {
        BackgroundTask task;
        QSignalSpy canceled(&task, &BackgroundTask::canceled);
        int results = 0;
        task.start([&](int) { ++results; }, quitting);
        QVERIFY(canceled.wait(5000));
        QCOMPARE(results, 0);
        QVERIFY(!task.isRunning());
    }

    void aStageKeepsTheTaskRunningUntilTheNextEnds()
    {
        BackgroundTask task;
        bool runningInStage = false;
        int result = 0;
        task.startStage(
            [&](int first) {
                runningInStage = task.isRunning();
                task.start([&result, first](int second) { result = first + second; }, counting, 2);
            },
            counting, 1);
        QTRY_COMPARE(result, 3);
        QVERIFY(runningInStage);
        QVERIFY(!task.isRunning());
    }

    void cancelInAStageHandlerStopsTheChain()
    {
        BackgroundTask task;
        QSignalSpy canceled(&task, &BackgroundTask::canceled);
        bool stageSeen = false;
        int results = 0;
        task.startStage(
            [&](int) {
                stageSeen = true;
                const quint64 generation = task.generation();
                task.cancel(); // what a receiver of the first stage's news may do
                if (generation == task.generation())
                    task.start([&](int) { ++results; }, counting, 2);
            },
            counting, 1);
        QTRY_VERIFY(stageSeen);
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!task.isRunning());
        QTest::qWait(20);
        QCOMPARE(results, 0);
    }

    void destructionWaitsForItsWorkers()
    {
        auto gate = std::make_shared<Gate>();
        auto finished = std::make_shared<std::atomic<bool>>(false);
        std::unique_ptr<QThread> opener(QThread::create([gate] {
            QThread::msleep(100);
            gate->open.release();
        }));
        {
            BackgroundTask task;
            task.start([](int) {},
                       [gate, finished](QPromise<int>& promise) {
                           gate->started.release();
                           gate->open.acquire();
                           QThread::msleep(20);
                           finished->store(true);
                           promise.addResult(1);
                       });
            gate->started.acquire(); // (one canceled before it starts is never run)
            opener->start();
        } // blocks here until the running worker has returned
        QVERIFY(finished->load());
        opener->wait();
    }
};

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
