// summariseDataset / describeDataset on datasets built in memory (no reader involved).
#include "io/dataset_summary.h"
#include "table/column.h"

#include <QJsonArray>
#include <QtTest>

using namespace plumbline;

namespace {

Column column(const QString& name, const QList<QByteArray>& cells)
{
    std::vector<ColumnBuilder> builders(1);
    for (const QByteArray& cell : cells)
        builders[0].append(std::string_view(cell.constData(), std::size_t(cell.size())));
    return ColumnBuilder::finish(name, std::move(builders));
}

Dataset csvDataset()
{
    Dataset dataset;
    dataset.source.path = QStringLiteral("/data/register.csv");
    dataset.source.format = QStringLiteral("csv");
    dataset.source.size = 1234567;
    dataset.source.encoding = TextEncoding::Windows1252;
    dataset.source.bom = false;
    dataset.source.delimiter = ';';
    dataset.source.lineEnding = LineEnding::CRLF;
    dataset.source.hasHeader = true;
    dataset.source.loadSeconds = 0.12345;
    std::vector<Column> columns;
    columns.push_back(column(QStringLiteral("id"), {"1", "2", "3"}));
    columns.push_back(column(QStringLiteral("decided"), {"2023-01-02", "", "2023-03-04"}));
    columns.push_back(column(QStringLiteral("column 3"), {"x", "", ""}));
    auto table = std::make_shared<Table>(QStringLiteral("register"), std::move(columns));
    table->setRaggedRows({{0, 3}});
    table->setBlankRows({1});
    table->setRenamedHeaders({2});
    dataset.tables.push_back(table);
    return dataset;
}

} // namespace

class TestDatasetSummary : public QObject
{
    Q_OBJECT

private slots:
    void jsonShape();
    void nonDelimitedFormatsHaveNullDialect();
    void text();
};

void TestDatasetSummary::jsonShape()
{
    const QJsonObject s = summariseDataset(csvDataset());
    QCOMPARE(s.value(QStringLiteral("file")).toString(), QStringLiteral("/data/register.csv"));
    QCOMPARE(s.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(s.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
    QCOMPARE(s.value(QStringLiteral("bom")).toBool(true), false);
    QCOMPARE(s.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(s.value(QStringLiteral("line_endings")).toString(), QStringLiteral("CRLF"));
    QCOMPARE(s.value(QStringLiteral("header")).toBool(false), true);
    QCOMPARE(s.value(QStringLiteral("size_bytes")).toInteger(), 1234567);
    QCOMPARE(s.value(QStringLiteral("load_seconds")).toDouble(), 0.123);
    const QJsonArray tables = s.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonObject t = tables[0].toObject();
    QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("register"));
    QCOMPARE(t.value(QStringLiteral("rows")).toInt(), 3);
    const QJsonArray columns = t.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("id"));
    QCOMPARE(columns[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
    QCOMPARE(columns[1].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("date"));
    QCOMPARE(columns[2].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(t.value(QStringLiteral("ragged_rows")).toInt(), 1);
    QCOMPARE(t.value(QStringLiteral("blank_rows")).toInt(), 1);
    QCOMPARE(t.value(QStringLiteral("renamed_headers")).toArray(), QJsonArray{QStringLiteral("column 3")});
}

void TestDatasetSummary::nonDelimitedFormatsHaveNullDialect()
{
    Dataset dataset = csvDataset();
    dataset.source.format = QStringLiteral("xlsx");
    const QJsonObject s = summariseDataset(dataset);
    QVERIFY(s.value(QStringLiteral("delimiter")).isNull());
    QVERIFY(s.value(QStringLiteral("line_endings")).isNull());
    QVERIFY(s.value(QStringLiteral("header")).isNull());
    QVERIFY(!describeDataset(dataset).contains(QLatin1String("delimiter")));

    Dataset empty;
    empty.source.format = QStringLiteral("json");
    QCOMPARE(summariseDataset(empty).value(QStringLiteral("tables")).toArray().size(), 0);
}

void TestDatasetSummary::text()
{
    const QString text = describeDataset(csvDataset());
    QCOMPARE(text, QStringLiteral("File:     /data/register.csv\n"
                                  "Format:   CSV (windows-1252, no BOM, delimiter ';', CRLF line endings, header row)\n"
                                  "Size:     1,234,567 bytes, loaded in 0.123 s\n"
                                  "\n"
                                  "Table register: 3 rows x 3 columns\n"
                                  "    1  id        integer\n"
                                  "    2  decided   date\n"
                                  "    3  column 3  text\n"
                                  "  Ragged rows: 1   Blank rows: 1   Renamed headers: column 3\n"));
}

QTEST_APPLESS_MAIN(TestDatasetSummary)
#include "tst_datasetsummary.moc"
