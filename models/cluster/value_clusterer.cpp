#include "cluster/value_clusterer.h"

#include "cluster/cluster_keys.h"
#include "cluster/column_values.h"
#include "cluster/levenshtein.h"
#include "cluster/parallel_chunks.h"
#include "rules/codelist_repository.h"
#include "table/table.h"

#include <QElapsedTimer>

#include <ctime>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace plumbline::cluster {

namespace {

constexpr std::uint32_t kNone = 0xffffffffU;

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// Maps a stage's progress into [from, to] permille of the whole run.
class StageProgress final : public Progress
{
public:
    StageProgress(Progress& parent, int from, int to) : m_parent(parent), m_from(from), m_to(to) {}
    void report(qint64 done, qint64 total) override
    {
        if (total > 0)
            m_parent.report(m_from + (m_to - m_from) * std::clamp<qint64>(done, 0, total) / total, 1000);
    }
    bool canceled() const override { return m_parent.canceled(); }

private:
    Progress& m_parent;
    qint64 m_from, m_to;
};

/// The alias entry of a value, or null.
const std::string* aliasOf(const ClusterOptions& options, std::string_view value)
{
    if (!options.aliases || options.aliases->empty())
        return nullptr;
    const auto it = options.aliases->find(fingerprintKey(value));
    return it == options.aliases->end() ? nullptr : &it->second;
}

void appendKey(Method method, int ngramSize, std::string_view value, std::string& out)
{
    switch (method) {
    case Method::Fingerprint:
        appendFingerprint(value, out);
        break;
    case Method::NGram:
        appendNgramKey(value, ngramSize, out);
        break;
    case Method::Phonetic:
        appendPhoneticKey(value, out);
        break;
    case Method::Levenshtein:
        break;
    }
}

/// Key-collision methods: the group (index of a distinct key) of every value, kNone for an empty key. The keys
/// stay in the arenas; keys[g] views group g's key.
struct KeyGroups
{
    std::vector<std::uint32_t> group;
    std::vector<std::string_view> keys;
    std::vector<std::string> arenas;
};

KeyGroups groupByKey(const ColumnValues& cv, const ClusterOptions& options, Progress& progress)
{
    const std::size_t n = cv.values.size();
    constexpr std::size_t kChunk = 8192;
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    KeyGroups out;
    out.arenas.resize(chunks);
    std::vector<std::uint32_t> ends(n);
    std::vector<std::uint64_t> hashes(n);
    std::atomic<std::size_t> done{0};
    forEachChunk(n, kChunk, options.threads, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        if (progress.canceled())
            return;
        std::string& arena = out.arenas[chunk];
        arena.reserve((end - begin) * 48);
        for (std::size_t i = begin; i < end; ++i) {
            const std::size_t start = arena.size();
            // '=' never occurs in a computed key (punctuation is removed), so alias keys cannot collide with them.
            if (const std::string* alias = aliasOf(options, cv.values[i]))
                arena.append("=").append(*alias);
            else
                appendKey(options.method, options.ngramSize, cv.values[i], arena);
            ends[i] = std::uint32_t(arena.size());
            hashes[i] = arena.size() == start
                            ? 0
                            : StringInterner::hash(std::string_view(arena).substr(start, arena.size() - start)) | 1;
        }
        progress.report(qint64(done.fetch_add(end - begin) + (end - begin)), qint64(n));
    });
    out.group.assign(n, kNone);
    if (progress.canceled())
        return out;
    StringInterner interner(n);
    constexpr std::size_t kAhead = 16;
    for (std::size_t i = 0; i < n; ++i) {
        if (i + kAhead < n && hashes[i + kAhead] != 0)
            interner.prefetch(hashes[i + kAhead]);
        if (hashes[i] == 0)
            continue;
        const std::string& arena = out.arenas[i / kChunk];
        const std::size_t start = i % kChunk == 0 ? 0 : ends[i - 1];
        out.group[i] = interner.intern(std::string_view(arena).substr(start, ends[i] - start), hashes[i]);
    }
    out.keys.reserve(interner.size());
    for (std::size_t g = 0; g < interner.size(); ++g)
        out.keys.push_back(interner.at(std::uint32_t(g)));
    return out;
}

/// Levenshtein: connected components of the "within radius" graph (union–find); every value has a group.
std::vector<std::uint32_t> groupByDistance(const ColumnValues& cv, const ClusterOptions& options, Progress& progress)
{
    const std::size_t n = cv.values.size();
    bool canceled = false;
    const auto pairs = levenshteinPairs(cv.values, options.radius, options.threads, progress, &canceled);
    std::vector<std::uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0u);
    auto find = [&](std::uint32_t x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    auto unite = [&](std::uint32_t a, std::uint32_t b) {
        const auto ra = find(a), rb = find(b);
        if (ra != rb)
            parent[std::max(ra, rb)] = std::min(ra, rb);
    };
    for (const auto& [a, b] : pairs)
        unite(a, b);
    if (options.aliases && !options.aliases->empty()) {
        std::unordered_map<std::string, std::uint32_t> firstOfAlias;
        for (std::size_t i = 0; i < n; ++i)
            if (const std::string* alias = aliasOf(options, cv.values[i]))
                unite(firstOfAlias.emplace(*alias, std::uint32_t(i)).first->second, std::uint32_t(i));
    }
    std::vector<std::uint32_t> group(n);
    for (std::size_t i = 0; i < n; ++i)
        group[i] = find(std::uint32_t(i));
    return group;
}

} // namespace

