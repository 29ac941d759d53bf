// plumbline-cli export FILE --to OUT [--normalise] [--table NAME] [--neutralise-formulas]
#include "cli_command.h"
#include "cli_parse.h"

#include "io/dataset_reader.h"
#include "io/dataset_writer.h"

#include <QTextStream>

namespace plumbline::cli {

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption to(
        QStringLiteral("to"),
        QStringLiteral("File to write; its extension picks the format (%1); a file named datapackage.json "
                       "writes a Data Package (CSV resources beside it).")
            .arg(exportFormats().join(QStringLiteral(", "))),
        QStringLiteral("OUT"));
    const QCommandLineOption normalise(QStringLiteral("normalise"),
                                       QStringLiteral("Write UTF-8, comma (tab for .tsv), minimal quoting and LF "
                                                      "line endings instead of the source's own dialect."));
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("The table to write, for sources with several tables."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption neutralise(
        QStringLiteral("neutralise-formulas"),
        QStringLiteral("CSV and TSV: write values a spreadsheet would run as formulas (starting with =, +, -, @, a "
                       "tab or a carriage return; plain numbers aside) with a leading apostrophe, so spreadsheets "
                       "show them as text. Off by default: values are written as they are."));
    parser.addOptions({to, normalise, table, neutralise});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to read."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Write a file in another format. Untouched rows are copied "
                                                   "exactly as read unless --normalise is given.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to read")))
        return *exit;
    if (!parser.isSet(to))
        return fail(QStringLiteral("missing --to OUT (see --help)"));

    NullProgress progress;
    const auto dataset = readDataset(parser.positionalArguments().constFirst(), ReadOptions{}, progress);
    if (!dataset)
        return fail(dataset.error().toString());
    ExportOptions options;
    options.normalise = parser.isSet(normalise);
    options.table = parser.value(table);
    options.neutraliseFormulas = parser.isSet(neutralise);
    QString warning;
    if (const auto error = exportDataset(dataset.value(), parser.value(to), options, progress, &warning))
        return fail(error->toString());
    if (!warning.isEmpty())
        QTextStream(stderr) << "plumbline-cli: warning: " << warning << '\n';
    return Success;
}

} // namespace plumbline::cli
