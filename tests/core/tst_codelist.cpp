#include "values/codelist.h"
#include "values_test_support.h"

#include <QTest>

using namespace plumbline::values;

Q_DECLARE_METATYPE(CodeMatchKind)

namespace {

std::string_view view(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

/// The codelists the tests use, shaped like the built-in packs will be.
Codelist decisions()
{
    Codelist c;
    c.add("granted", {"Approve", "Approved", "Permitted", "Conditional Approval", "Grant"});
    c.add("refused", {"Refuse", "Refusal"});
    c.add("granted-not-required");
    c.add("split-decision", {"Split Decision - Part Grant Part Refuse"});
    return c;
}

Codelist applicationTypes()
{
    return Codelist{"hh",
                    "full",
                    "outline",
                    "outline-all",
                    "outline-some",
                    "reserved-matters",
                    "lbc",
                    "advertising",
                    "demolition-con-area",
                    "ldc",
                    "ldc-existing-use",
                    "ldc-proposed-work-lb",
                    "prior-approval",
                    "s73",
                    "approval-condition",
                    "non-material-amendment",
                    "pip"};
}

Codelist gender()
{
    Codelist c;
    c.add("male", {"M", "Man", "Homme", "Man (sex)"});
    c.add("female", {"F", "Woman", "Femme"});
    c.add("other");
    return c;
}

Codelist planningStatus()
{
    return Codelist{"permissioned", "not-permissioned", "pending-decision"};
}

} // namespace

class TestCodelist : public QObject
{
    Q_OBJECT

private slots:
    void match_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<CodeMatchKind>("kind");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<int>("distance");
        const auto row = [](const char* name, const char* list, const char* in, CodeMatchKind k, const char* canonical,
                            int distance = 0) {
            QTest::newRow(name) << QString::fromLatin1(list) << QByteArray(in) << k << QByteArray(canonical)
                                << distance;
        };
        using K = CodeMatchKind;
        row("exact", "decision", "granted", K::Exact, "granted");
        row("case", "decision", "Granted", K::Normalised, "granted");
        row("padded", "decision", " refused ", K::Normalised, "refused");
        row("synonym (Hampshire Approve, PA-18)", "decision", "Approve", K::Synonym, "granted");
        row("synonym case-folded", "decision", "PERMITTED", K::Synonym, "granted");
        row("long synonym", "decision", "split decision - part grant part refuse", K::Synonym, "split-decision");
        row("underscore and space alike", "decision", "Granted_Not Required", K::Normalised, "granted-not-required");
        row("typo suggests closest", "decision", "refsued", K::NoMatch, "refused", 1);
        row("far value has no candidate", "decision", "Withdrawn", K::NoMatch, "");
        row("two edits on a short code are too many", "types", "hhhx", K::NoMatch, "");
        row("empty", "decision", "", K::Empty, "");
        row("blank", "decision", "   ", K::Empty, "");
        row("separators only", "decision", " - _ ", K::Empty, "");
        row("application type", "types", "ldc-proposed-work-lb", K::Exact, "ldc-proposed-work-lb");
        row("application type spaced", "types", "Reserved Matters", K::Normalised, "reserved-matters");
        row("development-scale false is not a type (PA-18)", "types", "false", K::NoMatch, "");
        row("short code one edit away", "types", "hx", K::NoMatch, "hh", 1);
        row("transposition counts as one edit", "types", "lcb", K::NoMatch, "lbc", 1);
        row("brownfield spaced status", "status", "not permissioned", K::Normalised, "not-permissioned");
        row("brownfield upper case (S10)", "status", "PERMISSIONED", K::Normalised, "permissioned");
        row("brownfield typo (S10)", "status", "permisioned", K::NoMatch, "permissioned", 1);
        row("brownfield prose (S10)", "status", "Permitted\nPlanning ref Y16/0403/SH", K::NoMatch, "");
        row("gender F (VOC-01)", "gender", "F", K::Synonym, "female");
        row("gender f", "gender", "f", K::Synonym, "female");
        row("gender Male", "gender", "Male", K::Normalised, "male");
        row("gender Homme", "gender", "Homme", K::Synonym, "male");
        row("gender Man (sex) (DC 2015)", "gender", "Man (sex)", K::Synonym, "male");
        row("gender Ni", "gender", "Ni", K::NoMatch, "");
        row("gender M-comma", "gender", "M ,", K::NoMatch, "");
    }

