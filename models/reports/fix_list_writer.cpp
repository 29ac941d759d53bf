#include "reports/fix_list_writer.h"

#include "io/atomic_replace.h"
#include "reports/report_buffer.h"
#include "table/table.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <set>

namespace plumbline {

namespace {

/// The message without its "Row 12 (reference 23/01234/FUL): " prefix, which the fix list's own row already says.
QString cellMessage(const FindingStore& store, std::size_t i)
{
    const FindingRecord& r = store.record(i);
    QString message = store.message(i);
    if (r.row == 0)
        return message;
    const QString prefix = QStringLiteral("Row %1").arg(r.row);
    if (message.startsWith(prefix + QStringLiteral(": ")))
        return message.mid(prefix.size() + 2);
    if (message.startsWith(prefix + QStringLiteral(" ("))) {
        const qsizetype end = message.indexOf(QStringLiteral("): "), prefix.size());
        if (end > 0)
            return message.mid(end + 3);
    }
    return message;
}

/// The problems of one table: per (record, column) and per record (whole-row findings), the messages in store order.
struct TableProblems
{
    std::map<std::pair<RecordId, int>, QStringList> cells;
    std::map<RecordId, QStringList> rows;
    std::set<int> columns; ///< columns with at least one problem
};

std::vector<TableProblems> collect(const Dataset& dataset, const FindingStore& store)
{
    std::vector<TableProblems> tables(dataset.tables.size());
    for (std::size_t i = 0; i < store.size(); ++i) {
        const FindingRecord& r = store.record(i);
        if (r.record == kNoRecord || r.table >= tables.size())
            continue;
        const QString text = severityName(r.severity) + QStringLiteral(": ") + cellMessage(store, i);
        TableProblems& t = tables[r.table];
        if (r.column >= 0 && r.column < dataset.tables[r.table]->columnCount()) {
            t.cells[{r.record, r.column}] << text;
            t.columns.insert(r.column);
        } else {
            t.rows[r.record] << text;
        }
    }
    return tables;
}

/// The columns of the fix list: each source column, followed by its problems column when it has problems, then
/// the row problems column. A value < 0 is a problems column: -1 - source column, or kRowProblems.
constexpr int kRowProblems = -1000000;

std::vector<int> layout(const Table& table, const TableProblems& problems)
{
    std::vector<int> out;
    for (int c = 0; c < table.columnCount(); ++c) {
        out.push_back(c);
        if (problems.columns.count(c))
            out.push_back(-1 - c);
    }
    if (!problems.rows.empty())
        out.push_back(kRowProblems);
    return out;
}

QString headerOf(const Table& table, int column)
{
    if (column == kRowProblems)
        return problemsColumnName(QStringLiteral("row"));
    return column >= 0 ? table.columnName(column) : problemsColumnName(table.columnName(-1 - column));
}

QString problemsOf(const TableProblems& problems, RecordId record, int column)
{
    if (column == kRowProblems) {
        const auto it = problems.rows.find(record);
        return it == problems.rows.end() ? QString() : it->second.join(QLatin1Char('\n'));
    }
    const auto it = problems.cells.find({record, -1 - column});
    return it == problems.cells.end() ? QString() : it->second.join(QLatin1Char('\n'));
}

const QStringList kSummaryHeader{QStringLiteral("severity"), QStringLiteral("issue type"),
                                 QStringLiteral("rule"),     QStringLiteral("what should be true"),
                                 QStringLiteral("findings"), QStringLiteral("columns"),
                                 QStringLiteral("example")};

QStringList summaryCells(const FixListRule& r)
{
    return {severityName(r.severity),
            r.issueType,
            r.rule,
            r.title,
            QString::number(r.count),
            r.columns.join(QLatin1String(", ")),
            r.example};
}

// ---------------------------------------------------------------------------------------------------- CSV

std::optional<Error> writeCsvFile(const QString& path, const std::function<void(ReportBuffer&)>& body)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, 0, 0, QStringLiteral("Cannot write the file: %1.").arg(file.errorString())};
    ReportBuffer out(file);
    body(out);
    if (!out.finish() || !file.commit())
        return Error{path, 0, 0, QStringLiteral("Cannot write the file: %1.").arg(file.errorString())};
    return std::nullopt;
}

