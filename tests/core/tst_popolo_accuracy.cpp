// Accuracy of the popolo pack on the three real EveryPolitician files: every defect that
// ../shared/data/political/SOURCES.md lists for them is found by the right rule, and the UK file's homonyms and
// legitimate party switches are not reported as errors. QSKIPs when the shared folder is absent.
#include "popolo_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::testing;

namespace {

QString political(const char* file)
{
    return QStringLiteral(PLUMBLINE_SHARED_DATA "/political/") + QLatin1String(file);
}

#define REQUIRE_FILE(path)                                                                                             \
    if (!QFileInfo::exists(path))                                                                                      \
        QSKIP(qPrintable(QStringLiteral("shared data not present: ") + (path)));

/// Cell of the table a finding is on, by column name.
QString cellOf(const PopoloRun& run, std::size_t i, const QString& column)
{
    const auto& store = run.result.findings;
    const auto& r = store.record(i);
    const auto table = store.tables()[r.table].table;
    const int c = table->columnIndex(column);
    return c < 0 || r.row == 0 ? QString() : table->cellText(r.row - 1, c);
}

bool anyContains(const QStringList& messages, const QString& text)
{
    return std::any_of(messages.begin(), messages.end(), [&](const QString& m) { return m.contains(text); });
}

std::size_t popoloErrors(const PopoloRun& run)
{
    std::size_t n = 0;
    const auto& store = run.result.findings;
    for (std::size_t i = 0; i < store.size(); ++i)
        n += store.rules()[store.record(i).rule].pack == QLatin1String("popolo") &&
                     store.record(i).severity == Severity::Error
                 ? 1
                 : 0;
    return n;
}

/// A copy of a Popolo file whose memberships each get an own id ("membership/1", …) in dir, as publishers that
/// number their memberships write them.
QString withMembershipIds(const QString& path, const QTemporaryDir& dir)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray memberships = root.value(QLatin1String("memberships")).toArray();
    for (qsizetype i = 0; i < memberships.size(); ++i) {
        QJsonObject m = memberships[i].toObject();
        m.insert(QStringLiteral("id"), QStringLiteral("membership/%1").arg(i + 1));
        memberships[i] = m;
    }
    root.insert(QStringLiteral("memberships"), memberships);
    const QString out = dir.filePath(QFileInfo(path).fileName());
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0)
        return {};
    return out;
}

} // namespace

class TstPopoloAccuracy : public QObject
{
    Q_OBJECT
private slots:
    void kenya()
    {
        const QString path = political("kenya-assembly-ep-popolo-v1.0.json");
        REQUIRE_FILE(path);
        const PopoloRun run = runPopolo(path);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.count(QStringLiteral("VOC-06-identity-as-party")), std::size_t(0)); // parties are parties
        QVERIFY(run.packs.contains(QStringLiteral("popolo")));
        QVERIFY(!run.packs.contains(QStringLiteral("candidates")));

        // Exact duplicate memberships: Rose Auma Ogendo (49d3890c-…) and 64125136-….
        std::set<QString> duplicated;
        for (const std::size_t i : run.of(QStringLiteral("OVL-01-duplicate-membership"))) {
            QCOMPARE(run.result.findings.record(i).severity, Severity::Error);
            duplicated.insert(cellOf(run, i, QStringLiteral("person_id")));
        }
        QCOMPARE(duplicated, (std::set<QString>{QStringLiteral("49d3890c-2b23-4b5b-aeee-a537e1fd1459"),
                                                QStringLiteral("64125136-c60a-4f12-9385-6d9aabcaa7b5")}));
        QCOMPARE(run.count(QStringLiteral("OVL-02-overlap")), std::size_t(0)); // duplicates are OVL-01's only

        // Shakila Abdalla / Shakila Abdalla Mohamed, both on area/lamu: a possible duplicate, a warning.
        QCOMPARE(run.records(QStringLiteral("NAME-01-duplicate-person")),
                 (std::set<QString>{QStringLiteral("52048028-322f-4f08-ab06-bdfebd6ad15b"),
                                    QStringLiteral("238fadb6-bfb4-40b6-bf11-91e4d7cf205b")}));
        QCOMPARE(run.countAtLeast(QStringLiteral("NAME-01-duplicate-person"), Severity::Error), std::size_t(0));
        QVERIFY(anyContains(run.messages(QStringLiteral("NAME-01-duplicate-person")), QStringLiteral("area/lamu")));

        // 54 e-mail values glued together with mailto:, each with the split addresses as the suggestion.
        const auto emails = run.of(QStringLiteral("VOC-02-email"));
        QCOMPARE(emails.size(), std::size_t(54));
        for (const std::size_t i : emails) {
            const auto& r = run.result.findings.record(i);
            QVERIFY(run.result.findings.qtext(r.value).contains(QLatin1String("mailto:")));
            QVERIFY(r.hasSuggestion() && run.result.findings.qtext(r.suggestion).contains(QLatin1Char(';')));
        }