    void match()
    {
        QFETCH(QString, list);
        QFETCH(QByteArray, input);
        QFETCH(CodeMatchKind, kind);
        QFETCH(QByteArray, canonical);
        QFETCH(int, distance);
        const Codelist c = list == QLatin1String("decision") ? decisions()
                           : list == QLatin1String("types")  ? applicationTypes()
                           : list == QLatin1String("gender") ? gender()
                                                             : planningStatus();
        const CodeMatch m = c.match(view(input));
        QCOMPARE(m.kind, kind);
        QCOMPARE(QByteArray(m.canonical.data(), qsizetype(m.canonical.size())), canonical);
        QCOMPARE(m.distance, distance);
        QCOMPARE(m.resolved(),
                 kind == CodeMatchKind::Exact || kind == CodeMatchKind::Normalised || kind == CodeMatchKind::Synonym);
    }

    void canonicalBeatsSynonym()
    {
        Codelist c;
        c.add("granted", {"approve"});
        c.add("approve"); // a later canonical value with the synonym's folded form
        QCOMPARE(c.match("Approve").kind, CodeMatchKind::Normalised);
        QCOMPARE(c.match("Approve").canonical, std::string_view("approve"));
        c.addSynonym("OK", "fine"); // adds "fine" as a canonical value too
        QCOMPARE(c.match("ok").canonical, std::string_view("fine"));
        QCOMPARE(c.match("fine").kind, CodeMatchKind::Exact);
        QCOMPARE(c.size(), std::size_t(3));
    }

    void viewsStayValidAsTheListGrows()
    {
        Codelist c;
        c.add("a");
        const std::string_view first = c.match("A").canonical;
        for (int i = 0; i < 1000; ++i)
            c.add(std::to_string(i));
        QCOMPARE(first, std::string_view("a"));
        QCOMPARE(c.match("999").kind, CodeMatchKind::Exact);
    }

