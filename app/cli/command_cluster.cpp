// plumbline-cli cluster FILE --column C [--table T] [--method fingerprint|ngram|phonetic|levenshtein] [--radius R]
// [--ngram-size N] [--aliases CODELIST] [--format text|json] [--timing]
#include "cli_command.h"
#include "cli_parse.h"

#include "cluster/levenshtein.h"
#include "cluster/value_clusterer.h"
#include "document/validation_setup.h"
#include "io/dataset_reader.h"
#include "rules/codelist_repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace plumbline::cli {

namespace {

QString text(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QStringList columnNames(const Table& table)
{
    QStringList names;
    for (int c = 0; c < table.columnCount(); ++c)
        names << table.columnName(c);
    return names;
}

/// The table to cluster: --table, the only table, or the only table with the column. Null after printing why not.
std::shared_ptr<const Table> pickTable(const Dataset& dataset, const QString& tableName, const QString& column,
                                       int* exitCode)
{
    QStringList tables;
    for (const auto& t : dataset.tables)
        tables << t->name();
    if (!tableName.isEmpty()) {
        if (auto t = dataset.table(tableName))
            return t;
        *exitCode = fail(QStringLiteral("unknown table '%1'; the tables are: %2").arg(tableName, tables.join(u", ")));
        return nullptr;
    }
    if (dataset.tables.size() == 1)
        return dataset.tables.front();
    std::vector<std::shared_ptr<const Table>> having;
    for (const auto& t : dataset.tables)
        if (t->columnIndex(column) >= 0)
            having.push_back(t);
    if (having.size() == 1)
        return having.front();
    QStringList names;
    for (const auto& t : having)
        names << t->name();
    *exitCode = having.empty()
                    ? fail(QStringLiteral("no table has a column '%1'; the tables are: %2 (name one with --table)")
                               .arg(column, tables.join(u", ")))
                    : fail(QStringLiteral("the column '%1' is in several tables (%2): name one with --table")
                               .arg(column, names.join(u", ")));
    return nullptr;
}

QJsonObject toJson(const QString& file, const Table& table, const cluster::ClusterResult& result)
{
    QJsonArray clusters;
    for (const auto& c : result.clusters) {
        QJsonArray values;
        for (const auto& v : c.values)
            values.append(
                QJsonObject{{QStringLiteral("value"), text(v.value)}, {QStringLiteral("count"), qint64(v.count)}});
        clusters.append(QJsonObject{{QStringLiteral("key"), text(c.key)},
                                    {QStringLiteral("rows"), qint64(c.rowCount)},
                                    {QStringLiteral("suggested"), text(c.suggested())},
                                    {QStringLiteral("values"), values}});
    }
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("table"), table.name()},
                       {QStringLiteral("column"), table.columnName(result.column)},
                       {QStringLiteral("method"), cluster::methodName(result.method)},
                       {QStringLiteral("rows"), qint64(result.rows)},
                       {QStringLiteral("distinctValues"), qint64(result.distinctValues)},
                       {QStringLiteral("clusters"), clusters}};
}

void writeText(QTextStream& out, const Table& table, const cluster::ClusterResult& result)
{
    const QLocale c = QLocale::c();
    QLocale grouped = c;
    grouped.setNumberOptions({});
    out << QStringLiteral("%1 · %2 · %3: %4 rows, %5 distinct values, %6 clusters\n")
               .arg(table.name(), table.columnName(result.column), cluster::methodName(result.method),
                    grouped.toString(qint64(result.rows)), grouped.toString(qint64(result.distinctValues)),
                    grouped.toString(qint64(result.clusters.size())));
    int n = 0;
    for (const auto& cl : result.clusters) {
        out << QStringLiteral("\n%1. %2 rows, %3 values → suggested \"%4\"\n")
                   .arg(++n)
                   .arg(grouped.toString(qint64(cl.rowCount)))
                   .arg(cl.values.size())
                   .arg(text(cl.suggested()));
        for (const auto& v : cl.values)
            out << QStringLiteral("   %1  \"%2\"\n").arg(grouped.toString(qint64(v.count)), 9).arg(text(v.value));
    }
}

} // namespace

