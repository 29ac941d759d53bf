// Inputs that are not ordinary files: a named pipe (FIFO), a device, a folder. Opening a FIFO for reading blocks
// until another program opens it for writing, and a pipe or device may never end, so every reader must refuse
// them before opening anything, with a message that says what the path is. Each case runs on a worker thread
// with a deadline; should a reader block, the test opens the FIFO for writing itself so the worker can finish,
// and fails.
#include "checks/check.h"
#include "io/dataset_reader.h"
#include "io/json/json_reader.h"
#include "io/xlsx/xlsx_reader.h"
#include "packs/rule_pack_loader.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <fcntl.h>
#include <functional>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace plumbline;

namespace {

constexpr auto kDeadline = std::chrono::seconds(20); // the refusal takes microseconds

/// Runs read on a thread; returns its error message, or a QFAIL-worthy note when it blocked on fifo.
QString refusalOf(const QString& fifo, const std::function<Result<bool>()>& read)
{
    auto future = std::async(std::launch::async, read);
    if (future.wait_for(kDeadline) != std::future_status::ready) {
        // Unblock the reader: a writer that opens and closes at once gives it end of file.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
        if (fd >= 0)
            ::close(fd);
        future.wait();
        return QStringLiteral("BLOCKED");
    }
    const Result<bool> result = future.get();
    return result.ok() ? QStringLiteral("READ") : result.error().message;
}

Result<bool> asBool(const Result<Dataset>& result)
{
    if (!result)
        return result.error();
    return true;
}

} // namespace

class TestSpecialFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readersRefuseAPipe_data();
    void readersRefuseAPipe();
    void aDeviceIsRefused();
    void aRulePackThatIsAPipeIsRefused();
    void theCliRefusesAPipe_data();
    void theCliRefusesAPipe();

private:
    QString makeFifo(const QString& name);
    QTemporaryDir m_dir;
};

void TestSpecialFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestSpecialFiles::makeFifo(const QString& name)
{
    const QString path = QDir(m_dir.path()).filePath(name);
    if (!QFile::exists(path) && ::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        return {};
    return path;
}

void TestSpecialFiles::readersRefuseAPipe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reader");
    QTest::newRow("csv by extension") << QStringLiteral("pipe.csv") << QStringLiteral("dataset");
    QTest::newRow("no extension (sniffed)") << QStringLiteral("pipe") << QStringLiteral("dataset");
    QTest::newRow("xlsx by extension") << QStringLiteral("pipe.xlsx") << QStringLiteral("dataset");
    QTest::newRow("json by extension") << QStringLiteral("pipe.json") << QStringLiteral("dataset");
    QTest::newRow("sqlite by extension") << QStringLiteral("pipe.sqlite") << QStringLiteral("dataset");
    QTest::newRow("datapackage.json") << QStringLiteral("datapackage.json") << QStringLiteral("dataset");
    QTest::newRow("csv reader") << QStringLiteral("pipe.csv") << QStringLiteral("csv");
    QTest::newRow("xlsx reader") << QStringLiteral("pipe.xlsx") << QStringLiteral("xlsx");
    QTest::newRow("json reader") << QStringLiteral("pipe.json") << QStringLiteral("json");
    QTest::newRow("format detection") << QStringLiteral("pipe") << QStringLiteral("detect");
}

void TestSpecialFiles::readersRefuseAPipe()
{
    QFETCH(QString, name);
    QFETCH(QString, reader);
    const QString fifo = makeFifo(name);
    QVERIFY(!fifo.isEmpty());
    const QString message = refusalOf(fifo, [&]() -> Result<bool> {
        NullProgress progress;
        if (reader == QLatin1String("csv"))
            return asBool(readCsvFile(fifo, {}, progress));
        if (reader == QLatin1String("xlsx"))
            return asBool(readXlsxFile(fifo, {}, progress));
        if (reader == QLatin1String("json"))
            return asBool(readJsonFile(fifo, {}, progress));
        if (reader == QLatin1String("detect"))
            return Error{fifo, 0, 0, QStringLiteral("detected as %1 a named pipe").arg(detectFormat(fifo))};
        return asBool(readDataset(fifo, {}, progress));
    });
    QVERIFY2(message != QLatin1String("BLOCKED"), "the reader waited for a writer");
    QVERIFY2(message.contains(QLatin1String("named pipe")), qPrintable(message));
}

void TestSpecialFiles::aDeviceIsRefused()
{
    // /dev/zero never ends: reading it "to the end" would fill memory.
    NullProgress progress;
    const auto result = readDataset(QStringLiteral("/dev/zero"), {}, progress);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("a device")), qPrintable(result.error().message));
    QCOMPARE(result.error().file, QStringLiteral("/dev/zero"));
    const auto folder = readDataset(m_dir.path(), {}, progress);
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(QLatin1String("folder")));
}

void TestSpecialFiles::aRulePackThatIsAPipeIsRefused()
{
    const QString fifo = makeFifo(QStringLiteral("pack.json"));
    QVERIFY(!fifo.isEmpty());
    const QString message = refusalOf(fifo, [&]() -> Result<bool> {
        RulePackLoader loader{CheckEnv{}};
        auto pack = loader.loadFile(fifo);
        if (!pack)
            return pack.error();
        return true;
    });
    QVERIFY2(message.contains(QLatin1String("named pipe")), qPrintable(message));
}

void TestSpecialFiles::theCliRefusesAPipe_data()
{
    QTest::addColumn<QStringList>("args");
    const QString fifo = QDir(m_dir.path()).filePath(QStringLiteral("cli.csv"));
    QTest::newRow("check") << QStringList{QStringLiteral("check"), fifo};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), fifo, QStringLiteral("--to"),
                                           QDir(m_dir.path()).filePath(QStringLiteral("out.csv"))};
    QTest::newRow("info") << QStringList{QStringLiteral("info"), fifo};
    QTest::newRow("check --pack") << QStringList{QStringLiteral("check"),
                                                 QStringLiteral(PLUMBLINE_TEST_DATA "/cli-check/clean.csv"),
                                                 QStringLiteral("--pack"), fifo};
}

void TestSpecialFiles::theCliRefusesAPipe()
{
    QFETCH(QStringList, args);
    const QString fifo = makeFifo(QStringLiteral("cli.csv"));
    QVERIFY(!fifo.isEmpty());
    QProcess process;
    process.start(QStringLiteral(PLUMBLINE_CLI), args);
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("plumbline-cli waited for a writer on the named pipe");
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("named pipe")), qPrintable(err));
    QVERIFY2(err.contains(fifo), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestSpecialFiles)
#include "tst_special_files.moc"
