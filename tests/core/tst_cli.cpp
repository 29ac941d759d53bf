// plumbline-cli end to end (info, export, sample), run as a process: output, exit codes and error lines.
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kData = QStringLiteral(PLUMBLINE_TEST_DATA "/cli/");

using Run = plumbline::test::CliRun;

Run cli(const QStringList& args)
{
    return plumbline::test::runCli(args);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject runInfoJson(const QString& path)
{
    const Run run = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("info --json %s failed: %s", qPrintable(path), run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

QStringList columnTypes(const QJsonObject& table)
{
    QStringList types;
    for (const auto& column : table.value(QStringLiteral("columns")).toArray())
        types << column.toObject().value(QStringLiteral("type")).toString();
    return types;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageAndIoErrors_data();
    void usageAndIoErrors();
    void helpListsOptions_data();
    void helpListsOptions();
    void infoText();
    void infoJson_data();
    void infoJson();
    void sampleThenInfo();
    void sampleIsDeterministic();
    void exportWrites_data();
    void exportWrites();
    void exportJson();
    void exportSampleRoundTrip();
    void versionNamesLibraries();
    void hugePageRestart_data();
    void hugePageRestart();
    void installedPacksAreRead();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PLUMBLINE_CLI)));
    QVERIFY(m_dir.isValid());
}

void TestCli::usageAndIoErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("pattern"); // what follows "plumbline-cli: " on the single stderr line

    const QString small = kData + QStringLiteral("small.csv");
    const QString unterminated = kData + QStringLiteral("unterminated.csv");
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    const auto quoted = [](const QString& path) { return QRegularExpression::escape(path); };

    QTest::newRow("info: no file") << QStringList{s("info")} << s("missing the file to describe .*");
    QTest::newRow("info: two files") << QStringList{s("info"), small, small} << s("unexpected argument .*");
    QTest::newRow("info: unknown option")
        << QStringList{s("info"), s("--bogus"), small} << s("Unknown option 'bogus'.*");
    QTest::newRow("info: missing file") << QStringList{s("info"), s("/nonexistent/none.csv")}
                                        << s("/nonexistent/none\\.csv: .+");
    QTest::newRow("info: unterminated quote")
        << QStringList{s("info"), unterminated} << quoted(unterminated) + s(":2:\\d+: .+");
    QTest::newRow("export: no --to") << QStringList{s("export"), small} << s("missing --to OUT .*");
    QTest::newRow("export: --to without value")
        << QStringList{s("export"), small, s("--to")} << s("Missing value after '--to'.*");
    QTest::newRow("export: unknown extension")
        << QStringList{s("export"), small, s("--to"), out + s(".xyz")} << quoted(out + s(".xyz")) + s(": .+");
    QTest::newRow("export: unterminated quote") << QStringList{s("export"), unterminated, s("--to"), out + s(".csv")}
                                                << quoted(unterminated) + s(":2:\\d+: .+");
    QTest::newRow("export: missing source")
        << QStringList{s("export"), s("/nonexistent/none.csv"), s("--to"), out + s(".csv")}
        << s("/nonexistent/none\\.csv: .+");
    QTest::newRow("export: unwritable target")
        << QStringList{s("export"), small, s("--to"), s("/nonexistent/d/o.csv")} << s("/nonexistent/d/o\\.csv: .+");
    QTest::newRow("export: unknown table")
        << QStringList{s("export"), small, s("--to"), out + s(".csv"), s("--table"), s("nope")} << s(".+: .*nope.*");
    QTest::newRow("sample: no --out") << QStringList{s("sample"), s("planning")} << s("missing --out FILE .*");
    QTest::newRow("sample: no kind") << QStringList{s("sample"), s("--out"), out} << s("missing the sample kind .*");
    QTest::newRow("sample: unknown kind")
        << QStringList{s("sample"), s("political"), s("--out"), out} << s("unknown sample kind 'political'.*");
    QTest::newRow("sample: bad rows") << QStringList{s("sample"), s("planning"), s("--rows"),
                                                     s("many"),   s("--out"),    out}
                                      << s("--rows expects .*'many'");
    QTest::newRow("sample: bad rate") << QStringList{s("sample"), s("planning"), s("--defect-rate"),
                                                     s("2"),      s("--out"),    out}
                                      << s("--defect-rate expects .*'2'");
    QTest::newRow("sample: unwritable") << QStringList{s("sample"), s("planning"), s("--rows"),
                                                       s("5"),      s("--out"),    s("/nonexistent/d/s.csv")}
                                        << s("/nonexistent/d/s\\.csv: .+");
}

