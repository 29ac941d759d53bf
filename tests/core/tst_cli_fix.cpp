// plumbline-cli fix, run as a process: golden files per quick fix (tests/data/fix/<case>: input.csv, args, the
// expected output file and summary), refusals, --dry-run, --format json, and the real planning files.
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kData = QStringLiteral(PLUMBLINE_TEST_DATA "/fix/");
const QString kToday = QStringLiteral("2026-11-26");

using Run = plumbline::test::CliRun;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList caseArgs(const QString& dir)
{
    QStringList args;
    for (const QByteArray& line : readAll(dir + QStringLiteral("/args")).split('\n'))
        if (!line.isEmpty())
            args << QString::fromUtf8(line);
    return args;
}

/// Which findings of rule a check of file reports, as JSON rows.
int countFindings(const QString& file, const QString& pack, const QString& rule)
{
    const Run run =
        plumbline::test::runCli({QStringLiteral("check"), file, QStringLiteral("--pack"), pack,
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--fail-on"),
                                 QStringLiteral("never"), QStringLiteral("--today"), kToday});
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    return root.value(QLatin1String("summary"))
        .toObject()
        .value(QLatin1String("by_rule"))
        .toObject()
        .value(rule)
        .toInt();
}

} // namespace

class TestCliFix : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(kData).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 7);
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << kData + name;
    }
    void golden()
    {
        // Each case: the rows the fixes touch are rewritten, every other row is copied byte for byte (CRLF, odd
        // quoting), and the summary names the cells changed per rule.
        QFETCH(QString, dir);
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("out.csv"));
        const Run run = plumbline::test::runCli(
            QStringList{QStringLiteral("fix"), dir + QStringLiteral("/input.csv")} + caseArgs(dir) +
            QStringList{QStringLiteral("--output"), out, QStringLiteral("--today"), kToday});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray expected = readAll(dir + QStringLiteral("/expected.csv"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(readAll(out), expected);
        const QByteArray summary = readAll(dir + QStringLiteral("/expected.txt"));
        QCOMPARE(QString::fromUtf8(run.out).replace(out, QStringLiteral("OUT")), QString::fromUtf8(summary));
    }

    void refusesRulesThatNeedJudgement_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        // A candidate's name is as registered: a title in it is reported, and nothing proposes another name.
        QTest::newRow("honorific") << QStringLiteral("candidates-safe") << QStringLiteral("candidates")
                                   << QStringLiteral("NAME-02-honorific") << QStringLiteral("no quick fix");
        QTest::newRow("hectares") << QStringLiteral("separator") << QStringLiteral("planning-application")
                                  << QStringLiteral("PA-31-hectares") << QStringLiteral("need judgement");
        QTest::newRow("action only") << QStringLiteral("separator") << QStringLiteral("planning-application")
                                     << QStringLiteral("PA-05-unique-reference") << QStringLiteral("no quick fix");
        QTest::newRow("unknown rule") << QStringLiteral("separator") << QStringLiteral("planning-application")
                                      << QStringLiteral("PA-99-nothing") << QStringLiteral("no rule 'PA-99-nothing'");
    }
    void refusesRulesThatNeedJudgement()
    {
        QFETCH(QString, input);
        QFETCH(QString, pack);
        QFETCH(QString, rule);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("out.csv"));
        const Run run = plumbline::test::runCli({QStringLiteral("fix"), kData + input + QStringLiteral("/input.csv"),
                                                 QStringLiteral("--pack"), pack, QStringLiteral("--apply"), rule,
                                                 QStringLiteral("--output"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void dryRunWritesNothing()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("out.csv"));
        const Run run = plumbline::test::runCli(
            {QStringLiteral("fix"), kData + QStringLiteral("codelist-synonym/input.csv"), QStringLiteral("--pack"),
             QStringLiteral("planning-application"), QStringLiteral("--apply"), QStringLiteral("PA-18-decision"),
             QStringLiteral("--output"), out, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QFile::exists(out));
        QVERIFY2(run.out.startsWith("Would change 3 cells"), run.out.constData());
        QVERIFY2(run.out.contains("row 2 (23/00002/FUL), planning-decision: 'Approve' -> 'granted'"),
                 run.out.constData());
    }

    void jsonSummary()
    {
        const Run run = plumbline::test::runCli(
            {QStringLiteral("fix"), kData + QStringLiteral("candidates-safe/input.csv"), QStringLiteral("--pack"),
             QStringLiteral("candidates"), QStringLiteral("--apply"), QStringLiteral("safe"),
             QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("dry_run")).toBool(), true);
        QVERIFY(root.value(QLatin1String("output")).isNull());
        const QJsonObject byRule = root.value(QLatin1String("by_rule")).toObject();
        QCOMPARE(byRule.value(QLatin1String("ID-02-wikidata")).toInt(), 2);
        QCOMPARE(byRule.value(QLatin1String("VOC-02-email")).toInt(), 1);
        // The glued addresses wait for a person; the title in a candidate's name is no fix at all (the name is as
        // registered).
        const QJsonObject left = root.value(QLatin1String("needs_judgement")).toObject();
        QCOMPARE(left.value(QLatin1String("VOC-02-email")).toInt(), 1);
        QVERIFY(!left.contains(QLatin1String("NAME-02-honorific")));
        int total = 0;
        for (const auto& v : byRule)
            total += v.toInt();
        QCOMPARE(root.value(QLatin1String("cells_changed")).toInt(), total);
    }

    void realPlanningRegister()
    {
        // The LGA example register: 24 decisions 'Approve' become 'granted', and the re-check finds none left.
        const QString file = QStringLiteral(PLUMBLINE_SHARED_DATA "/planning/example-planning-applications.csv");
        if (!QFile::exists(file))
            QSKIP("the shared planning data (example-planning-applications.csv) is not on this machine");
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("fixed.csv"));
        QCOMPARE(countFindings(file, QStringLiteral("planning-application"), QStringLiteral("PA-18-decision")), 24);
        const Run run = plumbline::test::runCli({QStringLiteral("fix"), file, QStringLiteral("--pack"),
                                                 QStringLiteral("planning-application"), QStringLiteral("--apply"),
                                                 QStringLiteral("PA-18-decision"), QStringLiteral("--output"), out,
                                                 QStringLiteral("--today"), kToday});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("Changed 24 cells"), run.out.constData());
        QCOMPARE(countFindings(out, QStringLiteral("planning-application"), QStringLiteral("PA-18-decision")), 0);
        // Only the decision changed: every line but the decisions' is as it was.
        const QList<QByteArray> before = readAll(file).split('\n');
        const QList<QByteArray> after = readAll(out).split('\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (before[i] != after[i]) {
                ++changed;
                QCOMPARE(QByteArray(after[i]).replace(",granted,", ",Approve,"), before[i]);
            }
        QCOMPARE(changed, 24);
    }
};

QTEST_GUILESS_MAIN(TestCliFix)
#include "tst_cli_fix.moc"
