#pragma once

#include "table/text_encoding.h"

#include <QByteArray>
#include <QByteArrayView>

namespace plumbline {

/// What the detector concluded about a text file's encoding.
struct DetectedEncoding
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;       ///< bytes of byte-order mark at the start (0, 2 or 3)
    QByteArray charsetGuess; ///< uchardet's answer when it was consulted ("WINDOWS-1252", ...), else empty
};

/// Detects the encoding of text from its first bytes, in this order:
///  1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
///  2. UTF-16 without a BOM, from the pattern of zero bytes in ASCII-heavy text;
///  3. UTF-8 when the sample is well-formed UTF-8 (pure ASCII included); a sequence cut off by the end of the
///     sample is allowed unless sampleIsWholeFile;
///  4. otherwise uchardet. Any single-byte guess becomes windows-1252, the usual encoding of UK office
///     files (uchardet often calls short windows-1252 samples WINDOWS-1250 or ISO-8859-x), unless the bytes
///     rule windows-1252 out: then ISO-8859-1, whose C1 range accepts them.
/// Never fails: unrecognisable bytes come back as windows-1252, which maps every byte to a character.
DetectedEncoding detectEncoding(QByteArrayView sample, bool sampleIsWholeFile);

/// Bytes of BOM at the start of bytes that belongs to encoding (0 when there is none or it is another one's).
int bomLengthFor(QByteArrayView bytes, TextEncoding encoding);

/// The decision rule of step 4, exposed for tests: maps uchardet's charset name (and the bytes it judged)
/// to an encoding we read.
TextEncoding encodingForCharsetGuess(const QByteArray& charset, QByteArrayView bytes);

/// True when the bytes contain one of the five byte values windows-1252 leaves unassigned
/// (0x81, 0x8D, 0x8F, 0x90, 0x9D).
bool hasWindows1252Unassigned(QByteArrayView bytes);

} // namespace plumbline
