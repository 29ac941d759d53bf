// Generic JSON and JSON Lines: how values map to tables, round trips byte for byte where the source is in
// the writer's style (and value for value otherwise), and syntax errors with line and column.
#include "io/json/json_dataset_writer.h"
#include "io/json/json_layout.h"
#include "io/json/json_reader.h"

#include <QJsonDocument>
#include <QtTest>

using namespace plumbline;

namespace {

Result<Dataset> read(const QByteArray& bytes, const QString& name = QStringLiteral("rows.json"))
{
    NullProgress progress;
    return readJsonBytes(bytes, name, {}, progress);
}

QByteArray write(const Dataset& dataset, const JsonWriteOptions& options = {})
{
    NullProgress progress;
    auto result = writeJsonBytes(dataset, options, progress);
    if (!result.ok()) {
        qWarning() << result.error().toString();
        return "<write failed>";
    }
    return result.value();
}

QString errorOf(const Result<Dataset>& r)
{
    return r.ok() ? QString() : r.error().toString();
}

QStringList columnNames(const Table& t)
{
    QStringList names;
    for (int c = 0; c < t.columnCount(); ++c)
        names << t.columnName(c);
    return names;
}

QStringList tableNames(const Dataset& d)
{
    QStringList names;
    for (const auto& t : d.tables)
        names << t->name();
    return names;
}

QString cell(const Dataset& d, const char* table, std::size_t row, const char* column)
{
    const auto t = d.table(QLatin1String(table));
    if (!t)
        return QStringLiteral("<no table>");
    const int c = t->columnIndex(QLatin1String(column));
    return c < 0 ? QStringLiteral("<no column>") : t->cellText(row, c);
}

QByteArray nested(int depth)
{
    QByteArray s;
    for (int i = 0; i < depth; ++i)
        s += "{\"a\":";
    s += "1";
    for (int i = 0; i < depth; ++i)
        s += "}";
    return "[" + s + "]";
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTripExact_data();
    void roundTripExact();
    void roundTripValue_data();
    void roundTripValue();
    void arrayOfObjects();
    void objectOfArrays();
    void childTablesAndScalars();
    void missingNullAndEmpty();
    void columnNameCollisions();
    void jsonLines();
    void hugeString();
    void syntaxErrors_data();
    void syntaxErrors();
    void cancel();
    void plainTablesAsJson();
};

void TestJsonReader::roundTripExact_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    const QString j = QStringLiteral("rows.json");
    QTest::newRow("array of objects") << QByteArray(R"([{"a":1,"b":"x"},{"a":2,"c":true}])") << j;
    QTest::newRow("missing, null, empty string") << QByteArray(R"([{"a":null},{"a":""},{},{"a":"v"}])") << j;
    QTest::newRow("numbers as written")
        << QByteArray(
               R"([{"n":0},{"n":-1.5e+10},{"n":12345678901234567890123},{"n":1.0},{"n":-0},{"n":1E-7},{"n":1e400}])")
        << j;
    QTest::newRow("bools") << QByteArray(R"([{"b":true},{"b":false},{"b":"true"}])") << j;
    QTest::newRow("nested objects") << QByteArray(R"([{"a":{"b":{"c":1}},"d":{}},{"a":{"x":[]}}])") << j;
    QTest::newRow("mixed array") << QByteArray(R"([{"a":[1,"x",null,true,{"k":1},[1,[2]],[]]}])") << j;
    QTest::newRow("array of arrays") << QByteArray(R"([[1,2],[3,[4]],[]])") << j;
    QTest::newRow("scalars in root array") << QByteArray(R"([1,"a",null,false,{"o":1}])") << j;
    QTest::newRow("unicode and escapes")
        << QByteArray(
               "[{\"name\":\"Si\xc3\xa2n\",\"emoji\":\"\xf0\x9f\x98\x80\",\"esc\":\"a\\\"b\\\\c\\n\\t\\u0001\"}]")
        << j;
    QTest::newRow("object of arrays") << QByteArray(R"({"a":[{"x":1}],"n":5,"b":[{"y":2},{"y":3}],"s":"t"})") << j;
    QTest::newRow("object member object") << QByteArray(R"({"meta":{"x":1,"l":["u","v"]},"rows":[]})") << j;
    QTest::newRow("root number") << QByteArray("42") << j;
    QTest::newRow("root string") << QByteArray(R"("text")") << j;
    QTest::newRow("root null") << QByteArray("null") << j;
    QTest::newRow("root flat object") << QByteArray(R"({"a":1,"b":"x","c":null})") << j;
    QTest::newRow("empty array") << QByteArray("[]") << j;
    QTest::newRow("empty object") << QByteArray("{}") << j;
    QTest::newRow("empty members") << QByteArray(R"({"a":[],"b":[{}],"c":{}})") << j;
    QTest::newRow("duplicate keys") << QByteArray(R"([{"a":1,"a":2},{"a":3}])") << j;
    QTest::newRow("duplicate array keys") << QByteArray(R"([{"a":[1],"a":[2,3]}])") << j;
    QTest::newRow("dotted key vs nesting") << QByteArray(R"([{"a.b":1,"a":{"b":2}}])") << j;
    QTest::newRow("reserved names as keys")
        << QByteArray(R"([{"x":[{"_index":5,"_parent_row":"q","value":1},7]}])") << j;
    QTest::newRow("empty key") << QByteArray(R"({"":[{"":1}]})") << j;
    QTest::newRow("deep nesting") << nested(200) << j;
    QTest::newRow("key that is a U+FEFF (found by fuzz_json)")
        << QByteArray("{\"a.b\":2,\"a\":{\"b\":[{\"dex\":1}]},\"a\":2,\"\xEF\xBB\xBF\":{\"\":\"\"}}") << j;
    QTest::newRow("key that is a U+FEFF, json lines")
        << QByteArray("{\"a.b\":2,\"a\":{\"b\":[{\"dex\":1}]},\"a\":2,\"\xEF\xBB\xBF\":{\"\":\"\"}}\n")
        << QStringLiteral("x.jsonl");
    QTest::newRow("pretty, 2 spaces")
        << QByteArray("[\n  {\n    \"a\": 1,\n    \"b\": [\n      2\n    ],\n    \"c\": {}\n  }\n]\n") << j;
    QTest::newRow("pretty, 4 spaces, no final newline")
        << QByteArray("{\n    \"a\": [\n        {\n            \"x\": null\n        }\n    ]\n}") << j;
    QTest::newRow("pretty, tabs, CRLF") << QByteArray("[\r\n\t{\r\n\t\t\"a\": 1\r\n\t}\r\n]\r\n") << j;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[{\"a\":1}]") << j;
    QTest::newRow("json lines") << QByteArray("{\"a\":1}\n{\"b\":[1,2]}\n[3]\n\"s\"\n") << QStringLiteral("rows.jsonl");
    QTest::newRow("json lines, CRLF") << QByteArray("{\"a\":1}\r\n{\"a\":2}\r\n") << QStringLiteral("rows.ndjson");
}

void TestJsonReader::roundTripExact()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    const auto result = read(json, name);
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(write(result.value()), json);
}

