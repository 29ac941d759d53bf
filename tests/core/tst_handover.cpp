// Handing a review to a colleague: the JSON written and read back, merges with cell and triage conflicts settled
// each way, a round trip into a fresh copy that reproduces the cells, and bad files refused with line and column.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "project/handover_file.h"
#include "project/handover_merge.h"

#include <QtTest>
#include <QUndoStack>

using namespace plumbline;

namespace {

const QByteArray kCsv = "reference,ward,status\nA1,North,granted\nA2,South,refused\nA3,East,pending\n";

std::shared_ptr<Dataset> dataset(const QString& fileName = QStringLiteral("register.csv"))
{
    NullProgress progress;
    auto result = readCsvBytes(kCsv, fileName, CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse");
    return std::make_shared<Dataset>(std::move(result).value());
}

RecordKeySpec plainKey()
{
    return RecordKeySpec{{QStringLiteral("reference")}, {}};
}

TriageDecision decision(qint64 record, TriageState state, const QString& reason, const QString& user)
{
    return TriageDecision{FindingKey{QStringLiteral("PA-18-status"),
                                     QStringLiteral("register"),
                                     record,
                                     {QStringLiteral("status")},
                                     QStringLiteral("v")},
                          state, reason, user, QStringLiteral("2026-12-05T10:00:00Z")};
}

QString cell(const Document& document, int row, const char* column)
{
    const Table& t = document.table(0);
    return t.cellText(std::size_t(row), t.columnIndex(QLatin1String(column)));
}

/// Ann edits A1's ward and A2's status and waives a finding on A3; Bob edits A1's ward to something else, A3's
/// status and calls the A3 finding a false positive.
struct TwoReviewers
{
    Document ann{dataset()};
    Document bob{dataset()};
    TriageBook annTriage;
    TriageBook bobTriage;

    TwoReviewers()
    {
        ann.setCell(0, 0, 1, "N");
        ann.setCell(0, 1, 2, "Refused");
        bob.setCell(0, 0, 1, "Northern");
        bob.setCell(0, 2, 2, "Pending");
        (void)annTriage.decide({decision(2, TriageState::Waived, QStringLiteral("known"), QStringLiteral("ann"))});
        (void)bobTriage.decide({decision(2, TriageState::FalsePositive, {}, QStringLiteral("bob")),
                                decision(1, TriageState::Waived, QStringLiteral("agreed"), QStringLiteral("bob"))});
    }
    HandoverFile annFile() const
    {
        return makeHandover(ann.dataset(), plainKey(), annTriage.decisions(), QStringLiteral("ann"),
                            QStringLiteral("2026-12-05T10:00:00Z"), QStringLiteral("abc"));
    }
};

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrips()
    {
        TwoReviewers r;
        const HandoverFile file = r.annFile();
        QCOMPARE(file.edits.size(), std::size_t(2));
        QCOMPARE(file.edits[0], (HandoverEdit{QStringLiteral("register"), 0, QStringLiteral("A1"),
                                              QStringLiteral("ward"), QStringLiteral("North"), QStringLiteral("N")}));
        auto parsed = parseHandoverJson(writeHandoverJson(file), QStringLiteral("ann.json"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed.value().edits, file.edits);
        QCOMPARE(parsed.value().triage.size(), std::size_t(1));
        QCOMPARE(parsed.value().triage[0].key, file.triage[0].key);
        QCOMPARE(parsed.value().triage[0].reason, QStringLiteral("known"));
        QCOMPARE(parsed.value().user, QStringLiteral("ann"));
        QCOMPARE(parsed.value().sourceSha256, QStringLiteral("abc"));
    }

    void fuzzCorpusRoundTrips()
    {
        // The fuzzer's seeds are valid files: each reads, writes and reads back the same.
        const QDir corpus(QStringLiteral(PLUMBLINE_TEST_DATA "/../fuzz/corpus/handover"));
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString& name : files) {
            QFile f(corpus.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto parsed = parseHandoverJson(f.readAll(), name);
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
            auto again = parseHandoverJson(writeHandoverJson(parsed.value()), name);
            QVERIFY(again);
            QCOMPARE(again.value().edits, parsed.value().edits);
            QCOMPARE(again.value().triage.size(), parsed.value().triage.size());
        }
    }

    void mergeListsConflicts_data()
    {
        QTest::addColumn<int>("take"); // -1: no choice; 0 mine; 1 theirs
        QTest::addColumn<QString>("a1Ward");
        QTest::addColumn<QString>("a3State");
        QTest::newRow("undecided keeps mine") << -1 << QStringLiteral("Northern") << QStringLiteral("false_positive");
        QTest::newRow("mine") << 0 << QStringLiteral("Northern") << QStringLiteral("false_positive");
        QTest::newRow("theirs") << 1 << QStringLiteral("N") << QStringLiteral("waived");
    }

    void mergeListsConflicts()
    {
        QFETCH(int, take);
        QFETCH(QString, a1Ward);
        QFETCH(QString, a3State);
        TwoReviewers r;
        // Bob merges Ann's file.
        const HandoverMergePlan plan = planHandoverMerge(r.bob, plainKey(), r.bobTriage, r.annFile());
        QCOMPARE(plan.conflicts.size(), std::size_t(2));
        QCOMPARE(plan.conflicts[0].kind, HandoverConflict::Kind::Cell);
        QCOMPARE(plan.conflicts[0].key, QStringLiteral("A1"));
        QCOMPARE(plan.conflicts[0].mine, QStringLiteral("Northern"));
        QCOMPARE(plan.conflicts[0].theirs, QStringLiteral("N"));
        QCOMPARE(plan.conflicts[1].kind, HandoverConflict::Kind::Triage);
        QVERIFY(plan.conflicts[1].mine.startsWith(QLatin1String("false_positive")));
        QVERIFY(plan.conflicts[1].theirs.startsWith(QLatin1String("waived: known")));
        QCOMPARE(plan.edits.size(), std::size_t(1)); // A2's status: no conflict
        QVERIFY(plan.skipped.isEmpty());

        std::vector<HandoverChoice> choices;
        if (take >= 0)
            choices.assign(plan.conflicts.size(), take == 1 ? HandoverChoice::Theirs : HandoverChoice::Mine);
        const int before = r.bob.undoStack()->count();
        auto applied = applyHandoverMerge(r.bob, r.bobTriage, plan, choices, QStringLiteral("Merge"));
        QVERIFY(applied);
        QCOMPARE(applied.value().cells, std::size_t(take == 1 ? 2 : 1));
        // Their decisions without a conflict, plus the conflicting one when theirs is taken.
        QCOMPARE(applied.value().decisions, plan.decisions.size() + (take == 1 ? 1 : 0));
        QCOMPARE(cell(r.bob, 0, "ward"), a1Ward);
        QCOMPARE(cell(r.bob, 1, "status"), QStringLiteral("Refused"));
        QCOMPARE(cell(r.bob, 2, "status"), QStringLiteral("Pending")); // Bob's own edit stays
        QCOMPARE(triageStateName(r.bobTriage.stateOf(decision(2, {}, {}, {}).key)), a3State);
        // One command: undo takes the whole merge back.
        QCOMPARE(r.bob.undoStack()->count(), before + 1);
        r.bob.undoStack()->undo();
        QCOMPARE(cell(r.bob, 1, "status"), QStringLiteral("refused"));
        QCOMPARE(cell(r.bob, 0, "ward"), QStringLiteral("Northern"));
    }

    void roundTripIntoAFreshCopyReproducesTheCells()
    {
        TwoReviewers r;
        Document fresh(dataset());
        TriageBook freshTriage;
        auto parsed = parseHandoverJson(writeHandoverJson(r.annFile()), QStringLiteral("ann.json"));
        QVERIFY(parsed);
        const HandoverMergePlan plan = planHandoverMerge(fresh, plainKey(), freshTriage, parsed.value());
        QVERIFY(plan.conflicts.empty());
        QVERIFY(applyHandoverMerge(fresh, freshTriage, plan, {}, QStringLiteral("Merge")));
        for (int row = 0; row < 3; ++row)
            for (const char* column : {"reference", "ward", "status"})
                QCOMPARE(cell(fresh, row, column), cell(r.ann, row, column));
        QCOMPARE(freshTriage.decisions().size(), r.annTriage.decisions().size());
        // Merging the same file again changes nothing.
        const HandoverMergePlan again = planHandoverMerge(fresh, plainKey(), freshTriage, parsed.value());
        QVERIFY(again.edits.empty() && again.decisions.empty() && again.conflicts.empty());
        QCOMPARE(again.alreadyEqual, std::size_t(3));
    }

    void aCopyUnderAnotherNameTakesTheReview_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("theirTable"); // empty: no table had to be matched
        QTest::newRow("same name") << QStringLiteral("register.csv") << QString();
        QTest::newRow("another name") << QStringLiteral("register (fresh copy).csv") << QStringLiteral("register");
    }

    void aCopyUnderAnotherNameTakesTheReview()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, theirTable);
        TwoReviewers r;
        Document copy(dataset(fileName));
        TriageBook copyTriage;
        const QString ours = copy.table(0).name();
        const HandoverMergePlan plan = planHandoverMerge(copy, plainKey(), copyTriage, r.annFile());
        QCOMPARE(plan.theirTable, theirTable);
        QCOMPARE(plan.ourTable, theirTable.isEmpty() ? QString() : ours);
        QVERIFY2(plan.skipped.isEmpty(), qPrintable(plan.skipped.join(QLatin1Char('\n'))));
        QCOMPARE(plan.edits.size(), std::size_t(2));
        QCOMPARE(plan.decisions.size(), std::size_t(1));
        QCOMPARE(plan.decisions[0].key.table, ours);
        QVERIFY(applyHandoverMerge(copy, copyTriage, plan, {}, QStringLiteral("Merge")));
        QCOMPARE(cell(copy, 0, "ward"), QStringLiteral("N"));
        QCOMPARE(cell(copy, 1, "status"), QStringLiteral("Refused"));
        FindingKey waived = decision(2, {}, {}, {}).key;
        waived.table = ours;
        QCOMPARE(copyTriage.stateOf(waived), TriageState::Waived);
    }

    void editsThatDoNotFitAreSkipped()
    {
        Document doc(dataset());
        TriageBook triage;
        HandoverFile file;
        file.edits = {
            {QStringLiteral("register"), 7, {}, QStringLiteral("ward"), QStringLiteral("x"), QStringLiteral("y")},
            {QStringLiteral("register"), 0, QStringLiteral("B9"), QStringLiteral("ward"), QStringLiteral("North"),
             QStringLiteral("y")},
            {QStringLiteral("register"), 0, QStringLiteral("A1"), QStringLiteral("nope"), QStringLiteral("North"),
             QStringLiteral("y")},
            {QStringLiteral("other"), 0, {}, QStringLiteral("ward"), QStringLiteral("North"), QStringLiteral("y")},
            {QStringLiteral("register"), 0, QStringLiteral("A1"), QStringLiteral("ward"), QStringLiteral("South"),
             QStringLiteral("y")},
        };
        const HandoverMergePlan plan = planHandoverMerge(doc, plainKey(), triage, file);
        QCOMPARE(plan.skipped.size(), qsizetype(5));
        QVERIFY(plan.edits.empty());
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray head = "{\n  \"plumbline_handover\": 1,\n";
        QTest::newRow("truncated") << head + "  \"edits\": [" << 3 << 13 << QStringLiteral("");
        QTest::newRow("not an object") << QByteArray("[1]") << 1 << 1 << QStringLiteral("not one");
        QTest::newRow("record as text")
            << head + "  \"edits\": [{\"table\": \"t\", \"record\": \"3\", \"column\": \"c\", \"before\": \"\", "
                      "\"after\": \"\"}],\n  \"triage\": []\n}"
            << 3 << 38 << QStringLiteral("\"record\" must be a whole number");
        QTest::newRow("negative record")
            << head + "  \"edits\": [{\"table\": \"t\", \"record\": -2, \"column\": \"c\", \"before\": \"\", "
                      "\"after\": \"\"}],\n  \"triage\": []\n}"
            << 3 << 38 << QStringLiteral("from 0 up");
        QTest::newRow("edits not a list")
            << head + "  \"edits\": {},\n  \"triage\": []\n}" << 3 << 12 << QStringLiteral("must be a list");
        QTest::newRow("missing member") << head +
                                               "  \"edits\": [{\"table\": \"t\", \"record\": 1}],\n  \"triage\": []\n}"
                                        << 3 << 13 << QStringLiteral("An edit needs");
        QTest::newRow("unknown member") << head + "  \"edits\": [],\n  \"triage\": [],\n  \"extra\": true\n}" << 5 << 12
                                        << QStringLiteral("\"extra\" is not a member");
        QTest::newRow("member twice") << head + "  \"edits\": [],\n  \"edits\": [],\n  \"triage\": []\n}" << 4 << 12
                                      << QStringLiteral("given twice");
        QTest::newRow("bad state")
            << head + "  \"edits\": [],\n  \"triage\": [{\"rule\": \"r\", \"table\": \"t\", \"record\": 1, "
                      "\"columns\": [\"c\"], \"value\": \"v\", \"state\": \"maybe\"}]\n}"
            << 4 << 96 << QStringLiteral("\"state\" must be");
        QTest::newRow("waived without reason")
            << head + "  \"edits\": [],\n  \"triage\": [{\"rule\": \"r\", \"table\": \"t\", \"record\": 1, "
                      "\"columns\": [], \"value\": \"v\", \"state\": \"waived\"}]\n}"
            << 4 << 14 << QStringLiteral("needs a reason");
        QTest::newRow("columns of numbers")
            << head + "  \"edits\": [],\n  \"triage\": [{\"rule\": \"r\", \"table\": \"t\", \"record\": 1, "
                      "\"columns\": [5], \"value\": \"v\", \"state\": \"fixed\"}]\n}"
            << 4 << 67 << QStringLiteral("\"columns\" must be a text");
        QTest::newRow("newer format") << QByteArray("{\"plumbline_handover\": 2, \"edits\": [], \"triage\": []}") << 1
                                      << 24 << QStringLiteral("format 2");
        QTest::newRow("no format") << QByteArray("{\"edits\": [], \"triage\": []}") << 1 << 1
                                   << QStringLiteral("not a Plumbline hand-over");
        QTest::newRow("trailing garbage")
            << head + "  \"edits\": [],\n  \"triage\": []\n} x" << 5 << 3 << QStringLiteral("");
        QTest::newRow("deep nesting") << QByteArray(100, '[') << 1 << 9 << QStringLiteral("");
        QByteArray huge = head + "  \"edits\": [],\n  \"triage\": [],\n  \"user\": \"";
        huge += QByteArray(int(kHandoverMaxBytes), 'x');
        huge += "\"\n}";
        QTest::newRow("huge") << huge << 0 << 0 << QStringLiteral("larger than 64 MB");
    }

    void badFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        auto parsed = parseHandoverJson(json, QStringLiteral("review.json"));
        QVERIFY(!parsed);
        const Error& e = parsed.error();
        QCOMPARE(e.file, QStringLiteral("review.json"));
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QCOMPARE(int(e.line), line);
        QCOMPARE(int(e.column), column);
    }
};

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
