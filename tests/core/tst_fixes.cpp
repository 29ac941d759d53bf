// Quick fixes (models/fixes): what each kind's plan changes and whether it is safe, previews and conflicts, the
// undo of a bulk fix, PROJ's conversion of grid references, and the Fix forms packs declare.
#include "document/document.h"
#include "fixes/fix_apply.h"
#include "fixes/fix_planner.h"
#include "io/csv/csv_reader.h"
#include "rules/fix.h"
#include "sample/planning_sample_generator.h"
#include "values/geometry.h"

#include <QJsonDocument>
#include <QtTest>
#include <QUndoStack>

using namespace plumbline;

namespace {

std::shared_ptr<Dataset> readBytes(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("fix.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

/// A person list whose names should carry no titles, with the title's fix moving it to honorific_prefix.
const QString kHonorificPack = QStringLiteral(PLUMBLINE_TEST_DATA "/fixes/honorific-pack.json");

std::unique_ptr<Document> validated(const QByteArray& csv, const QString& pack)
{
    auto document = std::make_unique<Document>(readBytes(csv));
    ValidationSetup setup;
    setup.packs << pack;
    setup.today = QDate(2026, 11, 26);
    setup.threads = 2;
    document->setValidationSetup(setup);
    NullProgress progress;
    Error error;
    if (!document->validateNow(progress, &error))
        qFatal("validation failed: %s", qPrintable(error.toString()));
    return document;
}

/// Every cell of the first table, row by row, "a|b|c".
QStringList rows(const Document& document)
{
    QStringList out;
    const Table& t = document.table(0);
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < t.columnCount(); ++c)
            row << t.cellText(r, c);
        out << row.join(u'|');
    }
    return out;
}

const QByteArray kRegister = "reference,organisation,description,address-text,start-date,planning-decision\n"
                             "23/00001/FUL,local-authority:BST,Extension,\"1 High Street, Bristol\",2023-01-05,"
                             "Approve\n"
                             "23/00002/FUL,local-authority:BST,Extension,\"2 High Street, Bristol\",2023-01-06,"
                             "Grnted\n";

} // namespace

class TestFixes : public QObject
{
    Q_OBJECT

private slots:
    void planPerKind_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("after"); // every row after applying every plan of the rule
        QTest::addColumn<bool>("safe");         // whether every plan of the rule is safe

