// The CSV/TSV writer: faithful export reproduces the source byte for byte except where the user changed it;
// normalised export writes one plain dialect; every write is atomic.

#include "io/csv/csv_writer.h"
#include "io/dataset_writer.h"
#include "writer_fixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace plumbline;
using namespace writer_fixtures;

Q_DECLARE_METATYPE(plumbline::TextEncoding)

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/writer/") + QLatin1String(name);
}

char delimiterOf(const char* name)
{
    const QByteArray n(name);
    if (n.startsWith("semicolon"))
        return ';';
    if (n.endsWith(".tsv"))
        return '\t';
    if (n.startsWith("pipe"))
        return '|';
    return ',';
}

TextEncoding encodingOf(const char* name)
{
    return QByteArray(name).startsWith("cp1252") ? TextEncoding::Windows1252 : TextEncoding::Utf8;
}

Dataset load(const char* name)
{
    return loadDelimited(fixture(name), delimiterOf(name), encodingOf(name));
}

std::optional<Error> write(const Dataset& dataset, const QString& path, bool normalise = false,
                           QString* warning = nullptr)
{
    NullProgress progress;
    CsvWriteOptions options;
    options.normalise = normalise;
    return writeCsv(*dataset.tables.front(), dataset.source, path, options, progress, warning);
}

