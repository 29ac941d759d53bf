// plumbline-cli project reimport and handover export|merge as a user runs them, on a real planning register:
// a changed source re-imported with the edits carried over and the rest listed; two reviewers' projects merged
// (conflicts listed with exit code 1 and nothing changed, then settled with --take).
#include "cli_runner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using plumbline::test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

const char* kRegister = "/planning/example-planning-applications.csv";

} // namespace

class TstCliHandover : public QObject
{
    Q_OBJECT
private slots:
    void helpListsOptions_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("project reimport")
            << QStringList{QStringLiteral("project"), QStringLiteral("reimport")}
            << QStringList{QStringLiteral("--source"), QStringLiteral("--output"), QStringLiteral("--dry-run")};
        QTest::newRow("handover export") << QStringList{QStringLiteral("handover"), QStringLiteral("export")}
                                         << QStringList{QStringLiteral("--output")};
        QTest::newRow("handover merge") << QStringList{QStringLiteral("handover"), QStringLiteral("merge")}
                                        << QStringList{QStringLiteral("--take")};
    }

    void helpListsOptions()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, options);
        const auto run = runCli(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Usage: plumbline-cli " + command.join(u' ').toUtf8()), run.out.constData());
        for (const QString& option : options)
            QVERIFY2(run.out.contains(option.toUtf8()), qPrintable(option));
        QCOMPARE(runCli(command.mid(0, 1)).exitCode, 2); // no subcommand: usage on standard error
    }

    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) == "helpListsOptions")
            return;
        const QString shared = QStringLiteral(PLUMBLINE_SHARED_DATA) + QLatin1String(kRegister);
        if (!QFile::exists(shared))
            QSKIP("the shared planning data is not here (example-planning-applications.csv)");
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("register.csv"));
        QFile::remove(m_csv);
        QVERIFY(writeAll(m_csv, readAll(shared)));
    }

    void reimportCarriesEditsOverAndListsTheRest()
    {
        const QString project = m_dir.filePath(QStringLiteral("review.plumbline"));
        QCOMPARE(runCli({QStringLiteral("export"), m_csv, QStringLiteral("--to"), project}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("fix"), project, QStringLiteral("--apply"), QStringLiteral("safe"),
                         QStringLiteral("--output"), project})
                     .exitCode,
                 0);
        // Upstream: the second record is gone and the third's case date changed; the rest are as they were.
        QList<QByteArray> lines = readAll(m_csv).split('\n');
        const QByteArray gone = lines[2].split(',').value(5);
        lines.removeAt(2);
        QCOMPARE(lines[2].count("24/04/2013"), qsizetype(1));
        lines[2].replace("24/04/2013", "11/04/2013");
        QVERIFY(writeAll(m_csv, lines.join('\n')));

        const auto info = runCli({QStringLiteral("info"), project});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.err.contains("has changed since"), info.err.constData());

        const QByteArray before = readAll(project);
        const auto dry =
            runCli({QStringLiteral("project"), QStringLiteral("reimport"), project, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0 && dry.out.contains("nothing written"), dry.out.constData());
        QCOMPARE(readAll(project), before);

        const auto run = runCli({QStringLiteral("project"), QStringLiteral("reimport"), project});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("records matched by CaseReference"), run.out.constData());
        // Every edit of the gone record is listed as such, and the one date that changed upstream.
        QVERIFY2(run.out.contains(gone + " CaseDate: \xe2\x80\x9c"), run.out.constData());
        QVERIFY(run.out.contains("(row gone)"));
        QVERIFY(run.out.contains("CaseDate: \xe2\x80\x9c"
                                 "24/04/2013\xe2\x80\x9d \xe2\x86\x92 \xe2\x80\x9c"
                                 "2013-04-24\xe2\x80\x9d (old value changed from \xe2\x80\x9c"
                                 "24/04/2013\xe2\x80\x9d to \xe2\x80\x9c"
                                 "11/04/2013\xe2\x80\x9d)"));
        const qsizetype notCarried = run.out.count("(row gone)") + run.out.count("(old value changed");
        QVERIFY(run.out.contains(QByteArray::number(notCarried) + " not carried over"));
        QCOMPARE(dry.out.mid(dry.out.indexOf('\n')), run.out.mid(run.out.indexOf('\n'))); // the preview was true
        const auto after = runCli({QStringLiteral("info"), project});
        QVERIFY2(!after.err.contains("has changed since"), after.err.constData());

        // The project exports the new source with the fixes carried over: the same as fixing it afresh, but for
        // the one date whose old value changed.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.csv"));
        const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
        QCOMPARE(runCli({QStringLiteral("fix"), m_csv, QStringLiteral("--apply"), QStringLiteral("safe"),
                         QStringLiteral("--output"), fresh})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("export"), project, QStringLiteral("--to"), exported}).exitCode, 0);
        const QList<QByteArray> a = readAll(fresh).split('\n');
        const QList<QByteArray> b = readAll(exported).split('\n');
        QCOMPARE(a.size(), b.size());
        int differing = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            differing += a[i] != b[i] ? 1 : 0;
        QCOMPARE(differing, 1);
    }

    void mergeListsConflictsThenSettlesThem()
    {
        const QString base = m_dir.filePath(QStringLiteral("base.plumbline"));
        const QString ann = m_dir.filePath(QStringLiteral("ann.plumbline"));
        const QString bob = m_dir.filePath(QStringLiteral("bob.plumbline"));
        const QString json = m_dir.filePath(QStringLiteral("ann.json"));
        QCOMPARE(runCli({QStringLiteral("export"), m_csv, QStringLiteral("--to"), base}).exitCode, 0);
        QFile::remove(ann);
        QFile::remove(bob);
        QVERIFY(QFile::copy(base, ann));
        QVERIFY(QFile::copy(base, bob));
        // Both fix the classifications' separators differently (whitespace first, or not), so cells conflict.
        QCOMPARE(runCli({QStringLiteral("fix"), ann, QStringLiteral("--apply"), QStringLiteral("safe"),
                         QStringLiteral("--output"), ann})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("fix"), bob, QStringLiteral("--apply"),
                         QStringLiteral("PA-11-iso-date,STR-whitespace"), QStringLiteral("--output"), bob})
                     .exitCode,
                 0);
        const auto exported =
            runCli({QStringLiteral("handover"), QStringLiteral("export"), ann, QStringLiteral("--output"), json});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(readAll(json).contains("\"plumbline_handover\": 1"));

        const QString bobCsv = m_dir.filePath(QStringLiteral("bob.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), bob, QStringLiteral("--to"), bobCsv}).exitCode, 0);
        const QByteArray bobBefore = readAll(bobCsv);
        const auto listed = runCli({QStringLiteral("handover"), QStringLiteral("merge"), bob, json});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.out.contains("conflict(s):"), listed.out.constData());
        QVERIFY(listed.out.contains("Nothing was changed"));
        QCOMPARE(runCli({QStringLiteral("export"), bob, QStringLiteral("--to"), bobCsv}).exitCode, 0);
        QCOMPARE(readAll(bobCsv), bobBefore);

        const auto merged = runCli({QStringLiteral("handover"), QStringLiteral("merge"), bob, json,
                                    QStringLiteral("--take"), QStringLiteral("theirs")});
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QVERIFY2(merged.out.contains("settled as theirs"), merged.out.constData());
        // Taking theirs everywhere gives Ann's data.
        const QString annCsv = m_dir.filePath(QStringLiteral("ann.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), ann, QStringLiteral("--to"), annCsv}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("export"), bob, QStringLiteral("--to"), bobCsv}).exitCode, 0);
        QCOMPARE(readAll(bobCsv), readAll(annCsv));
        // The merge is one step of the audit trail.
        const auto audit = runCli({QStringLiteral("audit"), bob});
        QVERIFY(audit.out.contains("Merge the review of"));
    }

    void badHandoverIsRefusedWithItsPosition()
    {
        const QString project = m_dir.filePath(QStringLiteral("p.plumbline"));
        const QString json = m_dir.filePath(QStringLiteral("bad.json"));
        QCOMPARE(runCli({QStringLiteral("export"), m_csv, QStringLiteral("--to"), project}).exitCode, 0);
        QVERIFY(writeAll(json, "{\n  \"plumbline_handover\": 1,\n  \"edits\": [],\n  \"triage\": [{\"rule\": 5}]\n}"));
        const auto run = runCli({QStringLiteral("handover"), QStringLiteral("merge"), project, json});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("bad.json:4:23: \"rule\" must be a text"), run.err.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TstCliHandover)
#include "tst_cli_handover.moc"
