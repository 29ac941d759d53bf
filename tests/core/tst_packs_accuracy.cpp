// Accuracy of the built-in packs: every defect the sample generator injects (docs/sample-data.md) and every
// defect ../shared/data/{planning,political}/SOURCES.md lists for the CSV files is found by the right rule; a
// clean register yields no errors and no warnings. Real-file cases QSKIP when the shared folder is absent.
#include "check_test_support.h"

#include "io/csv/csv_reader.h"
#include "io/dataset_reader.h"
#include "packs/pack_catalog.h"
#include "sample/planning_sample_generator.h"

#include <QFileInfo>

#include <map>
#include <set>

using namespace plumbline;
using namespace plumbline::testing;
using planningsample::PlanningDefect;

namespace {

/// The sample's dates run to 2026-10-31: "today" is never earlier than that, or clean rows would be future.
CheckEnv accuracyEnv()
{
    CheckEnv env = testEnv();
    env.today = std::max(QDate::currentDate(), QDate(2026, 11, 1));
    return env;
}

struct Checked
{
    Dataset dataset;
    ValidationResult result;
    QStringList packs;

    /// Findings of a rule (optionally only on a column), as (1-based row, value) pairs.
    std::vector<std::pair<qint64, QString>> of(const QString& rule, const QString& column = {}) const
    {
        std::vector<std::pair<qint64, QString>> out;
        const auto& store = result.findings;
        for (std::size_t i = 0; i < store.size(); ++i) {
            const auto& r = store.record(i);
            if (store.rules()[r.rule].id != rule)
                continue;
            if (!column.isEmpty() && !store.columnNames(i).contains(column))
                continue;
            out.emplace_back(r.row, store.qtext(r.value));
        }
        return out;
    }
    std::size_t count(const QString& rule, const QString& column = {}) const { return of(rule, column).size(); }
    std::set<qint64> rows(const QString& rule, const QString& column = {}) const
    {
        std::set<qint64> out;
        for (const auto& [row, value] : of(rule, column))
            out.insert(row);
        return out;
    }
    bool hasValue(const QString& rule, const QString& value, const QString& column = {}) const
    {
        for (const auto& f : of(rule, column))
            if (f.second == value)
                return true;
        return false;
    }
    /// The table-level messages of a rule.
    QStringList messages(const QString& rule) const
    {
        QStringList out;
        const auto& store = result.findings;
        for (std::size_t i = 0; i < store.size(); ++i)
            if (store.rules()[store.record(i).rule].id == rule)
                out << store.message(i);
        return out;
    }
};

Checked checkDataset(Dataset dataset)
{
    Checked c;
    RulePackLoader loader(accuracyEnv());
    auto rules = PackCatalog::forDataset(dataset, {}, loader);
    if (!rules)
        qFatal("%s", qPrintable(rules.error().toString()));
    c.packs = rules.value().packs;
    const Validator validator(std::move(rules).value(), accuracyEnv());
    NullProgress progress;
    c.result = validator.validate(dataset, progress);
    c.dataset = std::move(dataset);
    return c;
}

std::optional<Checked> checkShared(const QString& relative)
{
    const QString path = QStringLiteral(PLUMBLINE_SHARED_DATA "/") + relative;
    if (!QFileInfo::exists(path))
        return std::nullopt;
    NullProgress progress;
    auto dataset = readDataset(path, ReadOptions{}, progress);
    if (!dataset)
        qFatal("%s", qPrintable(dataset.error().toString()));
    return checkDataset(std::move(dataset).value());
}

#define CHECK_SHARED(var, relative)                                                                                    \
    const auto var = checkShared(QStringLiteral(relative));                                                            \
    if (!var)                                                                                                          \
        QSKIP("../shared/data is not present (real-file accuracy needs " relative ")");

Checked checkSample(double defectRate, qint64 rows, PlanningSampleReport* report)
{
    PlanningSampleOptions options;
    options.rows = rows;
    options.seed = 7;
    options.defectRate = defectRate;
    const QByteArray bytes = generatePlanningSample(options, report);
    NullProgress progress;
    auto dataset = readCsvBytes(bytes, QStringLiteral("sample"), CsvReadOptions{}, progress);
    if (!dataset)
        qFatal("%s", qPrintable(dataset.error().toString()));
    return checkDataset(std::move(dataset).value());
}

/// The rules that should find each injected defect (any one of them on the defect's row).
QStringList expectedRules(PlanningDefect defect)
{
    switch (defect) {
    case PlanningDefect::MissingReference:
        return {QStringLiteral("PA-03-missing-value")};
    case PlanningDefect::DuplicateReference:
        return {QStringLiteral("PA-05-unique-reference")};
    case PlanningDefect::NameIsReference:
        return {QStringLiteral("PA-32-name-is-reference")};
    case PlanningDefect::DecisionBeforeStart:
        return {QStringLiteral("PA-15-decision-before-start")};
    case PlanningDefect::DayFirstDate:
        return {QStringLiteral("PA-11-iso-date")};
    case PlanningDefect::ImpossibleDate:
        return {QStringLiteral("PA-11-invalid-date")};
    case PlanningDefect::FarFutureDate:
        return {QStringLiteral("PA-13-far-future-date")};
    case PlanningDefect::StatusNotInCodelist:
        return {QStringLiteral("PA-18-status")};
    case PlanningDefect::DecisionSynonym:
        return {QStringLiteral("PA-18-decision")};
    case PlanningDefect::CodelistCase:
        return {QStringLiteral("PA-18-status"), QStringLiteral("PA-18-decision")};
    case PlanningDefect::TrailingSpace:
        return {QStringLiteral("STR-whitespace")};
    case PlanningDefect::WithdrawnWithDecision:
        return {QStringLiteral("PA-20-withdrawn-with-decision")};
    case PlanningDefect::UnknownOrganisation:
        return {QStringLiteral("PA-08-organisation"), QStringLiteral("PA-08-curie")};
    case PlanningDefect::AbolishedOrganisation:
        return {QStringLiteral("PA-09-organisation-active")};
    case PlanningDefect::MalformedPostcode:
        return {QStringLiteral("PA-29-postcode")};
    case PlanningDefect::LatLonSwapped:
        return {QStringLiteral("PA-23-crs")};
    case PlanningDefect::OutsideEngland:
        return {QStringLiteral("PA-24-england"), QStringLiteral("PA-23-crs")};
    case PlanningDefect::OsgbInWgs84:
        return {QStringLiteral("PA-23-crs")};
    case PlanningDefect::StrayWhitespace:
        return {QStringLiteral("STR-whitespace")};
    case PlanningDefect::NonBreakingSpace:
        return {QStringLiteral("STR-whitespace")};
    case PlanningDefect::Mojibake:
        return {QStringLiteral("STR-encoding")};
    case PlanningDefect::EmptyRequiredField:
        return {QStringLiteral("PA-03-missing-value"), QStringLiteral("PA-03-organisation"),
                QStringLiteral("PA-03-location")};
    case PlanningDefect::UprnExponent:
        return {QStringLiteral("PA-28-uprn")};
    }
    return {};
}

} // namespace

