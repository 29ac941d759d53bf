// The popolo rule pack on small Popolo files, one golden case per rule family
// (tests/data/popolo-rules/<case>/{input.json, pack.json?, expected.json}), plus the engine behaviour the
// cross-table rules rely on: the pack is chosen by the source format, an edit to one table re-runs the rules of
// the tables that read it, and reports name a JSON record by its own id.
#include "popolo_test_support.h"

#include "reports/findings_report.h"

#include <QBuffer>

using namespace plumbline;
using namespace plumbline::testing;

namespace {

QString caseFile(const QString& name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/popolo-rules/%1/input.json").arg(name);
}

} // namespace

class TstPopoloRules : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(QStringLiteral(PLUMBLINE_TEST_DATA "/popolo-rules"));
        const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 8);
        for (const auto& c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }
    void golden()
    {
        QFETCH(QString, dir);
        runPopoloGoldenCase(dir);
    }

    void everyCatalogueRuleHasACase()
    {
        // Every rule of the pack is exercised by at least one golden case (it finds something there).
        RulePackLoader loader(testEnv());
        auto pack = loader.loadBuiltin(QStringLiteral("popolo"));
        QVERIFY2(pack.ok(), pack.ok() ? "" : qPrintable(pack.error().toString()));
        std::set<QString> found;
        const QDir root(QStringLiteral(PLUMBLINE_TEST_DATA "/popolo-rules"));
        for (const auto& c : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile f(root.filePath(c) + QStringLiteral("/expected.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const auto& finding :
                 QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("findings")).toArray())
                found.insert(finding.toObject().value(QLatin1String("rule")).toString());
        }
        QStringList missing;
        for (const auto& rule : pack.value().rules)
            if (!found.count(rule.id))
                missing << rule.id;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("rules without a golden finding: ") + missing.join(u' ')));
    }

    void packChosenByFormat()
    {
        const PopoloRun run = runPopolo(caseFile(QStringLiteral("references")));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.packs, (QStringList{QStringLiteral("structure"), QStringLiteral("popolo")}));

        // A CSV with person-like headers is not Popolo: the popolo pack is never sniffed from headers.
        Dataset csv = datasetFromCsv("id,name,gender,birth_date,party,area_id,sort_name\n1,Ann,female,1970,X,a,Ann\n");
        csv.source.format = QStringLiteral("csv");
        RulePackLoader loader(testEnv());
        auto rules = PackCatalog::forDataset(csv, {}, loader);
        QVERIFY(rules.ok());
        QVERIFY(!rules.value().packs.contains(QStringLiteral("popolo")));

        // Popolo's collections written out as another format (SQLite, a Data Package) still get the pack.
        Dataset exported = run.dataset;
        exported.source.format = QStringLiteral("sqlite");
        auto exportedRules = PackCatalog::forDataset(exported, {}, loader);
        QVERIFY(exportedRules.ok());
        QVERIFY(exportedRules.value().packs.contains(QStringLiteral("popolo")));
    }

    void missingTargetTableIsReported()
    {
        // A membership table validated without its persons: every reference is reported, saying why, rather
        // than the rule silently not running.
        const PopoloRun full = runPopolo(caseFile(QStringLiteral("references")));
        Dataset alone;
        alone.source.format = QStringLiteral("popolo");
        alone.tables.push_back(full.dataset.table(QStringLiteral("memberships")));
        RulePackLoader loader(testEnv());
        auto rules = PackCatalog::forDataset(alone, {}, loader);
        QVERIFY(rules.ok());
        const Validator validator(std::move(rules).value(), testEnv());
        NullProgress progress;
        PopoloRun run;
        run.result = validator.validate(alone, progress);
        QCOMPARE(run.count(QStringLiteral("REF-01-person")), std::size_t(7)); // every membership with a person_id
        for (const auto& m : run.messages(QStringLiteral("REF-01-person")))
            QVERIFY2(m.contains(QLatin1String("there is no persons table")), qPrintable(m));
    }

    void editInOneTableRerunsRulesOfTheOthers()
    {
        PopoloRun run = runPopolo(caseFile(QStringLiteral("references")));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.count(QStringLiteral("REF-01-person")), std::size_t(1)); // membership → p9
        QCOMPARE(run.records(QStringLiteral("REF-07-person")), (std::set<QString>{QStringLiteral("p3")}));

        // Rename the orphan p3 to p9: the membership's reference now resolves and p3 is no longer an orphan.
        const auto persons = run.dataset.table(QStringLiteral("persons"));
        persons->editOverlay().set(2, persons->columnIndex(QStringLiteral("id")), "p9");
        RulePackLoader loader(testEnv());
        auto rules = PackCatalog::forDataset(run.dataset, {}, loader);
        QVERIFY(rules.ok());
        const Validator validator(std::move(rules).value(), testEnv());
        NullProgress progress;
        validator.revalidate(run.dataset, QStringLiteral("persons"), {2}, run.result, progress);
        QCOMPARE(run.count(QStringLiteral("REF-01-person")), std::size_t(0));
        QCOMPARE(run.count(QStringLiteral("REF-07-person")), std::size_t(0));
        // Findings of other rules and tables are untouched.
        QCOMPARE(run.count(QStringLiteral("REF-02-organization")), std::size_t(1));
    }

    void reportsNameRecordsByTheirOwnId()
    {
        const PopoloRun run = runPopolo(caseFile(QStringLiteral("references")));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeFindingsReport(buffer, ReportFormat::Json, ReportInfo{QStringLiteral("input.json"), run.packs},
                                    run.result.findings));
        const QJsonArray findings =
            QJsonDocument::fromJson(buffer.data()).object().value(QLatin1String("findings")).toArray();
        bool person = false, membership = false;
        for (const auto& v : findings) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("rule")) == QLatin1String("REF-07-person")) {
                QCOMPARE(f.value(QLatin1String("table")).toString(), QStringLiteral("persons"));
                QCOMPARE(f.value(QLatin1String("row")).toInt(), 3);
                QCOMPARE(f.value(QLatin1String("record")).toString(), QStringLiteral("p3"));
                person = true;
            }
            if (f.value(QLatin1String("rule")) == QLatin1String("REF-01-person")) {
                QCOMPARE(f.value(QLatin1String("table")).toString(), QStringLiteral("memberships"));
                QCOMPARE(f.value(QLatin1String("row")).toInt(), 2);
                QCOMPARE(f.value(QLatin1String("record")).toInt(), 1); // memberships have no id: the record id
                membership = true;
            }
        }
        QVERIFY(person && membership);
    }
};

QTEST_APPLESS_MAIN(TstPopoloRules)
#include "tst_popolo_rules.moc"
