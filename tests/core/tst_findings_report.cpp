// Findings reports: the JSON shape documented in docs/check-output.md, CSV quoting, the text summary, and the
// fast paths: UTF-8 messages equal to FindingStore::message() for every finding of a generated register and for
// awkward bytes, and the same bytes whatever the number of threads.
#include "check_test_support.h"

#include "io/csv/csv_reader.h"
#include "reports/findings_report.h"
#include "reports/message_writer.h"
#include "sample/planning_sample_generator.h"

#include <QBuffer>

using namespace plumbline;
using namespace plumbline::testing;

namespace {

ValidationResult validateSample()
{
    const Dataset dataset = datasetFromCsv("reference,status\nR1,decided\nR1,\"Live, \"\"maybe\"\"\"\n,decided\n");
    RulePackLoader loader(testEnv());
    auto pack = loader.loadBytes(R"({"pack": "r", "key": "reference", "rules": [
        {"id": "U", "severity": "error", "columns": ["reference"], "kind": "unique", "message": "'{value}' repeats"},
        {"id": "S", "severity": "warning", "columns": ["status"], "kind": "pattern", "params": {"pattern": "[a-z]+"},
         "issue-type": "invalid category value",
         "message": "status '{value}'", "fix": {"value": "live"}},
        {"id": "M", "severity": "notice", "columns": ["organisation"], "kind": "required", "message": "missing"}]})",
                                 QStringLiteral("r.json"));
    const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv());
    NullProgress progress;
    return validator.validate(dataset, progress);
}

QByteArray write(ReportFormat format, const FindingStore& store, int threads = 0)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool ok = writeFindingsReport(
        buffer, format, {QStringLiteral("in.csv"), {QStringLiteral("structure"), QStringLiteral("r")}}, store, threads);
    return ok ? buffer.data() : QByteArray();
}

/// An 8,000-row register with 20 % defective rows, validated with the built-in packs (thousands of findings).
ValidationResult validateRegister()
{
    PlanningSampleOptions options;
    options.rows = 8000;
    options.seed = 3;
    options.defectRate = 0.2;
    options.lateDecisionRate = 0.3;
    NullProgress progress;
    auto read = readCsvBytes(generatePlanningSample(options), QStringLiteral("register.csv"), {}, progress);
    if (!read)
        qFatal("sample does not parse");
    static Dataset dataset; // the store's messages read keys from it
    dataset = std::move(read).value();
    RulePackLoader loader(testEnv());
    std::vector<RulePack> packs;
    for (const char* name : {"structure", "planning-application"})
        packs.push_back(loader.loadBuiltin(QString::fromLatin1(name)).value());
    ValidationOptions validation;
    validation.summarise = false;
    const Validator validator(RuleSet::fromPacks(packs), testEnv(), validation);
    return validator.validate(dataset, progress);
}

} // namespace

