// The parallel split must give exactly what a sequential parse gives. Random documents full of the cases
// that defeat a naive split (quoted values holding line breaks and lines that look like records, stray and
// doubled quotes, CR/LF/CRLF mixes, ragged and blank rows) are compared, cell by cell and offset by offset,
// with a small byte-at-a-time reference parser written here from the rules, on many chunk sizes.
// Also: cancellation and progress.
#include "io/csv/csv_reader.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace plumbline;

namespace {

struct Reference
{
    QList<QList<QByteArray>> records;
    QList<qsizetype> starts;     // record start offsets, then the end
    QList<bool> emptyLines;      // the record is a bare line ending
    qsizetype unterminated = -1; // offset of the quote that is never closed
};

/// The reader's rules, one byte at a time, with no cleverness.
Reference referenceParse(const QByteArray& s, char d)
{
    Reference ref;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        QList<QByteArray> record;
        const qsizetype start = i;
        for (;;) {
            QByteArray field;
            if (s[i < n ? i : 0] == '"' && i < n) {
                const qsizetype open = i++;
                bool closed = false;
                while (i < n) {
                    if (s[i] == '"') {
                        if (i + 1 < n && s[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    field += s[i++];
                }
                if (!closed) {
                    ref.unterminated = open;
                    return ref;
                }
            }
            while (i < n && s[i] != d && s[i] != '\n' && s[i] != '\r')
                field += s[i++];
            record << field;
            if (i >= n)
                break;
            if (s[i] == d) {
                ++i;
                continue;
            }
            i += (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            break;
        }
        ref.emptyLines << (record.size() == 1 && (s[start] == '\n' || s[start] == '\r'));
        ref.records << record;
        ref.starts << start;
    }
    ref.starts << n;
    return ref;
}

QByteArray randomField(QRandomGenerator& rng)
{
    static const char* const plain[] = {"", "Granted", "17/00001/FUL", "Zo\xC3\xAB \xE2\x80\x99", "1,5", "x"};
    static const char* const quoted[] = {"\"a,b\"",
                                         "\"x\ny\"",
                                         "\"x\r\ny\"",
                                         "\"x\ry\"",
                                         "\"1,2,3,4\n5,6,7,8\"",
                                         "\"1,2,3,4\r\n\"\"5\"\",6,7,8\"",
                                         "\"say \"\"hi\"\"\"",
                                         "\"\"",
                                         "\"abc\"def",
                                         "\"a\"\"\"",
                                         "\"\n\n\n\"",
                                         "\"line\n\"\"quoted\"\",x\n\""};
    switch (rng.bounded(10)) {
    case 0:
        return "5'10\" tall";
    case 1:
        return QByteArray("nul\0byte", 8);
    case 2:
    case 3:
    case 4:
        return quoted[rng.bounded(int(std::size(quoted)))];
    default:
        return plain[rng.bounded(int(std::size(plain)))];
    }
}

QByteArray randomDocument(QRandomGenerator& rng, int rows, bool allowUnterminated)
{
    static const char* const endings[] = {"\n", "\r\n", "\r"};
    const char* ending = endings[rng.bounded(3)];
    QByteArray doc("id,name,description,notes\n");
    for (int r = 0; r < rows; ++r) {
        if (rng.bounded(20) == 0)
            ending = endings[rng.bounded(3)]; // mixed endings now and then
        if (rng.bounded(25) == 0) {
            doc += ending; // a blank line
            continue;
        }
        const int fields = rng.bounded(12) == 0 ? 1 + int(rng.bounded(7)) : 4;
        for (int f = 0; f < fields; ++f) {
            if (f)
                doc += ',';
            doc += randomField(rng);
        }
        doc += ending;
    }
    if (rng.bounded(3) == 0)
        doc.chop(qsizetype(strlen(ending))); // no final line ending
    if (allowUnterminated && rng.bounded(4) == 0) {
        auto at = qsizetype(rng.bounded(int(doc.size())));
        while (at < doc.size() && (static_cast<unsigned char>(doc[at]) & 0xC0) == 0x80)
            ++at; // keep the document valid UTF-8
        doc.insert(at, QByteArray("\n\"never closed,"));
    }
    return doc;
}

/// Line and column (characters) of an offset, as the reader reports them.
QPair<qint64, qint64> lineColumn(const QByteArray& s, qsizetype offset)
{
    qint64 line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i)
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= offset || s[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    qint64 column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        column += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 ? 1 : 0;
    return {line, column};
}

QByteArray cellBytes(const Table& table, std::size_t row, int column)
{
    const auto v = table.cell(row, column);
    return QByteArray(v.data(), qsizetype(v.size()));
}

/// Compares a reader result with the reference; returns an empty string when they agree.
QString compare(const Reference& ref, const Result<Dataset>& result, const QByteArray& doc, bool checkLayout)
{
    if (ref.unterminated >= 0) {
        if (result.ok())
            return QStringLiteral("expected an unterminated-quote error");
        const auto [line, column] = lineColumn(doc, ref.unterminated);
        if (result.error().line != line || result.error().column != column)
            return QStringLiteral("error at %1:%2, expected %3:%4")
                .arg(result.error().line)
                .arg(result.error().column)
                .arg(line)
                .arg(column);
        return {};
    }
    if (!result.ok())
        return result.error().toString();
    const Table& table = *result.value().tables.front();
    const qsizetype rows = ref.records.size() - 1;
    if (qsizetype(table.rowCount()) != rows)
        return QStringLiteral("%1 rows, expected %2").arg(table.rowCount()).arg(rows);
    const qsizetype expected = ref.records.front().size();
    std::size_t ragged = 0, blank = 0;
    for (qsizetype r = 0; r < rows; ++r) {
        const auto& record = ref.records[r + 1];
        for (int c = 0; c < table.columnCount(); ++c) {
            const QByteArray want = c < record.size() ? record[c] : QByteArray();
            if (cellBytes(table, std::size_t(r), c) != want)
                return QStringLiteral("row %1 column %2: got '%3', expected '%4'")
                    .arg(r)
                    .arg(c)
                    .arg(QString::fromUtf8(cellBytes(table, std::size_t(r), c)), QString::fromUtf8(want));
        }
        const bool isBlank = std::all_of(record.begin(), record.end(), [](const QByteArray& f) { return f.isEmpty(); });
        if (isBlank && (blank >= table.blankRows().size() || table.blankRows()[blank++] != std::uint32_t(r)))
            return QStringLiteral("row %1 should be listed as blank").arg(r);
        if (record.size() != expected && !ref.emptyLines[r + 1]) {
            if (ragged >= table.raggedRows().size() || table.raggedRows()[ragged].row != std::uint32_t(r) ||
                table.raggedRows()[ragged].fieldCount != std::uint32_t(record.size()))
                return QStringLiteral("row %1 should be listed as ragged with %2 fields").arg(r).arg(record.size());
            ++ragged;
        }
    }
    if (ragged != table.raggedRows().size() || blank != table.blankRows().size())
        return QStringLiteral("extra ragged or blank rows listed");
    if (checkLayout) {
        const auto layout = table.layout();
        if (!layout || layout->rowStarts.size() != std::size_t(rows + 1))
            return QStringLiteral("layout missing or of the wrong size");
        for (qsizetype r = 0; r <= rows; ++r)
            if (layout->rowStarts[std::size_t(r)] != std::uint64_t(ref.starts[r + 1]))
                return QStringLiteral("row start %1 is %2, expected %3")
                    .arg(r)
                    .arg(layout->rowStarts[std::size_t(r)])
                    .arg(ref.starts[r + 1]);
        if (layout->headerEnd != std::uint64_t(ref.starts[1]))
            return QStringLiteral("header end is wrong");
    }
    return {};
}

/// Cancels as soon as the first progress report arrives.
class CancelOnFirstReport final : public Progress
{
public:
    void report(qint64, qint64) override { m_reported = true; }
    bool canceled() const override { return m_reported; }

private:
    std::atomic<bool> m_reported{false};
};

class RecordingProgress final : public Progress
{
public:
    void report(qint64 done, qint64 total) override
    {
        qint64 seen = m_max.load();
        while (done > seen && !m_max.compare_exchange_weak(seen, done)) {
        }
        m_total = total;
        ++m_reports;
    }
    bool canceled() const override { return false; }
    std::atomic<qint64> m_max{0};
    std::atomic<qint64> m_total{0};
    std::atomic<int> m_reports{0};
};

} // namespace

class TestCsvParallel : public QObject
{
    Q_OBJECT

private slots:
    void matchesReference_data();
    void matchesReference();
    void largeDocumentMatchesReference();
    void largeFileMatchesReference();
    void valueLongerThanAChunkBuffer();
    void invalidUtf8LateInAFile();
    void cancelBeforeStart();
    void cancelDuringParse();
    void progressReachesTheEnd();
};

void TestCsvParallel::matchesReference_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 60; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestCsvParallel::matchesReference()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int doc = 0; doc < 5; ++doc) {
        const QByteArray bytes = randomDocument(rng, 5 + int(rng.bounded(60)), true);
        const Reference ref = referenceParse(bytes, ',');
        const QString path = dir.filePath(QStringLiteral("doc%1.csv").arg(doc));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        for (const std::size_t chunk :
             {std::size_t(0), std::size_t(1), std::size_t(5), std::size_t(17), std::size_t(64), std::size_t(1000)}) {
            CsvReadOptions options;
            options.delimiter = ',';
            options.header = true;
            options.threads = chunk == 0 ? 1 : 2;
            options.chunkSize = chunk;
            NullProgress progress;
            const auto fromFile = readCsvFile(path, options, progress);
            const QString fileProblem = compare(ref, fromFile, bytes, true);
            QVERIFY2(fileProblem.isEmpty(), qPrintable(QStringLiteral("chunk %1: %2; document:\n%3")
                                                           .arg(chunk)
                                                           .arg(fileProblem, QString::fromUtf8(bytes))));
            const auto fromBytes = readCsvBytes(bytes, QStringLiteral("doc.csv"), options, progress);
            const QString bytesProblem = compare(ref, fromBytes, bytes, false);
            QVERIFY2(bytesProblem.isEmpty(), qPrintable(bytesProblem));
        }
    }
}

void TestCsvParallel::largeDocumentMatchesReference()
{
    // Big enough for the automatic chunking to split it (> 2 MB), with multi-line quoted values throughout.
    QRandomGenerator rng(4242);
    QByteArray bytes = randomDocument(rng, 40000, false);
    while (bytes.size() < (3 << 20))
        bytes += randomDocument(rng, 20000, false).mid(26); // drop the repeated header
    if (!bytes.endsWith('\n') && !bytes.endsWith('\r'))
        bytes += '\n';
    const Reference ref = referenceParse(bytes, ',');
    for (const std::size_t chunk : {std::size_t(0), std::size_t(1) << 16}) {
        CsvReadOptions options;
        options.delimiter = ',';
        options.header = true;
        options.threads = 2;
        options.chunkSize = chunk;
        NullProgress progress;
        const QString problem =
            compare(ref, readCsvBytes(bytes, QStringLiteral("big.csv"), options, progress), bytes, false);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

// A file is parsed from copies of its chunks (read with pread, plus an overrun for the record that crosses a
// chunk's end); the result must be the same as parsing the bytes in memory, offsets included.
void TestCsvParallel::largeFileMatchesReference()
{
    QRandomGenerator rng(777);
    QByteArray bytes = randomDocument(rng, 40000, false);
    while (bytes.size() < (3 << 20))
        bytes += randomDocument(rng, 20000, false).mid(26);
    const Reference ref = referenceParse(bytes, ',');
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), bytes.size());
    out.close();
    for (const std::size_t chunk : {std::size_t(0), std::size_t(1) << 16, std::size_t(4093)}) {
        CsvReadOptions options;
        options.delimiter = ',';
        options.header = true;
        options.threads = 2;
        options.chunkSize = chunk;
        NullProgress progress;
        const QString problem = compare(ref, readCsvFile(path, options, progress), bytes, true);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(problem)));
    }
}

