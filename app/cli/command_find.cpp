// plumbline-cli find FILE --text T [--regex] [--column NAME] [--whole-cell] [--case-sensitive] [--count]
// [--table NAME] [--timing]
#include "cli_command.h"
#include "cli_parse.h"

#include "io/dataset_reader.h"
#include "transforms/find_replace.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>

namespace plumbline::cli {

int runFind(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption text(QStringLiteral("text"),
                                  QStringLiteral("What to find: plain text, or with --regex an "
                                                 "RE2 pattern."),
                                  QStringLiteral("T"));
    const QCommandLineOption regex(QStringLiteral("regex"),
                                   QStringLiteral("Read --text as an RE2 regular expression."));
    const QCommandLineOption column(QStringLiteral("column"), QStringLiteral("Look in this column only."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption wholeCell(QStringLiteral("whole-cell"),
                                       QStringLiteral("The cell must be the text (or match the pattern) as a whole."));
    const QCommandLineOption caseSensitive(QStringLiteral("case-sensitive"), QStringLiteral("Match case."));
    const QCommandLineOption countOnly(QStringLiteral("count"), QStringLiteral("Print only the number of cells."));
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("The table to search, for sources with several tables."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    QStringLiteral("Print the time spent loading and searching on standard error."));
    parser.addOptions({text, regex, column, wholeCell, caseSensitive, countOnly, table, timing});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to search."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Find the cells that contain a text or match a pattern: prints "
                                                   "row, column and value of each (CSV), or their number. Exit "
                                                   "status: 0 found, 1 none, 2 on a usage or I/O error.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to search")))
        return *exit;
    if (!parser.isSet(text))
        return fail(QStringLiteral("missing --text T (see --help)"));

    NullProgress progress;
    QElapsedTimer clock;
    clock.start();
    const auto dataset = readDataset(parser.positionalArguments().constFirst(), ReadOptions{}, progress);
    if (!dataset)
        return fail(dataset.error().toString());
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    std::shared_ptr<Table> target;
    if (parser.isSet(table))
        target = dataset.value().table(parser.value(table));
    else if (!dataset.value().tables.empty())
        target = dataset.value().tables.front();
    if (!target)
        return fail(QStringLiteral("no table '%1'").arg(parser.value(table)));
    FindOptions options;
    options.text = parser.value(text);
    options.regex = parser.isSet(regex);
    options.wholeCell = parser.isSet(wholeCell);
    options.caseSensitive = parser.isSet(caseSensitive);
    if (parser.isSet(column)) {
        options.column = target->columnIndex(parser.value(column));
        if (options.column < 0)
            return fail(QStringLiteral("no column '%1' in %2").arg(parser.value(column), target->name()));
    }
    const auto matcher = CellMatcher::compile(options);
    if (!matcher)
        return fail(matcher.error().message);
    clock.restart();
    timespec cpuStart{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
    const std::vector<CellRef> cells = findAll(*target, matcher.value());
    const double findSeconds = double(clock.nsecsElapsed()) / 1e9;
    timespec cpuEnd{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
    const double findCpu = double(cpuEnd.tv_sec - cpuStart.tv_sec) + double(cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e9;

    QTextStream out(stdout);
    if (parser.isSet(countOnly)) {
        out << cells.size() << '\n';
    } else {
        out << "row,column,value\n";
        for (const CellRef& c : cells) {
            QString value = target->cellText(c.row, c.column);
            if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                value.contains(QLatin1Char('\n')))
                value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            out << c.row + 1 << ',' << target->columnName(c.column) << ',' << value << '\n';
        }
    }
    if (parser.isSet(timing))
        QTextStream(stderr) << QStringLiteral("load %1 s, find %2 s (CPU %4 s; %3 cells)\n")
                                   .arg(loadSeconds, 0, 'f', 3)
                                   .arg(findSeconds, 0, 'f', 3)
                                   .arg(cells.size())
                                   .arg(findCpu, 0, 'f', 3);
    return cells.empty() ? 1 : Success;
}

} // namespace plumbline::cli