class TstFindingsReport : public QObject
{
    Q_OBJECT
private slots:
    void jsonShape()
    {
        const auto result = validateSample();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(write(ReportFormat::Json, result.findings), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("file"), QStringLiteral("findings"), QStringLiteral("packs"),
                                           QStringLiteral("summary")}));
        QCOMPARE(root.value(QLatin1String("file")).toString(), QStringLiteral("in.csv"));
        QCOMPARE(root.value(QLatin1String("packs")).toArray().size(), 2);
        const QJsonObject summary = root.value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("by_rule")).toObject().value(QLatin1String("U")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("by_rule")).toObject().value(QLatin1String("S")).toInt(), 1);
        const QJsonObject bySeverity = summary.value(QLatin1String("by_severity")).toObject();
        QCOMPARE(bySeverity.keys().size(), 4);
        QCOMPARE(bySeverity.value(QLatin1String("error")).toInt(), 2);
        QCOMPARE(bySeverity.value(QLatin1String("notice")).toInt(), 1);
        QCOMPARE(bySeverity.value(QLatin1String("info")).toInt(), 0);
        const QJsonArray findings = root.value(QLatin1String("findings")).toArray();
        QCOMPARE(findings.size(), 4);
        const QStringList fields{QStringLiteral("column"),     QStringLiteral("message"), QStringLiteral("record"),
                                 QStringLiteral("row"),        QStringLiteral("rule"),    QStringLiteral("severity"),
                                 QStringLiteral("suggestion"), QStringLiteral("table"),   QStringLiteral("value")};
        for (const auto& f : findings) {
            // issue_type only for the rule that names one.
            QStringList expected = fields;
            if (f.toObject().value(QLatin1String("rule")).toString() == QLatin1String("S"))
                expected.insert(1, QStringLiteral("issue_type"));
            QCOMPARE(f.toObject().keys(), expected);
        }
        QCOMPARE(findings[3].toObject().value(QLatin1String("issue_type")).toString(),
                 QStringLiteral("invalid category value"));
        const QJsonObject tableLevel = findings[0].toObject();
        QVERIFY(tableLevel.value(QLatin1String("row")).isNull());
        QVERIFY(tableLevel.value(QLatin1String("record")).isNull());
        QVERIFY(tableLevel.value(QLatin1String("column")).isNull());
        QVERIFY(tableLevel.value(QLatin1String("suggestion")).isNull());
        const QJsonObject status = findings[3].toObject();
        QCOMPARE(status.value(QLatin1String("row")).toInt(), 2);
        QCOMPARE(status.value(QLatin1String("record")).toInt(), 1);
        QCOMPARE(status.value(QLatin1String("column")).toString(), QStringLiteral("status"));
        QCOMPARE(status.value(QLatin1String("value")).toString(), QStringLiteral("Live, \"maybe\""));
        QCOMPARE(status.value(QLatin1String("suggestion")).toString(), QStringLiteral("live"));
        QCOMPARE(status.value(QLatin1String("message")).toString(),
                 QStringLiteral("Row 2 (reference R1): status 'Live, \"maybe\"'"));
    }

    void emptyJsonIsValid()
    {
        FindingStore empty;
        const QJsonDocument doc = QJsonDocument::fromJson(write(ReportFormat::Json, empty));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QLatin1String("findings")).toArray().size(), 0);
    }

    void csvQuotes()
    {
        const auto result = validateSample();
        const QByteArray csv = write(ReportFormat::Csv, result.findings);
        const auto parsed = CodelistRepository::parse(csv, QStringLiteral("r"), QStringLiteral("r"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value()->header.join(QLatin1Char(',')),
                 QStringLiteral("rule,severity,table,row,record,column,value,message,suggestion,issue_type"));
        QCOMPARE(parsed.value()->rows.size(), std::size_t(4));
        QCOMPARE(parsed.value()->rows[3][6], std::string("Live, \"maybe\""));
        QCOMPARE(parsed.value()->rows[3][9], std::string("invalid category value"));
        QCOMPARE(parsed.value()->rows[0][3], std::string());
        QCOMPARE(parsed.value()->rows[0][9], std::string());
    }

    void textSummary()
    {
        const auto result = validateSample();
        const QString text = QString::fromUtf8(write(ReportFormat::Text, result.findings));
        QVERIFY2(text.contains(
                     QStringLiteral("in.csv: 4 findings (2 errors, 1 warnings, 1 notices, 0 info) from structure, r")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("suggested: 'live'")));
    }

    void fastMessagesEqualStoreMessages()
    {
        const auto result = validateRegister();
        const FindingStore& store = result.findings;
        QVERIFY2(store.size() > 5000, qPrintable(QString::number(store.size())));
        const MessageWriter writer(store);
        std::string out;
        for (std::size_t i = 0; i < store.size(); ++i) {
            out.clear();
            writer.append(out, i);
            const QByteArray expected = store.message(i).toUtf8();
            if (out != std::string_view(expected.constData(), std::size_t(expected.size())))
                QFAIL(qPrintable(QStringLiteral("finding %1: '%2' instead of '%3'")
                                     .arg(i)
                                     .arg(QString::fromStdString(out), QString::fromUtf8(expected))));
        }
    }

    void awkwardBytesInMessages_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("invalid byte") << QByteArray("Live\xff");
        QTest::newRow("truncated sequence") << QByteArray("caf\xc3");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80x");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf");
        QTest::newRow("leading BOM") << QByteArray("\xef\xbb\xbf" "decided");
        QTest::newRow("BOM inside") << QByteArray("de\xef\xbb\xbf"
                                                  "cided");
        QTest::newRow("noncharacter") << QByteArray("x\xef\xbf\xbe");
        QTest::newRow("controls") << QByteArray("a\r\n\t\x01\x7f\x1f b");
        QTest::newRow("invisible") << QByteArray("\xc2\xa0\xe2\x80\xaf\xc2\xad\xe2\x80\x8b\xe2\x81\xa0\xe2\x80\xae.");
        QTest::newRow("C1 control") << QByteArray("\xc2\x85x\xc2\x9f");
        QTest::newRow("4-byte") << QByteArray("\xf0\x9f\x8f\xa0 \xe2\x80\xa8");
        QTest::newRow("spaces to trim") << QByteArray("\xe3\x80\x80 \xc2\xa0\t key \xe2\x80\x83\xc2\x85");
        QTest::newRow("placeholders") << QByteArray("{value} {detail} {{key}} {unknown} {");
    }

    void awkwardBytesInMessages()
    {
        QFETCH(QByteArray, value);
        // The value is the row's key, its second column and the finding's value, suggestion and detail at once.
        QByteArray quoted = value;
        quoted.replace('"', "\"\"");
        quoted = '"' + quoted + '"';
        const Dataset dataset = datasetFromCsv("key,other\nk," + quoted + "\n" + quoted + ",x\n");
        QCOMPARE(dataset.tables.front()->cell(1, 0), std::string_view(value.constData(), std::size_t(value.size())));
        FindingStore store;
        const auto rule = store.addRule({QStringLiteral("R"),
                                         {},
                                         {},
                                         {},
                                         {},
                                         QStringLiteral("v={value} s={suggestion} d={detail} k={key} v2={value2} "
                                                        "c={column}/{column2} r={row} t={table} {nope} {value"),
                                         Severity::Error,
                                         true});
        const auto table = store.addTable(
            {QStringLiteral("t"), {QStringLiteral("key"), QStringLiteral("other")}, 0, dataset.tables.front()});
        const std::string_view text(value.constData(), std::size_t(value.size()));
        FindingSink sink(*dataset.tables.front(), table);
        sink.setRule(rule, Severity::Error);
        for (std::size_t row : {0, 1}) {
            sink.add(row, 0, text, FindingExtra().suggest(text).withDetail(text).withColumn2(1));
            sink.add(row, 1, "v", FindingExtra().asMessage(text));
        }
        store.append(std::move(sink));
        store.sort();
        const MessageWriter writer(store);
        for (std::size_t i = 0; i < store.size(); ++i) {
            std::string out;
            writer.append(out, i);
            QCOMPARE(QByteArray::fromStdString(out), store.message(i).toUtf8());
        }
        // JSON stays valid UTF-8 whatever the bytes.
        const QByteArray json = write(ReportFormat::Json, store);
        QVERIFY(QJsonDocument::fromJson(json).isObject());
    }

    void sameBytesWhateverTheThreads()
    {
        const auto result = validateRegister();
        for (const auto format : {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Text}) {
            const QByteArray one = write(format, result.findings, 1);
            QVERIFY(!one.isEmpty());
            QCOMPARE(write(format, result.findings, 2), one);
            QCOMPARE(write(format, result.findings, 3), one);
        }
    }
};

QTEST_APPLESS_MAIN(TstFindingsReport)
#include "tst_findings_report.moc"
