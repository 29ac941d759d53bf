// Value clustering on tables: distinct values with counts and records, dictionary and plain columns, edits,
// the suggestion, merge changes through the Document (one undo step), nearest neighbours against brute force.
#include "cluster/column_values.h"
#include "cluster/levenshtein.h"
#include "cluster/value_clusterer.h"
#include "document/document.h"
#include "rules/codelist_repository.h"
#include "table_fixtures.h"

#include <QRandomGenerator>
#include <QtTest>
#include <QUndoStack>

#include <set>

using namespace plumbline;
using namespace plumbline::cluster;
using table_fixtures::L;
using table_fixtures::makeTable;

namespace {

std::shared_ptr<Table> oneColumn(const QStringList& values)
{
    QList<QStringList> rows;
    for (const auto& v : values)
        rows << QStringList{v};
    return makeTable(QStringLiteral("t"), {QStringLiteral("v")}, rows);
}

ClusterResult run(const Table& table, Method method, int radius = 1)
{
    NullProgress progress;
    ClusterOptions options;
    options.method = method;
    options.radius = radius;
    return clusterColumn(table, 0, options, progress);
}

/// The clusters as "value×count|value×count" lines, for comparing whole results.
QStringList describe(const ClusterResult& result)
{
    QStringList out;
    for (const auto& c : result.clusters) {
        QStringList values;
        for (const auto& v : c.values)
            values << QStringLiteral("%1×%2").arg(QString::fromStdString(v.value)).arg(v.count);
        out << values.join(u'|');
    }
    return out;
}

} // namespace

class TstCluster : public QObject
{
    Q_OBJECT
private slots:
    void genderVariants()
    {
        const auto t = oneColumn(L({"male", "Male", "female", "MALE ", "male", "Female", "", "  ", "m", "male"}));
        const auto r = run(*t, Method::Fingerprint);
        QCOMPARE(r.rows, std::size_t(10));
        QCOMPARE(r.distinctValues, std::size_t(6)); // blanks are not values
        QCOMPARE(describe(r),
                 (QStringList{QStringLiteral("male×3|MALE ×1|Male×1"), QStringLiteral("female×1|Female×1")}));
        QCOMPARE(r.clusters[0].suggested(), std::string("male"));
        QCOMPARE(r.clusters[0].rowCount, std::size_t(5));
        QCOMPARE(r.clusters[0].key, std::string("male"));
        // The records behind each value, in view order.
        QCOMPARE(r.clusters[0].values[0].records, (std::vector<RecordId>{0, 4, 9}));
        QCOMPARE(r.clusters[0].values[1].records, (std::vector<RecordId>{3}));
    }