std::optional<Error> writeCsvFixList(const QString& path, const Dataset& dataset, const FindingStore& store,
                                     Progress& progress)
{
    const auto problems = collect(dataset, store);
    const Table& table = *dataset.tables.front();
    const auto columns = layout(table, problems.front());
    if (auto failure = writeCsvFile(path, [&](ReportBuffer& out) {
            for (std::size_t i = 0; i < columns.size(); ++i) {
                if (i)
                    out.raw(",");
                out.csvField(headerOf(table, columns[i]));
            }
            out.raw("\n");
            for (std::size_t row = 0; row < table.rowCount(); ++row) {
                const RecordId record = table.recordId(row);
                for (std::size_t i = 0; i < columns.size(); ++i) {
                    if (i)
                        out.raw(",");
                    if (columns[i] >= 0)
                        out.csvField(table.cell(row, columns[i]));
                    else
                        out.csvField(problemsOf(problems.front(), record, columns[i]));
                }
                out.raw("\n");
                if ((row & 0xffff) == 0)
                    progress.report(qint64(row), qint64(table.rowCount()));
            }
        }))
        return failure;
    return writeCsvFile(fixListSummaryPath(path), [&](ReportBuffer& out) {
        for (qsizetype i = 0; i < kSummaryHeader.size(); ++i) {
            if (i)
                out.raw(",");
            out.csvField(kSummaryHeader[i]);
        }
        out.raw("\n");
        for (const auto& r : fixListSummary(store)) {
            const QStringList cells = summaryCells(r);
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (i)
                    out.raw(",");
                out.csvField(cells[i]);
            }
            out.raw("\n");
        }
    });
}

// ---------------------------------------------------------------------------------------------------- XLSX

constexpr std::size_t kExcelMaxRows = 1048575; // data rows below the header
constexpr qsizetype kExcelMaxText = 32767;

/// Sheet names Excel accepts: no []:*?/\, at most 31 characters, unique ignoring case.
QString sheetName(const QString& wanted, std::set<QString>& used)
{
    QString name = wanted;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char('_'));
    name = name.left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString candidate = name;
    for (int n = 2; used.count(candidate.toLower()); ++n)
        candidate = name.left(31 - 1 - int(QString::number(n).size())) + QLatin1Char('~') + QString::number(n);
    used.insert(candidate.toLower());
    return candidate;
}

void writeText(lxw_worksheet* sheet, std::size_t row, std::size_t column, const QString& text, lxw_format* format)
{
    if (text.isEmpty() && !format)
        return;
    const QByteArray utf8 =
        (text.size() > kExcelMaxText ? text.left(kExcelMaxText - 1) + QChar(0x2026) : text).toUtf8();
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format);
}

void writeText(lxw_worksheet* sheet, std::size_t row, std::size_t column, std::string_view text)
{
    if (text.empty())
        return;
    if (text.size() > std::size_t(kExcelMaxText)) {
        writeText(sheet, row, column, QString::fromUtf8(text.data(), qsizetype(text.size())), nullptr);
        return;
    }
    const std::string s(text);
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), s.c_str(), nullptr);
}

