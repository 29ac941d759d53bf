// Specification of the grid's table model: what each role returns for a cell and a header, and that swapping
// tables is one reset that QAbstractItemModelTester accepts.
#include "findings/finding_index.h"
#include "findings/finding_sink.h"
#include "findings/finding_store.h"
#include "itemmodels/table_model.h"
#include "table/column.h"
#include "table/table.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include <string>
#include <vector>

using namespace plumbline;

namespace {

struct ColumnSpec
{
    QString name;
    std::vector<std::string> cells;
};

std::shared_ptr<Table> makeTable(const std::vector<ColumnSpec>& specs)
{
    std::vector<Column> columns;
    for (const auto& spec : specs) {
        std::vector<ColumnBuilder> chunks(1);
        for (const auto& cell : spec.cells)
            chunks.front().append(cell);
        columns.push_back(ColumnBuilder::finish(spec.name, std::move(chunks)));
    }
    return std::make_shared<Table>(QStringLiteral("t"), std::move(columns));
}

/// Three columns of three types; "notes" has a long cell, a multi-line cell and non-ASCII text.
std::shared_ptr<Table> planningTable()
{
    const std::string longText(120, 'x');
    return makeTable({
        {QStringLiteral("reference"), {"13/00858/HCC3S", "NMA/2013/0233", "13/10972"}},
        {QStringLiteral("GroundArea"), {"0.08", "20696", "1.16"}},
        {QStringLiteral("DecisionDate"), {"09/08/2013", "", "13/08/2013"}},
        {QStringLiteral("notes"), {longText, "line one\nline two", "Caf\xc3\xa9 \xe2\x80\x93 St John\xe2\x80\x99s"}},
    });
}

} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void emptyModelHasNoRowsOrColumns();
    void data_data();
    void data();
    void longCellsAreCutForDisplayButNotForEditing();
    void headerData_data();
    void headerData();
    void setTableIsOneReset();
    void recordIdsFollowRowRemoval();
    void editedCellsShowTheOverlay();
    void rolesAreAnEnumStartingAfterUserRole();
    void referenceColumnsLookLikeLinks();
    void findingsTintCellsAndRowNumbers();
    void tooltipsListErrorsFirst();
    void hiddenSeveritiesLeaveTheGrid();
    void invisibleCharactersShowOnRequest();
};

void TestTableModel::passesModelTester()
{
    TableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(planningTable());
    model.setTable(makeTable({{QStringLiteral("only"), {"a"}}}));
    model.setTable(nullptr);
    model.setTable(planningTable());
    QCOMPARE(model.rowCount(), 3);
}

void TestTableModel::emptyModelHasNoRowsOrColumns()
{
    TableModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QVERIFY(!model.headerData(0, Qt::Horizontal).isValid());
    QVERIFY(!model.data(model.index(0, 0)).isValid());
}

void TestTableModel::data_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    const QString longText(120, QLatin1Char('x'));
    const QString cafe = QStringLiteral("Caf\u00e9 \u2013 St John\u2019s");
    QTest::newRow("display text") << 0 << 0 << int(Qt::DisplayRole) << QVariant(QStringLiteral("13/00858/HCC3S"));
    QTest::newRow("edit text") << 1 << 0 << int(Qt::EditRole) << QVariant(QStringLiteral("NMA/2013/0233"));
    QTest::newRow("empty cell displays empty") << 1 << 2 << int(Qt::DisplayRole) << QVariant(QString());
    QTest::newRow("utf-8 decoded") << 2 << 3 << int(Qt::DisplayRole) << QVariant(cafe);
    QTest::newRow("line break shown as symbol")
        << 1 << 3 << int(Qt::DisplayRole) << QVariant(QStringLiteral("line one\u23CEline two"));
    QTest::newRow("line break kept for editing")
        << 1 << 3 << int(Qt::EditRole) << QVariant(QStringLiteral("line one\nline two"));
    QTest::newRow("short cell has no tooltip") << 0 << 0 << int(Qt::ToolTipRole) << QVariant();
    QTest::newRow("long cell tooltip is full text") << 0 << 3 << int(Qt::ToolTipRole) << QVariant(longText);
    QTest::newRow("multi-line cell tooltip")
        << 1 << 3 << int(Qt::ToolTipRole) << QVariant(QStringLiteral("line one\nline two"));
    QTest::newRow("numbers align right") << 0 << 1 << int(Qt::TextAlignmentRole)
                                         << QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    QTest::newRow("text aligns left") << 0 << 0 << int(Qt::TextAlignmentRole)
                                      << QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    QTest::newRow("record id") << 2 << 0 << int(TableModel::Role::RecordId) << QVariant::fromValue(quint32(2));
    QTest::newRow("raw bytes are the stored utf-8")
        << 2 << 3 << int(TableModel::Role::RawBytes)
        << QVariant(QByteArray("Caf\xc3\xa9 \xe2\x80\x93 St John\xe2\x80\x99s"));
    QTest::newRow("unedited") << 0 << 0 << int(TableModel::Role::IsEdited) << QVariant(false);
    QTest::newRow("unknown role") << 0 << 0 << int(Qt::DecorationRole) << QVariant();
}