int runCluster(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption column(QStringLiteral("column"), QStringLiteral("The column whose values to cluster."),
                                    QStringLiteral("C"));
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("The table, for sources with several tables (default: the one "
                                                  "table that has the column)."),
                                   QStringLiteral("T"));
    const QCommandLineOption method(
        QStringLiteral("method"),
        QStringLiteral("fingerprint (default: case, accents, punctuation, word order), ngram (also spacing inside "
                       "words), phonetic (Metaphone: spellings that sound alike) or levenshtein (values within "
                       "--radius edits)."),
        QStringLiteral("METHOD"), QStringLiteral("fingerprint"));
    const QCommandLineOption radius(
        QStringLiteral("radius"),
        QStringLiteral("levenshtein: the most edits between two values of a cluster, 1 to %1 (default 1).")
            .arg(cluster::kMaxLevenshteinRadius),
        QStringLiteral("R"), QStringLiteral("1"));
    const QCommandLineOption ngramSize(QStringLiteral("ngram-size"),
                                       QStringLiteral("ngram: characters per n-gram, 1 to 10 (default 2)."),
                                       QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption aliases(
        QStringLiteral("aliases"),
        QStringLiteral("A codelist of names known to be one thing (a built-in name such as party-aliases, or a CSV "
                       "file with reference, name and synonyms columns): values that are names of one entry "
                       "cluster together with any method."),
        QStringLiteral("CODELIST"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output: text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    QStringLiteral("Print the time spent loading and clustering on standard error."));
    parser.addOptions({column, table, method, radius, ngramSize, aliases, format, threads, timing});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to read."));
    if (auto exit = parseSubcommand(
            parser, args,
            QStringLiteral("Group a column's values that are probably one value written differently (\"Male\", "
                           "\"male \", \"MALE\"), as OpenRefine's Cluster and edit does, and suggest the most "
                           "frequent spelling for each group. Nothing is changed: clusters are proposals.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to read")))
        return *exit;
    if (!parser.isSet(column))
        return fail(QStringLiteral("missing --column C (see --help)"));
    cluster::ClusterOptions options;
    const auto m = cluster::parseMethod(parser.value(method));
    if (!m)
        return fail(QStringLiteral("unknown --method '%1' (use %2)")
                        .arg(parser.value(method), cluster::methodNames().join(QStringLiteral(", "))));
    options.method = *m;
    bool ok = false;
    options.radius = parser.value(radius).toInt(&ok);
    if (!ok || options.radius < 1 || options.radius > cluster::kMaxLevenshteinRadius)
        return fail(QStringLiteral("--radius expects a number from 1 to %1").arg(cluster::kMaxLevenshteinRadius));
    options.ngramSize = parser.value(ngramSize).toInt(&ok);
    if (!ok || options.ngramSize < 1 || options.ngramSize > 10)
        return fail(QStringLiteral("--ngram-size expects a number from 1 to 10"));
    options.threads = parser.value(threads).toInt(&ok);
    if (!ok || options.threads < 0)
        return fail(QStringLiteral("--threads expects a number ≥ 0"));
    if (parser.isSet(aliases)) {
        auto loaded = sharedCodelists()->load(parser.value(aliases), QDir::currentPath());
        if (!loaded)
            return fail(loaded.error().toString());
        options.aliases = std::make_shared<const cluster::AliasMap>(cluster::aliasesFromCodelist(*loaded.value()));
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))
        return fail(QStringLiteral("unknown --format '%1' (use text or json)").arg(outputFormat));

    const QString file = parser.positionalArguments().constFirst();
    NullProgress progress;
    QElapsedTimer clock;
    clock.start();
    const auto dataset = readDataset(file, ReadOptions{}, progress);
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!dataset)
        return fail(dataset.error().toString());
    int exitCode = Success;
    const auto target = pickTable(dataset.value(), parser.value(table), parser.value(column), &exitCode);
    if (!target)
        return exitCode;
    const int columnIndex = target->columnIndex(parser.value(column));
    if (columnIndex < 0)
        return fail(QStringLiteral("unknown column '%1' in %2; the columns are: %3")
                        .arg(parser.value(column), target->name(), columnNames(*target).join(QStringLiteral(", "))));

    const auto result = cluster::clusterColumn(*target, columnIndex, options, progress);
    clock.restart();
    QTextStream out(stdout);
    if (outputFormat == QLatin1String("json"))
        out << QJsonDocument(toJson(file, *target, result)).toJson(QJsonDocument::Indented);
    else
        writeText(out, *target, result);
    out.flush();
    if (parser.isSet(timing))
        QTextStream(stderr) << QStringLiteral("load %1 s, cluster %2 s wall / %7 s CPU (%3 rows, %4 distinct values, "
                                              "%5 clusters), output %6 s\n")
                                   .arg(loadSeconds, 0, 'f', 3)
                                   .arg(result.seconds, 0, 'f', 3)
                                   .arg(result.rows)
                                   .arg(result.distinctValues)
                                   .arg(result.clusters.size())
                                   .arg(double(clock.nsecsElapsed()) / 1e9, 0, 'f', 3)
                                   .arg(result.cpuSeconds, 0, 'f', 3);
    return Success;
}

} // namespace plumbline::cli
