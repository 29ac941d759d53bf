// The fix list (models/reports/fix_list_writer.h): the user's table back with a problems column beside each column
// that has findings and a summary by rule, as .xlsx (checked with our own reader and with Python's openpyxl, as a
// spreadsheet user's tools would see it) and as .csv with its -summary.csv.
#include "check_test_support.h"

#include "io/dataset_reader.h"
#include "reports/fix_list_writer.h"
#include "table/table.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace plumbline;

namespace {

const QByteArray kPack = R"({
  "pack": "f",
  "key": ["reference"],
  "rules": [
    {"id": "DATE", "title": "Dates are dates", "severity": "error", "issue-type": "invalid date",
     "columns": ["decision-date"], "kind": "type", "params": {"type": "date"}, "message": "{column} '{value}' is not a date."},
    {"id": "ISO", "title": "Dates are ISO", "severity": "notice", "columns": ["decision-date"], "kind": "type",
     "params": {"type": "date", "iso": true}, "message": "{column} '{value}' is not ISO."},
    {"id": "NAME", "title": "Names are given", "severity": "warning", "columns": ["name"], "kind": "required",
     "message": "The name is blank."},
    {"id": "DUP", "title": "Rows do not repeat", "severity": "warning", "kind": "duplicate-rows",
     "message": "The row repeats {detail}."},
    {"id": "POINT", "title": "A point column", "severity": "error", "columns": ["point"], "kind": "required",
     "message": "no point"}
  ]
})";

const QByteArray kCsv = "reference,name,decision-date\n"
                        "A1,Mill,2023-01-02\n"
                        "A2,,31/02/2023\n"
                        "A3,Park,14/03/2023\n"
                        "A3,Park,14/03/2023\n";

struct Checked
{
    Dataset dataset;
    ValidationResult result;
};

Checked check()
{
    Checked c{testing::datasetFromCsv(kCsv, QStringLiteral("register")), {}};
    RulePackLoader loader(testing::testEnv());
    auto pack = loader.loadBytes(kPack, QStringLiteral("f.json"));
    if (!pack)
        qFatal("%s", qPrintable(pack.error().toString()));
    const Validator validator(RuleSet::fromPacks({pack.value()}), testing::testEnv());
    NullProgress progress;
    c.result = validator.validate(c.dataset, progress);
    return c;
}

const QStringList kExpectedHeader{QStringLiteral("reference"),
                                  QStringLiteral("name"),
                                  QStringLiteral("name — problems"),
                                  QStringLiteral("decision-date"),
                                  QStringLiteral("decision-date — problems"),
                                  QStringLiteral("row — problems")};

} // namespace

class TstFixList : public QObject
{
    Q_OBJECT
private slots:
    void summaryPutsErrorsFirst()
    {
        const Checked c = check();
        const auto summary = fixListSummary(c.result.findings);
        QStringList order;
        for (const auto& r : summary)
            order << r.rule + QLatin1Char(':') + QString::number(r.count);
        QCOMPARE(order, (QStringList{QStringLiteral("DATE:1"), QStringLiteral("POINT:1"), QStringLiteral("NAME:1"),
                                     QStringLiteral("DUP:1"), QStringLiteral("ISO:3")}));
        QCOMPARE(summary.front().issueType, QStringLiteral("invalid date"));
        QCOMPARE(summary.front().columns, QStringList{QStringLiteral("decision-date")});
    }