class TstPacksAccuracy : public QObject
{
    Q_OBJECT
private slots:
    void everySampleDefectIsFound()
    {
        PlanningSampleReport report;
        const Checked c = checkSample(0.05, 30000, &report);
        QCOMPARE(c.packs, (QStringList{QStringLiteral("structure"), QStringLiteral("planning-application")}));
        std::map<QString, std::set<qint64>> found; // rule → rows
        const auto& store = c.result.findings;
        for (std::size_t i = 0; i < store.size(); ++i)
            found[store.rules()[store.record(i).rule].id].insert(store.record(i).row);
        std::map<int, int> perKind;
        for (const auto& entry : report.defects) {
            const auto info = planningsample::planningDefectInfo(entry.defect);
            bool hit = false;
            for (const auto& rule : expectedRules(entry.defect))
                hit = hit || found[rule].count(entry.row + 1);
            QVERIFY2(hit, qPrintable(QStringLiteral("defect %1 on row %2 not found by %3")
                                         .arg(QLatin1String(info.id))
                                         .arg(entry.row + 1)
                                         .arg(expectedRules(entry.defect).join(QLatin1String(" or ")))));
            ++perKind[int(entry.defect)];
        }
        QCOMPARE(int(perKind.size()), planningsample::kPlanningDefectCount); // every kind was exercised
    }