void TestJsonReader::roundTripValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("escapes normalised") << QByteArray(R"(["\u00e9\/\u20ac", {"k\u0061":"\ud83d\ude00"}])");
    QTest::newRow("irregular whitespace") << QByteArray("  [ {\"a\" :1 , \"b\":[ 1 ,2 ] } ]  \n\n");
    QTest::newRow("one object per line") << QByteArray("[\n{\"a\":1},\n{\"a\":2}\n]");
}

void TestJsonReader::roundTripValue()
{
    QFETCH(QByteArray, json);
    const auto result = read(json);
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const QByteArray out = write(result.value());
    QCOMPARE(QJsonDocument::fromJson(out), QJsonDocument::fromJson(json));
    QVERIFY(!QJsonDocument::fromJson(out).isNull());
}

void TestJsonReader::arrayOfObjects()
{
    const auto result = read(R"([{"name":"A","id":1,"tags":["x","y"]},{"id":2,"extra":{"k":"v"}}])",
                             QStringLiteral("/some/where/register.json"));
    QVERIFY(result.ok());
    const Dataset& d = result.value();
    QCOMPARE(d.source.format, QStringLiteral("json"));
    QCOMPARE(tableNames(d), QStringList({QStringLiteral("register"), QStringLiteral("register.tags")}));
    const auto t = d.table(QStringLiteral("register"));
    QCOMPARE(columnNames(*t), QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("extra.k")}));
    QCOMPARE(int(t->rowCount()), 2);
    QCOMPARE(cell(d, "register", 1, "extra.k"), QStringLiteral("v"));
    QCOMPARE(cell(d, "register", 1, "name"), QString());
    QCOMPARE(columnNames(*d.table(QStringLiteral("register.tags"))),
             QStringList({QStringLiteral("_parent_id"), QStringLiteral("_parent_row"), QStringLiteral("_index"),
                          QStringLiteral("value")}));
    QCOMPARE(cell(d, "register.tags", 1, "value"), QStringLiteral("y"));
    QCOMPARE(cell(d, "register.tags", 1, "_parent_id"), QStringLiteral("1"));
    QCOMPARE(cell(d, "register.tags", 1, "_index"), QStringLiteral("2"));
    QCOMPARE(int(d.relations.size()), 1);
    QCOMPARE(d.relations[0].fromTable, QStringLiteral("register.tags"));
    QCOMPARE(d.relations[0].toColumn, QStringLiteral("id"));
}