/// "del 1" removes view row 1; "mov 1 0" moves view row 1 to view row 0; "ins 2 a|b|c" inserts a record with those
/// cells before view row 2.
void apply(Table& table, const QStringList& ops)
{
    for (const QString& op : ops) {
        const QStringList parts = op.split(QLatin1Char(' '));
        const std::size_t at = parts.at(1).toULongLong();
        if (parts.at(0) == QLatin1String("del")) {
            table.removeRow(at);
            continue;
        }
        if (parts.at(0) == QLatin1String("mov")) {
            table.restoreRow(parts.at(2).toULongLong(), table.removeRow(at));
            continue;
        }
        const RecordId record = table.insertRow(at);
        const QStringList cells = op.section(QLatin1Char(' '), 2).split(QLatin1Char('|'));
        for (int c = 0; c < cells.size(); ++c)
            table.editOverlay().set(record, c, cells.at(c).toStdString());
    }
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void untouchedIsByteIdentical_data();
    void untouchedIsByteIdentical();
    void editedRecordOnlyChangesItsField_data();
    void editedRecordOnlyChangesItsField();
    void insertedAndDeletedRecords_data();
    void insertedAndDeletedRecords();
    void unavailableSourceIsReserialised_data();
    void unavailableSourceIsReserialised();
    void normalised_data();
    void normalised();
    void tableWithoutSourceUsesPlainDialect();
    void utf16Output_data();
    void utf16Output();
    void tsvExportOfCsvSource();
    void exportOverTheSourceItself();
    void unrepresentableCharacter_data();
    void unrepresentableCharacter();
    void failedWriteKeepsPreviousFile_data();
    void failedWriteKeepsPreviousFile();
    void progressIsReportedInRows();
    void dispatchErrors_data();
    void dispatchErrors();

private:
    QTemporaryDir m_dir;
    QString out(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
};

void TestCsvWriter::untouchedIsByteIdentical_data()
{
    QTest::addColumn<QString>("file");
    for (const char* name : {"comma_lf.csv", "semicolon_crlf.csv", "tab.tsv", "pipe.csv", "cr.csv", "mixed.csv",
                             "bom.csv", "cp1252.csv", "quoted.csv", "overquoted.csv", "ragged.csv",
                             "no_final_newline.csv", "renamed_headers.csv", "header_only.csv", "empty.csv"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCsvWriter::untouchedIsByteIdentical()
{
    QFETCH(QString, file);
    const QByteArray name = file.toLatin1();
    const Dataset dataset = load(name.constData());
    QString warning;
    const auto error = write(dataset, out("untouched.csv"), false, &warning);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(readAll(out("untouched.csv")), readAll(fixture(name.constData())));
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
}

void TestCsvWriter::editedRecordOnlyChangesItsField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("comma, value needs quotes")
        << "comma_lf.csv" << 0 << 2 << "a,b"
        << QByteArray("id,name,note\n1,Alice,\"a,b\"\n2,Bob,\"x, y\"\n3,Carol,plain\n");
    QTest::newRow("over-quoted neighbours keep their quotes")
        << "overquoted.csv" << 1 << 1 << "DEF"
        << QByteArray("\"id\",\"name\",\"n\"\n\"1\",\"abc\",\"x\"\n\"2\",DEF,\"y\"\n\"3\",\"ghi\",\"z\"\n");
    QTest::newRow("semicolon, CRLF") << "semicolon_crlf.csv" << 0 << 2 << "2;5"
                                     << QByteArray(
                                            "id;name;amount\r\n1;Alice;\"2;5\"\r\n2;Bob;\"a;b\"\r\n3;Carol;7\r\n");
    QTest::newRow("tab") << "tab.tsv" << 0 << 2 << "x\ty"
                         << QByteArray("id\tname\tnote\n1\tAlice\t\"x\ty\"\n2\tBob\t\"tab\tinside\"\n3\tCarol\tend\n");
    QTest::newRow("pipe") << "pipe.csv" << 2 << 1 << "C|D"
                          << QByteArray("id|name|v\n1|A|x\n2|B|\"p|q\"\n3|\"C|D\"|z\n");
    QTest::newRow("CR") << "cr.csv" << 1 << 1 << "q" << QByteArray("a,b\r1,2\r3,q\r5,6\r");
    QTest::newRow("mixed keeps the record's own ending")
        << "mixed.csv" << 1 << 0 << "x" << QByteArray("a,b\r\n1,2\nx,4\r\n5,6\n");
    QTest::newRow("BOM") << "bom.csv" << 0 << 1 << QString::fromUtf8("\xc3\xbc")
                         << QByteArray("\xef\xbb\xbf"
                                       "a,b\r\n1,\xc3\xbc\r\n2,x\r\n");
    QTest::newRow("windows-1252 transcoded back")
        << "cp1252.csv" << 1 << 1 << QString::fromUtf8("caf\xc3\xa9 \xe2\x80\x93 cr\xc3\xa8me \xe2\x82\xac")
        << QByteArray("ref,desc\r\n1,Smith\x92s barn \x96 extension\r\n2,caf\xe9 \x96 cr\xe8me \x80\r\n3,\x80 5\r\n");
    QTest::newRow("embedded newline written quoted")
        << "quoted.csv" << 2 << 1 << "new\nline"
        << QByteArray("ref,text\r\n1,\"line one\nline two\"\r\n2,\"she said \"\"hi\"\"\"\r\n3,\"new\nline\"\r\n"
                      "4,plain\r\n");
    QTest::newRow("doubled quotes kept in unedited field")
        << "quoted.csv" << 1 << 0 << "20"
        << QByteArray("ref,text\r\n1,\"line one\nline two\"\r\n20,\"she said \"\"hi\"\"\"\r\n3,\"\"\r\n4,plain\r\n");
    QTest::newRow("last record without line ending")
        << "no_final_newline.csv" << 1 << 1 << "9" << QByteArray("a,b\n1,2\n3,9");
    QTest::newRow("short ragged row widened only to the edit")
        << "ragged.csv" << 1 << 2 << "c" << QByteArray("a,b,c\n1,2,3\n4,5,c\n\n6,7,8,9\n,,\n10,11,12\n");
    QTest::newRow("short ragged row keeps its width")
        << "ragged.csv" << 1 << 0 << "40" << QByteArray("a,b,c\n1,2,3\n40,5\n\n6,7,8,9\n,,\n10,11,12\n");
    QTest::newRow("blank line edited") << "ragged.csv" << 2 << 1 << "z"
                                       << QByteArray("a,b,c\n1,2,3\n4,5\n,z\n6,7,8,9\n,,\n10,11,12\n");
    QTest::newRow("long ragged row keeps its extra field")
        << "ragged.csv" << 3 << 0 << "60" << QByteArray("a,b,c\n1,2,3\n4,5\n\n60,7,8,9\n,,\n10,11,12\n");
    QTest::newRow("same value re-serialised identically")
        << "comma_lf.csv" << 1 << 1 << "Bob"
        << QByteArray("id,name,note\n1,Alice,hello\n2,Bob,\"x, y\"\n3,Carol,plain\n");
}

void TestCsvWriter::editedRecordOnlyChangesItsField()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const QByteArray name = file.toLatin1();
    Dataset dataset = load(name.constData());
    Table& table = *dataset.tables.front();
    table.editOverlay().set(table.recordId(std::size_t(row)), column, value.toStdString());
    const auto error = write(dataset, out("edited.csv"));
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(readAll(out("edited.csv")), expected);
}

void TestCsvWriter::insertedAndDeletedRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("ops");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("delete a middle record") << "comma_lf.csv" << QStringList{QStringLiteral("del 1")}
                                            << QByteArray("id,name,note\n1,Alice,hello\n3,Carol,plain\n");
    // A source with no line ending at all gives no hint: records are separated with CRLF (RFC 4180).
    QTest::newRow("append to a header without line ending")
        << "header_only.csv" << QStringList{QStringLiteral("ins 0 1|2")} << QByteArray("a,b\r\n1,2");
    QTest::newRow("move the last record without newline to the top")
        << "no_final_newline.csv" << QStringList{QStringLiteral("mov 1 0")} << QByteArray("a,b\n3,4\n1,2");
    QTest::newRow("reverse order, CRLF and quoted newline copied")
        << "quoted.csv" << QStringList{QStringLiteral("mov 3 0"), QStringLiteral("mov 3 1"), QStringLiteral("mov 3 2")}
        << QByteArray("ref,text\r\n4,plain\r\n3,\"\"\r\n2,\"she said \"\"hi\"\"\"\r\n1,\"line one\nline two\"\r\n");
    QTest::newRow("delete every record") << "comma_lf.csv"
                                         << QStringList{QStringLiteral("del 0"), QStringLiteral("del 0"),
                                                        QStringLiteral("del 0")}
                                         << QByteArray("id,name,note\n");
    QTest::newRow("delete the last record of a file without final newline")
        << "no_final_newline.csv" << QStringList{QStringLiteral("del 1")} << QByteArray("a,b\n1,2");
    QTest::newRow("append after a final record without newline")
        << "no_final_newline.csv" << QStringList{QStringLiteral("ins 2 5|6")} << QByteArray("a,b\n1,2\n3,4\n5,6");
    QTest::newRow("insert first, CRLF, quoted as needed")
        << "semicolon_crlf.csv" << QStringList{QStringLiteral("ins 0 0|Zed|a;b")}
        << QByteArray("id;name;amount\r\n0;Zed;\"a;b\"\r\n1;Alice;1,5\r\n2;Bob;\"a;b\"\r\n3;Carol;7\r\n");
    QTest::newRow("mixed: inserted record takes the previous record's ending")
        << "mixed.csv" << QStringList{QStringLiteral("ins 2 x|y"), QStringLiteral("ins 1 p|q")}
        << QByteArray("a,b\r\n1,2\np|q\n3,4\r\nx,y\r\n5,6\n").replace("p|q", "p,q");
    QTest::newRow("windows-1252 insert")
        << "cp1252.csv" << QStringList{QString::fromUtf8("ins 3 4|na\xc3\xafve \xe2\x80\x9cquote\xe2\x80\x9d")}
        << QByteArray(
               "ref,desc\r\n1,Smith\x92s barn \x96 extension\r\n2,caf\xe9\r\n3,\x80 5\r\n4,na\xefve \x93quote\x94\r\n");
    QTest::newRow("ragged table: inserted record is header-wide")
        << "ragged.csv" << QStringList{QStringLiteral("ins 0 x|y|z")}
        << QByteArray("a,b,c\nx,y,z\n1,2,3\n4,5\n\n6,7,8,9\n,,\n10,11,12\n");
    QTest::newRow("delete and insert in the middle")
        << "overquoted.csv" << QStringList{QStringLiteral("del 1"), QStringLiteral("ins 1 9|q\"r|")}
        << QByteArray("\"id\",\"name\",\"n\"\n\"1\",\"abc\",\"x\"\n9,\"q\"\"r\",\n\"3\",\"ghi\",\"z\"\n");
}

void TestCsvWriter::insertedAndDeletedRecords()
{
    QFETCH(QString, file);
    QFETCH(QStringList, ops);
    QFETCH(QByteArray, expected);
    const QByteArray name = file.toLatin1();
    Dataset dataset = load(name.constData());
    apply(*dataset.tables.front(), ops);
    const auto error = write(dataset, out("rows.csv"));
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(readAll(out("rows.csv")), expected);
}

void TestCsvWriter::unavailableSourceIsReserialised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("source modified: over-quoting is lost")
        << "overquoted.csv"
        << "modify"
        << "has changed" << QByteArray("id,name,n\n1,abc,x\n2,def,y\n3,ghi,z\n");
    QTest::newRow("source removed") << "semicolon_crlf.csv"
                                    << "remove"
                                    << "no longer available"
                                    << QByteArray("id;name;amount\r\n1;Alice;1,5\r\n2;Bob;\"a;b\"\r\n3;Carol;7\r\n");
    QTest::newRow("no layout: windows-1252 kept")
        << "cp1252.csv"
        << "nolayout"
        << "no byte layout" << QByteArray("ref,desc\r\n1,Smith\x92s barn \x96 extension\r\n2,caf\xe9\r\n3,\x80 5\r\n");
    QTest::newRow("no layout: mixed endings become CRLF")
        << "mixed.csv"
        << "nolayout"
        << "no byte layout" << QByteArray("a,b\r\n1,2\r\n3,4\r\n5,6\r\n");
    // The reader does not tell an empty line from ",," (both are blank rows): without the source it writes ",,".
    QTest::newRow("no layout: ragged widths kept")
        << "ragged.csv"
        << "nolayout"
        << "no byte layout" << QByteArray("a,b,c\n1,2,3\n4,5\n,,\n6,7,8,9\n,,\n10,11,12\n");
    QTest::newRow("no layout: renamed headers as in the source")
        << "renamed_headers.csv"
        << "nolayout"
        << "no byte layout" << QByteArray("id,,name,name\n1,x,y,z\n2,p,q,r\n");
    QTest::newRow("modified: still no final newline") << "no_final_newline.csv"
                                                      << "modify"
                                                      << "has changed" << QByteArray("a,b\n1,2\n3,4");
    QTest::newRow("modified: BOM and embedded newlines")
        << "quoted.csv"
        << "modify"
        << "has changed"
        << QByteArray("ref,text\r\n1,\"line one\nline two\"\r\n2,\"she said \"\"hi\"\"\"\r\n3,\r\n4,plain\r\n");
}

