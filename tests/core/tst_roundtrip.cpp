// Read → write → compare over real files and the writer fixtures, through the real CSV reader: a faithful export
// without edits is the source byte for byte; a normalised export reads back to the same cells.

#include "io/csv/csv_reader.h"
#include "io/csv/csv_writer.h"
#include "io/dataset_writer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace plumbline;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

/// Every .csv in the shared data folders plus the extension-less planning file (8 files).
QStringList sharedFiles()
{
    QStringList files;
    for (const char* folder : {"planning", "political"}) {
        const QDir dir(QStringLiteral(PLUMBLINE_SHARED_DATA "/") + QLatin1String(folder));
        for (const QFileInfo& info : dir.entryInfoList(QDir::Files, QDir::Name))
            if (info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 || info.suffix().isEmpty())
                files << info.absoluteFilePath();
    }
    return files;
}

QStringList fixtureFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(PLUMBLINE_TEST_DATA "/writer"));
    for (const QFileInfo& info :
         dir.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.tsv")}, QDir::Files, QDir::Name))
        if (!info.fileName().startsWith(QLatin1String("utf16")))
            files << info.absoluteFilePath();
    return files;
}

void addRows(const QStringList& files)
{
    if (files.isEmpty())
        QTest::newRow("folder absent") << QString();
    for (const QString& file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

Result<Dataset> read(const QString& path)
{
    NullProgress progress;
    return readCsvFile(path, CsvReadOptions{}, progress);
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void faithfulIsByteIdentical_data();
    void faithfulIsByteIdentical();
    void normalisedKeepsCells_data();
    void normalisedKeepsCells();
    void editsReadBack_data();
    void editsReadBack();
    void reserialisedReadsBack_data();
    void reserialisedReadsBack();
    void editedCellReadsBack();
    void utf16IsReserialisedIdentically();

private:
    QTemporaryDir m_dir;
};

void TestRoundTrip::faithfulIsByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    addRows(sharedFiles());
    addRows(fixtureFiles());
}

void TestRoundTrip::faithfulIsByteIdentical()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("the shared data folder is absent (" PLUMBLINE_SHARED_DATA ")");
    auto dataset = read(path);
    QVERIFY2(dataset, qPrintable(dataset ? QString() : dataset.error().toString()));
    const QString out = m_dir.filePath(QStringLiteral("faithful.csv"));
    NullProgress progress;
    QString warning;
    const auto error =
        writeCsv(*dataset.value().tables.front(), dataset.value().source, out, CsvWriteOptions{}, progress, &warning);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    const QByteArray expected = readAll(path);
    const QByteArray actual = readAll(out);
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void TestRoundTrip::normalisedKeepsCells_data()
{
    faithfulIsByteIdentical_data();
}

void TestRoundTrip::normalisedKeepsCells()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("the shared data folder is absent (" PLUMBLINE_SHARED_DATA ")");
    auto first = read(path);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    const Table& before = *first.value().tables.front();
    if (!first.value().source.hasHeader)
        QSKIP("headerless source: a normalised export has no header either, so the re-read sniffs it afresh");
    const QString out = m_dir.filePath(QStringLiteral("normalised.csv"));
    ExportOptions options;
    options.normalise = true;
    NullProgress progress;
    const auto error = exportDataset(first.value(), out, options, progress);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));

    auto second = read(out);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    QCOMPARE(second.value().source.encoding, TextEncoding::Utf8);
    QVERIFY(!second.value().source.bom);
    QCOMPARE(second.value().source.delimiter, ',');
    const Table& after = *second.value().tables.front();
    QCOMPARE(after.columnCount(), before.columnCount());
    QCOMPARE(after.rowCount(), before.rowCount());
    for (int c = 0; c < before.columnCount(); ++c)
        QCOMPARE(after.columnName(c), before.columnName(c));
    for (std::size_t r = 0; r < before.rowCount(); ++r)
        for (int c = 0; c < before.columnCount(); ++c)
            if (after.cell(r, c) != before.cell(r, c))
                QFAIL(qPrintable(QStringLiteral("row %1 column %2: \"%3\" became \"%4\"")
                                     .arg(r + 1)
                                     .arg(before.columnName(c), before.cellText(r, c), after.cellText(r, c))));
}

/// Every cell of `expected` (view order) equals the re-read table's.
void compareCells(const Table& expected, const Table& actual)
{
    QCOMPARE(actual.columnCount(), expected.columnCount());
    QCOMPARE(actual.rowCount(), expected.rowCount());
    for (std::size_t r = 0; r < expected.rowCount(); ++r)
        for (int c = 0; c < expected.columnCount(); ++c)
            if (actual.cell(r, c) != expected.cell(r, c))
                QFAIL(qPrintable(QStringLiteral("row %1 column %2: \"%3\" became \"%4\"")
                                     .arg(r + 1)
                                     .arg(expected.columnName(c), expected.cellText(r, c), actual.cellText(r, c))));
}

void TestRoundTrip::editsReadBack_data()
{
    faithfulIsByteIdentical_data();
}