        const QByteArray head = "reference,organisation,description,address-text,start-date,";
        QTest::newRow("codelist synonym")
            << (head + "planning-decision\n23/1,local-authority:BST,x,y,2023-01-05,Approve\n")
            << QStringLiteral("planning-application") << QStringLiteral("PA-18-decision")
            << QStringList{QStringLiteral("23/1|local-authority:BST|x|y|2023-01-05|granted")} << true;
        QTest::newRow("codelist misspelling")
            << (head + "planning-decision\n23/1,local-authority:BST,x,y,2023-01-05,"
                       "Grnted\n")
            << QStringLiteral("planning-application") << QStringLiteral("PA-18-decision")
            << QStringList{QStringLiteral("23/1|local-authority:BST|x|y|2023-01-05|granted")} << false;
        QTest::newRow("non-breaking space")
            << QByteArray("id,address\n1,12\xc2\xa0Mill Lane\n") << QStringLiteral("structure")
            << QStringLiteral("STR-whitespace") << QStringList{QStringLiteral("1|12 Mill Lane")} << true;
        QTest::newRow("day-first date to ISO")
            << (head + "decision-date\n23/1,local-authority:BST,x,y,2023-01-05,14/03/2023\n")
            << QStringLiteral("planning-application") << QStringLiteral("PA-11-iso-date")
            << QStringList{QStringLiteral("23/1|local-authority:BST|x|y|2023-01-05|2023-03-14")} << true;
        QTest::newRow("month-first column to ISO")
            << (head + "decision-date\n23/1,local-authority:BST,x,y,2023-01-05,04/06/2023\n"
                       "23/2,local-authority:BST,x,y,2023-01-05,06/13/2023\n")
            << QStringLiteral("planning-application") << QStringLiteral("PA-11-iso-date")
            << QStringList{QStringLiteral("23/1|local-authority:BST|x|y|2023-01-05|2023-04-06"),
                           QStringLiteral("23/2|local-authority:BST|x|y|2023-01-05|06/13/2023")}
            << true;
        QTest::newRow("swapped point") << (head + "point\n23/1,local-authority:BST,x,y,2023-01-05,"
                                                  "POINT (51.454515 -2.587911)\n")
                                       << QStringLiteral("planning-application") << QStringLiteral("PA-23-crs")
                                       << QStringList{QStringLiteral("23/1|local-authority:BST|x|y|2023-01-05|"
                                                                     "POINT (-2.587911 51.454515)")}
                                       << true;
        QTest::newRow("OSGB point through PROJ")
            << (head + "point\n23/1,local-authority:WSM,x,y,2023-01-05,"
                       "POINT (530000 180000)\n")
            << QStringLiteral("planning-application") << QStringLiteral("PA-23-crs")
            << QStringList{QStringLiteral("23/1|local-authority:WSM|x|y|2023-01-05|"
                                          "POINT (-0.128354 51.503991)")}
            << true;
        QTest::newRow("swapped grid coordinates")
            << QByteArray("CaseReference,OrganisationLabel,GeoX,GeoY\n13/1,Rushcliffe,52.871,-1.089\n")
            << QStringLiteral("planning-application") << QStringLiteral("PA-23-coordinates")
            << QStringList{QStringLiteral("13/1|Rushcliffe|-1.089|52.871")} << true;
        const QByteArray people = "name,id,email,wikidata,honorific_prefix\n";
        QTest::newRow("mailto") << (people + "Ann Lee,1,mailto:ann@example.org,,\n") << QStringLiteral("candidates")
                                << QStringLiteral("VOC-02-email")
                                << QStringList{QStringLiteral("Ann Lee|1|ann@example.org||")} << true;
        QTest::newRow("glued e-mails") << (people + "Ann Lee,1,\"ann@example.org bob@example.com\",,\n")
                                       << QStringLiteral("candidates") << QStringLiteral("VOC-02-email")
                                       << QStringList{QStringLiteral("Ann Lee|1|ann@example.org;bob@example.com||")}
                                       << false;
        QTest::newRow("wikidata url") << (people + "Ann Lee,1,,https://www.wikidata.org/wiki/Q42,\n"
                                                   "Bo Li,2,,q5,\n")
                                      << QStringLiteral("candidates") << QStringLiteral("ID-02-wikidata")
                                      << QStringList{QStringLiteral("Ann Lee|1||Q42|"), QStringLiteral("Bo Li|2||Q5|")}
                                      << true;
        QTest::newRow("honorific moved") << (people + "Dr Jane Smith,1,,,\n") << kHonorificPack
                                         << QStringLiteral("NAME-02-honorific")
                                         << QStringList{QStringLiteral("Jane Smith|1|||Dr")} << false;
        QTest::newRow("pack's own replace")
            << (head + "planning-application-type\n23/1,local-authority:BST,x,y,"
                       "2023-01-05,full | lbc\n")
            << QStringLiteral("planning-application") << QStringLiteral("PA-19-separator")
            << QStringList{QStringLiteral("23/1|local-authority:BST|x|y|2023-01-05|full;lbc")} << true;
        QTest::newRow("pack's multiply") << (head + "ground-area\n23/1,local-authority:BST,x,y,2023-01-05,0.5\n")
                                         << QStringLiteral("planning-application") << QStringLiteral("PA-31-hectares")
                                         << QStringList{QStringLiteral("23/1|local-authority:BST|x|y|2023-01-05|5000")}
                                         << false;
    }
    void planPerKind()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, pack);
        QFETCH(QString, rule);
        QFETCH(QStringList, after);
        QFETCH(bool, safe);
        auto document = validated(csv, pack);
        const auto plans = FixPlanner::forDocument(*document).plansForRule(rule);
        QVERIFY2(!plans.empty(), qPrintable(rows(*document).join(u'\n')));
        for (const FixPlan& plan : plans) {
            QCOMPARE(plan.rule, rule);
            QCOMPARE(plan.safe, safe);
            QVERIFY(!plan.description.isEmpty());
            QVERIFY(!plan.changes.empty());
        }
        applyPlans(*document, plans, QStringLiteral("fix"));
        QCOMPARE(rows(*document), after);
    }

    void aPlanPerFindingAndItsDescription()
    {
        auto document = validated(kRegister, QStringLiteral("planning-application"));
        const FixPlanner planner = FixPlanner::forDocument(*document);
        const FindingStore& store = *document->findings();
        const int rule = store.ruleIndex(QStringLiteral("PA-18-decision"));
        std::vector<std::size_t> findings;
        for (std::size_t i = 0; i < store.size(); ++i)
            if (store.record(i).rule == std::uint32_t(rule))
                findings.push_back(i);
        QCOMPARE(findings.size(), std::size_t(2));
        const auto first = planner.plan(findings[0]);
        QVERIFY(first);
        QCOMPARE(first->record, RecordId(0));
        QCOMPARE(first->finding, findings[0]);
        QCOMPARE(first->description, QStringLiteral("Set to 'granted'"));
        QVERIFY(first->safe);
        QCOMPARE(first->changes.size(), std::size_t(1));
        QCOMPARE(first->changes[0].column, document->table(0).columnIndex(QStringLiteral("planning-decision")));
        QCOMPARE(planner.plans(findings).size(), std::size_t(2));
        QCOMPARE(planner.plansForRules({QStringLiteral("PA-18-decision")}, true).size(), std::size_t(1));
        // What `fix --apply RULE` accepts, by the rule's kind and its own fix.
        const auto& rules = document->lastRun()->validator->rules().rules;
        auto fixesOf = [&](const char* id) {
            const auto it =
                std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == QLatin1String(id); });
            return it == rules.end() ? FixPlanner::RuleFixes::None : FixPlanner::ruleFixes(*it);
        };
        QCOMPARE(fixesOf("PA-18-decision"), FixPlanner::RuleFixes::Safe);
        QCOMPARE(fixesOf("PA-19-separator"), FixPlanner::RuleFixes::Safe);        // declared safe
        QCOMPARE(fixesOf("PA-31-hectares"), FixPlanner::RuleFixes::Judgement);    // multiply
        QCOMPARE(fixesOf("PA-03-missing-value"), FixPlanner::RuleFixes::None);    // nothing to compute
        QCOMPARE(fixesOf("PA-05-unique-reference"), FixPlanner::RuleFixes::None); // an action in words
    }

    void honorificKeepsAnotherTitle_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<int>("cells"); // cells the plan changes; -1 = no plan
        QTest::newRow("empty prefix") << QByteArray("") << 2;
        QTest::newRow("same title") << QByteArray("Dr.") << 1;
        QTest::newRow("another title") << QByteArray("Sir") << -1;
    }
    void honorificKeepsAnotherTitle()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(int, cells);
        auto document = validated("name,id,honorific_prefix\nDr Jane Smith,1," + prefix + "\n", kHonorificPack);
        const auto plans = FixPlanner::forDocument(*document).plansForRule(QStringLiteral("NAME-02-honorific"));
        if (cells < 0) {
            QVERIFY(plans.empty());
            return;
        }
        QCOMPARE(plans.size(), std::size_t(1));
        QCOMPARE(int(plans[0].changes.size()), cells);
        QVERIFY(!plans[0].safe); // a person's name: never safe
    }

    void aCandidatesRegisteredNameIsNeverChanged()
    {
        // "Captain Beany" stood under exactly that name: the candidates pack reports the title and fixes nothing.
        auto document = validated("name,id,honorific_prefix\nCaptain Beany,20,\nLord Toby Jug,1907,\n",
                                  QStringLiteral("candidates"));
        const FixPlanner planner = FixPlanner::forDocument(*document);
        QVERIFY(planner.plansForRule(QStringLiteral("NAME-02-honorific")).empty());
        const auto store = document->findings();
        const int rule = store->ruleIndex(QStringLiteral("NAME-02-honorific"));
        QVERIFY(rule >= 0);
        QCOMPARE(store->countForRule(std::uint32_t(rule)), std::uint64_t(2));
        for (std::size_t i = 0; i < store->size(); ++i) {
            if (store->record(i).rule != std::uint32_t(rule))
                continue;
            QCOMPARE(store->record(i).severity, Severity::Notice);
            QVERIFY(!store->record(i).hasSuggestion());
        }
    }

    void mixedDateColumnNeedsJudgement()
    {
        // 13/06 is only day-first, 06/13 only month-first: an ambiguous 04/06 is read day-first, for a person to
        // confirm; the column-level plan rewrites all three and is never safe.
        auto document = validated("reference,organisation,description,address-text,start-date,decision-date\n"
                                  "1,local-authority:BST,x,y,2023-01-01,13/06/2023\n"
                                  "2,local-authority:BST,x,y,2023-01-01,06/13/2023\n"
                                  "3,local-authority:BST,x,y,2023-01-01,04/06/2023\n",
                                  QStringLiteral("planning-application"));
        const FixPlanner planner = FixPlanner::forDocument(*document);
        std::map<RecordId, FixPlan> iso;
        for (FixPlan& p : planner.plansForRule(QStringLiteral("PA-11-iso-date")))
            iso.emplace(p.record, std::move(p));
        QCOMPARE(iso.size(), std::size_t(2)); // 06/13/2023 is not a date day-first: PA-11-invalid-date's
        QVERIFY(iso.at(0).safe);
        QCOMPARE(iso.at(0).changes[0].value, std::string("2023-06-13"));
        QVERIFY(!iso.at(2).safe);
        QCOMPARE(iso.at(2).changes[0].value, std::string("2023-06-04"));
        QVERIFY(iso.at(2).description.contains(QStringLiteral("mixes both orders")));

        const auto dayMonth = planner.plansForRule(QStringLiteral("PA-12-day-month-order"));
        const auto column =
            std::find_if(dayMonth.begin(), dayMonth.end(), [](const FixPlan& p) { return p.record == kNoRecord; });
        QVERIFY(column != dayMonth.end());
        QVERIFY(!column->safe);
        QCOMPARE(column->changes.size(), std::size_t(3));
        const auto evidence =
            std::find_if(dayMonth.begin(), dayMonth.end(), [](const FixPlan& p) { return p.record == 1; });
        QVERIFY(evidence != dayMonth.end());
        QVERIFY(evidence->safe);
        QCOMPARE(evidence->changes[0].value, std::string("2023-06-13"));
    }

    void longCellsAreCleanedWhole()
    {
        // Findings keep 512 bytes of a value; the whitespace fix works on the cell itself.
        const QByteArray text = QByteArray(700, 'a') + "  b ";
        auto document = validated("id,notes\n1," + text + "\n", QStringLiteral("structure"));
        const auto plans = FixPlanner::forDocument(*document).plansForRule(QStringLiteral("STR-whitespace"));
        QCOMPARE(plans.size(), std::size_t(1));
        QCOMPARE(plans[0].changes[0].value, std::string(700, 'a') + " b");
    }

    void previewCountsAndDefersConflicts()
    {
        auto document = validated(kRegister, QStringLiteral("planning-application"));
        const int column = document->table(0).columnIndex(QStringLiteral("planning-decision"));
        FixPlan a;
        a.rule = QStringLiteral("A");
        a.changes = {CellChange{0, column, "granted"}, CellChange{1, column, "refused"}};
        FixPlan b;
        b.rule = QStringLiteral("B");
        b.changes = {CellChange{1, column, "granted"}}; // the cell a changes: set aside
        FixPlan c;
        c.rule = QStringLiteral("C");
        c.changes = {CellChange{0, 0, "23/00001/FUL"}}; // its own value: changes nothing, blocks nothing
        const FixPreview preview = previewPlans(document->dataset(), {a, b, c}, 1);
        QCOMPARE(preview.cellCount, std::size_t(2));
        QCOMPARE(preview.planCount, std::size_t(1));
        QCOMPARE(preview.deferred, std::size_t(1));
        QCOMPARE(preview.cells.size(), std::size_t(1)); // the limit
        QCOMPARE(preview.cells[0].before, std::string("Approve"));
        QCOMPARE(preview.cells[0].after, std::string("granted"));
        QCOMPARE(preview.cellsPerRule.at(QStringLiteral("A")), std::size_t(2));
        const FixOutcome outcome = applyPlans(*document, {a, b, c}, QStringLiteral("three plans"));
        QCOMPARE(outcome.cells, std::size_t(2));
        QCOMPARE(outcome.deferred, std::size_t(1));
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->table(0).cellText(1, column), QStringLiteral("refused"));
    }

    void undoOfABulkFixRestoresTheCells()
    {
        PlanningSampleOptions options;
        options.rows = 3000;
        options.seed = 11;
        options.defectRate = 0.3;
        auto document = validated(generatePlanningSample(options), QStringLiteral("planning-application"));
        // An edit before the fix: undo must bring back the edited value, not the loaded one.
        const int status = document->table(0).columnIndex(QStringLiteral("planning-application-status"));
        QVERIFY(document->setCell(0, 5, status, "Decided "));
        document->waitUntilChecked();
        const QStringList before = rows(*document);
        const std::size_t editedBefore = document->editedCellCount();
        const auto plans = FixPlanner::forDocument(*document).plansForRules({}, true);
        QVERIFY(plans.size() > 100);
        const FixOutcome outcome = applyPlans(*document, plans, fixCommandText(plans, plans.size()));
        QVERIFY(outcome.cells > 100);
        QCOMPARE(document->undoStack()->count(), 2);
        const QStringList after = rows(*document);
        QVERIFY(after != before);
        document->undoStack()->undo();
        QCOMPARE(rows(*document), before);
        QCOMPARE(document->editedCellCount(), editedBefore);
        document->undoStack()->redo();
        QCOMPARE(rows(*document), after);
        document->waitUntilChecked();
    }

    void projConvertsGridReferences_data()
    {
        QTest::addColumn<double>("easting");
        QTest::addColumn<double>("northing");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        // cs2cs EPSG:27700 EPSG:4326 (PROJ 9.1, no OSTN15 grid installed).
        QTest::newRow("Whitehall") << 530000.0 << 180000.0 << -0.1283539 << 51.5039908;
        QTest::newRow("Northumberland") << 400000.0 << 650000.0 << -2.00157 << 55.74338;
        QTest::newRow("Newcastle") << 425000.0 << 565000.0 << -1.61093 << 54.97898;
    }
    void projConvertsGridReferences()
    {
        QFETCH(double, easting);
        QFETCH(double, northing);
        QFETCH(double, lon);
        QFETCH(double, lat);
        const auto p = values::bngToWgs84(easting, northing);
        QVERIFY(p.ok());
        QVERIFY2(std::abs(p.value().lon - lon) < 1e-5, qPrintable(QString::number(p.value().lon, 'f', 7)));
        QVERIFY2(std::abs(p.value().lat - lat) < 1e-5, qPrintable(QString::number(p.value().lat, 'f', 7)));
    }

    void fixForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: parses
        QTest::addColumn<bool>("safe");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output"); // what apply() gives; "-" for nothing
        QTest::newRow("trim safe by default") << QByteArray(R"({"transform": "trim"})") << QString() << true
                                              << QStringLiteral(" a ") << QStringLiteral("a");
        QTest::newRow("title") << QByteArray(R"({"transform": "title"})") << QString() << true
                               << QStringLiteral("MILL lane, o'brien's") << QStringLiteral("Mill Lane, O'brien's");
        QTest::newRow("unicode upper") << QByteArray(R"({"transform": "upper"})") << QString() << true
                                       << QStringLiteral("café") << QStringLiteral("CAFÉ");
        QTest::newRow("blank needs saying")
            << QByteArray(R"({"transform": "blank"})") << QString() << false << QStringLiteral("N/A") << QString();
        QTest::newRow("replace declared safe")
            << QByteArray(R"({"replace": {"pattern": "\\s*\\|\\s*", "with": ";"}, "safe": true})") << QString() << true
            << QStringLiteral("a | b") << QStringLiteral("a;b");
        QTest::newRow("value unsafe by default") << QByteArray(R"({"value": "decided"})") << QString() << false
                                                 << QStringLiteral("x") << QStringLiteral("decided");
        QTest::newRow("move-to") << QByteArray(R"({"move-to": "honorific_prefix"})") << QString() << false
                                 << QStringLiteral("Dr X") << QStringLiteral("-");
        QTest::newRow("safe action") << QByteArray(R"({"action": "delete it", "safe": true})")
                                     << QStringLiteral("cannot be safe") << false << QString() << QString();
        QTest::newRow("safe not a bool") << QByteArray(R"({"transform": "trim", "safe": "yes"})")
                                         << QStringLiteral("safe: expected true or false") << false << QString()
                                         << QString();
        QTest::newRow("only safe") << QByteArray(R"({"safe": true})") << QStringLiteral("exactly one of") << false
                                   << QString() << QString();
    }
    void fixForms()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QFETCH(bool, safe);
        QFETCH(QString, input);
        QFETCH(QString, output);
        QString problem;
        const auto fix = Fix::parse(QJsonDocument::fromJson(json).object(), &problem);
        if (!error.isEmpty()) {
            QVERIFY(!fix);
            QVERIFY2(problem.contains(error), qPrintable(problem));
            return;
        }
        QVERIFY2(fix, qPrintable(problem));
        QCOMPARE(fix->isSafe(), safe);
        const auto applied = fix->apply(input.toStdString());
        if (output == QLatin1String("-"))
            QVERIFY(!applied);
        else
            QCOMPARE(QString::fromStdString(applied.value_or("<none>")), output);
    }
};

QTEST_GUILESS_MAIN(TestFixes)
#include "tst_fixes.moc"