void TestCsvWriter::unavailableSourceIsReserialised()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(QString, warning);
    QFETCH(QByteArray, expected);
    const QString source = out("source.csv");
    QFile::remove(source);
    QVERIFY(QFile::copy(fixture(file.toLatin1().constData()), source));
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray name = file.toLatin1();
    Dataset dataset = loadDelimited(source, delimiterOf(name.constData()), encodingOf(name.constData()));
    if (change == QLatin1String("modify")) {
        QVERIFY(writeAll(source, readAll(source) + "x"));
    } else if (change == QLatin1String("remove")) {
        QVERIFY(QFile::remove(source));
    } else {
        dataset.tables.front()->setLayout(nullptr);
    }
    QString actualWarning;
    const auto error = write(dataset, out("reserialised.csv"), false, &actualWarning);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(readAll(out("reserialised.csv")), expected);
    QVERIFY2(actualWarning.contains(warning), qPrintable(actualWarning));
}

void TestCsvWriter::normalised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("windows-1252 CRLF to UTF-8 LF")
        << "cp1252.csv"
        << QByteArray("ref,desc\n1,Smith\xe2\x80\x99s barn \xe2\x80\x93 extension\n2,caf\xc3\xa9\n3,\xe2\x82\xac 5\n");
    QTest::newRow("semicolon to comma, quoting moves")
        << "semicolon_crlf.csv" << QByteArray("id,name,amount\n1,Alice,\"1,5\"\n2,Bob,a;b\n3,Carol,7\n");
    QTest::newRow("BOM dropped") << "bom.csv" << QByteArray("a,b\n1,\xc3\xa9t\xc3\xa9\n2,x\n");
    QTest::newRow("over-quoting dropped") << "overquoted.csv" << QByteArray("id,name,n\n1,abc,x\n2,def,y\n3,ghi,z\n");
    QTest::newRow("ragged rows padded to the table's width")
        << "ragged.csv" << QByteArray("a,b,c,column 4\n1,2,3,\n4,5,,\n,,,\n6,7,8,9\n,,,\n10,11,12,\n");
    QTest::newRow("renamed headers written renamed")
        << "renamed_headers.csv" << QByteArray("id,column 2,name,name (2)\n1,x,y,z\n2,p,q,r\n");
    QTest::newRow("final newline added") << "no_final_newline.csv" << QByteArray("a,b\n1,2\n3,4\n");
    QTest::newRow("quoted fields")
        << "quoted.csv" << QByteArray("ref,text\n1,\"line one\nline two\"\n2,\"she said \"\"hi\"\"\"\n3,\n4,plain\n");
    QTest::newRow("mixed and CR endings become LF") << "mixed.csv" << QByteArray("a,b\n1,2\n3,4\n5,6\n");
    QTest::newRow("tab to comma") << "tab.tsv"
                                  << QByteArray("id,name,note\n1,Alice,hi there\n2,Bob,tab\tinside\n3,Carol,end\n");
}