void TestCli::usageAndIoErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, pattern);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    const QString line = QString::fromUtf8(run.err).trimmed();
    const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("plumbline-cli: ") + pattern));
    QVERIFY2(re.match(line).hasMatch(), qPrintable(line));
}

void TestCli::helpListsOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("info --help") << QStringLiteral("info") << QStringLiteral("--help")
                                 << QStringList{QStringLiteral("--json")};
    QTest::newRow("export --help") << QStringLiteral("export") << QStringLiteral("--help")
                                   << QStringList{QStringLiteral("--to"), QStringLiteral("--normalise"),
                                                  QStringLiteral("--table")};
    QTest::newRow("sample -h") << QStringLiteral("sample") << QStringLiteral("-h")
                               << QStringList{QStringLiteral("--rows"), QStringLiteral("--out"),
                                              QStringLiteral("--seed"), QStringLiteral("--defect-rate")};
}

void TestCli::helpListsOptions()
{
    QFETCH(QString, command);
    QFETCH(QString, flag);
    QFETCH(QStringList, options);
    const Run run = cli({command, flag});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("Usage: plumbline-cli ") + command), qPrintable(text));
    for (const QString& option : options)
        QVERIFY2(text.contains(option), qPrintable(option));
    QVERIFY(text.contains(QLatin1String("--help")));
}

void TestCli::infoText()
{
    const Run run = cli({QStringLiteral("info"), kData + QStringLiteral("small.csv")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QLatin1String("Format:   CSV (UTF-8, no BOM, delimiter ',', LF line endings, header row)")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Size:     167 bytes")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Table \\S+: 4 rows x 5 columns"))), qPrintable(text));
    for (const char* line : {"  1  id          integer", "  2  name        text", "  3  registered  date",
                             "  4  amount      decimal", "  5  notes       text"})
        QVERIFY2(text.contains(QLatin1String(line)), line);
    QVERIFY(text.contains(QLatin1String("Ragged rows: 0   Blank rows: 0   Renamed headers: none")));
}

void TestCli::infoJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("lineEndings");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<int>("ragged");
    QTest::addColumn<int>("blank");
    QTest::addColumn<int>("renamed");
    QTest::newRow("small") << QStringLiteral("small.csv") << QStringLiteral(",") << QStringLiteral("LF") << false << 4
                           << QStringList{QStringLiteral("integer"), QStringLiteral("text"), QStringLiteral("date"),
                                          QStringLiteral("decimal"), QStringLiteral("text")}
                           << 0 << 0 << 0;
    QTest::newRow("semicolon, CRLF, BOM")
        << QStringLiteral("semicolon-crlf-bom.csv") << QStringLiteral(";") << QStringLiteral("CRLF") << true << 2
        << QStringList{QStringLiteral("text"), QStringLiteral("integer")} << 0 << 0 << 0;
    QTest::newRow("ragged, blank row, repeated header")
        << QStringLiteral("ragged.csv") << QStringLiteral(",") << QStringLiteral("LF") << false << 4
        << QStringList{QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("integer"),
                       QStringLiteral("integer")}
        << 2 << 1 << 1;
}

