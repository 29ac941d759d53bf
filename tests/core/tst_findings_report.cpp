// Findings reports: the JSON shape documented in docs/check-output.md, CSV quoting, the text summary.
#include "check_test_support.h"

#include "reports/findings_report.h"

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
         "message": "status '{value}'", "fix": {"value": "live"}},
        {"id": "M", "severity": "notice", "columns": ["organisation"], "kind": "required", "message": "missing"}]})",
                                 QStringLiteral("r.json"));
    const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv());
    NullProgress progress;
    return validator.validate(dataset, progress);
}

QByteArray write(ReportFormat format, const FindingStore& store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool ok = writeFindingsReport(
        buffer, format, {QStringLiteral("in.csv"), {QStringLiteral("structure"), QStringLiteral("r")}}, store);
    return ok ? buffer.data() : QByteArray();
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
        for (const auto& f : findings)
            QCOMPARE(f.toObject().keys(), fields);
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
                 QStringLiteral("rule,severity,table,row,record,column,value,message,suggestion"));
        QCOMPARE(parsed.value()->rows.size(), std::size_t(4));
        QCOMPARE(parsed.value()->rows[3][6], std::string("Live, \"maybe\""));
        QCOMPARE(parsed.value()->rows[0][3], std::string());
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
};

QTEST_APPLESS_MAIN(TstFindingsReport)
#include "tst_findings_report.moc"