    void suggestionTies_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("most rows wins") << L({"Ford Kenya", "ford kenya", "ford kenya"}) << "ford kenya";
        QTest::newRow("tie: the longer") << L({"Kenya Ford", "Ford  Kenya"}) << "Ford  Kenya";
        QTest::newRow("tie and same length: first seen") << L({"ford kenya", "Ford Kenya"}) << "ford kenya";
    }
    void suggestionTies()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, suggested);
        const auto r = run(*oneColumn(values), Method::Fingerprint);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(r.clusters[0].suggested()), suggested);
    }

    void clustersSortedByRows()
    {
        const auto t = oneColumn(L({"a b", "b a", "x", "X", "X", "x.", "c", "C"}));
        const auto r = run(*t, Method::Fingerprint);
        QCOMPARE(describe(r), (QStringList{QStringLiteral("X×2|x.×1|x×1"), QStringLiteral("a b×1|b a×1"),
                                           QStringLiteral("c×1|C×1")}));
    }

    void dictionaryAndPlainAgree()
    {
        // The same values as a dictionary column (few distinct) and as a plain one (one unique tail value per row
        // would make it plain, so compare two tables with the same cluster content instead).
        QStringList repeated;
        for (int i = 0; i < 400; ++i)
            repeated << (i % 3 == 0   ? QStringLiteral("Male")
                         : i % 3 == 1 ? QStringLiteral("male")
                                      : QStringLiteral("Female"));
        const auto dict = oneColumn(repeated);
        QVERIFY(dict->column(0).isDictionary());
        QStringList unique = repeated;
        for (int i = 0; i < 400; ++i)
            unique << QStringLiteral("unique %1").arg(i);
        const auto plain = oneColumn(unique);
        QVERIFY(!plain->column(0).isDictionary());
        const auto rd = run(*dict, Method::Fingerprint);
        const auto rp = run(*plain, Method::Fingerprint);
        QCOMPARE(describe(rd), describe(rp));
        QCOMPARE(describe(rd), (QStringList{QStringLiteral("Male×134|male×133")}));
    }

    void editsClusterAsTheyNowRead_data()
    {
        QTest::addColumn<bool>("dictionary");
        QTest::newRow("plain") << false;
        QTest::newRow("dictionary") << true;
    }
    void editsClusterAsTheyNowRead()
    {
        QFETCH(bool, dictionary);
        QStringList values;
        for (int i = 0; i < 40; ++i)
            values << (dictionary ? QStringLiteral("Kenya") : QStringLiteral("Kenya %1").arg(i));
        auto t = oneColumn(values);
        QCOMPARE(t->column(0).isDictionary(), dictionary);
        QVERIFY(run(*t, Method::Fingerprint).clusters.empty());
        // An edit to "KENYA" (same fingerprint as a dictionary value), an inserted row, a removed row.
        t->editOverlay().set(5, 0, dictionary ? "KENYA" : "kenya 0");
        const RecordId added = t->insertRow(t->rowCount());
        t->editOverlay().set(added, 0, dictionary ? "kenya." : "Kenya 0.");
        t->removeRow(0);
        const auto r = run(*t, Method::Fingerprint);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        const auto& c = r.clusters[0];
        QCOMPARE(c.values.size(), std::size_t(dictionary ? 3 : 2));
        std::set<RecordId> records;
        for (const auto& v : c.values)
            records.insert(v.records.begin(), v.records.end());
        QVERIFY(records.count(5));
        QVERIFY(records.count(added));
        if (!dictionary)
            QVERIFY(!records.count(0)); // the removed row's "Kenya 0" no longer counts
    }

    void methods_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("clusters");
        QTest::newRow("ngram joins spacing inside words")
            << int(Method::NGram) << L({"Mill Lane", "Mil lLane", "Mill Road"}) << L({"Mill Lane×1|Mil lLane×1"});
        QTest::newRow("phonetic joins spelling variants")
            << int(Method::Phonetic) << L({"Jon Smith", "John Smyth", "Mary Smith"}) << L({"John Smyth×1|Jon Smith×1"});
        QTest::newRow("levenshtein within radius 1")
            << int(Method::Levenshtein)
            << L({"Wiper democratic Movement Kenya", "Wiper Democratic Movement Kenya", "Other"})
            << L({"Wiper democratic Movement Kenya×1|Wiper Democratic Movement Kenya×1"});
        QTest::newRow("levenshtein leaves distance 2 apart")
            << int(Method::Levenshtein) << L({"abcdef", "abcdxy"}) << QStringList();
    }
    void methods()
    {
        QFETCH(int, method);
        QFETCH(QStringList, values);
        QFETCH(QStringList, clusters);
        QCOMPARE(describe(run(*oneColumn(values), Method(method))), clusters);
    }

    void levenshteinMatchesBruteForce_data()
    {
        QTest::addColumn<int>("radius");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
    }
    void levenshteinMatchesBruteForce()
    {
        // Random words over a small alphabet (so that near neighbours are common), short and long, some with a
        // non-ASCII letter: the blocked search finds exactly the pairs an all-pairs comparison finds.
        QFETCH(int, radius);
        QRandomGenerator rng(42 + quint32(radius));
        std::vector<std::string> words;
        const char* letters[] = {"a", "b", "c", "é", " "};
        std::set<std::string> seen;
        while (words.size() < 700) {
            const int length = 1 + int(rng.bounded(radius == 3 ? 18 : 14));
            std::string w;
            for (int i = 0; i < length; ++i)
                w += letters[rng.bounded(5)];
            if (seen.insert(w).second)
                words.push_back(w);
        }
        std::vector<std::string_view> views(words.begin(), words.end());
        NullProgress progress;
        auto pairs = levenshteinPairs(views, radius, 2, progress);
        std::set<std::pair<std::uint32_t, std::uint32_t>> found(pairs.begin(), pairs.end());
        std::set<std::pair<std::uint32_t, std::uint32_t>> expected;
        for (std::uint32_t i = 0; i < words.size(); ++i) {
            const auto a = QString::fromStdString(words[i]).toStdU32String();
            for (std::uint32_t j = i + 1; j < words.size(); ++j)
                if (boundedLevenshtein(a, QString::fromStdString(words[j]).toStdU32String(), radius) <= radius)
                    expected.insert({i, j});
        }
        QVERIFY(expected.size() > 50); // the test means something
        QCOMPARE(found.size(), expected.size());
        QVERIFY(found == expected);
    }

    void mergeIsOneUndoStep()
    {
        auto dataset = std::make_shared<Dataset>();
        dataset->tables.push_back(oneColumn(L({"male", "Male", "female", "MALE ", "male", "Female"})));
        Document document(dataset);
        const auto before = table_fixtures::cells(document.table(0));
        const auto r = run(document.table(0), Method::Fingerprint);
        QCOMPARE(r.clusters.size(), std::size_t(2));
        CellChanges changes = mergeChanges(r.clusters[0], 0, r.clusters[0].suggested());
        QCOMPARE(changes.size(), std::size_t(2));              // Male, MALE : the two "male" rows are left alone
        const auto more = mergeChanges(r.clusters[1], 0, "F"); // a canonical value of the user's own
        QCOMPARE(more.size(), std::size_t(2));
        changes.insert(changes.end(), more.begin(), more.end());
        QCOMPARE(document.applyChanges(0, changes, QStringLiteral("Merge 2 clusters")), std::size_t(4));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(table_fixtures::cells(document.table(0)),
                 table_fixtures::R({{"male"}, {"male"}, {"F"}, {"male"}, {"male"}, {"F"}}));
        QVERIFY(run(document.table(0), Method::Fingerprint).clusters.empty());
        document.undoStack()->undo();
        QCOMPARE(table_fixtures::cells(document.table(0)), before);
    }

    void aliasesJoinKnownNames_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("fingerprint") << int(Method::Fingerprint);
        QTest::newRow("levenshtein") << int(Method::Levenshtein);
    }
    void aliasesJoinKnownNames()
    {
        // Kenya's parties: FORD-Kenya under two names; New FORD-Kenya is another party and stays apart.
        QFETCH(int, method);
        CodelistTable aliases;
        aliases.header = L({"reference", "name", "synonyms"});
        aliases.rows = {{"ford-kenya", "FORD-Kenya", "Ford Kenya|Forum For The Restoration Of Democracy - Kenya"},
                        {"new-ford-kenya", "New FORD-Kenya", "New Ford Kenya|NFK"}};
        const auto t = oneColumn(L({"Ford Kenya", "Forum For The Restoration Of Democracy - Kenya", "New Ford Kenya",
                                    "Forum For The Restoration Of Democracy - Kenya", "Ford People"}));
        ClusterOptions options;
        options.method = Method(method);
        QVERIFY(clusterColumn(*t, 0, options, *std::make_unique<NullProgress>()).clusters.empty());
        options.aliases = std::make_shared<const AliasMap>(aliasesFromCodelist(aliases));
        NullProgress progress;
        const auto r = clusterColumn(*t, 0, options, progress);
        QCOMPARE(describe(r),
                 (QStringList{QStringLiteral("Forum For The Restoration Of Democracy - Kenya×2|Ford Kenya×1")}));
    }

    void canceled()
    {
        const auto t = oneColumn(L({"a", "A"}));
        FlagProgress progress;
        progress.cancel();
        const auto r = clusterColumn(*t, 0, ClusterOptions{}, progress);
        QVERIFY(r.canceled);
        QVERIFY(r.clusters.empty());
    }

    void methodNames()
    {
        for (const QString& name : cluster::methodNames())
            QCOMPARE(methodName(*parseMethod(name)), name);
        QVERIFY(!parseMethod(QStringLiteral("soundex")));
    }
};

QTEST_GUILESS_MAIN(TstCluster)
#include "tst_cluster.moc"