void TestCsvWriter::normalised()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, expected);
    const QByteArray name = file.toLatin1();
    const Dataset dataset = load(name.constData());
    const auto error = write(dataset, out("normalised.csv"), true);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(readAll(out("normalised.csv")), expected);
}

void TestCsvWriter::tableWithoutSourceUsesPlainDialect()
{
    // A table read from another format (XLSX, JSON): no layout, no delimited source.
    Dataset dataset;
    dataset.source.format = QStringLiteral("xlsx");
    dataset.tables.push_back(makeTable({QStringLiteral("a"), QStringLiteral("b")}, {{"1", "x\"y"}, {"", ""}}));
    QString warning;
    const auto error = write(dataset, out("plain.csv"), false, &warning);
    QVERIFY(!error);
    QCOMPARE(readAll(out("plain.csv")), QByteArray("a,b\n1,\"x\"\"y\"\n,\n"));
    QVERIFY(warning.isEmpty());

    // A one-column table's empty cell is quoted in normalised output so that no reader skips it as blank.
    dataset.tables.front() = makeTable({QStringLiteral("only")}, {{"v"}, {""}});
    QVERIFY(!write(dataset, out("plain.csv"), true));
    QCOMPARE(readAll(out("plain.csv")), QByteArray("only\nv\n\"\"\n"));
}