        // Honorifics inside names.
        const auto titled = run.values(QStringLiteral("NAME-02-honorific"));
        for (const char* name : {"Dr. Hellen Sambili", "MAJ GEN (rtd) Joseph Nkaissery", "Eng Joseph Gachoki Gitari"})
            QVERIFY2(titled.count(QString::fromUtf8(name)), name);

        // birth_date at mixed precision: 35 × YYYY beside 82 × YYYY-MM-DD.
        const QStringList precision = run.messages(QStringLiteral("DATE-09-precision"));
        QVERIFY(anyContains(precision, QStringLiteral("birth_date mixes precisions: 82 × YYYY-MM-DD, 35 × YYYY")));
        QCOMPARE(std::count_if(precision.begin(), precision.end(),
                               [](const QString& m) { return m.contains(QLatin1String("gives only the year")); }),
                 35);

        // gender missing for 338 of 350 persons.
        QVERIFY(anyContains(run.messages(QStringLiteral("VOC-01-gender-missing")), QStringLiteral("338 of 350")));

        // Party ids in mixed schemes: the upper-case codes beside party/….
        QCOMPARE(run.values(QStringLiteral("ID-05-id-schemes")),
                 (std::set<QString>{QStringLiteral("APK"), QStringLiteral("IND"), QStringLiteral("MDM"),
                                    QStringLiteral("MDP"), QStringLiteral("PDP"), QStringLiteral("TNA"),
                                    QStringLiteral("UDF"), QStringLiteral("URP")}));

        // Ford Kenya = Forum For The Restoration Of Democracy - Kenya (aliases codelist).
        QCOMPARE(run.values(QStringLiteral("VOC-05-duplicate-party")),
                 (std::set<QString>{QStringLiteral("Ford Kenya"),
                                    QStringLiteral("Forum For The Restoration Of Democracy - Kenya")}));

        // The 8 areas with two undated holders (not kisumu or ruaraka, whose two rows are one person).
        QCOMPARE(run.records(QStringLiteral("OVL-03-area-seats")),
                 (std::set<QString>{QStringLiteral("area/bondo"), QStringLiteral("area/embu"),
                                    QStringLiteral("area/kajiado_central"), QStringLiteral("area/kajiado_north"),
                                    QStringLiteral("area/kiambu"), QStringLiteral("area/lamu"),
                                    QStringLiteral("area/makueni"), QStringLiteral("area/vihiga")}));
        QVERIFY(anyContains(run.messages(QStringLiteral("OVL-03-area-seats")),
                            QStringLiteral("none of these memberships has dates")));

        // 12 memberships without area_id (nominated members): information, not an error.
        QCOMPARE(run.count(QStringLiteral("REF-04-no-area")), std::size_t(12));
        QCOMPARE(run.countAtLeast(QStringLiteral("REF-04-no-area"), Severity::Notice), std::size_t(0));