    void cleanSampleHasNoErrorsOrWarnings()
    {
        PlanningSampleReport report;
        const Checked c = checkSample(0.0, 30000, &report);
        QVERIFY(report.defects.empty());
        if (c.result.findings.countAtLeast(Severity::Warning) != 0) {
            for (std::size_t i = 0; i < std::min<std::size_t>(c.result.findings.size(), 10); ++i)
                qWarning("%s", qPrintable(c.result.findings.message(i)));
        }
        QCOMPARE(c.result.findings.countAtLeast(Severity::Warning), std::uint64_t(0));
        QCOMPARE(c.result.findings.count(Severity::Notice), std::uint64_t(0));
    }

    void lgaExampleRegister()
    {
        CHECK_SHARED(c, "planning/example-planning-applications.csv");
        QCOMPARE(c->packs, (QStringList{QStringLiteral("structure"), QStringLiteral("planning-application")}));
        // Decision is Approve in 24 rows: a synonym of granted, suggested.
        QCOMPARE(c->count(QStringLiteral("PA-18-decision")), std::size_t(24));
        QVERIFY(c->hasValue(QStringLiteral("PA-18-decision"), QStringLiteral("Approve")));
        // DecisionType is Delegated or Committee, not the schema's labels.
        QVERIFY(c->hasValue(QStringLiteral("PA-18-decision-type"), QStringLiteral("Delegated")));
        QVERIFY(c->hasValue(QStringLiteral("PA-18-decision-type"), QStringLiteral("Committee")));
        // One Status is 'Live ' (trailing space); one is blank although the row has a decision and a date.
        QVERIFY(c->hasValue(QStringLiteral("STR-whitespace"), QStringLiteral("Live "), QStringLiteral("Status")));
        QVERIFY(c->hasValue(QStringLiteral("PA-18-status"), QStringLiteral("Live ")));
        QCOMPARE(c->rows(QStringLiteral("PA-20-decision-without-status")), (std::set<qint64>{25}));
        // One withdrawn row has a decision and a decision date.
        QCOMPARE(c->rows(QStringLiteral("PA-20-withdrawn-with-decision")), (std::set<qint64>{11}));
        QCOMPARE(c->rows(QStringLiteral("PA-20-withdrawn-with-decision-date")), (std::set<qint64>{11}));
        // In 6 rows the consultation ends after the decision.
        QCOMPARE(c->count(QStringLiteral("PA-16-consultation-after-decision")), std::size_t(6));
        // ClassificationURI holds pipe-joined values, some with trailing spaces.
        QVERIFY(c->count(QStringLiteral("PA-19-separator"), QStringLiteral("ClassificationURI")) >= 5);
        QVERIFY(c->count(QStringLiteral("STR-whitespace"), QStringLiteral("ClassificationURI")) >= 1);
        // GroundArea mixes hectares (0.08, 1.16) with square metres.
        QVERIFY(c->hasValue(QStringLiteral("PA-31-hectares"), QStringLiteral("0.08")));
        QVERIFY(c->hasValue(QStringLiteral("PA-31-hectares"), QStringLiteral("1.16")));
        QVERIFY(!c->hasValue(QStringLiteral("PA-31-hectares"), QStringLiteral("20696")));
        // The 3 NMA cases have no coordinates.
        QCOMPARE(c->rows(QStringLiteral("PA-03-location")), (std::set<qint64>{7, 16, 17}));
        // CaseReference uses several patterns (NMA/2013/0233, 13/10972 beside 13/00858/HCC3S).
        QVERIFY(c->hasValue(QStringLiteral("PA-06-reference-format"), QStringLiteral("13/10972")));
        QVERIFY(c->hasValue(QStringLiteral("PA-06-reference-format"), QStringLiteral("NMA/2013/0233")));
        QVERIFY(c->messages(QStringLiteral("PA-06-reference-format"))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("follow 3 formats")));
        // Messages name the row by number and by the user's key.
        QVERIFY(c->messages(QStringLiteral("PA-20-decision-without-status"))
                    .value(0)
                    .startsWith(QStringLiteral("Row 25 (CaseReference 14/00863/CMA): ")));
        // PA-17 (info): 10 cases took more than 8 weeks from CaseDate to DecisionDate (none is marked major in a
        // development-scale column), e.g. 13/01142/CMA: 163 days.
        QCOMPARE(c->rows(QStringLiteral("PA-17-determination-time")),
                 (std::set<qint64>{1, 5, 6, 8, 9, 10, 11, 14, 19, 20}));
        QVERIFY(c->messages(QStringLiteral("PA-17-determination-time"))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("163 days after 22/05/2013, more than the 8-week period (56 days)")));
        // PA-12: the dates are all day-first or ambiguous; no month-first evidence, so no finding.
        QCOMPARE(c->count(QStringLiteral("PA-12-day-month-order")), std::size_t(0));
    }

    void mhclgPlanningApplications()
    {
        CHECK_SHARED(c, "planning/planning-application.csv");
        QCOMPARE(c->packs, (QStringList{QStringLiteral("structure"), QStringLiteral("planning-application")}));
        // Lewisham rows look column-shifted: officer-name=major, development-scale=true.
        QVERIFY(c->hasValue(QStringLiteral("PA-21-officer-name"), QStringLiteral("major")));
        QVERIFY(c->hasValue(QStringLiteral("PA-18-development-scale"), QStringLiteral("true")));
        // Two Hackney withdrawn-dates hold another application's reference.
        QVERIFY(c->hasValue(QStringLiteral("PA-11-withdrawn-date"), QStringLiteral("2011/0734")));
        QVERIFY(c->hasValue(QStringLiteral("PA-11-withdrawn-date"), QStringLiteral("2025/1674")));
        // development-scale is false in three rows.
        QCOMPARE(c->of(QStringLiteral("PA-18-development-scale")).size(), std::size_t(4));
        // planning-authority missing in 1 row, received-date in 2.
        QCOMPARE(c->count(QStringLiteral("PA-03-organisation")), std::size_t(1));
        QCOMPARE(c->count(QStringLiteral("PA-03-missing-value"), QStringLiteral("received-date")), std::size_t(2));
        // name copies the reference in 7 rows, and is empty in 6 (a quarter of the rows).
        QCOMPARE(c->count(QStringLiteral("PA-32-name-is-reference")), std::size_t(7));
        QCOMPARE(c->count(QStringLiteral("PA-32-name-missing")), std::size_t(1));
        // One row has the multi-valued type full;lbc.
        QVERIFY(c->hasValue(QStringLiteral("PA-18-several-types"), QStringLiteral("full;lbc")));
        QCOMPARE(c->count(QStringLiteral("PA-18-application-type")), std::size_t(0)); // both types are valid
        // References follow several patterns (reported per authority).
        QVERIFY(c->count(QStringLiteral("PA-06-reference-format")) >= 1);
        // PA-07: every suffix agrees with its type (17/05993/OUT outline-some, 26/01092/ROC s73, 26/01163/DRC
        // approval-condition, 25/00888/PIP pip…); 132900/LPL/2022 and DC/15/… carry no mapped suffix.
        QCOMPARE(c->count(QStringLiteral("PA-07-reference-suffix")), std::size_t(0));
    }

    void mhclgPlanningConditions()
    {
        CHECK_SHARED(c, "planning/planning-condition.csv");
        QCOMPARE(c->packs, (QStringList{QStringLiteral("structure"), QStringLiteral("planning-condition")}));
        QCOMPARE(c->count(QStringLiteral("PA-32-condition-scoped")), std::size_t(62)); // con01…, condition-01…
        QVERIFY(c->hasValue(QStringLiteral("PA-32-condition-scoped"), QStringLiteral("con01")));
        QVERIFY(!c->hasValue(QStringLiteral("PA-32-condition-scoped"), QStringLiteral("17_05993_OUT-condition-01")));
        QCOMPARE(c->count(QStringLiteral("PA-32-condition-reason")), std::size_t(3));
        QVERIFY(c->messages(QStringLiteral("PC-03-long-description"))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("9655")));
    }

    void meltonBrownfieldRegister()
    {
        CHECK_SHARED(c, "planning/029cc49adb09689874d3424fbb3b58baefe106a311e8e8ebbc8beb6e0eae5201");
        QCOMPARE(c->packs, (QStringList{QStringLiteral("structure"), QStringLiteral("brownfield-land")}));
        // GeoX/GeoY are ETRS89 geocentric X/Y: invalid coordinates (an error) in every row.
        QCOMPARE(c->count(QStringLiteral("PA-23-coordinates")), std::size_t(19));
        for (std::size_t i = 0; i < c->result.findings.size(); ++i)
            if (c->result.findings.rules()[c->result.findings.record(i).rule].id == QLatin1String("PA-23-coordinates"))
                QCOMPARE(c->result.findings.record(i).severity, Severity::Error);
        // The CRS is labelled ETRS89 in some rows and OSGB36 in others.
        QCOMPARE(c->count(QStringLiteral("BF-04-crs-consistent")), std::size_t(2));
        QCOMPARE(c->count(QStringLiteral("PA-23-declared-crs")), std::size_t(19));
        // One outlier reads -215452.8607.
        QCOMPARE(c->rows(QStringLiteral("PA-26-coordinates-outlier")), (std::set<qint64>{11}));
        // OrganisationURI uses /doc/, with a trailing space in 17 of 19 rows.
        QCOMPARE(c->count(QStringLiteral("PA-08-uri-doc")), std::size_t(19));
        QCOMPARE(c->count(QStringLiteral("STR-whitespace"), QStringLiteral("OrganisationURI")), std::size_t(17));
        // SiteReference has trailing spaces and mixes planning references with site codes.
        QVERIFY(
            c->hasValue(QStringLiteral("STR-whitespace"), QStringLiteral("LONG3 "), QStringLiteral("SiteReference")));
        QVERIFY(c->hasValue(QStringLiteral("STR-whitespace"), QStringLiteral("The Gollings "),
                            QStringLiteral("SiteReference")));
        QCOMPARE(c->count(QStringLiteral("BF-03-reference-format")), std::size_t(1));
        // Addresses use ';' as separator; PlanningHistory holds URLs separated by '|' and newlines.
        QVERIFY(c->count(QStringLiteral("BF-09-address-separator")) >= 1);
        QVERIFY(c->count(QStringLiteral("BF-08-planning-history")) >= 1);
        QVERIFY(c->count(QStringLiteral("PA-19-separator"), QStringLiteral("PlanningHistory")) >= 1);
        // Dates are dd/mm/yyyy.
        QVERIFY(c->count(QStringLiteral("PA-11-iso-date"), QStringLiteral("PermissionDate")) >= 1);
        // MinNetDwellings disagrees with the description: 6 vs "demolish existing bungalow and replace with 7
        // dwellings" (row 14). 7 new less the 1 bungalow demolished is 6 net, so it is a notice that says so, with
        // 7 as the suggestion. The other 18 rows agree or cannot be judged: "(5 flats) … 9 dwellings" = 4 net,
        // "17 … with … 120 new dwellings" = 137, "45-65 new homes" and "up to 53" are ranges and limits.
        QCOMPARE(c->rows(QStringLiteral("BF-11-dwellings-description")), (std::set<qint64>{14}));
        for (std::size_t i = 0; i < c->result.findings.size(); ++i)
            if (c->result.findings.rules()[c->result.findings.record(i).rule].id ==
                QLatin1String("BF-11-dwellings-description")) {
                QCOMPARE(c->result.findings.record(i).severity, Severity::Notice);
                QCOMPARE(c->result.findings.finding(i).suggestion, QStringLiteral("7"));
                QVERIFY(c->result.findings.message(i).contains(QStringLiteral("the text gives 7")));
            }
    }

    void conservationAreaCompilation()
    {
        CHECK_SHARED(c, "planning/Existing_NoDups_NotLessThanZero.csv");
        QCOMPARE(c->packs, (QStringList{QStringLiteral("structure"), QStringLiteral("conservation-area")}));
        // The file is Windows-1252, not UTF-8: one table-level finding.
        QCOMPARE(c->count(QStringLiteral("STR-encoding")), std::size_t(1));
        QVERIFY(c->messages(QStringLiteral("STR-encoding")).value(0).contains(QStringLiteral("windows-1252")));
        // reference is empty in all 1,890 rows: one column finding that counts them, not 1,890 row findings.
        QCOMPARE(c->count(QStringLiteral("CA-01-required"), QStringLiteral("reference")), std::size_t(1));
        const int caRequired = c->result.findings.ruleIndex(QStringLiteral("CA-01-required"));
        QCOMPARE(c->result.findings.summarisedRows(std::uint32_t(caRequired)), std::uint64_t(1890));
        QCOMPARE(c->count(QStringLiteral("STR-empty-column"), QStringLiteral("reference")), std::size_t(1));
        // document_url holds page numbers in 612 rows.
        QCOMPARE(c->count(QStringLiteral("PA-30-url"), QStringLiteral("document_url")), std::size_t(612));
        QVERIFY(c->hasValue(QStringLiteral("PA-30-url"), QStringLiteral("P7"), QStringLiteral("document_url")));
        // AppraisalDocument holds "No appraisal document" in 574 rows.
        QVERIFY(c->count(QStringLiteral("CA-03-urls"), QStringLiteral("AppraisalDocument")) >= 574);
        // geometry is WKT in only 10 rows and repeated in PolygonMapped?.
        QCOMPARE(c->count(QStringLiteral("CA-02-empty-column"), QStringLiteral("geometry")), std::size_t(1));
        QCOMPARE(c->count(QStringLiteral("CA-04-polygon-copy")), std::size_t(10));
        // start_date is a bare year.
        QVERIFY(
            c->hasValue(QStringLiteral("CA-05-date-precision"), QStringLiteral("1969"), QStringLiteral("start_date")));
        // Column naming mixes CamelCase, kebab-case and snake_case.
        QCOMPARE(c->count(QStringLiteral("STR-header-naming")), std::size_t(1));
        // 89 LPAs, including abolished ones such as Allerdale.
        QVERIFY(c->hasValue(QStringLiteral("PA-09-organisation-current"), QStringLiteral("Allerdale Borough Council")));
        QVERIFY(
            !c->hasValue(QStringLiteral("PA-09-organisation-current"), QStringLiteral("Amber Valley Borough Council")));
    }

    void democracyClubCandidates()
    {
        CHECK_SHARED(c, "political/democracyclub-ge2015-candidates.csv");
        QCOMPARE(c->packs, (QStringList{QStringLiteral("structure"), QStringLiteral("candidates")}));
        // gender: Male 504 and Female 143 normalise; "Man (sex)" is kept as free text (info).
        QCOMPARE(c->count(QStringLiteral("VOC-01-gender")), std::size_t(504 + 143 + 1));
        QVERIFY(c->hasValue(QStringLiteral("VOC-01-gender"), QStringLiteral("Man (sex)")));
        // birth_date: 55 year-only, 2,506 empty.
        QCOMPARE(c->count(QStringLiteral("DATE-09-birth-precision")), std::size_t(55));
        QCOMPARE(c->count(QStringLiteral("CMP-01-completeness"), QStringLiteral("birth_date")), std::size_t(1));
        // Conflicting duplicates for ids 7235 and 7181: elected '' against 'False'.
        std::set<QString> ids;
        const auto& store = c->result.findings;
        for (std::size_t i = 0; i < store.size(); ++i)
            if (store.rules()[store.record(i).rule].id == QLatin1String("CSV-01-conflicting-duplicates"))
                ids.insert(c->dataset.tables.front()->cellText(store.record(i).row - 1, 1));
        QCOMPARE(ids, (std::set<QString>{QStringLiteral("7235"), QStringLiteral("7181")}));
        // 9 names with stray spaces; 14 rows with a leading or trailing space (one more has a doubled space inside
        // an honorific suffix, 'BA  CPFA'); one email with trailing spaces.
        QCOMPARE(c->count(QStringLiteral("STR-whitespace"), QStringLiteral("name")), std::size_t(9));
        QCOMPARE(c->rows(QStringLiteral("STR-whitespace")).size(), std::size_t(15));
        QVERIFY(c->hasValue(QStringLiteral("STR-whitespace"), QStringLiteral("BA  CPFA")));
        QCOMPARE(c->count(QStringLiteral("STR-whitespace"), QStringLiteral("email")), std::size_t(1));
        // party_id empty in 220 rows.
        QCOMPARE(c->count(QStringLiteral("CSV-02-party-id-missing")), std::size_t(220));
        // elected mostly empty.
        QCOMPARE(c->count(QStringLiteral("CMP-01-completeness"), QStringLiteral("elected")), std::size_t(1));
        // 31 names shared by different ids.
        std::set<QString> names;
        for (std::size_t i = 0; i < store.size(); ++i)
            if (store.rules()[store.record(i).rule].id == QLatin1String("CSV-04-shared-name"))
                names.insert(c->dataset.tables.front()->cellText(store.record(i).row - 1, 0).trimmed());
        QCOMPARE(names.size(), std::size_t(31));
        // No errors apart from the conflicting duplicates.
        QCOMPARE(c->result.findings.count(Severity::Error), std::uint64_t(4));
    }

    void kenyaTermCsv()
    {
        CHECK_SHARED(c, "political/kenya-assembly-term-11.csv");
        QCOMPARE(c->packs, (QStringList{QStringLiteral("structure"), QStringLiteral("candidates")}));
        // Exact duplicate memberships: Rose Auma Ogendo (49d3890c-…) and 64125136-….
        QCOMPARE(c->count(QStringLiteral("STR-duplicate-row")), std::size_t(2));
        // Shakila Abdalla / Shakila Abdalla Mohamed on area/lamu.
        QVERIFY(c->hasValue(QStringLiteral("NAME-01-similar-names"), QStringLiteral("Shakila Abdalla")));
        QCOMPARE(c->count(QStringLiteral("NAME-01-similar-names")), std::size_t(2));
        // 54 glued e-mail addresses.
        QCOMPARE(c->count(QStringLiteral("VOC-02-email")), std::size_t(54));
        // Honorifics inside names.
        for (const auto& name : {QStringLiteral("Dr. Hellen Sambili"), QStringLiteral("MAJ GEN (rtd) Joseph Nkaissery"),
                                 QStringLiteral("Eng Joseph Gachoki Gitari")})
            QVERIFY2(c->hasValue(QStringLiteral("NAME-02-honorific"), name), qPrintable(name));
        // gender missing for most members.
        QCOMPARE(c->count(QStringLiteral("CMP-01-completeness"), QStringLiteral("gender")), std::size_t(1));
        // Party ids follow mixed schemes (TNA beside orange_democratic_movement).
        QCOMPARE(c->count(QStringLiteral("ID-05-id-schemes")), std::size_t(1));
        // 8 area ids each hold two undated members; 12 memberships have no area.
        QCOMPARE(c->count(QStringLiteral("OVL-03-concurrent-holders")), std::size_t(16));
        QCOMPARE(c->count(QStringLiteral("OVL-00-area-missing")), std::size_t(12));
    }

    void ukTermCsvIsCleanEnough()
    {
        CHECK_SHARED(c, "political/uk-commons-term-56.csv");
        QCOMPARE(c->packs, (QStringList{QStringLiteral("structure"), QStringLiteral("candidates")}));
        // Mostly clean: the party switch (Michelle Thomson) and homonyms raise nothing.
        QCOMPARE(c->result.findings.countAtLeast(Severity::Warning), std::uint64_t(0));
        QCOMPARE(c->count(QStringLiteral("OVL-02-overlapping-memberships")), std::size_t(0));
        // facebook holds URLs where the EP documentation says page names.
        QVERIFY(c->count(QStringLiteral("VOC-03-facebook")) >= 230);
    }
};

QTEST_APPLESS_MAIN(TstPacksAccuracy)
#include "tst_packs_accuracy.moc"