void TestJsonReader::objectOfArrays()
{
    const auto result = read(R"({"version":2,"schools":[{"urn":"1"}],"trusts":[{"name":"T"}],"info":{"by":"me"}})");
    QVERIFY(result.ok());
    const Dataset& d = result.value();
    // Arrays and objects become tables; top-level scalars are kept verbatim for the writer.
    QCOMPARE(tableNames(d), QStringList({QStringLiteral("schools"), QStringLiteral("trusts"), QStringLiteral("info")}));
    QCOMPARE(cell(d, "info", 0, "by"), QStringLiteral("me"));
    QCOMPARE(d.source.format, QStringLiteral("json"));
}

void TestJsonReader::childTablesAndScalars()
{
    const auto result = read(R"([{"p":{"q":[{"r":[{"s":1}]},{"r":[]}]}}])");
    QVERIFY(result.ok());
    const Dataset& d = result.value();
    QCOMPARE(tableNames(d),
             QStringList({QStringLiteral("rows"), QStringLiteral("rows.p.q"), QStringLiteral("rows.p.q.r")}));
    QCOMPARE(cell(d, "rows.p.q.r", 0, "s"), QStringLiteral("1"));
    QCOMPARE(cell(d, "rows.p.q.r", 0, "_parent_row"), QStringLiteral("1"));
    QCOMPARE(int(d.table(QStringLiteral("rows.p.q"))->rowCount()), 2);
    // No `id` in the parent: no _parent_id column and no relation.
    QCOMPARE(d.table(QStringLiteral("rows.p.q"))->columnIndex(QStringLiteral("_parent_id")), -1);
    QVERIFY(d.relations.empty());
}

void TestJsonReader::missingNullAndEmpty()
{
    const QByteArray json = R"([{"a":null,"b":1},{"a":"","b":"1"},{"b":2}])";
    auto result = read(json);
    QVERIFY(result.ok());
    Dataset& d = result.value();
    QCOMPARE(cell(d, "rows", 0, "a"), QString());
    QCOMPARE(cell(d, "rows", 1, "a"), QString());
    QCOMPARE(cell(d, "rows", 2, "a"), QString());
    QCOMPARE(cell(d, "rows", 1, "b"), QStringLiteral("1"));
    // The layout tells them apart: null, "" and a missing key are written back as they were.
    QCOMPARE(write(d), json);
    const auto& layout = *d.table(QStringLiteral("rows"))->jsonLayout();
    QCOMPARE(layout.columnTypes[std::size_t(d.table(QStringLiteral("rows"))->columnIndex(QStringLiteral("b")))],
             JsonType::Number);
}