void TestCsvWriter::utf16Output_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("expected");
    const QString text = QString::fromUtf8("id;name\r\n1;caf\xc3\xa9 \xf0\x9f\x98\x80\r\n2;\"a;b\"\r\n");
    const QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    QTest::newRow("UTF-16LE with BOM") << TextEncoding::Utf16LE << QByteArray("\xff\xfe") + le;
    QTest::newRow("UTF-16BE with BOM") << TextEncoding::Utf16BE << QByteArray("\xfe\xff") + be;
}

void TestCsvWriter::utf16Output()
{
    // A UTF-16 source has no byte layout (the reader transcodes it first): every record is serialised back.
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, expected);
    Dataset dataset;
    dataset.source.format = QStringLiteral("csv");
    dataset.source.encoding = encoding;
    dataset.source.bom = true;
    dataset.source.delimiter = ';';
    dataset.source.lineEnding = LineEnding::CRLF;
    dataset.tables.push_back(makeTable({QStringLiteral("id"), QStringLiteral("name")},
                                       {{"1", "caf\xc3\xa9 \xf0\x9f\x98\x80"}, {"2", "a;b"}}));
    QString warning;
    const auto error = write(dataset, out("utf16.csv"), false, &warning);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(readAll(out("utf16.csv")), expected);
    QVERIFY2(warning.contains(textEncodingName(encoding)), qPrintable(warning));
}

