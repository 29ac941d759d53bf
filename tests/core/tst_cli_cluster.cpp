// plumbline-cli cluster as a user runs it: text and JSON output, the table chosen from the column, exit 2 with
// the columns listed for an unknown column, the tables named for an ambiguous one, bad options refused.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using plumbline::test::runCli;

class TstCliCluster : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("people.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,gender\nAnn,male\nBob,Male\nCy,female\nDi,MALE \nEd,male\nFay,Female\nGus,\n");
    }

    void text()
    {
        const auto run =
            runCli({QStringLiteral("cluster"), m_csv, QStringLiteral("--column"), QStringLiteral("gender")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QStringLiteral("people · gender · fingerprint: 7 rows, 5 distinct values, 2 clusters")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("1. 4 rows, 3 values → suggested \"male\"")));
        QVERIFY(out.contains(QLatin1String("\"MALE \"")));
    }

    void json()
    {
        const auto run = runCli({QStringLiteral("cluster"), m_csv, QStringLiteral("--column"), QStringLiteral("gender"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QLatin1String("method")).toString(), QStringLiteral("fingerprint"));
        QCOMPARE(root.value(QLatin1String("distinctValues")).toInt(), 5);
        const QJsonArray clusters = root.value(QLatin1String("clusters")).toArray();
        QCOMPARE(clusters.size(), 2);
        const QJsonObject first = clusters[0].toObject();
        QCOMPARE(first.value(QLatin1String("suggested")).toString(), QStringLiteral("male"));
        QCOMPARE(first.value(QLatin1String("rows")).toInt(), 4);
        QCOMPARE(first.value(QLatin1String("values")).toArray()[0].toObject().value(QLatin1String("count")).toInt(), 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column lists the columns")
            << QStringList{QStringLiteral("--column"), QStringLiteral("sex")}
            << QStringLiteral("unknown column 'sex' in people; the columns are: name, gender");
        QTest::newRow("missing column") << QStringList() << QStringLiteral("missing --column");
        QTest::newRow("unknown method") << QStringList{QStringLiteral("--column"), QStringLiteral("gender"),
                                                       QStringLiteral("--method"), QStringLiteral("soundex")}
                                        << QStringLiteral("unknown --method 'soundex'");
        QTest::newRow("radius out of range") << QStringList{QStringLiteral("--column"), QStringLiteral("gender"),
                                                            QStringLiteral("--radius"), QStringLiteral("9")}
                                             << QStringLiteral("--radius expects a number from 1 to 3");
        QTest::newRow("unknown table") << QStringList{QStringLiteral("--column"), QStringLiteral("gender"),
                                                      QStringLiteral("--table"), QStringLiteral("persons")}
                                       << QStringLiteral("unknown table 'persons'; the tables are: people");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto run = runCli(QStringList{QStringLiteral("cluster"), m_csv} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void ambiguousColumnInPopolo()
    {
        const auto run =
            runCli({QStringLiteral("cluster"), QStringLiteral(PLUMBLINE_TEST_DATA "/cluster/merge-popolo.json"),
                    QStringLiteral("--column"), QStringLiteral("name")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is in several tables (persons, persons.other_names, organizations)"),
                 run.err.constData());
        const auto persons =
            runCli({QStringLiteral("cluster"), QStringLiteral(PLUMBLINE_TEST_DATA "/cluster/merge-popolo.json"),
                    QStringLiteral("--column"), QStringLiteral("name"), QStringLiteral("--table"),
                    QStringLiteral("persons"), QStringLiteral("--method"), QStringLiteral("levenshtein")});
        QCOMPARE(persons.exitCode, 0);
        QVERIFY(persons.out.contains("persons · name · levenshtein: 3 rows, 3 distinct values, 0 clusters"));
    }

private:
    QTemporaryDir m_dir;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TstCliCluster)
#include "tst_cli_cluster.moc"
