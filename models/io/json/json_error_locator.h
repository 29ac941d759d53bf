#pragma once

#include "core/result.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <string_view>

namespace plumbline {

/// Where a JSON text first breaks the RFC 8259 grammar, and why, in a sentence for people.
struct JsonSyntaxError
{
    std::size_t offset = 0;
    QString message;
};

/// A strict, byte-at-a-time JSON validator. The fast path (simdjson) only says that something is wrong;
/// readers call this on failure to find the first offending byte. Strings must be valid UTF-8 with escaped
/// control characters and paired surrogates; nesting deeper than maxDepth is an error.
std::optional<JsonSyntaxError> findJsonSyntaxError(std::string_view text, int maxDepth);

/// An Error naming file, the 1-based line and column (characters) of offset in text, and message.
Error jsonErrorAt(const QString& file, std::string_view text, std::size_t offset, const QString& message);

} // namespace plumbline
