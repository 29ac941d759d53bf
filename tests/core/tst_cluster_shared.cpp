// Clustering and record merge on the real political files (skipped with a reason when the shared folder is
// absent): Democracy Club's gender spellings, Kenya's FORD-Kenya names, and the UK Commons homonyms, which are two
// people each and must never be merged by clustering.
#include "cluster/record_merge.h"
#include "cluster/value_clusterer.h"
#include "document/document.h"
#include "document/validation_setup.h"
#include "io/dataset_reader.h"
#include "rules/codelist_repository.h"

#include <QFileInfo>
#include <QtTest>
#include <QUndoStack>

#include <set>

using namespace plumbline;
using namespace plumbline::cluster;

namespace {

QString shared(const char* file)
{
    return QStringLiteral(PLUMBLINE_SHARED_DATA "/political/") + QLatin1String(file);
}

#define REQUIRE_SHARED(path)                                                                                           \
    if (!QFileInfo::exists(path))                                                                                      \
        QSKIP(qPrintable(QStringLiteral("shared data not present: ") + (path)));

std::shared_ptr<Dataset> read(const QString& path)
{
    NullProgress progress;
    auto d = readDataset(path, ReadOptions{}, progress);
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::make_shared<Dataset>(std::move(d).value());
}

ClusterResult clusterOf(const Dataset& d, const QString& table, const QString& column, ClusterOptions options = {})
{
    const auto t = d.table(table);
    NullProgress progress;
    return clusterColumn(*t, t->columnIndex(column), options, progress);
}

QStringList valuesOf(const ValueCluster& c)
{
    QStringList out;
    for (const auto& v : c.values)
        out << QString::fromStdString(v.value);
    return out;
}

} // namespace

class TstClusterShared : public QObject
{
    Q_OBJECT
private slots:
    void democracyClubGender()
    {
        const QString path = shared("democracyclub-ge2015-candidates.csv");
        REQUIRE_SHARED(path);
        const auto d = read(path);
        const auto r = clusterOf(*d, d->tables.front()->name(), QStringLiteral("gender"));
        QCOMPARE(r.rows, std::size_t(3971));
        QCOMPARE(r.clusters.size(), std::size_t(2));
        QCOMPARE(valuesOf(r.clusters[0]), (QStringList{QStringLiteral("male"), QStringLiteral("Male")}));
        QCOMPARE(r.clusters[0].rowCount, std::size_t(2426 + 504));
        QCOMPARE(valuesOf(r.clusters[1]),
                 (QStringList{QStringLiteral("female"), QStringLiteral("Female"), QStringLiteral("Female ")}));
        QCOMPARE(r.clusters[1].suggested(), std::string("female"));
        // "Man (sex)" is the candidate's own wording: no keyer joins it to "male".
        for (const auto& c : r.clusters)
            QVERIFY(!valuesOf(c).contains(QStringLiteral("Man (sex)")));

        // Merging both clusters through a document is one undo step that leaves two spellings.
        Document document(d);
        CellChanges changes;
        for (const auto& c : r.clusters) {
            const auto more = mergeChanges(c, r.column, c.suggested());
            changes.insert(changes.end(), more.begin(), more.end());
        }
        QCOMPARE(changes.size(), std::size_t(504 + 142 + 1));
        QCOMPARE(document.applyChanges(0, changes, QStringLiteral("Merge 2 clusters")), changes.size());
        QCOMPARE(clusterOf(document.dataset(), d->tables.front()->name(), QStringLiteral("gender")).clusters.size(),
                 std::size_t(0));
        document.undoStack()->undo();
        QCOMPARE(clusterOf(document.dataset(), d->tables.front()->name(), QStringLiteral("gender")).clusters.size(),
                 std::size_t(2));
    }

