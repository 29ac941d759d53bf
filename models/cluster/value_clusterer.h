#pragma once

#include "core/progress.h"
#include "table/cell_change.h"
#include "table/record_id.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace plumbline {
class Table;
struct CodelistTable;
} // namespace plumbline

namespace plumbline::cluster {

/// How values are compared (OpenRefine's "Cluster and edit" methods).
enum class Method {
    Fingerprint, ///< same fingerprintKey (case, accents, punctuation, word order, repeated words)
    NGram,       ///< same ngramKey (also spacing inside words)
    Phonetic,    ///< same phoneticKey (Metaphone per word: spelling variants that sound alike)
    Levenshtein  ///< within `radius` edits of another value of the cluster (nearest neighbour, blocked)
};

/// "fingerprint", "ngram", "phonetic", "levenshtein".
QString methodName(Method method);
std::optional<Method> parseMethod(const QString& name);
QStringList methodNames();

/// Names known to be one thing (a party's name, acronym and former spellings), keyed by fingerprintKey of each
/// name; the value is the entry's reference.
using AliasMap = std::unordered_map<std::string, std::string>;

/// An AliasMap from a codelist table whose rows are one thing each: the first column (reference), a "name"
/// column and a "synonyms" column ('|' between names), as resources/codelists/party-aliases.csv has them.
AliasMap aliasesFromCodelist(const CodelistTable& table);

struct ClusterOptions
{
    Method method = Method::Fingerprint;
    int ngramSize = 2; ///< NGram: code points per gram, 1..10
    int radius = 1;    ///< Levenshtein: edits, 1..kMaxLevenshteinRadius (levenshtein.h)
    int threads = 0;   ///< 0 = one per core
    /// Optional: values whose fingerprint is a name of one alias entry cluster together whatever the method
    /// ("Ford Kenya" with "Forum For The Restoration Of Democracy - Kenya"); names of different entries are not
    /// joined by the aliases ("New Ford Kenya" stays apart unless the method itself joins it).
    std::shared_ptr<const AliasMap> aliases;
};

/// One distinct value of a cluster.
struct ClusterValue
{
    std::string value;
    std::size_t count = 0;         ///< rows holding it
    std::vector<RecordId> records; ///< those rows' records, in view order
};

/// Two or more distinct values that the method says are one.
struct ValueCluster
{
    /// Most rows first; ties: the longer value, then the one seen first. values.front() is the suggestion.
    std::vector<ClusterValue> values;
    std::size_t rowCount = 0; ///< rows of all its values
    std::string key;          ///< the shared key; for Levenshtein the suggested value

    const std::string& suggested() const { return values.front().value; }
};

struct ClusterResult
{
    /// Most rows first (ties: by key), each with at least two distinct values.
    std::vector<ValueCluster> clusters;
    int column = -1;
    Method method = Method::Fingerprint;
    std::size_t rows = 0;           ///< view rows read
    std::size_t distinctValues = 0; ///< distinct non-blank values
    double seconds = 0;             ///< wall time of clusterColumn
    double cpuSeconds = 0;          ///< CPU time of the whole process meanwhile (all threads)
    bool canceled = false;          ///< progress was canceled: clusters is empty
};

/// Clusters the non-blank values of one column as they now read (edits applied), working once per distinct value
/// (a dictionary column's codes give them; a plain column is hashed on every core). Blank cells never cluster.
/// Clustering only proposes: nothing is changed. Safe on a worker thread with a snapshot of the table;
/// polls progress between blocks. Precondition: 0 <= column < table.columnCount().
ClusterResult clusterColumn(const Table& table, int column, const ClusterOptions& options, Progress& progress);

/// The changes that merge a cluster: every record of a value other than canonical gets canonical (records that
/// already hold it are left alone). canonical may be any text, not only one of the values.
CellChanges mergeChanges(const ValueCluster& cluster, int column, const std::string& canonical);

} // namespace plumbline::cluster