    void fold_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("folded");
        QTest::newRow("spaces") << QByteArray("Delegated powers") << QByteArray("delegated-powers");
        QTest::newRow("mixed separators")
            << QByteArray(" Full__Planning - Permission ") << QByteArray("full-planning-permission");
        QTest::newRow("non-ASCII") << QByteArray("Ünited  KINGDOM") << QByteArray("ünited-kingdom");
        QTest::newRow("long value") << QByteArray(200, 'A') << QByteArray(200, 'a');
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
    }

    void fold()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, folded);
        QCOMPARE(QByteArray::fromStdString(Codelist::fold(view(input))), folded);
        // match() folds the same way on its allocation-free path
        Codelist c;
        c.add(view(folded));
        if (!folded.isEmpty())
            QVERIFY(c.match(view(input)).resolved());
    }

    void editDistances()
    {
        QCOMPARE(editDistance("permisioned", "permissioned", 3), 1);
        QCOMPARE(editDistance("ab", "ba", 3), 1);
        QCOMPARE(editDistance("kitten", "sitting", 5), 3);
        QCOMPARE(editDistance("kitten", "sitting", 2), 3);
        QCOMPARE(editDistance("", "abc", 5), 3);
        QCOMPARE(editDistance("same", "same", 0), 0);
        QCOMPARE(editDistance("a", "abcdef", 2), 3);
    }

    void multiValue_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("separators");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QByteArray>("joined");
        QTest::newRow("full;lbc (MHCLG)")
            << QByteArray("full;lbc") << QByteArray(";") << QStringList{QStringLiteral("full"), QStringLiteral("lbc")}
            << QByteArray("full;lbc");
        QTest::newRow("spaces and case") << QByteArray(" Full ; LBC ") << QByteArray(";")
                                         << QStringList{QStringLiteral("Full"), QStringLiteral("LBC")}
                                         << QByteArray("full;lbc");
        QTest::newRow("pipe (PA-19)") << QByteArray("full|Outline Some") << QByteArray(";|")
                                      << QStringList{QStringLiteral("full"), QStringLiteral("Outline Some")}
                                      << QByteArray("full;outline-some");
        QTest::newRow("empty item kept") << QByteArray("full;;lbc") << QByteArray(";")
                                         << QStringList{QStringLiteral("full"), QString(), QStringLiteral("lbc")}
                                         << QByteArray("full;lbc");
        QTest::newRow("unknown item kept")
            << QByteArray("full;banana") << QByteArray(";")
            << QStringList{QStringLiteral("full"), QStringLiteral("banana")} << QByteArray("full;banana");
        QTest::newRow("single") << QByteArray("pip") << QByteArray(";") << QStringList{QStringLiteral("pip")}
                                << QByteArray("pip");
        QTest::newRow("empty cell") << QByteArray("") << QByteArray(";") << QStringList{} << QByteArray("");
    }

    void multiValue()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, separators);
        QFETCH(QStringList, items);
        QFETCH(QByteArray, joined);
        const Codelist types = applicationTypes();
        const auto matched = matchMultiValue(types, view(input), view(separators));
        QStringList texts;
        for (const CodeListItem& item : matched)
            texts << QString::fromUtf8(item.text.data(), qsizetype(item.text.size()));
        QCOMPARE(texts, items);
        QCOMPARE(QByteArray::fromStdString(joinCanonical(matched)), joined);
    }

    void separatorDetection()
    {
        QCOMPARE(firstSeparator("a|b", "|,"), '|');
        QCOMPARE(firstSeparator("a;b", "|,"), '\0');
    }

    // Hampshire (LGA 2014): Decision `Approve` x24 is a synonym of granted; DecisionType maps through
    // synonyms; Status `Live ` is not in the LGA list; ClassificationURI splits on '|' into 2-item cells.
    void realHampshireCategories()
    {
        bool found = false;
        const std::string csv = values_test::readShared("planning/example-planning-applications.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const auto& header = rows.front();
        const int decision = values_test::columnIndex(header, "Decision");
        const int type = values_test::columnIndex(header, "DecisionType");
        const int status = values_test::columnIndex(header, "Status");
        const int classification = values_test::columnIndex(header, "ClassificationURI");
        const Codelist d = decisions();
        Codelist types;
        types.add("planning-officer", {"Delegated powers", "Delegated", "Case officer", "Officer"});
        types.add("committee", {"Planning committee"});
        const Codelist statuses{"Pending", "Withdrawn", "Decided", "Appealed"};
        int granted = 0, typed = 0, unknownStatus = 0, pipeCells = 0, items = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const CodeMatch m = d.match(rows[i][decision]);
            granted += m.kind == CodeMatchKind::Synonym && m.canonical == "granted";
            typed += types.match(rows[i][type]).resolved();
            unknownStatus += statuses.match(rows[i][status]).kind == CodeMatchKind::NoMatch;
            if (firstSeparator(rows[i][classification], "|")) {
                ++pipeCells;
                items += int(splitMultiValue(rows[i][classification], "|;").size());
            }
        }
        QCOMPARE(granted, 24);
        QCOMPARE(typed, 22);
        QCOMPARE(unknownStatus, 1);
        QCOMPARE(pipeCells, 9);
        QCOMPARE(items, 18);
    }

    // MHCLG planning-application: every application-types cell resolves, `full;lbc` per item.
    void realApplicationTypes()
    {
        bool found = false;
        const std::string csv = values_test::readShared("planning/planning-application.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        auto rows = values_test::parseCsv(csv);
        if (rows.front().front().starts_with("\xEF\xBB\xBF"))
            rows.front().front().erase(0, 3);
        const int c = values_test::columnIndex(rows.front(), "application-types");
        QVERIFY(c >= 0);
        const Codelist types = applicationTypes();
        int exactItems = 0;
        for (std::size_t i = 1; i < rows.size(); ++i)
            for (const CodeListItem& item : matchMultiValue(types, rows[i][c]))
                exactItems += item.match.exact();
        QCOMPARE(exactItems, 22); // 21 rows, one of them `full;lbc`
    }
};

QTEST_APPLESS_MAIN(TestCodelist)
#include "tst_codelist.moc"
