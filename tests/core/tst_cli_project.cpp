// plumbline-cli with projects as a user runs it: export FILE --to P.plumbline, fix P.plumbline in place (then
// export equals fix FILE --output, byte for byte), check on a project equals check on the file, the audit trail
// as CSV and JSON, the review report's HTML and JSON totals equal check's, bad project files refused (exit 2).
#include "cli_runner.h"
#include "sample/planning_sample_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using plumbline::test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject summaryOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QLatin1String("summary")).toObject();
}

} // namespace

class TstCliProject : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("register.csv"));
        plumbline::PlanningSampleOptions options;
        options.rows = 400;
        options.seed = 5;
        options.defectRate = 0.2;
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(plumbline::generatePlanningSample(options));
        f.close();
        m_project = m_dir.filePath(QStringLiteral("register.plumbline"));
        const auto run = runCli({QStringLiteral("export"), m_csv, QStringLiteral("--to"), m_project});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void checkOnAProjectEqualsCheckOnTheFile()
    {
        const QStringList options{QStringLiteral("--format"),   QStringLiteral("json"),      QStringLiteral("--today"),
                                  QStringLiteral("2025-06-01"), QStringLiteral("--fail-on"), QStringLiteral("never")};
        const auto onFile = runCli(QStringList{QStringLiteral("check"), m_csv} + options);
        const auto onProject = runCli(QStringList{QStringLiteral("check"), m_project} + options);
        QCOMPARE(onFile.exitCode, 0);
        QCOMPARE(onProject.exitCode, 0);
        QVERIFY(summaryOf(onFile.out).value(QLatin1String("total")).toInt() > 0 ||
                !summaryOf(onFile.out).value(QLatin1String("by_rule")).toObject().isEmpty());
        QCOMPARE(summaryOf(onProject.out), summaryOf(onFile.out));
        const QJsonArray a = QJsonDocument::fromJson(onFile.out).object().value(QLatin1String("findings")).toArray();
        const QJsonArray b = QJsonDocument::fromJson(onProject.out).object().value(QLatin1String("findings")).toArray();
        QCOMPARE(b, a);
    }

    void fixInPlaceThenExportEqualsFixOfTheFile()
    {
        const QString project = m_dir.filePath(QStringLiteral("fixed.plumbline"));
        QVERIFY(QFile::copy(m_project, project));
        const QString fromFile = m_dir.filePath(QStringLiteral("from-file.csv"));
        const QString fromProject = m_dir.filePath(QStringLiteral("from-project.csv"));
        const QStringList fix{QStringLiteral("--apply"), QStringLiteral("safe"), QStringLiteral("--today"),
                              QStringLiteral("2025-06-01")};
        auto run = runCli(QStringList{QStringLiteral("fix"), m_csv, QStringLiteral("--output"), fromFile} + fix);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli(QStringList{QStringLiteral("fix"), project, QStringLiteral("--output"), project} + fix);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("export"), project, QStringLiteral("--to"), fromProject});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(readAll(fromFile) != readAll(m_csv)); // the fix changed something
        QCOMPARE(readAll(fromProject), readAll(fromFile));

        // The fixes are in the audit trail, with the rule each value came from.
        run = runCli({QStringLiteral("audit"), project, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).object().value(QLatin1String("rows")).toArray();
        QVERIFY(!rows.isEmpty());
        int withRule = 0;
        for (const auto& row : rows) {
            const QJsonObject o = row.toObject();
            QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("edit"));
            QVERIFY(o.value(QLatin1String("old_value")).toString() != o.value(QLatin1String("new_value")).toString());
            withRule += !o.value(QLatin1String("rule")).toString().isEmpty();
        }
        QVERIFY(withRule > 0);
        run = runCli({QStringLiteral("audit"), project});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("step,time,user,kind,action,rule,table,record,key,column,old_value,new_value"));
        QCOMPARE(run.out.count('\n'), rows.size() + 1);
    }

    void reviewReportAgreesWithCheck()
    {
        const QString html = m_dir.filePath(QStringLiteral("review.html"));
        const QString json = m_dir.filePath(QStringLiteral("review.json"));
        auto run = runCli({QStringLiteral("report"), m_project, QStringLiteral("--today"), QStringLiteral("2025-06-01"),
                           QStringLiteral("--html"), html, QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto check = runCli({QStringLiteral("check"), m_project, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2025-06-01"),
                                   QStringLiteral("--fail-on"), QStringLiteral("never")});
        const QJsonObject checked = summaryOf(check.out);
        const QJsonObject reported = summaryOf(readAll(json));
        QCOMPARE(reported.value(QLatin1String("by_rule")), checked.value(QLatin1String("by_rule")));
        QCOMPARE(reported.value(QLatin1String("by_severity")), checked.value(QLatin1String("by_severity")));
        int total = 0;
        for (const auto& n : checked.value(QLatin1String("by_severity")).toObject())
            total += n.toInt();
        QCOMPARE(reported.value(QLatin1String("total")).toInt(), total);
        QCOMPARE(QJsonDocument::fromJson(readAll(json)).object().value(QLatin1String("findings")).toArray().size(),
                 total);

        // The HTML: self-contained, with the same totals.
        const QString page = QString::fromUtf8(readAll(html));
        QVERIFY(!page.contains(QLatin1String("<script")));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("(src|href)\\s*=\\s*\"(?!#)"))));
        QVERIFY(page.contains(QLatin1String("<svg")));
        const auto number = [&](const QString& id) {
            const auto m = QRegularExpression(QStringLiteral("id=\"%1\"[^>]*>([0-9,]+)<").arg(id)).match(page);
            return m.hasMatch() ? m.captured(1).remove(QLatin1Char(',')).toInt() : -1;
        };
        QCOMPARE(number(QStringLiteral("total")), total);
        const QJsonObject bySeverity = checked.value(QLatin1String("by_severity")).toObject();
        for (auto it = bySeverity.begin(); it != bySeverity.end(); ++it)
            QCOMPARE(number(QStringLiteral("count-%1").arg(it.key())), it.value().toInt());
    }

    void badProjectsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("text") << QByteArray("reference,name\nA,B\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("cut short") << QByteArray("SQLite format 3\0", 16).append(QByteArray(84, '\x01'))
                                   << QStringLiteral("incomplete");
    }

    void badProjectsAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.plumbline"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        for (const QString& command : {QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("audit")}) {
            const auto run = runCli({command, path});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        }
        QCOMPARE(readAll(path), content);
    }

    void changedSourceIsNoted()
    {
        const QString csv = m_dir.filePath(QStringLiteral("changing.csv"));
        const QString project = m_dir.filePath(QStringLiteral("changing.plumbline"));
        QVERIFY(QFile::copy(m_csv, csv));
        QVERIFY(runCli({QStringLiteral("export"), csv, QStringLiteral("--to"), project}).exitCode == 0);
        auto run = runCli({QStringLiteral("info"), project});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains("changed"), run.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::Append));
        f.write("X9,extra\n");
        f.close();
        run = runCli({QStringLiteral("info"), project});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("has changed since"), run.err.constData());
        QVERIFY(QFile::remove(csv));
        run = runCli({QStringLiteral("info"), project});
        QCOMPARE(run.exitCode, 0); // the project keeps its own copy of the data
        QVERIFY2(run.err.contains("no longer there"), run.err.constData());
    }

    void auditNeedsAProject()
    {
        const auto run = runCli({QStringLiteral("audit"), m_csv});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("not a Plumbline project"));
    }

private:
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_project;
};

QTEST_GUILESS_MAIN(TstCliProject)
#include "tst_cli_project.moc"