void TestJsonReader::columnNameCollisions()
{
    const auto result = read(R"([{"a.b":1,"a":{"b":2}}])");
    QVERIFY(result.ok());
    QCOMPARE(columnNames(*result.value().tables[0]), QStringList({QStringLiteral("a.b"), QStringLiteral("a.b#2")}));
    const auto dup = read(R"([{"k":1,"k":2}])");
    QVERIFY(dup.ok());
    QCOMPARE(columnNames(*dup.value().tables[0]), QStringList({QStringLiteral("k"), QStringLiteral("k#2")}));
}

void TestJsonReader::jsonLines()
{
    const auto result = read("{\"a\":1}\n\n{\"a\":2,\"b\":[true]}\n", QStringLiteral("events.jsonl"));
    QVERIFY(result.ok());
    const Dataset& d = result.value();
    QCOMPARE(d.source.format, QStringLiteral("jsonl"));
    QCOMPARE(int(d.table(QStringLiteral("events"))->rowCount()), 2);
    QCOMPARE(cell(d, "events.b", 0, "value"), QStringLiteral("true"));
    // The same dataset as one JSON document, and back as lines.
    JsonWriteOptions asJson;
    asJson.format = QStringLiteral("json");
    asJson.indent = QString();
    QCOMPARE(write(d, asJson), QByteArray(R"([{"a":1},{"a":2,"b":[true]}])") + "\n");
    const auto forced = [&] {
        NullProgress progress;
        JsonReadOptions options;
        options.format = QStringLiteral("jsonl");
        return readJsonBytes("[1]\n[2]", QStringLiteral("x.txt"), options, progress);
    }();
    QVERIFY(forced.ok());
    QCOMPARE(int(forced.value().tables[0]->rowCount()), 2);
}

void TestJsonReader::hugeString()
{
    QByteArray big(20 * 1024 * 1024, 'x');
    big[1000] = '\\';
    big[1001] = 'n';
    const QByteArray json = "[{\"big\":\"" + big + "\",\"n\":1}]";
    const auto result = read(json);
    QVERIFY(result.ok());
    const Table& t = *result.value().tables[0];
    QCOMPARE(qsizetype(t.cell(0, t.columnIndex(QStringLiteral("big"))).size()), big.size() - 1);
    QCOMPARE(write(result.value()), json);
}

