// Findings reports byte for byte: plumbline-cli check writes tests/data/reports/<fixture>.<format>.golden for
// each fixture and format. The fixtures hold what makes report writing hard: control characters, CR and LF in
// values, invisible characters in the key, quotes and commas, long values, placeholders inside values, 4-byte
// UTF-8, JSON records with their own ids. Set PLUMBLINE_UPDATE_GOLDEN=1 to rewrite the golden files from the
// current output, then review the diff.
#include "cli_runner.h"

#include <QFile>
#include <QtTest>

namespace {

const QString kDir = QStringLiteral(PLUMBLINE_TEST_DATA "/reports");

} // namespace

class TstReportGolden : public QObject
{
    Q_OBJECT
private slots:
    void matchesGolden_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("golden");
        for (const char* fixture : {"register.csv", "popolo.json"}) {
            const QString base = QString::fromLatin1(fixture).section(QLatin1Char('.'), 0, 0);
            for (const char* format : {"json", "csv", "text"}) {
                const QString extension = QString::fromLatin1(format) == QLatin1String("text")
                                              ? QStringLiteral("txt")
                                              : QString::fromLatin1(format);
                QTest::addRow("%s %s", fixture, format) << QString::fromLatin1(fixture) << QString::fromLatin1(format)
                                                        << QStringLiteral("%1.%2.golden").arg(base, extension);
            }
        }
    }

    void matchesGolden()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, format);
        QFETCH(QString, golden);
        // Relative to the fixture's folder, so the report's "file" is the same on every machine.
        const auto run = plumbline::test::runCli({QStringLiteral("check"), fixture, QStringLiteral("--format"), format,
                                                  QStringLiteral("--today"), QStringLiteral("2026-11-30"),
                                                  QStringLiteral("--fail-on"), QStringLiteral("never")},
                                                 kDir);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(kDir + QLatin1Char('/') + golden);
        if (qEnvironmentVariableIsSet("PLUMBLINE_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(run.out);
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray expected = file.readAll();
        if (run.out != expected) {
            // Name the first line that differs rather than dumping both reports.
            const QList<QByteArray> got = run.out.split('\n');
            const QList<QByteArray> want = expected.split('\n');
            for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
                const QByteArray g = got.value(i);
                const QByteArray w = want.value(i);
                if (g != w)
                    QFAIL(qPrintable(QStringLiteral("line %1 differs:\n got: %2\nwant: %3")
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(g), QString::fromUtf8(w))));
            }
        }
        QCOMPARE(run.out.size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(TstReportGolden)
#include "tst_report_golden.moc"