std::optional<Error> writeXlsxFixList(const QString& path, const Dataset& dataset, const FindingStore& store,
                                      Progress& progress)
{
    for (const auto& t : dataset.tables)
        if (t->rowCount() > kExcelMaxRows)
            return Error{path, 0, 0,
                         QStringLiteral("Table %1 has %2 rows; an Excel sheet holds at most %3. Write a CSV fix list "
                                        "instead.")
                             .arg(t->name())
                             .arg(t->rowCount())
                             .arg(kExcelMaxRows)};
    const auto problems = collect(dataset, store);
    return replaceAtomically(path, [&](const QString& tempPath) -> std::optional<Error> {
        const QByteArray file = QFile::encodeName(tempPath);
        std::size_t cells = 0;
        for (const auto& t : dataset.tables)
            cells += t->rowCount() * std::size_t(t->columnCount());
        lxw_workbook_options options{};
        options.constant_memory = cells > 1'000'000 ? LXW_TRUE : LXW_FALSE;
        options.use_zip64 = LXW_TRUE;
        lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
        if (!workbook)
            return Error{path, 0, 0, QStringLiteral("Cannot create the workbook.")};
        lxw_format* bold = workbook_add_format(workbook);
        format_set_bold(bold);
        lxw_format* problemHeader = workbook_add_format(workbook);
        format_set_bold(problemHeader);
        format_set_bg_color(problemHeader, 0xF4CCCC);
        lxw_format* problem = workbook_add_format(workbook);
        format_set_bg_color(problem, 0xFCE8E6);
        format_set_text_wrap(problem);
        format_set_font_color(problem, 0x990000);
        lxw_format* error = workbook_add_format(workbook);
        format_set_font_color(error, 0x990000);
        format_set_bold(error);

        std::set<QString> used;
        lxw_worksheet* summary =
            workbook_add_worksheet(workbook, sheetName(QStringLiteral("Summary"), used).toUtf8().constData());
        for (qsizetype c = 0; c < kSummaryHeader.size(); ++c)
            writeText(summary, 0, std::size_t(c), kSummaryHeader[c], bold);
        std::size_t line = 1;
        for (const auto& r : fixListSummary(store)) {
            const QStringList values = summaryCells(r);
            for (qsizetype c = 0; c < values.size(); ++c) {
                if (c == 4)
                    worksheet_write_number(summary, lxw_row_t(line), 4, double(r.count), nullptr);
                else
                    writeText(summary, line, std::size_t(c), values[c],
                              c == 0 && r.severity == Severity::Error ? error : nullptr);
            }
            ++line;
        }
        worksheet_freeze_panes(summary, 1, 0);
        const double widths[] = {10, 28, 26, 44, 10, 30, 90};
        for (lxw_col_t c = 0; c < 7; ++c)
            worksheet_set_column(summary, c, c, widths[c], nullptr);

        for (std::size_t t = 0; t < dataset.tables.size(); ++t) {
            const Table& table = *dataset.tables[t];
            const auto columns = layout(table, problems[t]);
            lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName(table.name(), used).toUtf8().constData());
            if (!sheet)
                break;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                writeText(sheet, 0, i, headerOf(table, columns[i]), columns[i] >= 0 ? bold : problemHeader);
                worksheet_set_column(sheet, lxw_col_t(i), lxw_col_t(i), columns[i] >= 0 ? 16 : 40, nullptr);
            }
            for (std::size_t row = 0; row < table.rowCount(); ++row) {
                const RecordId record = table.recordId(row);
                for (std::size_t i = 0; i < columns.size(); ++i) {
                    if (columns[i] >= 0) {
                        writeText(sheet, row + 1, i, table.cell(row, columns[i]));
                    } else {
                        const QString text = problemsOf(problems[t], record, columns[i]);
                        if (!text.isEmpty())
                            writeText(sheet, row + 1, i, text, problem);
                    }
                }
                if ((row & 0xffff) == 0)
                    progress.report(qint64(row), qint64(table.rowCount()));
            }
            worksheet_freeze_panes(sheet, 1, 0);
        }
        const lxw_error closed = workbook_close(workbook);
        if (closed != LXW_NO_ERROR)
            return Error{path, 0, 0,
                         QStringLiteral("Cannot write the workbook: %1.").arg(QString::fromUtf8(lxw_strerror(closed)))};
        return std::nullopt;
    });
}

} // namespace

QString problemsColumnName(const QString& column)
{
    return column + QStringLiteral(" — problems");
}

QString fixListSummaryPath(const QString& csvPath)
{
    QString base = csvPath;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return base + QStringLiteral("-summary.csv");
}

std::vector<FixListRule> fixListSummary(const FindingStore& store)
{
    std::vector<FixListRule> rules(store.rules().size());
    std::vector<std::set<std::pair<std::uint16_t, int>>> columns(store.rules().size());
    for (std::size_t i = 0; i < store.size(); ++i) {
        const FindingRecord& r = store.record(i);
        FixListRule& rule = rules[r.rule];
        if (rule.count == 0) {
            rule.example = store.message(i);
            rule.severity = r.severity;
        }
        rule.severity = std::max(rule.severity, r.severity);
        ++rule.count;
        if (r.column >= 0)
            columns[r.rule].insert({r.table, r.column});
    }
    std::vector<FixListRule> out;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].count == 0)
            continue;
        FixListRule r = rules[i];
        const RuleInfo& info = store.rules()[i];
        r.rule = info.id;
        r.issueType = info.issueType;
        r.title = info.title;
        for (const auto& [table, column] : columns[i]) {
            const QString name = store.tables()[table].columns.value(column);
            if (!r.columns.contains(name))
                r.columns << name;
        }
        out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(), [](const FixListRule& a, const FixListRule& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.count > b.count;
    });
    return out;
}

std::optional<Error> writeFixList(const QString& path, const Dataset& dataset, const FindingStore& store,
                                  Progress& progress)
{
    if (dataset.tables.empty())
        return Error{path, 0, 0, QStringLiteral("There is no table to write.")};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsxFixList(path, dataset, store, progress);
    if (suffix == QLatin1String("csv"))
        return writeCsvFixList(path, dataset, store, progress);
    return Error{path, 0, 0, QStringLiteral("A fix list is an .xlsx workbook or a .csv file, not '.%1'.").arg(suffix)};
}

} // namespace plumbline
