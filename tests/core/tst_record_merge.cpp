// Record merge: the plan (fills, conflicts, remapped references, the old id kept as an identifier), its application
// as one undo step, the JSON written afterwards, and undo restoring every table.
#include "cluster/record_merge.h"
#include "document/document.h"
#include "io/json/json_dataset_writer.h"
#include "io/json/json_reader.h"
#include "table_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <QUndoStack>

using namespace plumbline;
using namespace plumbline::cluster;

namespace {

std::shared_ptr<Dataset> readFixture()
{
    NullProgress progress;
    auto read =
        readJsonFile(QStringLiteral(PLUMBLINE_TEST_DATA "/cluster/merge-popolo.json"), JsonReadOptions{}, progress);
    if (!read)
        qFatal("fixture: %s", qPrintable(read.error().toString()));
    return std::make_shared<Dataset>(std::move(read).value());
}

/// Every cell of every table with its record id, in view order.
QStringList everyCell(const Document& document)
{
    QStringList out;
    for (int t = 0; t < document.tableCount(); ++t) {
        const Table& table = document.table(t);
        out << table.name() + QLatin1Char(':') + table_fixtures::columnNames(table).join(u'|');
        for (std::size_t r = 0; r < table.rowCount(); ++r) {
            QStringList row{QString::number(table.recordId(r))};
            for (int c = 0; c < table.columnCount(); ++c)
                row << table.cellText(r, c);
            out << row.join(u'|');
        }
    }
    return out;
}

QString column(const Document& d, int table, int c)
{
    return d.table(table).columnName(c);
}

} // namespace

class TstRecordMerge : public QObject
{
    Q_OBJECT
private slots:
    void planShowsEverythingBeforeApplying()
    {
        Document document(readFixture());
        const int persons = document.tableIndex(QStringLiteral("persons"));
        const auto before = everyCell(document);
        auto planned = planRecordMerge(document, persons, 0, 2);
        QVERIFY2(planned.ok(), planned.ok() ? "" : qPrintable(planned.error().toString()));
        const RecordMergePlan& plan = planned.value();
        QCOMPARE(plan.keepId, std::string("p-shakila"));
        QCOMPARE(plan.removeId, std::string("p-shakila-2"));
        QStringList filled;
        for (const auto& f : plan.fills)
            filled << column(document, persons, f.column) + QLatin1Char('=') + QString::fromStdString(f.value);
        QCOMPARE(filled, (QStringList{QStringLiteral("email=shakila@example.org"), QStringLiteral("birth_date=1970")}));
        QCOMPARE(plan.conflicts.size(), std::size_t(1));
        QCOMPARE(column(document, persons, plan.conflicts[0].column), QStringLiteral("name"));
        QCOMPARE(plan.conflicts[0].other, std::string("Shakila Abdalla Mohamed"));
        QStringList remapped;
        for (const auto& r : plan.remaps)
            remapped << QStringLiteral("%1.%2×%3").arg(document.table(r.table).name(), r.column).arg(r.records);
        remapped.sort();
        QCOMPARE(remapped, (QStringList{QStringLiteral("memberships.person_id×1"),
                                        QStringLiteral("persons.identifiers._parent_id×2"),
                                        QStringLiteral("persons.other_names._parent_id×1")}));
        QCOMPARE(plan.identifierTable, document.tableIndex(QStringLiteral("persons.identifiers")));
        QCOMPARE(plan.identifierScheme, QStringLiteral("previous_id"));
        QCOMPARE(everyCell(document), before); // planning changes nothing
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void applyIsOneUndoStepAndUndoRestoresEverything()
    {
        Document document(readFixture());
        const int persons = document.tableIndex(QStringLiteral("persons"));
        const auto before = everyCell(document);
        auto plan = planRecordMerge(document, persons, 0, 2);
        QVERIFY(plan.ok());
        QVERIFY(!applyRecordMerge(document, plan.value()));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), QStringLiteral("Merge p-shakila-2 into p-shakila"));
        QCOMPARE(document.table(persons).rowCount(), std::size_t(2));

        const Table& memberships = document.table(document.tableIndex(QStringLiteral("memberships")));
        const int personId = memberships.columnIndex(QStringLiteral("person_id"));
        QCOMPARE(memberships.cellText(2, personId), QStringLiteral("p-shakila"));
        const Table& ids = document.table(document.tableIndex(QStringLiteral("persons.identifiers")));
        QStringList kept;
        for (std::size_t r = 0; r < ids.rowCount(); ++r)
            if (ids.cellText(r, ids.columnIndex(QStringLiteral("_parent_id"))) == QLatin1String("p-shakila"))
                kept << ids.cellText(r, ids.columnIndex(QStringLiteral("scheme"))) + QLatin1Char(':') +
                            ids.cellText(r, ids.columnIndex(QStringLiteral("identifier")));
        QCOMPARE(kept, (QStringList{QStringLiteral("everypolitician_legacy:shakila-abdalla"),
                                    QStringLiteral("everypolitician_legacy:shakila-abdalla-mohamed"),
                                    QStringLiteral("wikidata:Q000001"), QStringLiteral("previous_id:p-shakila-2")}));
        const auto after = everyCell(document);

