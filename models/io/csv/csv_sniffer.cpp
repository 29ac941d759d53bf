#include "io/csv/csv_sniffer.h"

#include "table/column_type.h"

#include <algorithm>
#include <array>
#include <map>

namespace plumbline::csvsniff {

namespace {

bool isBlankRecord(const Record& record)
{
    return std::all_of(record.begin(), record.end(), [](const std::string& cell) { return cell.empty(); });
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isDataLike(std::string_view value)
{
    switch (classifyValue(trimmed(value))) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
    case ColumnType::Date:
    case ColumnType::DateTime:
        return true;
    default:
        return false;
    }
}

struct Candidate
{
    char delimiter;
    double score = 0; // 0..1: share of records with the usual field count, halved if the header disagrees
    std::size_t fields = 0;
};

Candidate scoreDelimiter(std::string_view sample, char delimiter, char quote, bool complete)
{
    Candidate c{delimiter};
    std::vector<Record> records = sampleRecords(sample, delimiter, quote, complete);
    std::map<std::size_t, std::size_t> counts;
    std::size_t considered = 0;
    for (const auto& record : records) {
        if (record.size() == 1 && record.front().empty())
            continue; // blank line
        ++counts[record.size()];
        ++considered;
    }
    if (considered == 0)
        return c;
    const auto mode = std::max_element(counts.begin(), counts.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    if (mode->first < 2)
        return c;
    c.fields = mode->first;
    c.score = double(mode->second) / double(considered);
    if (records.front().size() != mode->first)
        c.score /= 2;
    return c;
}

} // namespace

std::vector<Record> sampleRecords(std::string_view s, char delimiter, char quote, bool complete, int maxRecords)
{
    std::vector<Record> out;
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n && int(out.size()) < maxRecords) {
        Record record;
        bool ended = false; // reached the record's line ending
        bool unterminated = false;
        for (;;) {
            std::string cell;
            if (i < n && s[i] == quote) {
                ++i;
                bool closed = false;
                while (i < n) {
                    if (s[i] == quote) {
                        if (i + 1 < n && s[i + 1] == quote) {
                            cell.push_back(quote);
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    cell.push_back(s[i++]);
                }
                if (!closed) {
                    unterminated = true;
                    record.push_back(std::move(cell));
                    break;
                }
            }
            while (i < n && s[i] != delimiter && s[i] != '\n' && s[i] != '\r')
                cell.push_back(s[i++]);
            record.push_back(std::move(cell));
            if (i >= n)
                break;
            if (s[i] == delimiter) {
                ++i;
                continue;
            }
            i += (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            ended = true;
            break;
        }
        if ((unterminated || !ended) && !complete)
            break; // cut off by the end of the sample
        out.push_back(std::move(record));
        if (unterminated)
            break;
    }
    return out;
}

char sniffDelimiter(std::string_view sample, char quote, bool complete, bool preferTab)
{
    std::array<char, 4> order{',', '\t', ';', '|'};
    if (preferTab)
        order = {'\t', ',', ';', '|'};
    Candidate best{preferTab ? '\t' : ','};
    for (const char d : order) {
        const Candidate c = scoreDelimiter(sample, d, quote, complete);
        if (preferTab && d == '\t' && c.fields >= 2 && c.score >= 0.5)
            return '\t';
        // Earlier candidates win ties; more fields break a tie in consistency.
        if (c.score > best.score || (c.score == best.score && c.score > 0 && c.fields > best.fields))
            best = c;
    }
    return best.delimiter;
}

bool looksLikeHeader(const std::vector<Record>& records)
{
    if (records.empty())
        return true;
    const Record& first = records.front();
    if (isBlankRecord(first))
        return false;
    const std::size_t sampleRows = std::min<std::size_t>(records.size(), 51);
    int score = 0;
    for (std::size_t c = 0; c < first.size(); ++c) {
        const std::string_view value = trimmed(first[c]);
        if (value.empty())
            continue;
        if (isDataLike(value)) {
            score -= 2;
            continue;
        }
        std::size_t others = 0, dataLike = 0;
        bool repeats = false;
        for (std::size_t r = 1; r < sampleRows; ++r) {
            if (c >= records[r].size())
                continue;
            const std::string_view other = trimmed(records[r][c]);
            if (other.empty())
                continue;
            ++others;
            dataLike += isDataLike(other) ? 1 : 0;
            repeats = repeats || other == value;
        }
        if (others > 0 && dataLike * 5 >= others * 4)
            score += 2;
        else if (repeats)
            score -= 1;
    }
    return score >= 0;
}

} // namespace plumbline::csvsniff