void TestCsvWriter::tsvExportOfCsvSource()
{
    const Dataset dataset = load("comma_lf.csv");
    NullProgress progress;
    QString warning;
    const auto error = exportDataset(dataset, out("export.tsv"), ExportOptions{}, progress, &warning);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(readAll(out("export.tsv")),
             QByteArray("id\tname\tnote\n1\tAlice\thello\n2\tBob\tx, y\n3\tCarol\tplain\n"));
    QVERIFY(warning.isEmpty());

    // A .csv export of a tab-separated source keeps the tab in faithful mode, and is comma-separated normalised.
    const Dataset tsv = load("tab.tsv");
    QVERIFY(!exportDataset(tsv, out("faithful.csv"), ExportOptions{}, progress));
    QCOMPARE(readAll(out("faithful.csv")), readAll(fixture("tab.tsv")));
}

void TestCsvWriter::exportOverTheSourceItself()
{
    const QString source = out("self.csv");
    QFile::remove(source);
    QVERIFY(QFile::copy(fixture("quoted.csv"), source));
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
    Dataset dataset = loadDelimited(source, ',', TextEncoding::Utf8);
    dataset.tables.front()->editOverlay().set(3, 1, "changed");
    QVERIFY(!write(dataset, source));
    QCOMPARE(readAll(source),
             QByteArray("ref,text\r\n1,\"line one\nline two\"\r\n2,\"she said \"\"hi\"\"\"\r\n3,\"\"\r\n"
                        "4,changed\r\n"));
}

void TestCsvWriter::unrepresentableCharacter_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("codePoint");

    QTest::newRow("Greek in windows-1252") << TextEncoding::Windows1252 << QString::fromUtf8("\xce\xa9") << "U+03A9";
    QTest::newRow("euro sign in ISO-8859-1") << TextEncoding::Latin1 << QString::fromUtf8("5 \xe2\x82\xac") << "U+20AC";
    QTest::newRow("emoji in windows-1252")
        << TextEncoding::Windows1252 << QString::fromUtf8("\xf0\x9f\x98\x80") << "U+1F600";
}

void TestCsvWriter::unrepresentableCharacter()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, value);
    QFETCH(QString, codePoint);
    Dataset dataset = loadDelimited(fixture("cp1252.csv"), ',', encoding);
    Table& table = *dataset.tables.front();
    table.removeRow(0); // the bad record is now view row 2
    table.editOverlay().set(2, 1, value.toStdString());
    QVERIFY(writeAll(out("keep.csv"), "previous contents"));

    const auto error = write(dataset, out("keep.csv"));
    QVERIFY(error);
    QVERIFY2(error->message.contains(QLatin1String("Row 2, column \"desc\"")), qPrintable(error->message));
    QVERIFY2(error->message.contains(codePoint), qPrintable(error->message));
    QVERIFY2(error->message.contains(QLatin1String("--normalise")), qPrintable(error->message));
    QCOMPARE(readAll(out("keep.csv")), QByteArray("previous contents"));

    // Normalised output is UTF-8 and holds it.
    QVERIFY(!write(dataset, out("keep.csv"), true));
    QVERIFY(readAll(out("keep.csv")).contains(value.toUtf8()));
}

void TestCsvWriter::failedWriteKeepsPreviousFile_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("canceled") << "cancel";
    QTest::newRow("unencodable cell") << "encoding";
    QTest::newRow("directory missing") << "directory";
}

