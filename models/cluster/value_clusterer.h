#pragma once

#include "core/progress.h"
#include "table/cell_change.h"
#include "table/record_id.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace plumbline {
class Table;
}

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

struct ClusterOptions
{
    Method method = Method::Fingerprint;
    int ngramSize = 2; ///< NGram: code points per gram, 1..10
    int radius = 1;    ///< Levenshtein: edits, 1..kMaxLevenshteinRadius (levenshtein.h)
    int threads = 0;   ///< 0 = one per core
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
