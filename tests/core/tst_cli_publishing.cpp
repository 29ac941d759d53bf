// plumbline-cli's publishing commands end to end: check's quality level (text line, JSON object, --fail-below),
// diff between two versions of a register (tests/data/cli-publishing), check --changed-since, and report
// --fix-list. The real registers in ../shared/data/planning are checked when present.
#include "cli_runner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using plumbline::test::runCli;

namespace {

QString data(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/cli-publishing/") + QLatin1String(name);
}

const QString kToday = QStringLiteral("--today=2026-09-01");

} // namespace

class TstCliPublishing : public QObject
{
    Q_OBJECT
private slots:
    void checkPrintsTheQualityLevel()
    {
        const auto run = runCli({QStringLiteral("check"), data("register-2024-06.csv"), kToday});
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(
            out.contains(QLatin1String("Quality: level 2 of 4 (authoritative data from the LPA): 2 'reference values "
                                       "are not unique' errors (PA-05-unique-reference) keep it at level 2")),
            qPrintable(out));
    }

    void checkJsonHasAQualityObject()
    {
        const auto run = runCli({QStringLiteral("check"), data("register-2024-05.csv"), QStringLiteral("--format=json"),
                                 kToday, QStringLiteral("--fail-on=never")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        const QJsonObject quality = o.value(QStringLiteral("quality")).toObject();
        QCOMPARE(quality.value(QStringLiteral("level")).toInt(), 2);
        QCOMPARE(quality.value(QStringLiteral("reasons"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("issue_type"))
                     .toString(),
                 QStringLiteral("reference values are not unique"));
        QVERIFY(o.contains(QStringLiteral("summary")));
        QVERIFY(o.contains(QStringLiteral("findings")));
    }

    void failBelow_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("below") << QStringLiteral("3") << 1;
        QTest::newRow("at") << QStringLiteral("2") << 0;
        QTest::newRow("by name") << QStringLiteral("authoritative") << 0;
        QTest::newRow("unknown") << QStringLiteral("5") << 2;
    }
    void failBelow()
    {
        QFETCH(QString, level);
        QFETCH(int, exitCode);
        const auto run = runCli({QStringLiteral("check"), data("register-2024-05.csv"), kToday,
                                 QStringLiteral("--fail-on=never"), QStringLiteral("--fail-below"), level});
        QCOMPARE(run.exitCode, exitCode);
    }

    void diffText()
    {
        const auto run =
            runCli({QStringLiteral("diff"), data("register-2024-05.csv"), data("register-2024-06.csv"), kToday});
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        for (const char* line : {"6 records before, 7 after: 3 added, 2 removed, 1 changed, 3 unchanged",
                                 "duplicate reference '23/0006/FUL' is on more than one record: new rows 6, 7",
                                 "removed   row 4  reference 23/0004/HOU", "added     row 4  reference 23/0044/HOU",
                                 "changed   row 2 → 3  reference 23/0002/FUL: decision-date '' → '2023-02-30'; "
                                 "planning-decision '' → 'Approve'",
                                 "Findings: 6 new, 2 gone"})
            QVERIFY2(out.contains(QString::fromUtf8(line)), line);
    }

    void diffJsonAndCsv()
    {
        auto run = runCli({QStringLiteral("diff"), data("register-2024-05.csv"), data("register-2024-06.csv"), kToday,
                           QStringLiteral("--format=json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("key")).toArray().first().toString(), QStringLiteral("reference"));
        const QJsonObject findings = o.value(QStringLiteral("findings")).toObject();
        QCOMPARE(findings.value(QStringLiteral("new")).toArray().size(), 6);
        QCOMPARE(findings.value(QStringLiteral("scope")).toString(), QStringLiteral("changed"));
        run = runCli({QStringLiteral("diff"), data("register-2024-05.csv"), data("register-2024-06.csv"),
                      QStringLiteral("--format=csv"), QStringLiteral("--no-findings")});
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("change,key,old_row,new_row,column,old_value,new_value,rule,severity,message"));
        QVERIFY(lines.contains("changed,23/0002/FUL,2,3,planning-decision,,Approve,,,"));
        QCOMPARE(lines.size(), 12);
    }

    void diffOfAFileWithItselfIsEmpty()
    {
        const auto run = runCli({QStringLiteral("diff"), data("register-2024-05.csv"), data("register-2024-05.csv"),
                                 QStringLiteral("--no-findings")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("0 added, 0 removed, 0 changed, 6 unchanged"));
    }

    void diffWithAMissingKeyIsAUsageError()
    {
        const auto run = runCli({QStringLiteral("diff"), data("register-2024-05.csv"), data("register-2024-06.csv"),
                                 QStringLiteral("--key=site")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no column site"), run.err.constData());
    }

    void checkChangedSinceChecksOnlyTheChanges()
    {
        const auto run =
            runCli({QStringLiteral("check"), data("register-2024-06.csv"), QStringLiteral("--changed-since"),
                    data("register-2024-05.csv"), kToday, QStringLiteral("--format=json")});
        const QJsonArray findings =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
        QSet<int> rows;
        for (const auto& f : findings)
            if (!f.toObject().value(QStringLiteral("row")).isNull())
                rows.insert(f.toObject().value(QStringLiteral("row")).toInt());
        QCOMPARE(rows, (QSet<int>{3, 6, 7})); // the changed record and the two added ones with problems
    }

    void reportWritesAFixList()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fix.csv"));
        const auto run =
            runCli({QStringLiteral("report"), data("register-2024-06.csv"), QStringLiteral("--fix-list"), out, kToday});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("fix-summary.csv"))));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("reference,reference — problems,organisation,start-date,decision-date,"
                                        "decision-date — problems,planning-decision,planning-decision — problems"));
        QCOMPARE(runCli({QStringLiteral("report"), data("register-2024-06.csv")}).exitCode, 2);
    }

    /// The real registers: every one gets a quality line, and the brownfield register's geocentric coordinates
    /// hold it at level 2 (invalid coordinates are geometry errors).
    void realRegisters()
    {
        const QDir shared(QStringLiteral(PLUMBLINE_SHARED_DATA "/planning"));
        if (!shared.exists())
            QSKIP("../shared/data/planning is not present: the real registers are not checked");
        for (const auto& name : shared.entryList(QDir::Files)) {
            if (name.endsWith(QLatin1String(".md")))
                continue;
            const auto run = runCli({QStringLiteral("check"), shared.filePath(name), kToday});
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(name));
            QVERIFY2(run.out.contains("\nQuality: level "), qPrintable(name));
            if (name.startsWith(QLatin1String("029cc49a")))
                QVERIFY(run.out.contains("Quality: level 2 of 4 (authoritative data from the LPA): 19 'invalid "
                                         "coordinates' errors"));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliPublishing)
#include "tst_cli_publishing.moc"
