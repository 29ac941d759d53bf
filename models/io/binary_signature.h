#pragma once

#include <QString>

#include <string_view>

namespace plumbline {

/// What a file is when its first bytes are the signature of a binary format no text reader should parse: "a PNG
/// image", "gzip-compressed data", "an old Excel workbook (.xls)", … or an empty string for anything else (text
/// in any encoding included). head: the file's first bytes (16 are enough).
QString binarySignature(std::string_view head);

/// Whether head starts with the gzip signature (1F 8B 08).
inline bool isGzip(std::string_view head)
{
    return head.size() >= 3 && head[0] == '\x1f' && head[1] == '\x8b' && head[2] == '\x08';
}

} // namespace plumbline