void TestCli::infoJson()
{
    QFETCH(QString, file);
    QFETCH(QString, delimiter);
    QFETCH(QString, lineEndings);
    QFETCH(bool, bom);
    QFETCH(int, rows);
    QFETCH(QStringList, types);
    QFETCH(int, ragged);
    QFETCH(int, blank);
    QFETCH(int, renamed);
    const QString path = kData + file;
    const QJsonObject info = runInfoJson(path);
    QCOMPARE(info.value(QStringLiteral("file")).toString(), path);
    QCOMPARE(info.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(info.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(info.value(QStringLiteral("bom")).toBool(!bom), bom);
    QCOMPARE(info.value(QStringLiteral("delimiter")).toString(), delimiter);
    QCOMPARE(info.value(QStringLiteral("line_endings")).toString(), lineEndings);
    QCOMPARE(info.value(QStringLiteral("header")).toBool(false), true);
    QCOMPARE(info.value(QStringLiteral("size_bytes")).toInteger(), QFileInfo(path).size());
    QVERIFY(info.value(QStringLiteral("load_seconds")).isDouble());
    const QJsonArray tables = info.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonObject table = tables[0].toObject();
    QVERIFY(!table.value(QStringLiteral("name")).toString().isEmpty());
    QCOMPARE(table.value(QStringLiteral("rows")).toInt(), rows);
    QCOMPARE(columnTypes(table), types);
    QCOMPARE(table.value(QStringLiteral("ragged_rows")).toInt(), ragged);
    QCOMPARE(table.value(QStringLiteral("blank_rows")).toInt(), blank);
    QCOMPARE(table.value(QStringLiteral("renamed_headers")).toArray().size(), renamed);
}

void TestCli::sampleThenInfo()
{
    const QString path = m_dir.filePath(QStringLiteral("clean.csv"));
    const Run sample = cli({QStringLiteral("sample"), QStringLiteral("planning"), QStringLiteral("--rows"),
                            QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("3"),
                            QStringLiteral("--defect-rate"), QStringLiteral("0"), QStringLiteral("--out"), path});
    QCOMPARE(sample.exitCode, 0);
    QVERIFY2(sample.err.contains("wrote 2000 rows"), sample.err.constData());
    const QJsonObject info = runInfoJson(path);
    QCOMPARE(info.value(QStringLiteral("size_bytes")).toInteger(), QFileInfo(path).size());
    const QJsonObject table = info.value(QStringLiteral("tables")).toArray().at(0).toObject();
    QCOMPARE(table.value(QStringLiteral("rows")).toInt(), 2000);
    QStringList names;
    for (const auto& column : table.value(QStringLiteral("columns")).toArray())
        names << column.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names.join(QLatin1Char(',')), QString::fromUtf8(readAll(path).split('\n').first()));
    const QStringList types = columnTypes(table);
    const auto typeOf = [&](const char* name) { return types.value(names.indexOf(QLatin1String(name))); };
    QCOMPARE(typeOf("reference"), QStringLiteral("text"));
    QCOMPARE(typeOf("uprn"), QStringLiteral("integer"));
    QCOMPARE(typeOf("ground-area"), QStringLiteral("decimal"));
    QCOMPARE(typeOf("start-date"), QStringLiteral("date"));
    QCOMPARE(typeOf("entry-date"), QStringLiteral("date"));
    QCOMPARE(typeOf("point"), QStringLiteral("text"));
    QCOMPARE(table.value(QStringLiteral("ragged_rows")).toInt(), 0);
    QCOMPARE(table.value(QStringLiteral("blank_rows")).toInt(), 0);
}

void TestCli::sampleIsDeterministic()
{
    const auto make = [&](const QString& name, const QString& rows, const QString& seed) {
        const QString path = m_dir.filePath(name);
        const Run run = cli({QStringLiteral("sample"), QStringLiteral("planning"), QStringLiteral("--rows"), rows,
                             QStringLiteral("--seed"), seed, QStringLiteral("--out"), path});
        return run.exitCode == 0 ? readAll(path) : QByteArray();
    };
    const QByteArray a = make(QStringLiteral("a.csv"), QStringLiteral("3000"), QStringLiteral("11"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(make(QStringLiteral("b.csv"), QStringLiteral("3000"), QStringLiteral("11")), a);
    QVERIFY(make(QStringLiteral("c.csv"), QStringLiteral("3000"), QStringLiteral("12")) != a);
    // The bundled sample is what the command in docs/sample-data.md writes.
    const QByteArray bundled =
        readAll(QDir::cleanPath(QStringLiteral(PLUMBLINE_TEST_DATA "/../../resources/sample/planning-register.csv")));
    QVERIFY(!bundled.isEmpty());
    QVERIFY(make(QStringLiteral("bundled.csv"), QStringLiteral("1000"), QStringLiteral("1")) == bundled);
}

void TestCli::exportWrites_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("normalise");
    QTest::addColumn<QString>("expected"); // fixture with the expected bytes
    QTest::newRow("csv faithful keeps bytes")
        << QStringLiteral("small.csv") << QStringLiteral("csv") << false << QStringLiteral("small.csv");
    QTest::newRow("csv faithful keeps ;, CRLF and BOM")
        << QStringLiteral("semicolon-crlf-bom.csv") << QStringLiteral("csv") << false
        << QStringLiteral("semicolon-crlf-bom.csv");
    QTest::newRow("csv normalised") << QStringLiteral("semicolon-crlf-bom.csv") << QStringLiteral("csv") << true
                                    << QStringLiteral("semicolon-crlf-bom.normalised.csv");
    QTest::newRow("tsv") << QStringLiteral("small.csv") << QStringLiteral("tsv") << false
                         << QStringLiteral("small.tsv");
    QTest::newRow("tsv normalised") << QStringLiteral("small.csv") << QStringLiteral("tsv") << true
                                    << QStringLiteral("small.tsv");
}

void TestCli::exportWrites()
{
    QFETCH(QString, source);
    QFETCH(QString, extension);
    QFETCH(bool, normalise);
    QFETCH(QString, expected);
    const QString out =
        m_dir.filePath(QStringLiteral("export-%1.%2").arg(QString::fromUtf8(QTest::currentDataTag()), extension));
    QStringList args{QStringLiteral("export"), kData + source, QStringLiteral("--to"), out};
    if (normalise)
        args << QStringLiteral("--normalise");
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readAll(out), readAll(kData + expected));
}

void TestCli::exportJson()
{
    const QString out = m_dir.filePath(QStringLiteral("small.json"));
    const Run run = cli({QStringLiteral("export"), kData + QStringLiteral("small.csv"), QStringLiteral("--to"), out});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(out), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 4);
    const QJsonObject second = rows[1].toObject();
    QCOMPARE(second.value(QStringLiteral("id")).toString(), QStringLiteral("2"));
    QCOMPARE(second.value(QStringLiteral("name")).toString(), QStringLiteral("Beta, and Sons"));
    QCOMPARE(second.value(QStringLiteral("registered")).toString(), QStringLiteral("2023-02-11"));
    QCOMPARE(second.value(QStringLiteral("notes")).toString(), QStringLiteral("said \"hello\""));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("notes")).toString(QStringLiteral("missing")), QString());
}