void TestRoundTrip::editsReadBack()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("the shared data folder is absent (" PLUMBLINE_SHARED_DATA ")");
    auto dataset = read(path);
    QVERIFY(dataset);
    Table& table = *dataset.value().tables.front();
    if (table.columnCount() < 2 || table.rowCount() < 2)
        QSKIP("too small to edit, insert and delete");
    // Edit every third row (values that need quoting, embedded newlines, non-ASCII that windows-1252 holds),
    // delete one row and insert one.
    for (std::size_t r = 0; r < table.rowCount(); r += 3) {
        const RecordId record = table.recordId(r);
        const int column = int(r % std::size_t(table.columnCount()));
        std::string value(table.cell(r, column));
        value += r % 2 ? ", \"edited\"\n\xc3\xa9" : "\xe2\x80\x93x";
        table.editOverlay().set(record, column, value);
    }
    table.removeRow(1);
    const RecordId inserted = table.insertRow(2);
    table.editOverlay().set(inserted, 1, "inserted; \"row\"");
    const QString out = m_dir.filePath(QStringLiteral("edits.csv"));
    NullProgress progress;
    QString warning;
    const auto error = writeCsv(table, dataset.value().source, out, CsvWriteOptions{}, progress, &warning);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    auto again = read(out);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again.value().source.encoding, dataset.value().source.encoding);
    QCOMPARE(again.value().source.delimiter, dataset.value().source.delimiter);
    compareCells(table, *again.value().tables.front());
}

void TestRoundTrip::reserialisedReadsBack_data()
{
    faithfulIsByteIdentical_data();
}

void TestRoundTrip::reserialisedReadsBack()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("the shared data folder is absent (" PLUMBLINE_SHARED_DATA ")");
    auto dataset = read(path);
    QVERIFY(dataset);
    Table& table = *dataset.value().tables.front();
    table.setLayout(nullptr); // as for a UTF-16 source: every record is serialised in the source dialect
    const QString out = m_dir.filePath(QStringLiteral("reserialised.csv"));
    NullProgress progress;
    QString warning;
    const auto error = writeCsv(table, dataset.value().source, out, CsvWriteOptions{}, progress, &warning);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QVERIFY(!warning.isEmpty());
    auto again = read(out);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    const SourceInfo& before = dataset.value().source;
    const SourceInfo& after = again.value().source;
    QCOMPARE(after.encoding, before.encoding);
    QCOMPARE(after.bom, before.bom);
    QCOMPARE(after.delimiter, before.delimiter);
    if (before.lineEnding != LineEnding::Mixed && before.lineEnding != LineEnding::None)
        QCOMPARE(after.lineEnding, before.lineEnding);
    compareCells(table, *again.value().tables.front());
    for (int c = 0; c < table.columnCount(); ++c)
        QCOMPARE(again.value().tables.front()->columnName(c), table.columnName(c));
}

void TestRoundTrip::editedCellReadsBack()
{
    const QString path = QStringLiteral(PLUMBLINE_SHARED_DATA "/planning/Existing_NoDups_NotLessThanZero.csv");
    if (!QFile::exists(path))
        QSKIP("the shared data folder is absent (" PLUMBLINE_SHARED_DATA ")");
    auto dataset = read(path);
    QVERIFY(dataset);
    QCOMPARE(dataset.value().source.encoding, TextEncoding::Windows1252);
    Table& table = *dataset.value().tables.front();
    const std::string value = "Smith\xe2\x80\x99s \xe2\x80\x93 \"edited\", caf\xc3\xa9";
    table.editOverlay().set(table.recordId(10), 1, value);
    table.removeRow(5);
    const QString out = m_dir.filePath(QStringLiteral("edited.csv"));
    NullProgress progress;
    QVERIFY(!exportDataset(dataset.value(), out, ExportOptions{}, progress));

    auto again = read(out);
    QVERIFY(again);
    QCOMPARE(again.value().source.encoding, TextEncoding::Windows1252);
    const Table& after = *again.value().tables.front();
    QCOMPARE(after.rowCount(), table.rowCount());
    QCOMPARE(after.cell(9, 1), std::string_view(value));
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        for (int c = 0; c < table.columnCount(); ++c)
            QCOMPARE(after.cell(r, c), table.cell(r, c));
    // Every other record is copied byte for byte: the output is the source without record 5, with record 10's
    // bytes replaced.
    const QByteArray source = readAll(path);
    const QByteArray written = readAll(out);
    const auto& starts = table.layout()->rowStarts;
    const QByteArray head =
        source.left(qsizetype(starts[5])) + source.mid(qsizetype(starts[6]), qsizetype(starts[10] - starts[6]));
    const QByteArray tail = source.mid(qsizetype(starts[11]));
    QVERIFY(written.startsWith(head));
    QVERIFY(written.endsWith(tail));
    QVERIFY(written.size() > head.size() + tail.size());
    const QByteArray record = written.mid(head.size(), written.size() - head.size() - tail.size());
    QVERIFY2(record.endsWith("\r\n") && record.count('\n') == 1, record.constData());
}

void TestRoundTrip::utf16IsReserialisedIdentically()
{
    // The reader transcodes UTF-16 before parsing, so there is no layout to copy from; minimal quoting in the
    // source dialect reproduces this file exactly all the same.
    const QString path = QStringLiteral(PLUMBLINE_TEST_DATA "/writer/utf16le_bom.csv");
    auto dataset = read(path);
    QVERIFY2(dataset, qPrintable(dataset ? QString() : dataset.error().toString()));
    QCOMPARE(dataset.value().source.encoding, TextEncoding::Utf16LE);
    const QString out = m_dir.filePath(QStringLiteral("utf16.csv"));
    NullProgress progress;
    QString warning;
    QVERIFY(!exportDataset(dataset.value(), out, ExportOptions{}, progress, &warning));
    QVERIFY2(warning.contains(QLatin1String("UTF-16LE")), qPrintable(warning));
    QCOMPARE(readAll(out), readAll(path));
}

QTEST_APPLESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