void TestTableModel::data()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    TableModel model;
    model.setTable(planningTable());
    QCOMPARE(model.data(model.index(row, column), role), expected);
}

void TestTableModel::longCellsAreCutForDisplayButNotForEditing()
{
    const std::string huge(100000, 'y');
    TableModel model;
    model.setTable(makeTable({{QStringLiteral("blob"), {huge}}}));
    const QModelIndex cell = model.index(0, 0);
    const QString shown = cell.data(Qt::DisplayRole).toString();
    QCOMPARE(shown.size(), TableModel::kMaxDisplayChars + 1);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(cell.data(Qt::EditRole).toString().size(), qsizetype(huge.size()));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString().size(), TableModel::kMaxTooltipChars + 1);
}

void TestTableModel::headerData_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    const int h = Qt::Horizontal;
    const int v = Qt::Vertical;
    QTest::newRow("name and type on two lines")
        << 0 << h << int(Qt::DisplayRole) << QVariant(QStringLiteral("reference\ntext"));
    QTest::newRow("mixed numbers are decimal")
        << 1 << h << int(Qt::DisplayRole) << QVariant(QStringLiteral("GroundArea\ndecimal"));
    QTest::newRow("dates with a blank are dates")
        << 2 << h << int(Qt::DisplayRole) << QVariant(QStringLiteral("DecisionDate\ndate"));
    QTest::newRow("bare name role") << 2 << h << int(TableModel::Role::ColumnName)
                                    << QVariant(QStringLiteral("DecisionDate"));
    QTest::newRow("type name role") << 1 << h << int(TableModel::Role::ColumnTypeName)
                                    << QVariant(QStringLiteral("decimal"));
    QTest::newRow("type value role") << 2 << h << int(TableModel::Role::ColumnTypeValue)
                                     << QVariant(int(ColumnType::Date));
    QTest::newRow("header tooltip") << 0 << h << int(Qt::ToolTipRole)
                                    << QVariant(QStringLiteral("reference\nColumn 1, inferred type: text"));
    QTest::newRow("column past the end") << 4 << h << int(Qt::DisplayRole) << QVariant();
    QTest::newRow("rows count from one") << 0 << v << int(Qt::DisplayRole) << QVariant(QStringLiteral("1"));
    QTest::newRow("last row") << 2 << v << int(Qt::DisplayRole) << QVariant(QStringLiteral("3"));
    QTest::newRow("row past the end") << 3 << v << int(Qt::DisplayRole) << QVariant();
    QTest::newRow("row record id") << 1 << v << int(TableModel::Role::RecordId) << QVariant::fromValue(quint32(1));
}

void TestTableModel::headerData()
{
    QFETCH(int, section);
    QFETCH(int, orientation);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    TableModel model;
    model.setTable(planningTable());
    QCOMPARE(model.headerData(section, Qt::Orientation(orientation), role), expected);
}

void TestTableModel::setTableIsOneReset()
{
    TableModel model;
    model.setTable(planningTable());
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    auto other =
        makeTable({{QStringLiteral("a"), {"1", "2", "3", "4", "5"}}, {QStringLiteral("b"), {"", "", "", "", ""}}});
    model.setTable(other);

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.table().get(), other.get());
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("b\nempty"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("a\ninteger"));
}

void TestTableModel::recordIdsFollowRowRemoval()
{
    auto table = planningTable();
    table->removeRow(0);
    TableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("NMA/2013/0233"));
    QCOMPARE(model.index(0, 0).data(int(TableModel::Role::RecordId)).value<quint32>(), quint32(1));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("1")); // view rows, not ids
}

void TestTableModel::editedCellsShowTheOverlay()
{
    auto table = planningTable();
    table->editOverlay().set(2, 0, "13/10972/EDIT");
    TableModel model;
    model.setTable(table);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("13/10972/EDIT"));
    QCOMPARE(model.index(2, 0).data(int(TableModel::Role::IsEdited)).toBool(), true);
    QCOMPARE(model.index(1, 0).data(int(TableModel::Role::IsEdited)).toBool(), false);
}