// A quoted value (with line breaks and lines that look like records) longer than a chunk and the overrun read
// after it: the chunks around it cannot be parsed from their copies and are parsed from the mapping instead.
void TestCsvParallel::valueLongerThanAChunkBuffer()
{
    QByteArray bytes("id,name,description,notes\n");
    for (int r = 0; r < 3000; ++r)
        bytes += QByteArray::number(r) + ",Somebody,\"a, b\",x\n";
    QByteArray longValue("\"");
    while (longValue.size() < (700 << 10))
        longValue += "1,2,3,4\n5,\"\"6\"\",7,8\r\n";
    longValue += '"';
    bytes += "long,name," + longValue + ",end\n";
    for (int r = 0; r < 3000; ++r)
        bytes += QByteArray::number(r) + ",Other,plain,y\r\n";
    const Reference ref = referenceParse(bytes, ',');
    QCOMPARE(ref.records.size(), 6002);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), bytes.size());
    out.close();
    for (const std::size_t chunk : {std::size_t(1) << 16, std::size_t(100000)}) {
        CsvReadOptions options;
        options.header = true;
        options.threads = 2;
        options.chunkSize = chunk;
        NullProgress progress;
        const auto read = readCsvFile(path, options, progress);
        const QString problem = compare(ref, read, bytes, true);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(problem)));
        QCOMPARE(read.value().tables.front()->cell(3000, 2).size(),
                 std::size_t(longValue.size() - 2 - longValue.count("\"\""))); // "" is one quote
    }
}

