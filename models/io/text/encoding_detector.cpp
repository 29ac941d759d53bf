#include "io/text/encoding_detector.h"

#include "io/text/text_decoder.h"

#include <algorithm>
#include <uchardet/uchardet.h>

namespace plumbline {

namespace {

/// UTF-16 without a BOM: text in Latin scripts has a zero in the high byte of most code units, so one byte
/// parity is mostly zero and the other almost never. Binary data and stray NULs in CSV do not look like that.
int utf16ByteOrder(QByteArrayView sample) // 0 = not UTF-16, 1 = LE, 2 = BE
{
    const qsizetype pairs = std::min<qsizetype>(sample.size(), 1 << 16) / 2;
    if (pairs < 2)
        return 0;
    qsizetype zeroOdd = 0, zeroEven = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        const bool evenZero = sample[2 * i] == '\0';
        const bool oddZero = sample[2 * i + 1] == '\0';
        if (oddZero && !evenZero)
            ++zeroOdd;
        else if (evenZero && !oddZero)
            ++zeroEven;
    }
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 <= pairs)
        return 1;
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 <= pairs)
        return 2;
    return 0;
}

QByteArray uchardetGuess(QByteArrayView sample)
{
    uchardet_t detector = uchardet_new();
    if (!detector)
        return {};
    QByteArray name;
    if (uchardet_handle_data(detector, sample.data(), std::size_t(sample.size())) == 0) {
        uchardet_data_end(detector);
        if (const char* charset = uchardet_get_charset(detector))
            name = QByteArray(charset).toUpper();
    }
    uchardet_delete(detector);
    return name;
}

} // namespace

bool hasWindows1252Unassigned(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
            return true;
    }
    return false;
}

TextEncoding encodingForCharsetGuess(const QByteArray& charset, QByteArrayView bytes)
{
    // We decode only UTF-8, UTF-16 and the two Western single-byte sets. Whatever single-byte set uchardet
    // names (WINDOWS-1250, ISO-8859-2, MAC-CENTRALEUROPE, even a Cyrillic one on a short sample), UK files
    // are windows-1252 in practice, and it maps every byte, so no data is lost. Only bytes that
    // windows-1252 leaves unassigned rule it out, in favour of ISO-8859-1 where they are C1 controls.
    Q_UNUSED(charset);
    return hasWindows1252Unassigned(bytes) ? TextEncoding::Latin1 : TextEncoding::Windows1252;
}

int bomLengthFor(QByteArrayView bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return bytes.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)) ? 3 : 0;
    case TextEncoding::Utf16LE:
        return bytes.startsWith(QByteArrayView("\xFF\xFE", 2)) ? 2 : 0;
    case TextEncoding::Utf16BE:
        return bytes.startsWith(QByteArrayView("\xFE\xFF", 2)) ? 2 : 0;
    case TextEncoding::Windows1252:
    case TextEncoding::Latin1:
        return 0;
    }
    return 0;
}

DetectedEncoding detectEncoding(QByteArrayView sample, bool sampleIsWholeFile)
{
    DetectedEncoding result;
    for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        if (const int bom = bomLengthFor(sample, e)) {
            result.encoding = e;
            result.bomLength = bom;
            return result;
        }
    }
    if (const int order = utf16ByteOrder(sample)) {
        result.encoding = order == 1 ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        return result;
    }
    if (text::isValidUtf8(sample.data(), std::size_t(sample.size()), !sampleIsWholeFile))
        return result;
    result.charsetGuess = uchardetGuess(sample);
    result.encoding = encodingForCharsetGuess(result.charsetGuess, sample);
    return result;
}

} // namespace plumbline
