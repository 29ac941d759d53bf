// Encoding detection (BOM, UTF-16 without BOM, UTF-8, the uchardet fallback and its windows-1252 rule) and
// the byte-level decoders the CSV reader stores cells with.
#include "io/csv/csv_reader.h"
#include "io/text/encoding_detector.h"
#include "io/text/text_decoder.h"

#include <QtTest>

using namespace plumbline;

namespace {

QByteArray utf16(const QString& text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private slots:
    void detects_data();
    void detects();
    void singleByteGuessesBecomeWindows1252_data();
    void singleByteGuessesBecomeWindows1252();
    void utf8Validity_data();
    void utf8Validity();
    void windows1252Mapping();
    void utf16Conversion();
    void readerDecodesEveryEncoding_data();
    void readerDecodesEveryEncoding();
    void invalidUtf8AfterTheSampleSwitchesToWindows1252();
    void bigUtf16KeepsSurrogatePairsAcrossBlocks();
};

void TestEncodingDetector::detects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("bom");

    const QString text = QStringLiteral("name,town\nZo\u00eb,Z\u00fcrich\nAnne,Leeds\n");
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << int(TextEncoding::Utf8) << 0;
    QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8) << 0;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8) << 3;
    QTest::newRow("utf-16le bom") << utf16(text, false, true) << int(TextEncoding::Utf16LE) << 2;
    QTest::newRow("utf-16be bom") << utf16(text, true, true) << int(TextEncoding::Utf16BE) << 2;
    QTest::newRow("utf-16le no bom") << utf16(text, false, false) << int(TextEncoding::Utf16LE) << 0;
    QTest::newRow("utf-16be no bom") << utf16(text, true, false) << int(TextEncoding::Utf16BE) << 0;
    QTest::newRow("windows-1252") << QByteArray("name\nTop O\x92 T\x92 Town\nStorey\x92s Way\n")
                                  << int(TextEncoding::Windows1252) << 0;
    QTest::newRow("unassigned in 1252 means latin-1")
        << QByteArray("name\nA\x81 b\xe9\n") << int(TextEncoding::Latin1) << 0;
    QTest::newRow("a few NULs are not UTF-16") << QByteArray("a,b\n1\0,2\n3,4\n", 13) << int(TextEncoding::Utf8) << 0;
}

void TestEncodingDetector::detects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(int, bom);
    const DetectedEncoding detected = detectEncoding(bytes, true);
    QCOMPARE(int(detected.encoding), encoding);
    QCOMPARE(detected.bomLength, bom);
}

void TestEncodingDetector::singleByteGuessesBecomeWindows1252_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");

    const QByteArray british("Storey\x92s Way, \x80 5");
    for (const char* name : {"WINDOWS-1250", "WINDOWS-1252", "ISO-8859-1", "ISO-8859-2", "ISO-8859-15",
                             "MAC-CENTRALEUROPE", "WINDOWS-1251", ""})
        QTest::newRow(*name ? name : "no guess") << QByteArray(name) << british << int(TextEncoding::Windows1252);
    QTest::newRow("bytes rule 1252 out") << QByteArray("WINDOWS-1252") << QByteArray("x\x8Dy")
                                         << int(TextEncoding::Latin1);
}

void TestEncodingDetector::singleByteGuessesBecomeWindows1252()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QCOMPARE(int(encodingForCharsetGuess(charset, bytes)), encoding);
}

void TestEncodingDetector::utf8Validity_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("validIfTruncated");

    QTest::newRow("ascii") << QByteArray("plain ascii text, long enough to use the 16-byte path") << true << true;
    QTest::newRow("two-byte") << QByteArray("caf\xC3\xA9") << true << true;
    QTest::newRow("three-byte") << QByteArray("\xE2\x80\x99") << true << true;
    QTest::newRow("four-byte") << QByteArray("\xF0\x9F\x98\x80") << true << true;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false << false;
    QTest::newRow("windows-1252 byte") << QByteArray("O\x92Neill") << false << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false << false;
    QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << false << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << false;
    QTest::newRow("truncated at end") << QByteArray("abc\xE2\x80") << false << true;
    QTest::newRow("NUL is valid") << QByteArray("a\0b", 3) << true << true;
}

void TestEncodingDetector::utf8Validity()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(bool, validIfTruncated);
    QCOMPARE(text::isValidUtf8(bytes.constData(), std::size_t(bytes.size())), valid);
    QCOMPARE(text::isValidUtf8(bytes.constData(), std::size_t(bytes.size()), true), validIfTruncated);
    // The SIMD ASCII skip must find a bad byte anywhere in a long run.
    QByteArray padded = QByteArray(37, 'x') + bytes + QByteArray(21, 'y');
    QCOMPARE(text::isValidUtf8(padded.constData(), std::size_t(padded.size())), valid);
}

void TestEncodingDetector::windows1252Mapping()
{
    // WHATWG index-windows-1252: 0x80-0x9F are typographic characters, the five holes are C1 controls.
    QCOMPARE(text::windows1252CodePoint(0x80), char32_t(0x20AC));
    QCOMPARE(text::windows1252CodePoint(0x92), char32_t(0x2019));
    QCOMPARE(text::windows1252CodePoint(0x96), char32_t(0x2013));
    QCOMPARE(text::windows1252CodePoint(0x9F), char32_t(0x0178));
    QCOMPARE(text::windows1252CodePoint(0x81), char32_t(0x0081));
    QCOMPARE(text::windows1252CodePoint(0x9D), char32_t(0x009D));
    QCOMPARE(text::windows1252CodePoint(0xE9), char32_t(0x00E9));
    QCOMPARE(text::windows1252CodePoint('A'), char32_t('A'));

    std::string out;
    text::appendSingleByteAsUtf8(out, "Top O\x92 T\x92 Town \x80\xFF", 17, TextEncoding::Windows1252);
    QCOMPARE(fromUtf8(out), QStringLiteral("Top O\u2019 T\u2019 Town \u20ac\u00ff"));
    out.clear();
    text::appendSingleByteAsUtf8(out, "\x80\x92", 2, TextEncoding::Latin1);
    QCOMPARE(fromUtf8(out), QStringLiteral("\u0080\u0092"));
}