void TestTableModel::rolesAreAnEnumStartingAfterUserRole()
{
    const QMetaEnum roles = QMetaEnum::fromType<TableModel::Role>();
    QCOMPARE(QByteArray(roles.valueToKey(Qt::UserRole + 1)), QByteArray("RecordId"));
    TableModel model;
    const auto names = model.roleNames();
    QCOMPARE(names.value(int(TableModel::Role::RawBytes)), QByteArray("rawBytes"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

void TestTableModel::referenceColumnsLookLikeLinks()
{
    TableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(planningTable());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReferenceColumns({{2, QStringLiteral("go to the decision")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 2));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(2, 2));
    QVERIFY(model.isReferenceColumn(2));
    QVERIFY(!model.isReferenceColumn(0));

    // A cell with a value is a link; an empty cell of the same column is not (nothing to follow).
    QCOMPARE(model.index(0, 2).data(int(TableModel::Role::IsReference)).toBool(), true);
    QCOMPARE(model.index(1, 2).data(int(TableModel::Role::IsReference)).toBool(), false);
    QCOMPARE(model.index(0, 0).data(int(TableModel::Role::IsReference)).toBool(), false);
    QVERIFY(model.index(0, 2).data(Qt::FontRole).value<QFont>().underline());
    QVERIFY(model.index(0, 2).data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("go to the decision"));

    // A new table forgets the previous table's reference columns.
    model.setTable(planningTable());
    QVERIFY(!model.isReferenceColumn(2));
    QCOMPARE(model.index(0, 2).data(int(TableModel::Role::IsReference)).toBool(), false);
    // Out-of-range columns are ignored; clearing emits for the columns that change.
    model.setReferenceColumns({{1, QStringLiteral("x")}, {99, QStringLiteral("y")}});
    changed.clear();
    model.setReferenceColumns({});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), 1);
}

void TestTableModel::findingsTintCellsAndRowNumbers()
{
    auto table = planningTable();
    auto store = std::make_shared<FindingStore>();
    RuleInfo warn;
    warn.id = QStringLiteral("W");
    warn.severity = Severity::Warning;
    warn.messageTemplate = QStringLiteral("area {value}");
    RuleInfo err = warn;
    err.id = QStringLiteral("E");
    err.severity = Severity::Error;
    err.messageTemplate = QStringLiteral("bad area {value}");
    RuleInfo dup = warn;
    dup.id = QStringLiteral("D");
    dup.messageTemplate = QStringLiteral("duplicate row");
    const std::uint32_t w = store->addRule(warn);
    const std::uint32_t e = store->addRule(err);
    const std::uint32_t d = store->addRule(dup);
    TableInfo info;
    info.name = table->name();
    for (int c = 0; c < table->columnCount(); ++c)
        info.columns << table->columnName(c);
    info.table = table;
    const std::uint16_t t = store->addTable(info);
    FindingSink sink(*table, t);
    sink.setRule(w, Severity::Warning);
    sink.add(1, 1, "20696");
    sink.setRule(e, Severity::Error);
    sink.add(1, 1, "20696");
    sink.setRule(d, Severity::Warning);
    sink.add(2, -1, "");
    store->append(std::move(sink));
    store->sort();
    auto index = std::make_shared<FindingIndex>(*store, t);

    TableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setFindings(store, index);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(headers.count(), 1);

    // The cell shows its worst finding; its tooltip lists both.
    QCOMPARE(model.index(1, 1).data(int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Error));
    const QString tip = model.index(1, 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("error E: ")) && tip.contains(QStringLiteral("warning W: ")), qPrintable(tip));
    QVERIFY(!model.index(1, 0).data(int(TableModel::Role::FindingSeverity)).isValid());
    QVERIFY(!model.index(0, 1).data(int(TableModel::Role::FindingSeverity)).isValid());
    // A whole-row finding marks the row number, not the cells.
    QVERIFY(!model.index(2, 0).data(int(TableModel::Role::FindingSeverity)).isValid());
    QCOMPARE(model.headerData(2, Qt::Vertical, int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Warning));
    QCOMPARE(model.headerData(1, Qt::Vertical, int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Error));
    QVERIFY(model.headerData(2, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("duplicate row")));
    QVERIFY(!model.headerData(0, Qt::Vertical, int(TableModel::Role::FindingSeverity)).isValid());

    // Clearing, and a new table, drop the findings.
    model.setFindings(nullptr, nullptr);
    QVERIFY(!model.index(1, 1).data(int(TableModel::Role::FindingSeverity)).isValid());
    model.setFindings(store, index);
    model.setTable(table);
    QVERIFY(!model.index(1, 1).data(int(TableModel::Role::FindingSeverity)).isValid());
    QVERIFY(!model.findings());
}