void TestJsonReader::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QString j = QStringLiteral("bad.json");
    QTest::newRow("empty file") << QByteArray("") << j << 1 << 1 << "no JSON value";
    QTest::newRow("only whitespace") << QByteArray(" \n ") << j << 1 << 1 << "no JSON value";
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})") << j << 1 << 8 << "trailing commas";
    QTest::newRow("trailing comma in array") << QByteArray("[1,\n 2,\n]") << j << 3 << 1 << "trailing commas";
    QTest::newRow("missing comma") << QByteArray("[1 2]") << j << 1 << 4 << "Expected ',' or ']'";
    QTest::newRow("bad literal") << QByteArray("{\n  \"a\": tru\n}") << j << 2 << 8 << "true, false or null";
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << j << 1 << 6 << "Invalid number '01'";
    QTest::newRow("bare dot") << QByteArray(R"([1.])") << j << 1 << 2 << "Invalid number";
    QTest::newRow("unclosed string") << QByteArray(R"(["abc)") << j << 1 << 2 << "never closed";
    QTest::newRow("bad escape") << QByteArray(R"(["a\qb"])") << j << 1 << 4 << "Invalid escape sequence \\q";
    QTest::newRow("text after value") << QByteArray("[1]x") << j << 1 << 4 << "after the end of the JSON value";
    QTest::newRow("two documents") << QByteArray("{\"a\":1}\n{\"a\":2}") << j << 2 << 1 << ".jsonl";
    // Found by fuzz_json: a scalar that is not consumed lets on-demand skip what follows unchecked.
    QTest::newRow("colon after string value") << QByteArray(R"({"b":"a":]})") << j << 1 << 9 << "Expected ',' or '}'";
    QTest::newRow("colon after number value")
        << QByteArray(R"({"b":1e400:]})") << j << 1 << 11 << "Expected ',' or '}'";
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << j << 1 << 6 << "Expected ':'";
    QTest::newRow("unquoted key") << QByteArray(R"({a:1})") << j << 1 << 2 << "key in double quotes";
    QTest::newRow("unclosed array") << QByteArray("[1,2") << j << 1 << 5 << "closed with ']'";
    QTest::newRow("unclosed object") << QByteArray("{\"a\":[1]") << j << 1 << 9 << "closed with '}'";
    QTest::newRow("invalid UTF-8") << QByteArray("[\"ok\",\n\"\xff\"]") << j << 2 << 2 << "Invalid UTF-8";
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << j << 1 << 4 << "control character";
    QTest::newRow("column counts characters")
        << QByteArray("[\"\xc3\xa9\xc3\xa9\", x]") << j << 1 << 8 << "Unexpected 'x'";
    QTest::newRow("lone surrogate") << QByteArray(R"(["\ud800"])") << j << 1 << 3 << "Unpaired UTF-16 surrogate";
    QTest::newRow("too deep") << nested(600) << j << 1 << 2557 << "nested more than 512";
    QTest::newRow("NaN") << QByteArray(R"([NaN])") << j << 1 << 2 << "Unexpected 'N'";
    QTest::newRow("single quotes") << QByteArray(R"(['a'])") << j << 1 << 2 << "Unexpected ''";
    QTest::newRow("root scalar with junk") << QByteArray("12 13") << j << 1 << 4 << "after the end";
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE[\0]\0", 6) << j << 1 << 1 << "UTF-8";
    QTest::newRow("json lines, line 3") << QByteArray("{\"a\":1}\n{\"a\":2}\n{\"a\":}\n") << QStringLiteral("x.jsonl")
                                        << 3 << 6 << "Unexpected '}'";
    QTest::newRow("json lines, two values on a line")
        << QByteArray("{\"a\":1} {\"a\":2}\n") << QStringLiteral("x.jsonl") << 1 << 9 << "after the end";
    QTest::newRow("json lines, bad scalar")
        << QByteArray("1\nnul\n") << QStringLiteral("x.jsonl") << 2 << 1 << "true, false or null";
}

void TestJsonReader::syntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto result = read(json, name);
    QVERIFY2(!result.ok(), "malformed JSON was accepted");
    const Error& e = result.error();
    QCOMPARE(e.file, name);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(int(e.line), line);
    QCOMPARE(int(e.column), column);
}

void TestJsonReader::cancel()
{
    QByteArray json = "[";
    for (int i = 0; i < 5000; ++i)
        json += (i ? ",{\"a\":" : "{\"a\":") + QByteArray::number(i) + "}";
    json += "]";
    FlagProgress progress;
    progress.cancel();
    const auto result = readJsonBytes(json, QStringLiteral("big.json"), {}, progress);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("canceled")));
}

void TestJsonReader::plainTablesAsJson()
{
    // A dataset that did not come from JSON: one table → array of objects with string values.
    std::vector<ColumnBuilder> a(1), b(1);
    a[0].append("1");
    a[0].append("007");
    b[0].append("x\"y");
    b[0].append("");
    std::vector<Column> columns;
    columns.push_back(ColumnBuilder::finish(QStringLiteral("id"), std::move(a)));
    columns.push_back(ColumnBuilder::finish(QStringLiteral("name"), std::move(b)));
    Dataset d;
    d.source.format = QStringLiteral("csv");
    d.tables.push_back(std::make_shared<Table>(QStringLiteral("t"), std::move(columns)));
    JsonWriteOptions compact;
    compact.indent = QString();
    QCOMPARE(write(d, compact), QByteArray(R"([{"id":"1","name":"x\"y"},{"id":"007","name":""}])") + "\n");
    d.tables.push_back(std::make_shared<Table>(QStringLiteral("u"), std::vector<Column>()));
    QCOMPARE(write(d, compact), QByteArray(R"({"t":[{"id":"1","name":"x\"y"},{"id":"007","name":""}],"u":[]})") + "\n");
    compact.format = QStringLiteral("jsonl");
    QCOMPARE(write(d, compact), QByteArray("{\"id\":\"1\",\"name\":\"x\\\"y\"}\n{\"id\":\"007\",\"name\":\"\"}\n"));
}

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
