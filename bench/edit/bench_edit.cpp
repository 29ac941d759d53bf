// Edit latency on a big register: how long one cell edit takes until the grid's model has announced the new
// value and the findings of the edited record (row-local rules) are current, how long the set rules take to
// catch up in the background, and what a 50,000-cell fix and its undo cost in time and memory.
//
// Usage: plumbline-bench-edit [FILE] [--edits N]    (FILE: a planning register; default: a generated
// 1,000,000-row one). Prints a Markdown table. Run through bench/bench_edit.sh.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "io/dataset_reader.h"
#include "itemmodels/table_model.h"
#include "sample/planning_sample_generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace plumbline;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int edits = 1000;
    if (const qsizetype at = args.indexOf(QStringLiteral("--edits")); at >= 0 && at + 1 < args.size()) {
        edits = args[at + 1].toInt();
        args.remove(at, 2);
    }
    QTextStream out(stdout);
    NullProgress progress;
    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<Dataset> dataset;
    if (!args.isEmpty()) {
        auto read = readDataset(args.first(), ReadOptions{}, progress);
        if (!read) {
            QTextStream(stderr) << read.error().toString() << '\n';
            return 2;
        }
        dataset = std::make_shared<Dataset>(std::move(read).value());
    } else {
        PlanningSampleOptions options;
        options.rows = 1000000;
        options.seed = 1;
        auto read = readCsvBytes(generatePlanningSample(options), QStringLiteral("planning.csv"), {}, progress);
        dataset = std::make_shared<Dataset>(std::move(read).value());
    }
    const std::size_t rows = dataset->tables.front()->rowCount();
    out << "rows: " << rows << ", loaded in " << clock.elapsed() << " ms\n";

    Document doc(dataset);
    TableModel model; // the grid's model, so its slots run as they do in the GUI
    model.setDocument(&doc, 0);
    ValidationSetup setup;
    setup.packs << QStringLiteral("planning-application");
    setup.today = QDate(2025, 6, 1);
    doc.setValidationSetup(setup);
    clock.restart();
    if (!doc.validateNow(progress))
        return 2;
    out << "full validation: " << clock.elapsed() << " ms, " << doc.findings()->size() << " findings\n";

    // Random edits of cells that rules look at, with values that make and mend findings.
    const Table& table = doc.table(0);
    std::vector<int> columns;
    for (const char* name : {"reference", "planning-decision", "decision-date", "start-date", "postcode", "uprn",
                             "point", "planning-application-status", "documentation-url", "name"})
        if (const int c = table.columnIndex(QLatin1String(name)); c >= 0)
            columns.push_back(c);
    const std::vector<std::string> values = {"granted", "Approve", "",         "2020-02-30",  "2021-03-04",
                                             " x ",     "N/A",     "SW1A 1AA", "POINT (0 0)", "refused"};
    QRandomGenerator random(42);
    std::vector<double> editMs;
    std::vector<double> catchUpMs;
    for (int i = 0; i < edits; ++i) {
        const RecordId record = table.recordId(random.bounded(int(rows)));
        const int column = columns[std::size_t(random.bounded(int(columns.size())))];
        const std::string value = values[std::size_t(random.bounded(int(values.size())))];
        clock.restart();
        doc.setCell(0, record, column, value);
        editMs.push_back(ms(clock));
        if (i % 100 == 0) { // now and then, how long until the set rules have caught up too
            clock.restart();
            doc.waitUntilChecked();
            catchUpMs.push_back(ms(clock));
        }
    }
    doc.waitUntilChecked();

    // A quick fix over 50,000 cells, and its undo.
    const int description = table.columnIndex(QStringLiteral("description"));
    CellChanges fix;
    for (std::size_t r = 0; r < rows && fix.size() < 50000; r += std::max<std::size_t>(1, rows / 50000))
        fix.push_back({table.recordId(r), description, std::string(table.cell(r, description)) + " (fixed)"});
    const std::size_t overlayBefore = table.overlay().memoryUsage();
    clock.restart();
    doc.applyChanges(0, fix, QStringLiteral("Fix 50,000 cells"));
    const double fixSync = ms(clock);
    doc.waitUntilChecked();
    const double fixAll = ms(clock);
    const std::size_t overlayAfter = table.overlay().memoryUsage();
    clock.restart();
    doc.undoStack()->undo();
    const double undoSync = ms(clock);
    doc.waitUntilChecked();
    const double undoAll = ms(clock);

    out << "\n| measure | value |\n|---|---|\n";
    out << "| one cell edit, findings of the record and the model updated (median of " << edits << ") | "
        << QString::number(median(editMs), 'f', 2) << " ms |\n";
    out << "| one cell edit, 90th percentile / worst | " << QString::number(percentile(editMs, 0.9), 'f', 2) << " ms / "
        << QString::number(percentile(editMs, 1.0), 'f', 2) << " ms |\n";
    out << "| set rules caught up after an edit (background, median) | " << QString::number(median(catchUpMs), 'f', 0)
        << " ms |\n";
    out << "| 50,000-cell fix applied, row-local findings current | " << QString::number(fixSync, 'f', 0) << " ms |\n";
    out << "| 50,000-cell fix, set rules caught up too | " << QString::number(fixAll, 'f', 0) << " ms |\n";
    out << "| undo of that fix / with set rules | " << QString::number(undoSync, 'f', 0) << " ms / "
        << QString::number(undoAll, 'f', 0) << " ms |\n";
    out << "| edit overlay for 50,000 cells | "
        << QString::number(double(overlayAfter - overlayBefore) / 1048576.0, 'f', 1) << " MB |\n";
    return 0;
}
