#pragma once

#include <string>
#include <string_view>

namespace plumbline::cluster {

/// Key-collision keyers: two values with the same key belong to one cluster. Each takes UTF-8 (invalid bytes are
/// kept as they are) and is a pure function, safe from any thread. An empty key means "nothing to compare" (a
/// blank value, or one of punctuation only) and never forms a cluster.

/// The value folded for comparison: lower case, accents removed (Unicode compatibility decomposition without
/// the combining marks, plus ß→ss, æ→ae, œ→oe, ø→o, ł→l, đ/ð→d, þ→th, ı→i), punctuation and control
/// characters removed (ASCII punctuation and symbols, and every Unicode punctuation character), each run of
/// whitespace (any Unicode space, line breaks included) written as one ' ', no space at either end. Letters of
/// other scripts are kept, lower-cased. ASCII input takes a byte loop with no allocation beyond out.
void appendFolded(std::string_view value, std::string& out);

/// OpenRefine's fingerprint: the folded value's words, sorted (by bytes) and deduplicated, joined by one space.
/// "Ford  Kenya." and "kenya, FORD" → "ford kenya"; "Café" → "cafe". OpenRefine removes a line break instead of
/// treating it as a space; here it separates words.
void appendFingerprint(std::string_view value, std::string& out);
std::string fingerprintKey(std::string_view value);

/// OpenRefine's n-gram fingerprint: the folded value without spaces, cut into every run of n code points,
/// sorted and deduplicated, concatenated. "Paris" (n = 2) → "arispari" (ar, is, pa, ri); a value shorter than n is its
/// own key. n is clamped to 1..10.
void appendNgramKey(std::string_view value, int n, std::string& out);
std::string ngramKey(std::string_view value, int n = 2);

/// A phonetic fingerprint: each folded word replaced by its Metaphone code (metaphone.h), words with a digit kept
/// as written (so "12 High St" and "14 High St" stay apart), then sorted, deduplicated and joined by one space.
/// "Jon Smith" and "John Smyth" → "JN SM0".
void appendPhoneticKey(std::string_view value, std::string& out);
std::string phoneticKey(std::string_view value);

} // namespace plumbline::cluster
