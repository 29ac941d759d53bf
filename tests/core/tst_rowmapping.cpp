// The row filter and sort behind the grid: which records a query keeps and in which order, typed sorting
// (numbers, dd/mm/yyyy and ISO dates, text), blanks last, edits seen, dictionary and plain columns alike.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "rowview/row_mapping.h"
#include "table/table.h"

#include <QtTest>

using namespace plumbline;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<Dataset> readBytes(const QByteArray& csv)
{
    NullProgress progress;
    auto result = readCsvBytes(csv, QStringLiteral("rows.csv"), CsvReadOptions{}, progress);
    if (!result)
        qFatal("fixture does not parse: %s", qPrintable(result.error().toString()));
    return std::make_shared<Dataset>(std::move(result).value());
}

/// The fixture: references, a decision (few values: dictionary-encoded when long enough), a date in UK order, a
/// number with a word in it, and a blank here and there.
const QByteArray kRegister = "reference,decision,date,area\n"
                             "B/2,granted,03/02/2021,10\n"
                             "a/1,Refused,01/12/2020,9.5\n"
                             "C/3,granted,,100\n"
                             "b/10,withdrawn,2021-01-15,n/a\n"
                             "A/5,refused,15/01/2021,\n"
                             "D/7 ,granted,28/02/2019,-3\n";

std::vector<RecordId> run(const Table& table, const RowQuery& query)
{
    NullProgress progress;
    auto mapping = buildRowMapping(table, query, progress, 2);
    if (!mapping)
        qFatal("mapping failed: %s", qPrintable(mapping.error().toString()));
    return mapping.value().records;
}

QStringList column(const Table& table, const std::vector<RecordId>& records, int c)
{
    QStringList out;
    for (RecordId r : records)
        out << table.cellText(std::size_t(table.rowOf(r)), c);
    return out;
}

} // namespace

class TestRowMapping : public QObject
{
    Q_OBJECT

private slots:
    void sortsTyped_data();
    void sortsTyped();
    void filtersByRecordsConditionsAndText_data();
    void filtersByRecordsConditionsAndText();
    void anInvalidRegexIsAnError();
    void editedCellsAreSeen();
    void dictionaryAndPlainColumnsSortAlike();
    void aCanceledBuildSaysSo();
};

void TestRowMapping::sortsTyped_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QStringList>("expected");
    // Text: ASCII case folded; the exact bytes break ties.
    QTest::newRow("text ascending") << kRegister << 0 << false
                                    << QStringList{u"a/1"_s, u"A/5"_s, u"b/10"_s, u"B/2"_s, u"C/3"_s, u"D/7 "_s};
    QTest::newRow("text descending") << kRegister << 0 << true
                                     << QStringList{u"D/7 "_s, u"C/3"_s, u"B/2"_s, u"b/10"_s, u"A/5"_s, u"a/1"_s};
    // Dates, UK and ISO alike, as days (the same day twice keeps the table's order); blanks last either way.
    QTest::newRow("dates ascending") << kRegister << 2 << false
                                     << QStringList{u"28/02/2019"_s, u"01/12/2020"_s, u"2021-01-15"_s,
                                                    u"15/01/2021"_s, u"03/02/2021"_s, u""_s};
    QTest::newRow("dates descending") << kRegister << 2 << true
                                      << QStringList{u"03/02/2021"_s, u"2021-01-15"_s, u"15/01/2021"_s,
                                                     u"01/12/2020"_s, u"28/02/2019"_s, u""_s};
    // Numbers as numbers: 9.5 before 10, 10 before 100, not "10" < "100" < "9.5".
    const QByteArray numbers = "area\n10\n9.5\n100\n\n-3\n";
    QTest::newRow("numbers ascending") << numbers << 0 << false
                                       << QStringList{u"-3"_s, u"9.5"_s, u"10"_s, u"100"_s, u""_s};
    QTest::newRow("numbers descending") << numbers << 0 << true
                                        << QStringList{u"100"_s, u"10"_s, u"9.5"_s, u"-3"_s, u""_s};
}

void TestRowMapping::sortsTyped()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QStringList, expected);
    const auto dataset = readBytes(csv);
    const Table& table = *dataset->tables.front();
    RowQuery query;
    query.sortColumn = column;
    query.descending = descending;
    QCOMPARE(::column(table, run(table, query), column), expected);
}

void TestRowMapping::filtersByRecordsConditionsAndText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("textColumn");
    QTest::addColumn<QStringList>("expected"); // references, in the table's order
    QTest::newRow("plain, any case, any column")
        << u"REFUSED"_s << false << false << -1 << QStringList{u"a/1"_s, u"A/5"_s};
    QTest::newRow("plain, case-sensitive") << u"refused"_s << false << true << -1 << QStringList{u"A/5"_s};
    QTest::newRow("plain, one column") << u"2021"_s << false << false << 2
                                       << QStringList{u"B/2"_s, u"b/10"_s, u"A/5"_s};
    QTest::newRow("plain text is not a pattern") << u"a/."_s << false << false << 0 << QStringList{};
    QTest::newRow("regex, one column") << u"^[AB]/\\d$"_s << true << true << 0 << QStringList{u"B/2"_s, u"A/5"_s};
    QTest::newRow("regex, any case") << u"^[ab]/\\d+$"_s << true << false << 0
                                     << QStringList{u"B/2"_s, u"a/1"_s, u"b/10"_s, u"A/5"_s};
}