        // The JSON written now nests the moved children and the old id under the kept person.
        NullProgress progress;
        auto bytes = writeJsonBytes(document.dataset(), JsonWriteOptions{}, progress);
        QVERIFY(bytes.ok());
        const QJsonObject root = QJsonDocument::fromJson(bytes.value()).object();
        const QJsonArray people = root.value(QLatin1String("persons")).toArray();
        QCOMPARE(people.size(), 2);
        const QJsonObject shakila = people[0].toObject();
        QCOMPARE(shakila.value(QLatin1String("email")).toString(), QStringLiteral("shakila@example.org"));
        QCOMPARE(shakila.value(QLatin1String("name")).toString(), QStringLiteral("Shakila Abdalla"));
        QCOMPARE(shakila.value(QLatin1String("identifiers")).toArray().size(), 4);
        QVERIFY(shakila.value(QLatin1String("identifiers"))
                    .toArray()
                    .contains(QJsonObject{{QStringLiteral("identifier"), QStringLiteral("p-shakila-2")},
                                          {QStringLiteral("scheme"), QStringLiteral("previous_id")}}));
        QCOMPARE(shakila.value(QLatin1String("other_names")).toArray().size(), 1);
        QCOMPARE(root.value(QLatin1String("memberships")).toArray()[2].toObject().value(QLatin1String("person_id")),
                 QJsonValue(QStringLiteral("p-shakila")));

        document.undoStack()->undo();
        QCOMPARE(everyCell(document), before);
        document.undoStack()->redo();
        QCOMPARE(everyCell(document), after);
        document.undoStack()->undo();
        QCOMPARE(everyCell(document), before);
    }

    void chosenConflictValue()
    {
        Document document(readFixture());
        const int persons = document.tableIndex(QStringLiteral("persons"));
        auto plan = planRecordMerge(document, persons, 0, 2);
        QVERIFY(plan.ok());
        plan.value().conflicts[0].useOther = true;
        QVERIFY(!applyRecordMerge(document, plan.value()));
        QCOMPARE(document.table(persons).cellText(0, document.table(persons).columnIndex(QStringLiteral("name"))),
                 QStringLiteral("Shakila Abdalla Mohamed"));
    }

    void stalePlanIsRefused()
    {
        Document document(readFixture());
        const int persons = document.tableIndex(QStringLiteral("persons"));
        auto plan = planRecordMerge(document, persons, 0, 2);
        QVERIFY(plan.ok());
        QVERIFY(document.setCell(persons, 2, document.table(persons).columnIndex(QStringLiteral("email")), "x@y.org"));
        const auto error = applyRecordMerge(document, plan.value());
        QVERIFY(error);
        QVERIFY(error->message.contains(QLatin1String("plan it again")));
        QCOMPARE(document.table(persons).rowCount(), std::size_t(3));
        QCOMPARE(document.undoStack()->count(), 1); // only the edit
    }

    void badRequests_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("remove");
        QTest::newRow("itself") << 0 << 1 << 1;
        QTest::newRow("no such record") << 0 << 0 << 99;
        QTest::newRow("no such table") << 99 << 0 << 1;
    }
    void badRequests()
    {
        QFETCH(int, table);
        QFETCH(int, keep);
        QFETCH(int, remove);
        Document document(readFixture());
        const auto plan = planRecordMerge(document, table, RecordId(keep), RecordId(remove));
        QVERIFY(!plan.ok());
        QVERIFY(!plan.error().message.isEmpty());
    }

    void tableWithoutIds()
    {
        // A plain CSV-like table: fills and the removal only, with a note saying no id is kept.
        auto dataset = std::make_shared<Dataset>();
        dataset->tables.push_back(
            table_fixtures::makeTable(QStringLiteral("candidates"), table_fixtures::L({"name", "email"}),
                                      table_fixtures::R({{"Tom Woolley", ""}, {"Tom Woolley", "tom@example.org"}})));
        Document document(dataset);
        auto plan = planRecordMerge(document, 0, 0, 1);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().fills.size(), std::size_t(1));
        QVERIFY(plan.value().remaps.empty());
        QCOMPARE(plan.value().identifierTable, -1);
        QVERIFY(!plan.value().note.isEmpty());
        QVERIFY(!applyRecordMerge(document, plan.value()));
        QCOMPARE(table_fixtures::cells(document.table(0)), table_fixtures::R({{"Tom Woolley", "tom@example.org"}}));
    }
};

QTEST_GUILESS_MAIN(TstRecordMerge)
#include "tst_record_merge.moc"
