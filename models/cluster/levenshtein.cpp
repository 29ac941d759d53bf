#include "cluster/levenshtein.h"

#include "cluster/parallel_chunks.h"

#include <algorithm>
#include <atomic>
#include <functional>

namespace plumbline::cluster {

int boundedLevenshtein(std::u32string_view a, std::u32string_view b, int max)
{
    if (a.size() > b.size())
        std::swap(a, b);
    const auto n = std::ptrdiff_t(a.size());
    const auto m = std::ptrdiff_t(b.size());
    if (m - n > max)
        return max + 1;
    if (n == 0)
        return int(m);
    const int big = max + 1;
    // prev[j] / cur[j]: distance between a[0, i) and b[0, j); cells outside the band read as big.
    std::vector<int> prev(std::size_t(m + 1), big), cur(std::size_t(m + 1), big);
    for (std::ptrdiff_t j = 0; j <= std::min<std::ptrdiff_t>(m, max); ++j)
        prev[std::size_t(j)] = int(j);
    for (std::ptrdiff_t i = 1; i <= n; ++i) {
        const std::ptrdiff_t lo = std::max<std::ptrdiff_t>(1, i - max);
        const std::ptrdiff_t hi = std::min<std::ptrdiff_t>(m, i + max);
        std::fill(cur.begin(), cur.end(), big);
        cur[0] = i <= max ? int(i) : big;
        int rowMin = cur[0];
        for (std::ptrdiff_t j = lo; j <= hi; ++j) {
            const int substitute = prev[std::size_t(j - 1)] + (a[std::size_t(i - 1)] == b[std::size_t(j - 1)] ? 0 : 1);
            const int remove = prev[std::size_t(j)] + 1;
            const int insert = cur[std::size_t(j - 1)] + 1;
            const int d = std::min({substitute, remove, insert, big});
            cur[std::size_t(j)] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > max)
            return big;
        std::swap(prev, cur);
    }
    return std::min(prev[std::size_t(m)], big);
}

namespace {

/// Decodes UTF-8; a byte that does not start a valid sequence becomes U+FFFD.
void decodeUtf8(std::string_view s, std::u32string& out)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        bool ok = extra >= 0 && i + std::size_t(extra) < s.size();
        char32_t cp = extra > 0 ? char32_t(c & (0x3f >> extra)) : char32_t(c);
        for (int k = 1; ok && k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + std::size_t(k)]);
            ok = (cc & 0xc0) == 0x80;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (!ok) {
            out += U'\uFFFD';
            ++i;
            continue;
        }
        out += cp;
        i += std::size_t(extra) + 1;
    }
}

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb3f99b3b0a13ULL;
    x ^= x >> 33;
    return x;
}

/// The values as code points, back to back.
struct Decoded
{
    std::u32string text;
    std::vector<std::uint32_t> offsets{0};
    std::u32string_view at(std::size_t i) const
    {
        return std::u32string_view(text).substr(offsets[i], offsets[i + 1] - offsets[i]);
    }
    std::size_t length(std::size_t i) const { return offsets[i + 1] - offsets[i]; }
};

using Pairs = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

/// Hashes of every string left after deleting up to radius code points from s (s itself included).
void deletionVariants(std::u32string_view s, int radius, std::vector<std::uint64_t>& out)
{
    out.clear();
    std::u32string work(s);
    const std::function<void(std::size_t, int)> recurse = [&](std::size_t from, int left) {
        out.push_back(mix(std::hash<std::u32string_view>{}(work) ^ work.size()));
        if (left == 0)
            return;
        for (std::size_t i = from; i < work.size(); ++i) {
            const char32_t removed = work[i];
            work.erase(i, 1);
            recurse(i, left - 1);
            work.insert(work.begin() + std::ptrdiff_t(i), removed);
        }
    };
    recurse(0, radius);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

/// Where segment i of a value of length length starts and how long it is, when the value is cut into parts
/// nearly equal parts (the longer ones last), as PassJoin partitions.
std::pair<std::size_t, std::size_t> segment(std::size_t length, std::size_t parts, std::size_t i)
{
    const std::size_t base = length / parts, longer = length % parts, shorter = parts - longer;
    const std::size_t start = i <= shorter ? i * base : shorter * base + (i - shorter) * (base + 1);
    return {start, i < shorter ? base : base + 1};
}

/// The key of a segment: its text, the length of the value it was cut from and its number.
std::uint64_t segmentKey(std::u32string_view text, std::size_t length, std::size_t i)
{
    return mix(std::hash<std::u32string_view>{}(text) ^ (std::uint64_t(length) << 40) ^ (std::uint64_t(i) << 58));
}

using Postings = std::vector<std::pair<std::uint64_t, std::uint32_t>>; // (key, value), sorted

/// The values filed under key.
std::pair<Postings::const_iterator, Postings::const_iterator> run(const Postings& list, std::uint64_t key)
{
    return std::equal_range(list.begin(), list.end(), std::make_pair(key, std::uint32_t(0)),
                            [](const auto& a, const auto& b) { return a.first < b.first; });
}

} // namespace