AliasMap aliasesFromCodelist(const CodelistTable& table)
{
    AliasMap aliases;
    const int name = table.column(QStringLiteral("name"));
    const int synonyms = table.column(QStringLiteral("synonyms"));
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        const std::string reference(table.cell(row, 0));
        std::vector<std::string_view> names{table.cell(row, 0), table.cell(row, name)};
        std::string_view rest = table.cell(row, synonyms);
        while (!rest.empty()) {
            const std::size_t bar = rest.find('|');
            names.push_back(rest.substr(0, bar));
            rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
        }
        for (const auto n : names)
            if (std::string key = fingerprintKey(n); !key.empty())
                aliases.emplace(std::move(key), reference); // the first entry that names it keeps it
    }
    return aliases;
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Fingerprint:
        return QStringLiteral("fingerprint");
    case Method::NGram:
        return QStringLiteral("ngram");
    case Method::Phonetic:
        return QStringLiteral("phonetic");
    case Method::Levenshtein:
        return QStringLiteral("levenshtein");
    }
    return {};
}

QStringList methodNames()
{
    return {methodName(Method::Fingerprint), methodName(Method::NGram), methodName(Method::Phonetic),
            methodName(Method::Levenshtein)};
}

std::optional<Method> parseMethod(const QString& name)
{
    for (const Method m : {Method::Fingerprint, Method::NGram, Method::Phonetic, Method::Levenshtein})
        if (name.compare(methodName(m), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

ClusterResult clusterColumn(const Table& table, int column, const ClusterOptions& options, Progress& progress)
{
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = processCpuSeconds();
    ClusterResult result;
    result.column = column;
    result.method = options.method;
    result.rows = table.rowCount();
    const auto finish = [&](bool canceled) {
        result.canceled = canceled;
        if (canceled)
            result.clusters.clear();
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        result.cpuSeconds = processCpuSeconds() - cpuStart;
        return result;
    };

    StageProgress reading(progress, 0, 300);
    const ColumnValues cv = collectColumnValues(table, column, options.threads, reading);
    if (cv.canceled || progress.canceled())
        return finish(true);
    result.distinctValues = cv.values.size();

    StageProgress comparing(progress, 300, 900);
    KeyGroups byKey;
    if (options.method == Method::Levenshtein)
        byKey.group = groupByDistance(cv, options, comparing);
    else
        byKey = groupByKey(cv, options, comparing);
    const std::vector<std::uint32_t>& group = byKey.group;
    if (progress.canceled())
        return finish(true);

    // Groups with two or more values become clusters.
    const std::size_t groups = options.method == Method::Levenshtein ? cv.values.size() : byKey.keys.size();
    std::vector<std::uint32_t> members(groups, 0);
    for (const auto g : group)
        if (g != kNone)
            ++members[g];
    std::vector<std::uint32_t> clusterOf(groups, kNone);
    std::vector<std::uint32_t> slotOf(cv.values.size(), kNone); // value → its index within its cluster
    for (std::size_t i = 0; i < cv.values.size(); ++i) {
        const auto g = group[i];
        if (g == kNone || members[g] < 2)
            continue;
        if (clusterOf[g] == kNone) {
            clusterOf[g] = std::uint32_t(result.clusters.size());
            result.clusters.emplace_back();
            if (!byKey.keys.empty())
                result.clusters.back().key = std::string(byKey.keys[g]);
        }
        ValueCluster& c = result.clusters[clusterOf[g]];
        slotOf[i] = std::uint32_t(c.values.size());
        c.values.push_back(ClusterValue{std::string(cv.values[i]), cv.counts[i], {}});
        c.values.back().records.reserve(cv.counts[i]);
        c.rowCount += cv.counts[i];
    }
    // The records behind each clustered value, in view order.
    for (std::size_t row = 0; row < cv.rowValue.size(); ++row) {
        const auto v = cv.rowValue[row];
        if (v == ColumnValues::kBlank || slotOf[v] == kNone)
            continue;
        result.clusters[clusterOf[group[v]]].values[slotOf[v]].records.push_back(table.recordId(row));
    }
    for (auto& c : result.clusters) {
        // Values were added in order of first appearance, which the stable sort keeps for full ties.
        std::stable_sort(c.values.begin(), c.values.end(), [](const ClusterValue& a, const ClusterValue& b) {
            return a.count != b.count ? a.count > b.count : a.value.size() > b.value.size();
        });
        if (c.key.empty())
            c.key = c.values.front().value;
    }
    std::stable_sort(result.clusters.begin(), result.clusters.end(), [](const ValueCluster& a, const ValueCluster& b) {
        return a.rowCount != b.rowCount ? a.rowCount > b.rowCount : a.key < b.key;
    });
    progress.report(1000, 1000);
    return finish(false);
}

CellChanges mergeChanges(const ValueCluster& cluster, int column, const std::string& canonical)
{
    CellChanges changes;
    for (const auto& v : cluster.values) {
        if (v.value == canonical)
            continue;
        for (const RecordId r : v.records)
            changes.push_back(CellChange{r, column, canonical});
    }
    return changes;
}

} // namespace plumbline::cluster
