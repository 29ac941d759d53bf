// plumbline-cli sample planning --rows N --out FILE [--seed S] [--defect-rate R] [--late-decisions R]
#include "cli_command.h"
#include "cli_parse.h"

#include "sample/planning_sample_generator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

namespace plumbline::cli {

int runSample(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Number of data rows (default 1000)."),
                                  QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("File to write (required)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed; the same seed gives the same bytes (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption defectRate(QStringLiteral("defect-rate"),
                                        QStringLiteral("Share of rows with one realistic defect, 0..1 "
                                                       "(default 0.01; 0 = clean)."),
                                        QStringLiteral("R"), QStringLiteral("0.01"));
    const QCommandLineOption lateDecisions(
        QStringLiteral("late-decisions"),
        QStringLiteral("Share of decisions made after the statutory 8 weeks, 0..1 (default: about 3 %, the "
                       "generator's own shape). Setting it changes every row's dates."),
        QStringLiteral("R"));
    parser.addOptions({rows, out, seed, defectRate, lateDecisions});
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("The kind of sample: planning."));
    if (auto exit = parseSubcommand(parser, args,
                                    QStringLiteral("Generate a deterministic sample dataset with realistic defects "
                                                   "(see docs/sample-data.md).")))
        return *exit;
    if (auto exit = expectPositionals(parser, 1, QStringLiteral("the sample kind ('planning')")))
        return *exit;
    if (parser.positionalArguments().constFirst() != QLatin1String("planning"))
        return fail(QStringLiteral("unknown sample kind '%1' (known: planning)")
                        .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(out))
        return fail(QStringLiteral("missing --out FILE (see --help)"));

    PlanningSampleOptions options;
    bool ok = false;
    options.rows = parser.value(rows).toLongLong(&ok);
    if (!ok || options.rows < 0)
        return fail(QStringLiteral("--rows expects a whole number >= 0, not '%1'").arg(parser.value(rows)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed expects a whole number >= 0, not '%1'").arg(parser.value(seed)));
    options.defectRate = parser.value(defectRate).toDouble(&ok);
    if (!ok || options.defectRate < 0 || options.defectRate > 1)
        return fail(
            QStringLiteral("--defect-rate expects a number from 0 to 1, not '%1'").arg(parser.value(defectRate)));
    if (parser.isSet(lateDecisions)) {
        options.lateDecisionRate = parser.value(lateDecisions).toDouble(&ok);
        if (!ok || options.lateDecisionRate < 0 || options.lateDecisionRate > 1)
            return fail(QStringLiteral("--late-decisions expects a number from 0 to 1, not '%1'")
                            .arg(parser.value(lateDecisions)));
    }

    QElapsedTimer timer;
    timer.start();
    NullProgress progress;
    PlanningSampleReport report;
    if (const auto error = writePlanningSample(parser.value(out), options, progress, &report))
        return fail(error->toString());
    QTextStream(stderr) << "plumbline-cli: wrote " << report.rows << " rows (" << report.bytes << " bytes, "
                        << report.defects.size() << " with a defect) to " << parser.value(out) << " in "
                        << QString::number(double(timer.elapsed()) / 1000.0, 'f', 2) << " s\n";
    return Success;
}

} // namespace plumbline::cli