Pairs levenshteinPairs(const std::vector<std::string_view>& values, int radius, int threads, Progress& progress,
                       bool* canceled)
{
    radius = std::clamp(radius, 1, kMaxLevenshteinRadius);
    if (canceled)
        *canceled = false;
    Decoded d;
    for (const auto v : values) {
        decodeUtf8(v, d.text);
        d.offsets.push_back(std::uint32_t(d.text.size()));
    }
    const std::size_t n = values.size();
    const auto tau = std::size_t(radius);
    const std::size_t parts = tau + 1;
    const std::size_t shortTo = 2 * tau; // values this short go through deletion neighbourhoods
    constexpr std::size_t kChunk = 4096;

    // 1. PassJoin index: every value of at least radius + 1 code points cut into radius + 1 segments. An edit
    // touches one segment, so two values within the radius share a whole segment, shifted by at most radius.
    Postings segments;
    segments.reserve(n * parts);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t length = d.length(i);
        if (length < parts)
            continue;
        for (std::size_t k = 0; k < parts; ++k) {
            const auto [start, size] = segment(length, parts, k);
            segments.emplace_back(segmentKey(d.at(i).substr(start, size), length, k), std::uint32_t(i));
        }
    }
    std::sort(segments.begin(), segments.end());
    // 2. Short values: deletion neighbourhoods (every string left after deleting up to radius code points).
    Postings variants;
    {
        std::vector<std::uint64_t> v;
        for (std::size_t i = 0; i < n; ++i) {
            if (d.length(i) > shortTo)
                continue;
            deletionVariants(d.at(i), radius, v);
            for (const auto h : v)
                variants.emplace_back(h, std::uint32_t(i));
        }
    }
    std::sort(variants.begin(), variants.end());
    if (progress.canceled()) {
        if (canceled)
            *canceled = true;
        return {};
    }

    // 3. Probe and verify on every core; a chunk's pairs are its own.
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    std::vector<Pairs> found(chunks);
    std::atomic<std::size_t> done{0};
    forEachChunk(n, kChunk, threads, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        if (progress.canceled())
            return;
        Pairs& out = found[chunk];
        std::vector<std::uint32_t> seen; // candidates of the current value, deduplicated by sorting
        std::vector<std::uint64_t> v;
        for (std::size_t i = begin; i < end; ++i) {
            seen.clear();
            const std::u32string_view s = d.at(i);
            const std::size_t length = s.size();
            // Substrings of s that could be a segment of a value of length other, within the shift window.
            const std::size_t lo = std::max(parts, length > tau ? length - tau : 0);
            for (std::size_t other = lo; other <= length + tau; ++other) {
                for (std::size_t k = 0; k < parts; ++k) {
                    const auto [start, size] = segment(other, parts, k);
                    for (std::size_t pos = start > tau ? start - tau : 0; pos <= start + tau; ++pos) {
                        if (pos + size > length)
                            break;
                        const auto [first, last] = run(segments, segmentKey(s.substr(pos, size), other, k));
                        for (auto it = first; it != last; ++it)
                            if (it->second > i)
                                seen.push_back(it->second);
                    }
                }
            }
            if (length <= shortTo) {
                deletionVariants(s, radius, v);
                for (const auto h : v) {
                    const auto [first, last] = run(variants, h);
                    for (auto it = first; it != last; ++it)
                        if (it->second > i)
                            seen.push_back(it->second);
                }
            }
            std::sort(seen.begin(), seen.end());
            seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
            for (const auto j : seen) {
                const std::size_t lj = d.length(j);
                if ((length > lj ? length - lj : lj - length) > tau)
                    continue;
                if (boundedLevenshtein(s, d.at(j), radius) <= radius)
                    out.emplace_back(std::uint32_t(i), j);
            }
        }
        progress.report(qint64(done.fetch_add(end - begin) + (end - begin)), qint64(n));
    });
    if (progress.canceled() && canceled)
        *canceled = true;
    Pairs pairs;
    for (auto& f : found)
        pairs.insert(pairs.end(), f.begin(), f.end());
    return pairs;
}

} // namespace plumbline::cluster