void TestEncodingDetector::utf16Conversion()
{
    const QString text = QStringLiteral("a\u00e9\u20ac") + QString::fromUcs4(U"\U0001F600");
    const QByteArray le = utf16(text, false, false);
    QCOMPARE(fromUtf8(text::utf16ToUtf8(le.constData(), std::size_t(le.size()), false)), text);
    const QByteArray be = utf16(text, true, false);
    QCOMPARE(fromUtf8(text::utf16ToUtf8(be.constData(), std::size_t(be.size()), true)), text);
    // An unpaired surrogate and an odd trailing byte become U+FFFD rather than failing.
    const QByteArray broken("\x00\xD8\x41\x00\x42", 5);
    QCOMPARE(fromUtf8(text::utf16ToUtf8(broken.constData(), std::size_t(broken.size()), false)),
             QStringLiteral("\ufffdA\ufffd"));
}

void TestEncodingDetector::readerDecodesEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");

    const QString text = QStringLiteral("name,place\nZo\u00eb,\u201cZ\u00fcrich\u201d\n");
    QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8) << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8) << true;
    QTest::newRow("utf-16le bom") << utf16(text, false, true) << int(TextEncoding::Utf16LE) << true;
    QTest::newRow("utf-16be bom") << utf16(text, true, true) << int(TextEncoding::Utf16BE) << true;
    QTest::newRow("utf-16le") << utf16(text, false, false) << int(TextEncoding::Utf16LE) << false;
    QTest::newRow("utf-16be") << utf16(text, true, false) << int(TextEncoding::Utf16BE) << false;
    QTest::newRow("windows-1252") << QByteArray("name,place\nZo\xeb,\x93Z\xfcrich\x94\n")
                                  << int(TextEncoding::Windows1252) << false;
}

void TestEncodingDetector::readerDecodesEveryEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    NullProgress progress;
    auto result = readCsvBytes(bytes, QStringLiteral("x.csv"), {}, progress);
    QVERIFY(result.ok());
    QCOMPARE(int(result.value().source.encoding), encoding);
    QCOMPARE(result.value().source.bom, bom);
    const Table& table = *result.value().tables.front();
    QCOMPARE(table.columnName(0), QStringLiteral("name"));
    QCOMPARE(table.cellText(0, 0), QStringLiteral("Zo\u00eb"));
    QCOMPARE(table.cellText(0, 1), QStringLiteral("\u201cZ\u00fcrich\u201d"));
}

void TestEncodingDetector::invalidUtf8AfterTheSampleSwitchesToWindows1252()
{
    // The first MB is plain ASCII, so detection says UTF-8; the parse finds the 0x92 and reads again.
    QByteArray bytes("id,name\n");
    for (int i = 0; bytes.size() < (3 << 20); ++i)
        bytes += QByteArray::number(i) + ",Smith\n";
    bytes += "99,O\x92Neill\n";
    CsvReadOptions options;
    options.threads = 2;
    options.chunkSize = 1 << 18;
    NullProgress progress;
    auto result = readCsvBytes(bytes, QStringLiteral("late.csv"), options, progress);
    QVERIFY(result.ok());
    QCOMPARE(result.value().source.encoding, TextEncoding::Windows1252);
    const Table& table = *result.value().tables.front();
    QCOMPARE(table.cellText(table.rowCount() - 1, 1), QStringLiteral("O\u2019Neill"));
    QCOMPARE(table.cellText(0, 1), QStringLiteral("Smith"));
}

void TestEncodingDetector::bigUtf16KeepsSurrogatePairsAcrossBlocks()
{
    // The reader converts UTF-16 in 4 MB blocks: put an emoji (a surrogate pair) across the first boundary.
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    QString text = QStringLiteral("name\n");
    const qsizetype boundaryUnit = (4 << 20) / 2; // code units after the BOM
    while (text.size() < boundaryUnit - 1)
        text += QStringLiteral("row\n");
    text.truncate(boundaryUnit - 1);
    text += emoji + QStringLiteral("\nlast\n");
    QCOMPARE(text.mid(boundaryUnit - 1, 2), emoji);
    for (const bool bigEndian : {false, true}) {
        NullProgress progress;
        auto result = readCsvBytes(utf16(text, bigEndian, true), QStringLiteral("big.csv"), {}, progress);
        QVERIFY(result.ok());
        const Table& table = *result.value().tables.front();
        QCOMPARE(table.cellText(table.rowCount() - 1, 0), QStringLiteral("last"));
        bool found = false;
        for (std::size_t r = table.rowCount() - 3; r < table.rowCount(); ++r)
            found = found || table.cellText(r, 0).contains(emoji);
        QVERIFY(found);
        for (std::size_t r = 0; r < table.rowCount(); ++r)
            QVERIFY(!table.cellText(r, 0).contains(QChar(0xFFFD)));
    }
}

QTEST_APPLESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
