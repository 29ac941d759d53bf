// plumbline-cli check and packs, run as a process: exit codes for every --fail-on, the JSON, CSV and text
// reports, --output, explicit packs, and usage or I/O errors.
#include "cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kData = QStringLiteral(PLUMBLINE_TEST_DATA "/cli-check/");

using Run = plumbline::test::CliRun;

Run cli(const QStringList& args)
{
    return plumbline::test::runCli(args);
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT
private slots:
    void exitCodeFollowsFailOn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("failOn");
        QTest::addColumn<int>("exitCode");
        // register.csv has one error (decision 'Approve'); clean.csv has none of any severity.
        QTest::newRow("error default") << QStringLiteral("register.csv") << QString() << 1;
        QTest::newRow("never") << QStringLiteral("register.csv") << QStringLiteral("never") << 0;
        QTest::newRow("clean error") << QStringLiteral("clean.csv") << QStringLiteral("error") << 0;
        QTest::newRow("clean notice") << QStringLiteral("clean.csv") << QStringLiteral("notice") << 0;
        QTest::newRow("bad level") << QStringLiteral("clean.csv") << QStringLiteral("fatal") << 2;
    }
    void exitCodeFollowsFailOn()
    {
        QFETCH(QString, file);
        QFETCH(QString, failOn);
        QFETCH(int, exitCode);
        QStringList args{QStringLiteral("check"), kData + file, QStringLiteral("--today"),
                         QStringLiteral("2026-11-26")};
        if (!failOn.isEmpty())
            args << QStringLiteral("--fail-on") << failOn;
        const Run run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
    }

    void jsonReport()
    {
        const Run run =
            cli({QStringLiteral("check"), kData + QStringLiteral("register.csv"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2026-11-26")});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("packs")).toArray().size(), 2);
        QCOMPARE(root.value(QLatin1String("packs")).toArray().at(1).toString(), QStringLiteral("planning-application"));
        QCOMPARE(root.value(QLatin1String("summary"))
                     .toObject()
                     .value(QLatin1String("by_rule"))
                     .toObject()
                     .value(QLatin1String("PA-18-decision"))
                     .toInt(),
                 1);
        QCOMPARE(root.value(QLatin1String("summary"))
                     .toObject()
                     .value(QLatin1String("by_severity"))
                     .toObject()
                     .value(QLatin1String("error"))
                     .toInt(),
                 1);
        const QJsonArray findings = root.value(QLatin1String("findings")).toArray();
        bool found = false;
        for (const auto& f : findings) {
            const QJsonObject o = f.toObject();
            if (o.value(QLatin1String("rule")).toString() != QLatin1String("PA-18-decision"))
                continue;
            found = true;
            QCOMPARE(o.value(QLatin1String("row")).toInt(), 2);
            QCOMPARE(o.value(QLatin1String("record")).toInt(), 1);
            QCOMPARE(o.value(QLatin1String("column")).toString(), QStringLiteral("planning-decision"));
            QCOMPARE(o.value(QLatin1String("value")).toString(), QStringLiteral("Approve"));
            QCOMPARE(o.value(QLatin1String("suggestion")).toString(), QStringLiteral("granted"));
            QVERIFY(o.value(QLatin1String("message"))
                        .toString()
                        .startsWith(QStringLiteral("Row 2 (reference 23/00002/FUL): ")));
        }
        QVERIFY(found);
    }

    void csvAndTextToFiles()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const QString text = dir.filePath(QStringLiteral("out.txt"));
        QCOMPARE(cli({QStringLiteral("check"), kData + QStringLiteral("register.csv"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--output"), csv, QStringLiteral("--fail-on"),
                      QStringLiteral("never")})
                     .exitCode,
                 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QVERIFY(csvBytes.startsWith("rule,severity,table,row,record,column,value,message,suggestion,issue_type\n"));
        QVERIFY(csvBytes.contains("PA-18-decision,error,register,2,1,planning-decision,Approve,"));
        QCOMPARE(
            cli({QStringLiteral("check"), kData + QStringLiteral("register.csv"), QStringLiteral("--output"), text})
                .exitCode,
            1);
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        QVERIFY(textFile.readAll().contains("register.csv: "));
    }

    void explicitPacks()
    {
        // Only the structure pack (always on) and a pack given by path: the planning rules do not run.
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("mine.json"));
        QFile f(pack);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"pack": "mine", "rules": [{"id": "M1", "severity": "warning", "kind": "pattern",
                   "columns": ["reference"], "params": {"pattern": "\\d{2}/\\d{5}/FUL"}, "message": "ref"}]})");
        f.close();
        const Run run = cli({QStringLiteral("check"), kData + QStringLiteral("register.csv"), QStringLiteral("--pack"),
                             pack, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QLatin1String("packs")).toArray().at(0).toString(), QStringLiteral("structure"));
        QCOMPARE(root.value(QLatin1String("packs")).toArray().at(1).toString(), QStringLiteral("mine"));
        QVERIFY(!root.value(QLatin1String("summary"))
                     .toObject()
                     .value(QLatin1String("by_rule"))
                     .toObject()
                     .contains(QLatin1String("PA-18-decision")));
    }

    void usageAndIoErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("check")} << QStringLiteral("missing the file to check");
        QTest::newRow("missing file") << QStringList{QStringLiteral("check"), kData + QStringLiteral("nope.csv")}
                                      << QStringLiteral("nope.csv");
        QTest::newRow("bad format") << QStringList{QStringLiteral("check"), kData + QStringLiteral("clean.csv"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("unknown --format 'xml'");
        QTest::newRow("unknown pack") << QStringList{QStringLiteral("check"), kData + QStringLiteral("clean.csv"),
                                                     QStringLiteral("--pack"), QStringLiteral("nonesuch")}
                                      << QStringLiteral("no built-in rule pack named 'nonesuch'");
        QTest::newRow("invalid pack")
            << QStringList{QStringLiteral("check"), kData + QStringLiteral("clean.csv"), QStringLiteral("--pack"),
                           kData + QStringLiteral("bad-pack.json")}
            << QStringLiteral("$.rules[0].severity: expected one of error, warning, notice, info; got 'fatal'");
        QTest::newRow("unwritable output")
            << QStringList{QStringLiteral("check"), kData + QStringLiteral("clean.csv"), QStringLiteral("--output"),
                           QStringLiteral("/nonexistent-dir/x.json")}
            << QStringLiteral("/nonexistent-dir/x.json: Could not write the file: No such file or directory");
        QTest::newRow("packs invalid") << QStringList{QStringLiteral("packs"), kData + QStringLiteral("bad-pack.json")}
                                       << QStringLiteral("got 'fatal'");
    }
    void usageAndIoErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void packsListsTheBuiltIns()
    {
        const Run run = cli({QStringLiteral("packs")});
        QCOMPARE(run.exitCode, 0);
        for (const char* pack : {"structure (always on)", "planning-application:", "candidates:", "PA-18-decision",
                                 "invalid category value"})
            QVERIFY2(run.out.contains(pack), pack);
        const Run json = cli({QStringLiteral("packs"), QStringLiteral("candidates"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray packs = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(packs.size(), 1);
        QCOMPARE(packs[0].toObject().value(QLatin1String("pack")).toString(), QStringLiteral("candidates"));
        QVERIFY(packs[0].toObject().value(QLatin1String("rules")).toArray().size() > 20);
        QVERIFY(cli({QStringLiteral("packs"), QStringLiteral("--kinds")}).out.contains("similar-names"));
    }

    void helpPerSubcommand()
    {
        for (const char* command : {"check", "packs"}) {
            const Run run = cli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains(QByteArray("Usage: plumbline-cli ") + command));
        }
        QVERIFY(cli({QStringLiteral("check"), QStringLiteral("--help")}).out.contains("--fail-on"));
    }
};

QTEST_APPLESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