    void kenyaFordKenya()
    {
        const QString path = shared("kenya-assembly-term-11.csv");
        REQUIRE_SHARED(path);
        const auto d = read(path);
        const QString table = d->tables.front()->name();
        // Without aliases no keyer can know that FORD is an acronym; "New Ford Kenya" is another party.
        for (const Method m : {Method::Fingerprint, Method::NGram, Method::Phonetic}) {
            ClusterOptions options;
            options.method = m;
            for (const auto& c : clusterOf(*d, table, QStringLiteral("group"), options).clusters)
                QVERIFY(!valuesOf(c).contains(QStringLiteral("New Ford Kenya")));
        }
        auto aliases = sharedCodelists()->load(QStringLiteral("party-aliases"), {});
        QVERIFY(aliases.ok());
        ClusterOptions options;
        options.aliases = std::make_shared<const AliasMap>(aliasesFromCodelist(*aliases.value()));
        const auto r = clusterOf(*d, table, QStringLiteral("group"), options);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(valuesOf(r.clusters[0]), (QStringList{QStringLiteral("Forum For The Restoration Of Democracy - Kenya"),
                                                       QStringLiteral("Ford Kenya")}));
        QCOMPARE(r.clusters[0].rowCount, std::size_t(11));
    }

    void ukHomonymsAreNeverMergedByClustering()
    {
        const QString path = shared("uk-commons-ep-popolo-v1.0.json");
        REQUIRE_SHARED(path);
        const auto d = read(path);
        Document document(d);
        const int persons = document.tableIndex(QStringLiteral("persons"));
        const Table& t = document.table(persons);
        const std::size_t rows = t.rowCount();
        for (const Method m : {Method::Fingerprint, Method::Phonetic, Method::Levenshtein}) {
            ClusterOptions options;
            options.method = m;
            NullProgress progress;
            const auto r = clusterColumn(t, t.columnIndex(QStringLiteral("name")), options, progress);
            QVERIFY(!r.canceled);
        }
        // Clustering proposes only: no record and no cell changed, nothing on the undo stack.
        QCOMPARE(t.rowCount(), rows);
        QCOMPARE(t.overlay().editedCellCount(), std::size_t(0));
        QCOMPARE(document.undoStack()->count(), 0);
        // The two Angela Smiths are one value with two rows of two persons: a value cluster cannot join records,
        // and a record merge is planned for one named pair at a time.
        std::vector<RecordId> angela;
        const int name = t.columnIndex(QStringLiteral("name"));
        for (std::size_t row = 0; row < t.rowCount(); ++row)
            if (t.cellText(row, name) == QLatin1String("Angela Smith"))
                angela.push_back(t.recordId(row));
        QCOMPARE(angela.size(), std::size_t(2));
        auto plan = planRecordMerge(document, persons, angela[0], angela[1]);
        QVERIFY(plan.ok());
        QVERIFY(!plan.value().conflicts.empty()); // different birth dates or ids tell the user they differ
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void kenyaShakilaMergeRoundTrip()
    {
        // The known duplicate person: merging remaps the membership and keeps the old id; undo restores all.
        const QString path = shared("kenya-assembly-ep-popolo-v1.0.json");
        REQUIRE_SHARED(path);
        Document document(read(path));
        const int persons = document.tableIndex(QStringLiteral("persons"));
        const Table& t = document.table(persons);
        const int id = t.columnIndex(QStringLiteral("id"));
        std::int64_t keep = -1, remove = -1;
        for (std::size_t row = 0; row < t.rowCount(); ++row) {
            if (t.cellText(row, id).startsWith(QLatin1String("52048028-")))
                keep = std::int64_t(t.recordId(row));
            if (t.cellText(row, id).startsWith(QLatin1String("238fadb6-")))
                remove = std::int64_t(t.recordId(row));
        }
        QVERIFY(keep >= 0 && remove >= 0);
        QStringList before;
        for (const auto& table : document.dataset().tables)
            for (std::size_t r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    before << table->cellText(r, c);
        const std::size_t personCount = t.rowCount();
        auto plan = planRecordMerge(document, persons, RecordId(keep), RecordId(remove));
        QVERIFY(plan.ok());
        QVERIFY(plan.value().remappedCells() >= 1);
        QVERIFY(plan.value().identifierTable >= 0);
        QVERIFY(!applyRecordMerge(document, plan.value()));
        QCOMPARE(document.table(persons).rowCount(), personCount - 1);
        const Table& m = document.table(document.tableIndex(QStringLiteral("memberships")));
        for (std::size_t r = 0; r < m.rowCount(); ++r)
            QVERIFY(!m.cellText(r, m.columnIndex(QStringLiteral("person_id"))).startsWith(QLatin1String("238fadb6-")));
        document.undoStack()->undo();
        QStringList after;
        for (const auto& table : document.dataset().tables)
            for (std::size_t r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    after << table->cellText(r, c);
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TstClusterShared)
#include "tst_cluster_shared.moc"
