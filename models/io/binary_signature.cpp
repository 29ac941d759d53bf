#include "io/binary_signature.h"

#include <array>

namespace plumbline {

namespace {

struct Signature
{
    std::string_view magic;
    const char* what;
};

using namespace std::string_view_literals;

// Formats people rename, download by mistake or find behind a ".csv" link. Text (UTF-8 or UTF-16 with or without a
// byte-order mark) never starts with these bytes.
constexpr std::array kSignatures = {
    Signature{"\x89PNG\r\n\x1a\n"sv, "a PNG image"},
    Signature{"\xff\xd8\xff"sv, "a JPEG image"},
    Signature{"GIF87a"sv, "a GIF image"},
    Signature{"GIF89a"sv, "a GIF image"},
    Signature{"%PDF-"sv, "a PDF document"},
    Signature{"PK\x03\x04"sv, "a ZIP archive (an Excel workbook or other zipped files)"},
    Signature{"\x1f\x8b\x08"sv, "gzip-compressed data"},
    Signature{"\xfd"
              "7zXZ\x00"sv,
              "xz-compressed data"},
    Signature{"7z\xbc\xaf\x27\x1c"sv, "a 7-Zip archive"},
    Signature{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"sv, "an old Excel workbook (.xls) or other Office document"},
    Signature{"SQLite format 3\x00"sv, "an SQLite database"},
    Signature{"\x7f"
              "ELF"sv,
              "a program (ELF executable)"},
};

} // namespace

QString binarySignature(std::string_view head)
{
    // bzip2: "BZh", the block size digit, then the block magic (pi's digits in BCD).
    if (head.size() >= 10 && head.substr(0, 3) == "BZh" && head.substr(4, 6) == "\x31\x41\x59\x26\x53\x59"sv)
        return QStringLiteral("bzip2-compressed data");
    for (const Signature& s : kSignatures)
        if (head.substr(0, s.magic.size()) == s.magic)
            return QString::fromLatin1(s.what);
    return {};
}

} // namespace plumbline
