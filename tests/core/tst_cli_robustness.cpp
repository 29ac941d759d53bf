// plumbline-cli against hostile conditions, run as a process: a report that does not fit on the disk, an
// export stopped by SIGTERM, an SQL rule that fails at run time, and formula-like cells on export.
#include "cli_runner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

namespace {

using plumbline::test::CliRun;
using plumbline::test::runCli;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestCliRobustness : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.csv"));
        const CliRun run = runCli({QStringLiteral("sample"), QStringLiteral("planning"), QStringLiteral("--rows"),
                                   QStringLiteral("3000"), QStringLiteral("--defect-rate"), QStringLiteral("0.5"),
                                   QStringLiteral("--out"), m_sample});
        QCOMPARE(run.exitCode, 0);
    }

    void aReportThatDoesNotFitNamesTheReason()
    {
        // A full disk used to give "Unknown error". A file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) makes
        // write(2) fail the same way, with EFBIG instead of ENOSPC: the system's reason must reach the user.
        QTemporaryDir out;
        const QString report = out.filePath(QStringLiteral("report.txt"));
        QProcess process;
        process.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{64 * 1024, 64 * 1024};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(QStringLiteral(PLUMBLINE_CLI),
                      {QStringLiteral("check"), m_sample, QStringLiteral("--output"), report});
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(QLatin1String("File too large")), qPrintable(err));
        QVERIFY2(err.contains(report), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("Unknown error")), qPrintable(err));
        QCOMPARE(filesIn(out.path()), QStringList()); // neither the report nor a temporary file is left

        const CliRun fits = runCli({QStringLiteral("check"), m_sample, QStringLiteral("--output"), report});
        QCOMPARE(fits.exitCode, 1); // the sample has errors
        QVERIFY(readAll(report).size() > 64 * 1024);
    }

    void anExportStoppedBySigtermLeavesNoTemporaryFile()
    {
        // XLSX export writes a temporary file beside the target (libxlsxwriter needs a name) and renames it.
        QTemporaryDir out;
        const QString big = out.filePath(QStringLiteral("big.csv"));
        QCOMPARE(runCli({QStringLiteral("sample"), QStringLiteral("planning"), QStringLiteral("--rows"),
                         QStringLiteral("300000"), QStringLiteral("--out"), big})
                     .exitCode,
                 0);
        const QString target = out.filePath(QStringLiteral("big.xlsx"));
        QProcess process;
        process.start(QStringLiteral(PLUMBLINE_CLI), {QStringLiteral("export"), big, QStringLiteral("--to"), target});
        QVERIFY(process.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        bool sawTemporary = false;
        while (!sawTemporary && process.state() == QProcess::Running && clock.elapsed() < 120000) {
            const QStringList files = filesIn(out.path());
            sawTemporary = std::any_of(files.begin(), files.end(),
                                       [](const QString& f) { return f.endsWith(QLatin1String(".tmp")); });
            if (!sawTemporary)
                QTest::qWait(5);
        }
        QVERIFY2(sawTemporary, "the export ended before its temporary file was seen");
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // ended by the signal, as before
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("big.csv")});
    }

    void anSqlRuleThatFailsIsAnError()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("n.csv"));
        writeAll(data, "n\n1\n-9223372036854775808\n");
        const QString pack = dir.filePath(QStringLiteral("sql.json"));
        writeAll(pack, R"({"pack": "sqltest", "rules": [{"id": "SQL-ABS", "severity": "warning", "columns": ["n"],
            "kind": "sql", "params": {"where": "abs(CAST(n AS INTEGER)) > 5"}, "message": "big {value}"}]})");
        const CliRun run = runCli({QStringLiteral("check"), data, QStringLiteral("--pack"), pack,
                                   QStringLiteral("--fail-on"), QStringLiteral("never")});
        QCOMPARE(run.exitCode, 2); // was 0, with no findings and no word
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QLatin1String("rule SQL-ABS")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("integer overflow")), qPrintable(err));
    }

    void exportNeutralisesFormulasOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("neutralise");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("default: as they are") << false << QByteArray("a,b\n=1+1,-3\n@x,ok\n");
        QTest::newRow("--neutralise-formulas") << true << QByteArray("a,b\n'=1+1,-3\n'@x,ok\n");
    }

    void exportNeutralisesFormulasOnlyWhenAsked()
    {
        QFETCH(bool, neutralise);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("in.csv"));
        writeAll(data, "a,b\n=1+1,-3\n@x,ok\n");
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QStringList args{QStringLiteral("export"), data, QStringLiteral("--to"), out};
        if (neutralise)
            args << QStringLiteral("--neutralise-formulas");
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readAll(out), expected);
    }

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

QTEST_GUILESS_MAIN(TestCliRobustness)
#include "tst_cli_robustness.moc"
