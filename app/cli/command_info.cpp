// plumbline-cli info FILE [--json]
#include "cli_command.h"
#include "cli_parse.h"

#include "io/dataset_reader.h"
#include "io/dataset_summary.h"
#include "project/review_source.h"

#include <QJsonDocument>
#include <QTextStream>

namespace plumbline::cli {

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the description as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to describe."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Describe a file: format, encoding, delimiter, tables, row counts, "
                                                   "columns and inferred types.")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the file to describe")))
        return *exit;

    NullProgress progress;
    const auto dataset = readDataset(parser.positionalArguments().constFirst(), ReadOptions{}, progress);
    if (!dataset)
        return fail(dataset.error().toString());
    const QString path = parser.positionalArguments().constFirst();
    if (isProjectPath(path)) {
        const QString note = sourceChangedNote(path);
        if (!note.isEmpty())
            QTextStream(stderr) << "plumbline-cli: note: " << note << '\n';
    }
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(summariseDataset(dataset.value())).toJson(QJsonDocument::Indented);
    else
        out << describeDataset(dataset.value());
    return Success;
}

} // namespace plumbline::cli
