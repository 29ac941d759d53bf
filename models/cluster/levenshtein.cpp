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

constexpr int kQ = 3;

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

/// A value's 3-grams as tokens: the gram and its occurrence number in the value, hashed to 64 bits, so that
/// multiset intersection becomes set intersection.
void gramTokens(std::u32string_view s, std::vector<std::uint64_t>& grams, std::vector<std::uint64_t>& tokens)
{
    grams.clear();
    for (std::size_t i = 0; i + kQ <= s.size(); ++i)
        grams.push_back((std::uint64_t(s[i]) << 42) ^ (std::uint64_t(s[i + 1]) << 21) ^ s[i + 2]);
    std::sort(grams.begin(), grams.end());
    tokens.clear();
    std::uint64_t occurrence = 0;
    for (std::size_t i = 0; i < grams.size(); ++i) {
        occurrence = (i > 0 && grams[i] == grams[i - 1]) ? occurrence + 1 : 0;
        tokens.push_back(mix(grams[i] + occurrence * 0x9e3779b97f4a7c15ULL));
    }
}

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
    const std::size_t prefix = std::size_t(kQ * radius + 1);
    const std::size_t longFrom = std::size_t(kQ * radius + kQ); // values this long have ≥ prefix 3-grams
    const std::size_t shortTo = longFrom - 1 + std::size_t(radius);
    constexpr std::size_t kChunk = 4096;

    // 1. Tokens per long value, and how many values hold each token (counted in buckets; only the order matters).
    constexpr std::size_t kBuckets = std::size_t(1) << 22;
    std::vector<std::uint32_t> frequency(kBuckets, 0);
    std::vector<std::vector<std::uint64_t>> prefixes(n);
    {
        std::vector<std::uint64_t> grams, tokens;
        for (std::size_t i = 0; i < n; ++i) {
            if (d.length(i) < longFrom)
                continue;
            gramTokens(d.at(i), grams, tokens);
            for (const auto t : tokens)
                ++frequency[t & (kBuckets - 1)];
            prefixes[i] = tokens;
        }
    }
    if (progress.canceled()) {
        if (canceled)
            *canceled = true;
        return {};
    }
    // 2. Each long value's prefix: its `prefix` rarest tokens in the global order (frequency, token).
    auto rarer = [&](std::uint64_t a, std::uint64_t b) {
        const auto fa = frequency[a & (kBuckets - 1)], fb = frequency[b & (kBuckets - 1)];
        return fa != fb ? fa < fb : a < b;
    };
    std::vector<std::pair<std::uint64_t, std::uint32_t>> postings; // (token, value)
    for (std::size_t i = 0; i < n; ++i) {
        auto& tokens = prefixes[i];
        if (tokens.empty())
            continue;
        const std::size_t keep = std::min(prefix, tokens.size());
        std::partial_sort(tokens.begin(), tokens.begin() + std::ptrdiff_t(keep), tokens.end(), rarer);
        tokens.resize(keep);
        tokens.shrink_to_fit();
        for (const auto t : tokens)
            postings.emplace_back(t, std::uint32_t(i));
    }
    std::sort(postings.begin(), postings.end());

    // 3. Short values (and those near the boundary): deletion neighbourhoods, grouped by variant.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> variants;
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

    // 4. Probe and verify on every core; a chunk's pairs are its own.
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    std::vector<Pairs> found(chunks);
    auto runOf = [](const std::vector<std::pair<std::uint64_t, std::uint32_t>>& list, std::uint64_t key) {
        const auto lo = std::lower_bound(list.begin(), list.end(), std::make_pair(key, std::uint32_t(0)));
        auto hi = lo;
        while (hi != list.end() && hi->first == key)
            ++hi;
        return std::make_pair(lo, hi);
    };
    std::atomic<std::size_t> done{0};
    forEachChunk(n, kChunk, threads, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        if (progress.canceled())
            return;
        Pairs& out = found[chunk];
        std::vector<std::uint32_t> seen; // candidates of the current value, deduplicated by sorting
        std::vector<std::uint64_t> v;
        for (std::size_t i = begin; i < end; ++i) {
            seen.clear();
            for (const auto t : prefixes[i]) {
                const auto [lo, hi] = runOf(postings, t);
                for (auto it = lo; it != hi; ++it)
                    if (it->second > i)
                        seen.push_back(it->second);
            }
            if (d.length(i) <= shortTo) {
                deletionVariants(d.at(i), radius, v);
                for (const auto h : v) {
                    const auto [lo, hi] = runOf(variants, h);
                    for (auto it = lo; it != hi; ++it)
                        if (it->second > i)
                            seen.push_back(it->second);
                }
            }
            std::sort(seen.begin(), seen.end());
            seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
            const std::size_t li = d.length(i);
            for (const auto j : seen) {
                const std::size_t lj = d.length(j);
                if ((li > lj ? li - lj : lj - li) > std::size_t(radius))
                    continue;
                if (boundedLevenshtein(d.at(i), d.at(j), radius) <= radius)
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
