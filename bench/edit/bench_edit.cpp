// Edit latency on a big register: how long one cell edit takes until the grid's model has announced the new
// value and the findings of the edited record (row-local rules) are current, how long the set rules take to
// catch up in the background, and what a 50,000-cell fix and its undo cost in time and memory.
//
// Usage: plumbline-bench-edit [FILE] [--edits N] [--settled N] [--pack P]... [--table T --columns a,b,c]
// (FILE: a planning register, or any file Plumbline reads; default: a generated 1,000,000-row register). --pack
// replaces the planning-application pack (repeat it for several); --table and --columns choose what is edited,
// with values copied from other rows of the same column (ids and dates that make and mend cross-row findings).
// --settled N: N more edits, each timed until every finding is current (set rules' background re-run included).
// Prints a Markdown table. Run through bench/bench_edit.sh.
#include "document/document.h"
#include "huge_page_malloc.h"
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
    // As the window does (app/gui/main.cpp), so that this measures what a user gets.
    plumbline::restartWithHugePageMalloc(argc, argv, plumbline::HugePageRestart::Always);
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const char* name) {
        QString value;
        if (const qsizetype at = args.indexOf(QLatin1String(name)); at >= 0 && at + 1 < args.size()) {
            value = args[at + 1];
            args.remove(at, 2);
        }
        return value;
    };
    const QString editsText = option("--edits");
    const int edits = editsText.isEmpty() ? 1000 : editsText.toInt();
    const int settled = option("--settled").toInt();
    QStringList packs;
    for (QString pack = option("--pack"); !pack.isEmpty(); pack = option("--pack"))
        packs << pack;
    const QString tableName = option("--table");
    const QStringList editColumns = option("--columns").split(u',', Qt::SkipEmptyParts);
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
    int tableIndex = 0;
    for (std::size_t t = 0; t < dataset->tables.size(); ++t)
        if (dataset->tables[t]->name() == tableName)
            tableIndex = int(t);
    const std::size_t rows = dataset->tables[std::size_t(tableIndex)]->rowCount();
    out << "rows: " << rows << ", loaded in " << clock.elapsed() << " ms\n";

    Document doc(dataset);
    TableModel model; // the grid's model, so its slots run as they do in the GUI
    model.setDocument(&doc, tableIndex);
    ValidationSetup setup;
    setup.packs = packs.isEmpty() ? QStringList{QStringLiteral("planning-application")} : packs;
    setup.today = QDate(2025, 6, 1);
    setup.keepIndexes = true; // as the GUI does: unique and duplicate rows update by key index
    doc.setValidationSetup(setup);
    clock.restart();
    if (!doc.validateNow(progress))
        return 2;
    out << "full validation: " << clock.elapsed() << " ms, " << doc.findings()->size() << " findings\n";

    // Random edits of cells that rules look at, with values that make and mend findings.
    const Table& table = doc.table(tableIndex);
    std::vector<int> columns;
    QStringList names = editColumns;
    if (names.isEmpty())
        for (const char* name : {"reference", "planning-decision", "decision-date", "start-date", "postcode", "uprn",
                                 "point", "planning-application-status", "documentation-url", "name"})
            names << QLatin1String(name);
    for (const QString& name : names)
        if (const int c = table.columnIndex(name); c >= 0)
            columns.push_back(c);
    if (columns.empty() || rows == 0) {
        QTextStream(stderr) << "no column to edit\n";
        return 2;
    }
    const std::vector<std::string> values = {"granted", "Approve", "",         "2020-02-30",  "2021-03-04",
                                             " x ",     "N/A",     "SW1A 1AA", "POINT (0 0)", "refused"};
    QRandomGenerator random(42);
    // With --columns, a value from another row of the column (a blank one time in ten).
    auto nextValue = [&](int column) {
        if (editColumns.isEmpty())
            return values[std::size_t(random.bounded(int(values.size())))];
        if (random.bounded(10) == 0)
            return std::string();
        return std::string(table.cell(std::size_t(random.bounded(int(rows))), column));
    };
    std::vector<double> editMs;
    std::vector<double> catchUpMs;
    std::vector<double> settledMs;
    for (int i = 0; i < edits + settled; ++i) {
        const RecordId record = table.recordId(random.bounded(int(rows)));
        const int column = columns[std::size_t(random.bounded(int(columns.size())))];
        const std::string value = nextValue(column);
        clock.restart();
        doc.setCell(tableIndex, record, column, value);
        if (i >= edits) { // until every finding is current, the set rules' re-run included
            doc.waitUntilChecked();
            settledMs.push_back(ms(clock));
            continue;
        }
        editMs.push_back(ms(clock));
        if (i % 100 == 0) { // now and then, how long until the set rules have caught up too
            clock.restart();
            doc.waitUntilChecked();
            catchUpMs.push_back(ms(clock));
        }
    }
    doc.waitUntilChecked();

    out << "\n| measure | value |\n|---|---|\n";
    out << "| one cell edit, findings of the record and the model updated (median of " << edits << ") | "
        << QString::number(median(editMs), 'f', 2) << " ms |\n";
    out << "| one cell edit, 90th percentile / worst | " << QString::number(percentile(editMs, 0.9), 'f', 2) << " ms / "
        << QString::number(percentile(editMs, 1.0), 'f', 2) << " ms |\n";
    out << "| set rules caught up after an edit (background, median) | " << QString::number(median(catchUpMs), 'f', 0)
        << " ms |\n";
    if (settled > 0)
        out << "| one cell edit until every finding is current (median / worst of " << settled << ") | "
            << QString::number(median(settledMs), 'f', 1) << " ms / "
            << QString::number(percentile(settledMs, 1.0), 'f', 1) << " ms |\n";
    out.flush();

    // A quick fix over 50,000 cells, and its undo (planning registers: the description column).
    const int description = table.columnIndex(QStringLiteral("description"));
    if (description < 0)
        return 0;
    CellChanges fix;
    for (std::size_t r = 0; r < rows && fix.size() < 50000; r += std::max<std::size_t>(1, rows / 50000))
        fix.push_back({table.recordId(r), description, std::string(table.cell(r, description)) + " (fixed)"});
    const std::size_t overlayBefore = table.overlay().memoryUsage();
    clock.restart();
    doc.applyChanges(tableIndex, fix, QStringLiteral("Fix 50,000 cells"));
    const double fixSync = ms(clock);
    doc.waitUntilChecked();
    const double fixAll = ms(clock);
    const std::size_t overlayAfter = table.overlay().memoryUsage();
    clock.restart();
    doc.undoStack()->undo();
    const double undoSync = ms(clock);
    doc.waitUntilChecked();
    const double undoAll = ms(clock);

    out << "| 50,000-cell fix applied, row-local findings current | " << QString::number(fixSync, 'f', 0) << " ms |\n";
    out << "| 50,000-cell fix, set rules caught up too | " << QString::number(fixAll, 'f', 0) << " ms |\n";
    out << "| undo of that fix / with set rules | " << QString::number(undoSync, 'f', 0) << " ms / "
        << QString::number(undoAll, 'f', 0) << " ms |\n";
    out << "| edit overlay for 50,000 cells | "
        << QString::number(double(overlayAfter - overlayBefore) / 1048576.0, 'f', 1) << " MB |\n";
    return 0;
}