void TestCli::exportSampleRoundTrip()
{
    // The generator writes exactly the normalised dialect, so faithful and normalised exports both give it back.
    const QString sample = m_dir.filePath(QStringLiteral("sample.csv"));
    QCOMPARE(
        cli({QStringLiteral("sample"), QStringLiteral("planning"), QStringLiteral("--rows"), QStringLiteral("5000"),
             QStringLiteral("--defect-rate"), QStringLiteral("0.05"), QStringLiteral("--out"), sample})
            .exitCode,
        0);
    const QByteArray original = readAll(sample);
    for (const bool normalise : {false, true}) {
        const QString out = m_dir.filePath(normalise ? QStringLiteral("n.csv") : QStringLiteral("f.csv"));
        QStringList args{QStringLiteral("export"), sample, QStringLiteral("--to"), out};
        if (normalise)
            args << QStringLiteral("--normalise");
        QCOMPARE(cli(args).exitCode, 0);
        QVERIFY2(readAll(out) == original, normalise ? "normalised" : "faithful");
    }
    // Through TSV and back: same rows and columns.
    const QString tsv = m_dir.filePath(QStringLiteral("sample.tsv"));
    QCOMPARE(cli({QStringLiteral("export"), sample, QStringLiteral("--to"), tsv}).exitCode, 0);
    const QJsonObject fromTsv = runInfoJson(tsv).value(QStringLiteral("tables")).toArray().at(0).toObject();
    const QJsonObject fromCsv = runInfoJson(sample).value(QStringLiteral("tables")).toArray().at(0).toObject();
    QCOMPARE(fromTsv.value(QStringLiteral("rows")).toInt(), 5000);
    QCOMPARE(fromTsv.value(QStringLiteral("columns")), fromCsv.value(QStringLiteral("columns")));
}

