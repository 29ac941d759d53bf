// plumbline-cli profile FILE [--table T] [--column C]... [--format text|json]
#include "cli_command.h"
#include "cli_parse.h"

#include "io/dataset_reader.h"
#include "profile/column_profile.h"
#include "table/table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace plumbline::cli {

int runProfile(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("Profile only this table (multi-table sources: Popolo, XLSX, "
                                                  "SQLite, Data Packages). Default: every table."),
                                   QStringLiteral("T"));
    const QCommandLineOption column(QStringLiteral("column"),
                                    QStringLiteral("Profile only this column (by its header). Repeat for several. "
                                                   "Default: every column."),
                                    QStringLiteral("C"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 QStringLiteral("How many top values and shapes to list (default 10)."),
                                 QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({table, column, format, top});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to profile."));
    if (auto exit = parseSubcommand(
            parser, args,
            QStringLiteral("Profile the columns of a file: the type values have and how many fit it, blank cells, "
                           "distinct values, the most frequent values and shapes (99/99999/AAA), minimum, maximum "
                           "and median of numbers and dates, and a histogram. Counts are over every cell.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to profile")))
        return *exit;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return fail(QStringLiteral("unknown --format '%1' (use text or json)").arg(fmt));
    bool topOk = false;
    ProfileOptions options;
    options.topValues = options.topShapes = parser.value(top).toInt(&topOk);
    if (!topOk || options.topValues < 0)
        return fail(QStringLiteral("--top expects a number ≥ 0"));

    const QString file = parser.positionalArguments().constFirst();
    NullProgress progress;
    const auto dataset = readDataset(file, ReadOptions{}, progress);
    if (!dataset)
        return fail(dataset.error().toString());

    std::vector<std::shared_ptr<Table>> tables;
    for (const auto& t : dataset.value().tables)
        if (!parser.isSet(table) || t->name() == parser.value(table))
            tables.push_back(t);
    if (tables.empty()) {
        QStringList names;
        for (const auto& t : dataset.value().tables)
            names << t->name();
        return fail(QStringLiteral("no table '%1' in %2 (tables: %3)")
                        .arg(parser.value(table), file, names.join(QStringLiteral(", "))));
    }

    QJsonArray jsonTables;
    QString text;
    for (const auto& t : tables) {
        std::vector<int> columns;
        for (const QString& name : parser.values(column)) {
            const int c = t->columnIndex(name);
            if (c < 0) {
                if (tables.size() == 1)
                    return fail(
                        QStringLiteral("no column '%1' in %2").arg(name, t->name().isEmpty() ? file : t->name()));
                continue;
            }
            columns.push_back(c);
        }
        if (parser.isSet(column) && columns.empty())
            continue;
        const auto profiles = profileColumns(*t, columns, options, progress);
        QJsonArray jsonColumns;
        if (dataset.value().tables.size() > 1)
            text += QStringLiteral("== %1 (%2 rows) ==\n").arg(t->name()).arg(t->rowCount());
        for (const auto& p : profiles) {
            jsonColumns.append(profileToJson(p));
            text += profileToText(p);
        }
        jsonTables.append(QJsonObject{{QStringLiteral("name"), t->name()},
                                      {QStringLiteral("rows"), qint64(t->rowCount())},
                                      {QStringLiteral("columns"), jsonColumns}});
    }
    QTextStream out(stdout);
    if (fmt == QLatin1String("json"))
        out << QJsonDocument(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("tables"), jsonTables}})
                   .toJson(QJsonDocument::Indented);
    else
        out << text;
    return Success;
}

} // namespace plumbline::cli