namespace {

/// A store over table whose findings are (rule severity, row, column) in the order given (then sorted as the
/// store sorts: by record, rule order, column). Rule i has id "<severity><i>" and message "m<i>".
struct Finds
{
    Severity severity;
    std::size_t row;
    int column;
};
std::pair<std::shared_ptr<FindingStore>, std::shared_ptr<FindingIndex>> storeOver(const std::shared_ptr<Table>& table,
                                                                                  const std::vector<Finds>& finds)
{
    auto store = std::make_shared<FindingStore>();
    TableInfo info;
    info.name = table->name();
    for (int c = 0; c < table->columnCount(); ++c)
        info.columns << table->columnName(c);
    info.table = table;
    const std::uint16_t t = store->addTable(info);
    FindingSink sink(*table, t);
    for (std::size_t i = 0; i < finds.size(); ++i) {
        RuleInfo rule;
        rule.id = severityName(finds[i].severity) + QString::number(i);
        rule.severity = finds[i].severity;
        rule.messageTemplate = QStringLiteral("m%1").arg(i);
        sink.setRule(store->addRule(rule), finds[i].severity);
        sink.add(finds[i].row, finds[i].column, "v");
    }
    store->append(std::move(sink));
    store->sort();
    return {store, std::make_shared<FindingIndex>(*store, t)};
}

} // namespace

void TestTableModel::tooltipsListErrorsFirst()
{
    // Nine notices on row 1 come before its error in the store (rule order); the tooltip must not hide the
    // error behind "… and N more" (the LGA file's row 11). The cell on "Live " lists its error before its warning.
    auto table = planningTable();
    std::vector<Finds> finds;
    for (int i = 0; i < 9; ++i)
        finds.push_back({Severity::Notice, 1, 3});
    finds.push_back({Severity::Error, 1, 0});
    finds.push_back({Severity::Warning, 2, 1});
    finds.push_back({Severity::Error, 2, 1});
    auto [store, index] = storeOver(table, finds);
    TableModel model;
    model.setTable(table);
    model.setFindings(store, index);
    const QStringList row = model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().split(u'\n');
    QVERIFY2(row.first().startsWith(QStringLiteral("error error9: ")), qPrintable(row.join(u'|')));
    QCOMPARE(row.size(), TableModel::kMaxRowTooltipFindings + 1);
    QVERIFY2(row.last().endsWith(QStringLiteral("and 2 more")), qPrintable(row.last()));
    const QStringList cell = model.index(2, 1).data(Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(cell.size(), 2);
    QVERIFY2(cell.at(0).startsWith(QStringLiteral("error ")) && cell.at(1).startsWith(QStringLiteral("warning ")),
             qPrintable(cell.join(u'|')));
}

void TestTableModel::hiddenSeveritiesLeaveTheGrid()
{
    // Switching off a severity in the findings panel takes its tint, its tooltip lines and its header counts away;
    // a cell with a hidden worst finding shows the next worst.
    auto table = planningTable();
    auto [store, index] = storeOver(
        table,
        {{Severity::Warning, 0, 1}, {Severity::Error, 0, 1}, {Severity::Notice, 1, 1}, {Severity::Notice, 2, -1}});
    TableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table);
    model.setFindings(store, index);
    QCOMPARE(model.headerData(1, Qt::Horizontal, int(TableModel::Role::FindingCount)).toULongLong(), 3ULL);
    QCOMPARE(model.headerData(1, Qt::Horizontal, int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Error));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const unsigned noNotices = 0xfu & ~(1u << unsigned(Severity::Notice));
    model.setSeverityMask(noNotices & ~(1u << unsigned(Severity::Error)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 1).data(int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Warning));
    QVERIFY(!model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("error")));
    QVERIFY(!model.index(1, 1).data(int(TableModel::Role::FindingSeverity)).isValid()); // a notice
    QVERIFY(!model.headerData(2, Qt::Vertical, int(TableModel::Role::FindingSeverity)).isValid());
    QCOMPARE(model.headerData(1, Qt::Horizontal, int(TableModel::Role::FindingCount)).toULongLong(), 1ULL);
    model.setSeverityMask(0xf);
    QCOMPARE(model.index(1, 1).data(int(TableModel::Role::FindingSeverity)).toInt(), int(Severity::Notice));
    QCOMPARE(model.headerData(1, Qt::Horizontal, int(TableModel::Role::FindingCount)).toULongLong(), 3ULL);
}

void TestTableModel::invisibleCharactersShowOnRequest()
{
    auto table = makeTable({{QStringLiteral("name"),
                             {"Matthew Williams ",
                              "a\xc2\xa0"
                              "b",
                              "plain text"}}});
    TableModel model;
    model.setTable(table);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Matthew Williams "));
    model.setShowInvisibles(true);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Matthew Williams\u00b7"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("a\u237db"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("plain text"));
    QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(),
             QStringLiteral("Matthew Williams ")); // edits see the truth
}

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