// A byte that is not UTF-8 far into a file read from chunk copies: the whole file is read again as
// windows-1252, exactly as when the same bytes are parsed in memory.
void TestCsvParallel::invalidUtf8LateInAFile()
{
    QByteArray bytes("id,name\n");
    while (bytes.size() < (1 << 20))
        bytes += "12345,\"Somebody, Something\"\n";
    bytes += "99,caf\xe9\n";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("late.csv"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), bytes.size());
    out.close();
    CsvReadOptions options;
    options.threads = 2;
    options.chunkSize = 1 << 16;
    NullProgress progress;
    const auto fromFile = readCsvFile(path, options, progress);
    const auto fromBytes = readCsvBytes(bytes, QStringLiteral("late.csv"), options, progress);
    QVERIFY(fromFile.ok());
    QVERIFY(fromBytes.ok());
    QCOMPARE(fromFile.value().source.encoding, TextEncoding::Windows1252);
    QCOMPARE(fromBytes.value().source.encoding, TextEncoding::Windows1252);
    const Table& a = *fromFile.value().tables.front();
    const Table& b = *fromBytes.value().tables.front();
    QCOMPARE(a.rowCount(), b.rowCount());
    const std::size_t last = a.rowCount() - 1;
    QCOMPARE(QByteArray(a.cell(last, 1).data(), qsizetype(a.cell(last, 1).size())), QByteArray("caf\xc3\xa9"));
    for (std::size_t r = 0; r < a.rowCount(); r += 997)
        QCOMPARE(a.cell(r, 1), b.cell(r, 1));
}

