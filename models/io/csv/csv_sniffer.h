#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plumbline {

/// Guesses a delimited text file's dialect from a sample of its first bytes. The sample is parsed with the
/// reader's own quoting rules (RFC 4180, lenient), so delimiters inside quoted values do not count.
namespace csvsniff {

using Record = std::vector<std::string>;

/// Splits sample into at most maxRecords records. Quoted values are unescaped; quotes elsewhere are kept.
/// When complete is false the sample was cut from a longer text, so its last record (possibly cut short, or
/// stopped by a quote that closes beyond the sample) is dropped. A final line ending does not start a record.
std::vector<Record> sampleRecords(std::string_view sample, char delimiter, char quote, bool complete,
                                  int maxRecords = 200);

/// The delimiter among ',', '\t', ';' and '|' that splits the sample's records most consistently into two
/// or more fields (the header's field count agreeing with the rest counts most). preferTab (a .tsv or
/// .tab file) picks tab whenever it splits consistently. A sample no candidate splits gives tab when
/// preferTab, else ','.
char sniffDelimiter(std::string_view sample, char quote, bool complete, bool preferTab);

/// Whether the first record is a header: it is, unless it looks like data. Data-like signs: every field
/// empty; numbers or dates in it; a value that recurs in the same column below it. Header-like sign: text
/// over a column of numbers or dates. A single record is a header unless it is empty or holds numbers.
bool looksLikeHeader(const std::vector<Record>& records);

} // namespace csvsniff
} // namespace plumbline