void TestRowMapping::filtersByRecordsConditionsAndText()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(int, textColumn);
    QFETCH(QStringList, expected);
    const auto dataset = readBytes(kRegister);
    const Table& table = *dataset->tables.front();
    RowQuery query;
    query.text = text;
    query.regex = regex;
    query.caseSensitive = caseSensitive;
    query.textColumn = textColumn;
    QCOMPARE(column(table, run(table, query), 0), expected);

    // A record set and a condition narrow it further (AND).
    RowQuery narrower = query;
    narrower.records = std::make_shared<const std::vector<RecordId>>(std::vector<RecordId>{1, 4});
    ColumnCondition notBlank{ColumnCondition::Kind::Blank, 2, {}, 0, 0, {}};
    const QStringList withRecords = column(table, run(table, narrower), 0);
    for (const QString& ref : withRecords)
        QVERIFY(ref == QLatin1String("a/1") || ref == QLatin1String("A/5"));
    narrower.conditions.push_back(notBlank); // only C/3 has a blank date, and it is not in the set
    QCOMPARE(column(table, run(table, narrower), 0), QStringList());
}

void TestRowMapping::anInvalidRegexIsAnError()
{
    const auto dataset = readBytes(kRegister);
    RowQuery query;
    query.text = QStringLiteral("([unclosed");
    query.regex = true;
    NullProgress progress;
    const auto mapping = buildRowMapping(*dataset->tables.front(), query, progress);
    QVERIFY(!mapping);
    QVERIFY2(mapping.error().message.contains(QLatin1String("regular expression")),
             qPrintable(mapping.error().message));
}

void TestRowMapping::editedCellsAreSeen()
{
    Document document(readBytes(kRegister));
    QVERIFY(document.setCell(0, 2, 1, "approved")); // C/3: granted → approved
    RowQuery query;
    query.conditions.push_back({ColumnCondition::Kind::Equals, 1, "granted", 0, 0, {}});
    const Table& table = document.table(0);
    QCOMPARE(column(table, run(table, query), 0), (QStringList{u"B/2"_s, u"D/7 "_s}));
    query.conditions = {{ColumnCondition::Kind::Shape, 0, "A/9", 0, 0, {}}};
    // Shapes trim: "D/7 " is A/9 like B/2, C/3 and A/5; a/1 is a/9 and b/10 a/99.
    QCOMPARE(column(table, run(table, query), 0), (QStringList{u"B/2"_s, u"C/3"_s, u"A/5"_s, u"D/7 "_s}));
}

void TestRowMapping::dictionaryAndPlainColumnsSortAlike()
{
    // 400 rows of four values: the reader stores it as a dictionary; a copy with unique suffixes stays plain.
    QByteArray dict = "status\n";
    QByteArray plain = "status\n";
    const char* values[] = {"pending", "Decided", "appealed", "withdrawn"};
    for (int i = 0; i < 400; ++i) {
        dict += QByteArray(values[i % 4]) + '\n';
        plain += QByteArray(values[i % 4]) + '#' + QByteArray::number(1000 + i) + '\n';
    }
    const auto a = readBytes(dict);
    const auto b = readBytes(plain);
    QVERIFY(a->tables.front()->column(0).isDictionary());
    QVERIFY(!b->tables.front()->column(0).isDictionary());
    RowQuery query;
    query.sortColumn = 0;
    const auto ra = run(*a->tables.front(), query);
    const auto rb = run(*b->tables.front(), query);
    // The same order of values (the suffixes only break ties, ascending like the table's order).
    QStringList va = column(*a->tables.front(), ra, 0);
    QStringList vb = column(*b->tables.front(), rb, 0);
    for (QString& v : vb)
        v = v.section(u'#', 0, 0);
    QCOMPARE(va, vb);
    QCOMPARE(va.first(), QStringLiteral("appealed"));
    QCOMPARE(va.last(), QStringLiteral("withdrawn"));
    QCOMPARE(ra, rb); // ties keep the table's order in both
}

void TestRowMapping::aCanceledBuildSaysSo()
{
    const auto dataset = readBytes(kRegister);
    FlagProgress progress;
    progress.cancel();
    RowQuery query;
    query.sortColumn = 0;
    query.text = QStringLiteral("a");
    const auto mapping = buildRowMapping(*dataset->tables.front(), query, progress);
    QVERIFY(!mapping);
    QCOMPARE(mapping.error().message, QStringLiteral("canceled"));
}

QTEST_GUILESS_MAIN(TestRowMapping)
#include "tst_rowmapping.moc"