void TestCsvParallel::cancelBeforeStart()
{
    FlagProgress progress;
    progress.cancel();
    const auto result = readCsvBytes(QByteArray("a,b\n1,2\n"), QStringLiteral("x.csv"), {}, progress);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QLatin1String("canceled")));
}

void TestCsvParallel::cancelDuringParse()
{
    QByteArray bytes("id,name\n");
    while (bytes.size() < (16 << 20))
        bytes += "12345,\"Somebody, Something\"\n";
    CsvReadOptions options;
    options.threads = 2;
    options.chunkSize = 1 << 20;
    CancelOnFirstReport progress;
    const auto result = readCsvBytes(bytes, QStringLiteral("x.csv"), options, progress);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QStringLiteral("The load was canceled."));
}

void TestCsvParallel::progressReachesTheEnd()
{
    QByteArray bytes("id,name\n");
    while (bytes.size() < (4 << 20))
        bytes += "12345,Somebody\n";
    CsvReadOptions options;
    options.threads = 2;
    options.chunkSize = 1 << 18;
    RecordingProgress progress;
    const auto result = readCsvBytes(bytes, QStringLiteral("x.csv"), options, progress);
    QVERIFY(result.ok());
    QCOMPARE(progress.m_max.load(), qint64(bytes.size()));
    QCOMPARE(progress.m_total.load(), qint64(bytes.size()));
    QVERIFY(progress.m_reports.load() >= 16); // one per chunk at least
}

QTEST_APPLESS_MAIN(TestCsvParallel)
#include "tst_csvparallel.moc"