void TestCsvWriter::failedWriteKeepsPreviousFile()
{
    QFETCH(QString, failure);
    QTemporaryDir dir;
    const QString target = failure == QLatin1String("directory") ? dir.filePath(QStringLiteral("gone/out.csv"))
                                                                 : dir.filePath(QStringLiteral("out.csv"));
    if (failure != QLatin1String("directory"))
        QVERIFY(writeAll(target, "previous contents"));
    Dataset dataset = load("cp1252.csv");
    if (failure == QLatin1String("encoding"))
        dataset.tables.front()->editOverlay().set(0, 1, "\xce\xa9");
    FlagProgress progress;
    if (failure == QLatin1String("cancel"))
        progress.cancel();
    const auto error = writeCsv(*dataset.tables.front(), dataset.source, target, CsvWriteOptions{}, progress, nullptr);
    QVERIFY(error);
    QVERIFY(!error->message.isEmpty());
    if (failure == QLatin1String("directory"))
        QVERIFY(!QFile::exists(target));
    else
        QCOMPARE(readAll(target), QByteArray("previous contents"));
    // No temporary file is left behind.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left.size(), failure == QLatin1String("directory") ? 0 : 1);
}

void TestCsvWriter::progressIsReportedInRows()
{
    std::vector<std::vector<std::string>> rows;
    for (int r = 0; r < 40000; ++r)
        rows.push_back({std::to_string(r), "value " + std::to_string(r % 7)});
    Dataset dataset;
    dataset.tables.push_back(makeTable({QStringLiteral("n"), QStringLiteral("v")}, rows));
    FlagProgress progress;
    QVERIFY(!writeCsv(*dataset.tables.front(), dataset.source, out("big.csv"), CsvWriteOptions{}, progress));
    QCOMPARE(progress.done(), qint64(40000));
    QCOMPARE(readAll(out("big.csv")).count('\n'), qsizetype(40001));
}

void TestCsvWriter::dispatchErrors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("twoTables");
    QTest::addColumn<QString>("message"); // empty: success

    QTest::newRow("unknown extension lists the formats") << "out.xyz"
                                                         << "" << false << ".csv, .tsv, .json";
    QTest::newRow("unknown extension lists the JSON family") << "out.xyz"
                                                             << "" << false << ".jsonl, .ndjson, .geojson";
    QTest::newRow("no extension") << "out"
                                  << "" << false << "without an extension";
    QTest::newRow("upper-case extension") << "OUT.CSV"
                                          << "" << false << "";
    QTest::newRow("CSV of two tables needs --table") << "out.csv"
                                                     << "" << true << "persons, memberships";
    QTest::newRow("CSV of the chosen table") << "out.csv"
                                             << "memberships" << true << "";
    QTest::newRow("unknown table") << "out.csv"
                                   << "parties" << true << "no table named \"parties\"";
    QTest::newRow("JSON of two tables, one document") << "out.json"
                                                      << "" << true << "";
    QTest::newRow("JSON of the chosen table") << "out.json"
                                              << "persons" << true << "";
}

void TestCsvWriter::dispatchErrors()
{
    QFETCH(QString, fileName);
    QFETCH(QString, table);
    QFETCH(bool, twoTables);
    QFETCH(QString, message);
    Dataset dataset;
    dataset.source.format = QStringLiteral("popolo");
    dataset.tables.push_back(makeTable({QStringLiteral("id")}, {{"p1"}}));
    dataset.tables.back()->setName(QStringLiteral("persons"));
    if (twoTables) {
        dataset.tables.push_back(makeTable({QStringLiteral("person_id")}, {{"p1"}}));
        dataset.tables.back()->setName(QStringLiteral("memberships"));
    }
    ExportOptions options;
    options.table = table;
    NullProgress progress;
    const QString path = m_dir.filePath(fileName);
    const auto error = exportDataset(dataset, path, options, progress);
    if (message.isEmpty()) {
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QVERIFY(readAll(path).contains("p1"));
    } else {
        QVERIFY(error);
        QVERIFY2(error->message.contains(message), qPrintable(error->message));
    }
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