    void csvFixListAndSummary()
    {
        const Checked c = check();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fix.csv"));
        NullProgress progress;
        QVERIFY(!writeFixList(path, c.dataset, c.result.findings, progress));
        auto back = readDataset(path, ReadOptions{}, progress);
        QVERIFY(back.ok());
        const Table& t = *back.value().tables.front();
        QCOMPARE(table_fixtures_columns(t), kExpectedHeader);
        QCOMPARE(t.rowCount(), std::size_t(4));
        QCOMPARE(t.cellText(1, 1), QString());
        QCOMPARE(t.cellText(1, 2), QStringLiteral("warning: The name is blank."));
        // Several findings of one cell: one line each, in rule order.
        QCOMPARE(t.cellText(1, 4), QStringLiteral("error: decision-date '31/02/2023' is not a date.\n"
                                                  "notice: decision-date '31/02/2023' is not ISO."));
        QCOMPARE(t.cellText(2, 4),
                 QStringLiteral("notice: decision-date '14/03/2023' should be written as an ISO date: '2023-03-14'."));
        QCOMPARE(t.cellText(3, 5), QStringLiteral("warning: The row repeats row 3."));
        QCOMPARE(t.cellText(0, 2), QString());
        auto summary = readDataset(dir.filePath(QStringLiteral("fix-summary.csv")), ReadOptions{}, progress);
        QVERIFY(summary.ok());
        const Table& s = *summary.value().tables.front();
        QCOMPARE(s.columnName(0), QStringLiteral("severity"));
        QCOMPARE(s.cellText(0, 2), QStringLiteral("DATE"));
        QCOMPARE(s.cellText(1, 2), QStringLiteral("POINT")); // table-level findings are in the summary
        QCOMPARE(s.rowCount(), std::size_t(5));
    }

    void xlsxFixListReadsBack()
    {
        const Checked c = check();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fix.xlsx"));
        NullProgress progress;
        QVERIFY(!writeFixList(path, c.dataset, c.result.findings, progress));
        auto back = readDataset(path, ReadOptions{}, progress);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back.value().tables.size(), std::size_t(2));
        QCOMPARE(back.value().tables[0]->name(), QStringLiteral("Summary"));
        const Table& t = *back.value().tables[1];
        QCOMPARE(t.name(), QStringLiteral("register"));
        QCOMPARE(table_fixtures_columns(t), kExpectedHeader);
        QVERIFY(t.cellText(1, 4).startsWith(QLatin1String("error: decision-date '31/02/2023' is not a date.\n")));
    }

    /// What a colleague's spreadsheet tools see: openpyxl (Debian python3-openpyxl, installed by
    /// packaging/install-deps.sh) opens the workbook; the summary is the first sheet and the problem columns sit beside
    /// their columns.
    void xlsxOpensInOpenpyxl()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        if (python.isEmpty())
            QSKIP("no /usr/bin/python3: packaging/install-deps.sh installs it with python3-openpyxl");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        probe.waitForFinished();
        if (probe.exitCode() != 0)
            QSKIP("python3-openpyxl is not installed (packaging/install-deps.sh installs it)");
        const Checked c = check();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fix.xlsx"));
        NullProgress progress;
        QVERIFY(!writeFixList(path, c.dataset, c.result.findings, progress));
        QProcess py;
        py.start(python, {QStringLiteral("-c"),
                          QStringLiteral("import sys, openpyxl\n"
                                         "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                         "print('|'.join(wb.sheetnames))\n"
                                         "s = wb.worksheets[0]\n"
                                         "print(s['A1'].value, s['C2'].value, s['E2'].value)\n"
                                         "d = wb.worksheets[1]\n"
                                         "print('|'.join(str(c.value) for c in d[1]))\n"
                                         "print(d['E3'].value.splitlines()[0])\n"
                                         "print(d['E3'].fill.fgColor.rgb)\n"),
                          path});
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Summary|register"));
        QCOMPARE(lines.value(1), QStringLiteral("severity DATE 1"));
        QCOMPARE(lines.value(2), kExpectedHeader.join(QLatin1Char('|')));
        QCOMPARE(lines.value(3), QStringLiteral("error: decision-date '31/02/2023' is not a date."));
        QVERIFY2(lines.value(4).endsWith(QLatin1String("FCE8E6")), qPrintable(lines.value(4)));
    }

    void unknownExtensionIsAnError()
    {
        const Checked c = check();
        NullProgress progress;
        const auto failure = writeFixList(QStringLiteral("/tmp/fix.ods"), c.dataset, c.result.findings, progress);
        QVERIFY(failure);
        QVERIFY(failure->message.contains(QLatin1String(".xlsx")));
    }

private:
    static QStringList table_fixtures_columns(const Table& t)
    {
        QStringList names;
        for (int c = 0; c < t.columnCount(); ++c)
            names << t.columnName(c);
        return names;
    }
};

QTEST_GUILESS_MAIN(TstFixList)
#include "tst_fix_list.moc"