        // Every reference resolves.
        for (const char* rule : {"REF-01-person", "REF-02-organization", "REF-03-party", "REF-04-area", "REF-05-term"})
            QCOMPARE(run.count(QString::fromLatin1(rule)), std::size_t(0));
    }

    void burundi()
    {
        const QString path = political("burundi-assembly-ep-popolo-v1.0.json");
        REQUIRE_FILE(path);
        const PopoloRun run = runPopolo(path);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

        // 18 people twice with different ids and the same name (one per term): possible duplicates, never errors.
        const auto persons = run.dataset.table(QStringLiteral("persons"));
        std::map<QString, std::set<QString>> byName; // name key (case and punctuation folded) → reported ids
        for (const std::size_t i : run.of(QStringLiteral("NAME-01-duplicate-person"))) {
            QVERIFY(run.result.findings.record(i).severity <= Severity::Warning);
            QString key = run.result.findings.qtext(run.result.findings.record(i).value).toCaseFolded();
            key.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
            byName[key].insert(run.recordOf(i));
        }
        std::size_t pairsOfSameName = 0;
        for (const auto& [name, ids] : byName)
            pairsOfSameName += ids.size() == 2 ? 1 : 0;
        QVERIFY2(pairsOfSameName >= 18, qPrintable(QString::number(pairsOfSameName)));
        QVERIFY(byName.count(QStringLiteral("gafurerol\u00e9ocadie")));
        QVERIFY(byName.count(QStringLiteral("karerwamomamo"))); // "KARERWA MO- MAMO" / "KARERWA Mo-Mamo"

        // Family names in capitals, with the title-cased name as the suggestion.
        bool gafurero = false;
        for (const std::size_t i : run.of(QStringLiteral("NAME-06-capitals"))) {
            const auto& r = run.result.findings.record(i);
            if (run.result.findings.qtext(r.value) == QStringLiteral("GAFURERO L\u00e9ocadie")) {
                QCOMPARE(run.result.findings.qtext(r.suggestion), QStringLiteral("Gafurero L\u00e9ocadie"));
                gafurero = true;
            }
        }
        QVERIFY(gafurero);
        QVERIFY(run.count(QStringLiteral("NAME-06-capitals")) >= 200);

        // The placeholder party '-': its 5 memberships and its own id and name.
        QCOMPARE(run.count(QStringLiteral("VOC-04-placeholder-party")), std::size_t(5));
        QCOMPARE(run.values(QStringLiteral("VOC-04-placeholder-party")), (std::set<QString>{QStringLiteral("-")}));
        QCOMPARE(run.values(QStringLiteral("ID-05-placeholder-id")), (std::set<QString>{QStringLiteral("-")}));
        QCOMPARE(run.values(QStringLiteral("VOC-04-placeholder-organization")),
                 (std::set<QString>{QStringLiteral("-")}));

        // Organization ids with a space and a typographic apostrophe.
        QCOMPARE(run.values(QStringLiteral("ID-05-id-characters")),
                 (std::set<QString>{QStringLiteral("FRODEBU NYAKURI"),
                                    QStringLiteral("party/abigenga_mizero_y\u2019abarundi")}));

        // ABIGENGA MIZERO / ABIGENGA MIZERO Y’ABARUNDI.
        QCOMPARE(
            run.values(QStringLiteral("VOC-05-duplicate-party")),
            (std::set<QString>{QStringLiteral("ABIGENGA MIZERO"), QStringLiteral("ABIGENGA MIZERO Y\u2019ABARUNDI")}));

        // Term 2010 runs from "2010" (year) to "2015-04-30" (day).
        bool term2010 = false;
        for (const std::size_t i : run.of(QStringLiteral("DATE-09-precision"), QStringLiteral("events")))
            term2010 =
                term2010 || (run.recordOf(i) == QLatin1String("term/2010") &&
                             run.result.findings.message(i).contains(QLatin1String("'2015-04-30' gives the day")));
        QVERIFY(term2010);

        // national_identity holds ethnic labels.
        QVERIFY(anyContains(run.messages(QStringLiteral("PRIV-01-sensitive")), QStringLiteral("national_identity")));
        QVERIFY(anyContains(run.messages(QStringLiteral("PRIV-01-sensitive")), QStringLiteral("121 of 227")));

        // "TWA", an ethnic group with reserved seats, is modelled as a party: the one organization reported, a
        // warning whose message says where the label comes from.
        QCOMPARE(run.values(QStringLiteral("VOC-06-identity-as-party")), (std::set<QString>{QStringLiteral("TWA")}));
        QCOMPARE(run.count(QStringLiteral("VOC-06-identity-as-party")), std::size_t(1));
        QCOMPARE(run.result.findings.record(run.of(QStringLiteral("VOC-06-identity-as-party")).front()).severity,
                 Severity::Warning);
        QVERIFY(anyContains(run.messages(QStringLiteral("VOC-06-identity-as-party")),
                            QStringLiteral("persons.national_identity of 3 persons")));

        // Multi-member areas: recognised and reported once, not as a warning per area.
        QCOMPARE(run.count(QStringLiteral("OVL-03-area-seats")), std::size_t(1));
        QCOMPARE(run.countAtLeast(QStringLiteral("OVL-03-area-seats"), Severity::Warning), std::size_t(0));
        QVERIFY(anyContains(run.messages(QStringLiteral("OVL-03-area-seats")), QStringLiteral("multi-member")));
        QCOMPARE(popoloErrors(run), std::size_t(0));
    }

    void burundiSeatsAreConfigurable()
    {
        const QString path = political("burundi-assembly-ep-popolo-v1.0.json");
        REQUIRE_FILE(path);
        QTemporaryDir dir;
        auto packWith = [&](int seats) {
            const QString file = dir.filePath(QStringLiteral("seats-%1.json").arg(seats));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                return QString();
            out.write(
                QStringLiteral(R"({"pack": "burundi-seats", "includes": ["popolo"], "disable": ["OVL-03-area-seats"],
                "rules": [{"id": "OVL-03-seats", "title": "Seats per area", "severity": "warning", "table": "areas",
                           "kind": "seats", "params": {"check": "area", "default-seats": %1},
                           "message": "Area {value}: {detail}."}]})")
                    .arg(seats)
                    .toUtf8());
            return file;
        };
        const PopoloRun generous = runPopolo(path, {packWith(11)});
        QVERIFY2(generous.error.isEmpty(), qPrintable(generous.error));
        QCOMPARE(generous.count(QStringLiteral("OVL-03-seats")), std::size_t(0));
        const PopoloRun tight = runPopolo(path, {packWith(5)});
        QVERIFY(tight.count(QStringLiteral("OVL-03-seats")) > 0);
        QCOMPARE(tight.countAtLeast(QStringLiteral("OVL-03-seats"), Severity::Warning),
                 tight.count(QStringLiteral("OVL-03-seats")));
        for (const auto& m : tight.messages(QStringLiteral("OVL-03-seats")))
            QVERIFY2(m.contains(QLatin1String("for 5 seats")), qPrintable(m));
    }

    void duplicateMembershipsWithOwnIds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("persons");
        QTest::newRow("kenya") << QStringLiteral("kenya-assembly-ep-popolo-v1.0.json")
                               << QStringList{QStringLiteral("49d3890c-2b23-4b5b-aeee-a537e1fd1459"),
                                              QStringLiteral("64125136-c60a-4f12-9385-6d9aabcaa7b5")};
        QTest::newRow("uk") << QStringLiteral("uk-commons-ep-popolo-v1.0.json") << QStringList();
    }
    void duplicateMembershipsWithOwnIds()
    {
        // With an id of their own the Kenya duplicates no longer repeat exactly; OVL-01 still finds them (naming the
        // first row and its id), and the UK's party switches and by-elections are still not duplicates.
        QFETCH(QString, file);
        QFETCH(QStringList, persons);
        const QString path = political(qPrintable(file));
        REQUIRE_FILE(path);
        QTemporaryDir dir;
        const QString copy = withMembershipIds(path, dir);
        QVERIFY(!copy.isEmpty());
        const PopoloRun run = runPopolo(copy);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QStringList found;
        for (const std::size_t i : run.of(QStringLiteral("OVL-01-duplicate-membership"))) {
            found << cellOf(run, i, QStringLiteral("person_id"));
            QVERIFY2(run.result.findings.message(i).contains(QLatin1String("in every field but id")),
                     qPrintable(run.result.findings.message(i)));
        }
        found.sort();
        QCOMPARE(found, persons);
        QCOMPARE(run.count(QStringLiteral("OVL-02-overlap")), std::size_t(0));
    }

    void ukCommons()
    {
        const QString path = political("uk-commons-ep-popolo-v1.0.json");
        REQUIRE_FILE(path);
        const PopoloRun run = runPopolo(path);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

        // The 5 same-name pairs are different people, and the 36 person×term pairs with several memberships are
        // party switches and by-elections: none is a duplicate person or an overlap, and nothing is an error.
        QCOMPARE(run.count(QStringLiteral("NAME-01-duplicate-person")), std::size_t(0));
        QCOMPARE(run.count(QStringLiteral("OVL-01-duplicate-membership")), std::size_t(0));
        QCOMPARE(run.count(QStringLiteral("OVL-02-overlap")), std::size_t(0));
        QCOMPARE(run.count(QStringLiteral("OVL-03-area-seats")), std::size_t(0));
        QCOMPARE(run.count(QStringLiteral("VOC-06-identity-as-party")), std::size_t(0)); // no identity labels
        QCOMPARE(popoloErrors(run), std::size_t(0));

        // Term 56: 651 memberships for 650 seats, explained by Michelle Thomson's switch — a notice at most.
        const auto seats = run.of(QStringLiteral("OVL-04-legislature-seats"));
        QCOMPARE(seats.size(), std::size_t(1));
        QCOMPARE(run.result.findings.record(seats.front()).severity, Severity::Notice);
        const QString explained = run.result.findings.message(seats.front());
        QVERIFY2(explained.contains(QLatin1String("651 memberships for 650 seats")) &&
                     explained.contains(QLatin1String("Michelle Thomson")),
                 qPrintable(explained));

        // gender missing for 564 of 1,337 persons.
        QVERIFY(anyContains(run.messages(QStringLiteral("VOC-01-gender-missing")), QStringLiteral("564 of 1,337")));

        // Twitter as a URL (546) or a bare handle (41).
        const QStringList twitter = run.messages(QStringLiteral("VOC-03-twitter"));
        QVERIFY(anyContains(twitter, QStringLiteral("41 bare handles, 546 URLs")));
        QCOMPARE(
            std::count_if(twitter.begin(), twitter.end(),
                          [](const QString& m) { return m.contains(QLatin1String("is a bare handle where most")); }),
            41);

        // 571 persons with the same link under http and https.
        std::set<QString> owners;
        for (const std::size_t i : run.of(QStringLiteral("VOC-03-duplicate-link")))
            owners.insert(cellOf(run, i, QStringLiteral("_parent_id")));
        QCOMPARE(owners.size(), std::size_t(571));
    }
};

QTEST_APPLESS_MAIN(TstPopoloAccuracy)
#include "tst_popolo_accuracy.moc"