void TestCli::versionNamesLibraries()
{
    const Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("plumbline-cli " PLUMBLINE_VERSION));
    // QStringList::indexOf wants the whole line to match.
    for (const char* library : {"Qt ", "GEOS ", "PROJ ", "SQLite ", "libxlsxwriter ", "simdjson ", "uchardet "})
        QVERIFY2(lines.indexOf(QRegularExpression(QStringLiteral("%1\\d.*").arg(QLatin1String(library)))) > 0, library);
}

void TestCli::hugePageRestart_data()
{
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<QByteArray>("switchValue");
    QTest::addColumn<QByteArray>("tunables");
    QTest::addColumn<bool>("restarted");
    const qint64 large = qint64(64) << 20;
    QTest::newRow("small file: no restart") << qint64(1000) << QByteArray() << QByteArray() << false;
    QTest::newRow("64 MiB file: restarted") << large << QByteArray() << QByteArray() << true;
    QTest::newRow("turned off") << large << QByteArray("0") << QByteArray() << false;
    QTest::newRow("the caller's tunable kept")
        << large << QByteArray() << QByteArray("glibc.malloc.hugetlb=0") << false;
    QTest::newRow("other tunables kept beside it")
        << large << QByteArray() << QByteArray("glibc.malloc.arena_max=4") << true;
}

void TestCli::hugePageRestart()
{
#ifndef __GLIBC__
    QSKIP("the restart with huge-page malloc is for glibc only");
#endif
    QFETCH(qint64, fileSize);
    QFETCH(QByteArray, switchValue);
    QFETCH(QByteArray, tunables);
    QFETCH(bool, restarted);
    // A sparse file: its size is what counts, and it costs no disk.
    QFile file(m_dir.filePath(QStringLiteral("sized.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(fileSize));
    file.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PLUMBLINE_HUGE_PAGE_MALLOC"));
    environment.remove(QStringLiteral("GLIBC_TUNABLES"));
    if (!switchValue.isEmpty())
        environment.insert(QStringLiteral("PLUMBLINE_HUGE_PAGE_MALLOC"), QString::fromLatin1(switchValue));
    if (!tunables.isEmpty())
        environment.insert(QStringLiteral("GLIBC_TUNABLES"), QString::fromLatin1(tunables));
    QProcess process;
    process.setProcessEnvironment(environment);
    // --version FILE: the version is printed whatever follows, and FILE decides the restart.
    process.start(QStringLiteral(PLUMBLINE_CLI), {QStringLiteral("--version"), file.fileName()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QCOMPARE(out.contains("malloc: transparent huge pages for large blocks"), restarted);
    QVERIFY2(out.startsWith("plumbline-cli " PLUMBLINE_VERSION), out.constData());
}

void TestCli::installedPacksAreRead()
{
    // Installed as <prefix>/bin/plumbline-cli beside <prefix>/share/plumbline, the program reads its built-in
    // packs from share/plumbline/packs, not from the copy compiled in: it lists only the one pack put there.
    const QString prefix = m_dir.filePath(QStringLiteral("prefix"));
    QVERIFY(QDir().mkpath(prefix + QStringLiteral("/bin")));
    QVERIFY(QDir().mkpath(prefix + QStringLiteral("/share/plumbline/packs")));
    const QString program = prefix + QStringLiteral("/bin/plumbline-cli");
    QVERIFY(QFile::copy(QStringLiteral(PLUMBLINE_CLI), program));
    QVERIFY(QFile::setPermissions(program, QFile::permissions(QStringLiteral(PLUMBLINE_CLI))));
    QByteArray pack = readAll(QStringLiteral(PLUMBLINE_TEST_DATA "/../../resources/packs/structure.json"));
    QVERIFY(pack.contains(R"("title": "File structure")"));
    pack.replace(R"("title": "File structure")", R"("title": "File structure, installed copy")");
    QFile installed(prefix + QStringLiteral("/share/plumbline/packs/structure.json"));
    QVERIFY(installed.open(QIODevice::WriteOnly));
    installed.write(pack);
    installed.close();

    QProcess process;
    process.start(program, {QStringLiteral("packs")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains("structure (always on): File structure, installed copy"), out.constData());
    QVERIFY2(!out.contains("planning-application"), out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
