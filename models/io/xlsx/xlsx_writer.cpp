#include "io/xlsx/xlsx_writer.h"

#include "io/atomic_replace.h"
#include "io/xlsx/excel_date.h"
#include "io/xlsx/number_text.h"
#include "io/xlsx/xlsx_text.h"

#include <QFile>
#include <QSet>

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

namespace plumbline {

namespace {

constexpr std::size_t kConstantMemoryCells = 1'000'000;
constexpr std::size_t kMaxStringBytes = 32767; // Excel's limit is in characters; checked precisely below

bool digits(std::string_view s, std::size_t at, std::size_t n, int& value)
{
    value = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

bool validDate(int y, int m, int d)
{
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return false;
    return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

/// The Excel serial of "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS", or a negative number. timed tells which.
double isoSerial(std::string_view s, bool& timed)
{
    int y, mo, d, h = 0, mi = 0, se = 0;
    if (s.size() != 10 && s.size() != 19)
        return -1;
    if (!digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' || !digits(s, 8, 2, d) ||
        !validDate(y, mo, d))
        return -1;
    timed = s.size() == 19;
    if (timed && (s[10] != 'T' || !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':' ||
                  !digits(s, 17, 2, se) || h > 23 || mi > 59 || se > 59))
        return -1;
    return excelSerialFromDate(y, mo, d, h, mi, se);
}

std::size_t utf8Length(std::string_view s)
{
    std::size_t n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

/// Excel counts string length in UTF-16 code units.
std::size_t utf16Length(std::string_view s)
{
    std::size_t n = 0;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        n += (b & 0xC0) != 0x80;
        n += (b & 0xF8) == 0xF0; // four-byte sequences are surrogate pairs
    }
    return n;
}

/// libxlsxwriter prints numbers with "%.16G", so a value whose shortest form needs 17 significant digits
/// (0.30000000000000004) would come back changed; such cells are written as text.
bool survivesSixteenDigits(std::string_view canonical, double value)
{
    int digits = 0;
    bool leading = true;
    for (const char c : canonical) {
        if (c == 'e')
            break;
        if (c < '0' || c > '9')
            continue;
        if (leading && c == '0')
            continue;
        leading = false;
        ++digits;
    }
    if (digits <= 15)
        return true;
    char printed[40];
    std::snprintf(printed, sizeof printed, "%.16G", value);
    const auto back = parseNumber(printed);
    return back && *back == value;
}

/// Whether "_xHHHH_" (or "_XHHHH_") at text[i] would be decoded by a reader as an escaped character.
bool ooxmlEscapeAt(std::string_view text, std::size_t i)
{
    return i + 7 <= text.size() && text[i] == '_' && (text[i + 1] == 'x' || text[i + 1] == 'X') && text[i + 6] == '_' &&
           std::all_of(text.begin() + std::ptrdiff_t(i + 2), text.begin() + std::ptrdiff_t(i + 6),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

/// Whether text needs escapeOoxml(): it holds an "_xHHHH_" sequence a reader would decode, or a NUL, which
/// XML cannot hold and libxlsxwriter (C strings) would take for the end of the text.
bool hasOoxmlEscape(std::string_view text)
{
    if (text.find('\0') != std::string_view::npos)
        return true;
    for (std::size_t i = text.find('_'); i != std::string_view::npos; i = text.find('_', i + 1))
        if (ooxmlEscapeAt(text, i))
            return true;
    return false;
}

/// Escapes the underscore of every "_xHHHH_" as "_x005F_" so the text reads back literally, and writes NUL as
/// "_x0000_", as Excel does for control characters (ECMA-376 ST_Xstring), so the cell keeps it.
void escapeOoxml(std::string_view text, std::string& out)
{
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\0')
            out.append("_x0000_");
        else if (ooxmlEscapeAt(text, i))
            out.append("_x005F_");
        else
            out.push_back(text[i]);
    }
}

enum class ColumnMode { Text, Number, Date, Boolean };

ColumnMode modeOf(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
        return ColumnMode::Number;
    case ColumnType::Date:
    case ColumnType::DateTime:
        return ColumnMode::Date;
    case ColumnType::Boolean:
        return ColumnMode::Boolean;
    default:
        return ColumnMode::Text;
    }
}

class WorkbookWriter
{
public:
    WorkbookWriter(const Dataset& dataset, QString path, const XlsxWriteOptions& options, Progress& progress)
        : m_dataset(dataset), m_path(std::move(path)), m_options(options), m_progress(progress)
    {
    }

    std::optional<Error> write(const QString& tempPath);

private:
    std::optional<Error> writeTable(const Table& table, lxw_worksheet* sheet);
    Error error(const QString& message) const { return Error{m_path, 0, 0, message}; }

    const Dataset& m_dataset;
    QString m_path;
    XlsxWriteOptions m_options;
    Progress& m_progress;
    lxw_workbook* m_workbook = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    std::size_t m_rowsDone = 0;
    std::size_t m_rowsTotal = 0;
    std::string m_buffer;
};

std::optional<Error> WorkbookWriter::write(const QString& tempPath)
{
    std::size_t cells = 0;
    for (const auto& table : m_dataset.tables) {
        if (table->rowCount() + 1 > kExcelMaxRows)
            return error(QStringLiteral("Table %1 has %2 rows; an Excel sheet holds at most %3 below its header. "
                                        "Export it as CSV or SQLite instead.")
                             .arg(table->name())
                             .arg(table->rowCount())
                             .arg(kExcelMaxRows - 1));
        if (std::uint32_t(table->columnCount()) > kExcelMaxColumns)
            return error(QStringLiteral("Table %1 has %2 columns; an Excel sheet holds at most %3.")
                             .arg(table->name())
                             .arg(table->columnCount())
                             .arg(kExcelMaxColumns));
        cells += table->rowCount() * std::size_t(table->columnCount());
        m_rowsTotal += table->rowCount();
    }

    const QByteArray file = QFile::encodeName(tempPath);
    lxw_workbook_options options{};
    options.constant_memory = m_options.constantMemory.value_or(cells > kConstantMemoryCells) ? LXW_TRUE : LXW_FALSE;
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook)
        return error(QStringLiteral("Cannot create the workbook."));
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");

    std::vector<QString> names;
    for (const auto& table : m_dataset.tables)
        names.push_back(table->name());
    const std::vector<QString> sheetNames = xlsxSheetNames(names);
    std::optional<Error> failure;
    for (std::size_t i = 0; i < m_dataset.tables.size() && !failure; ++i) {
        const QByteArray name = sheetNames[i].toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, name.constData());
        if (!sheet)
            failure = error(QStringLiteral("Cannot add a worksheet named %1.").arg(sheetNames[i]));
        else
            failure = writeTable(*m_dataset.tables[i], sheet);
    }
    if (m_dataset.tables.empty())
        workbook_add_worksheet(m_workbook, nullptr);     // a workbook needs one sheet
    const lxw_error closed = workbook_close(m_workbook); // frees the workbook even after a failure
    if (failure)
        return failure;
    if (closed != LXW_NO_ERROR)
        return error(QStringLiteral("Cannot write the workbook: %1.").arg(QString::fromUtf8(lxw_strerror(closed))));
    return std::nullopt;
}

std::optional<Error> WorkbookWriter::writeTable(const Table& table, lxw_worksheet* sheet)
{
    const int columns = table.columnCount();
    const auto cellError = [&](std::size_t row, int column, const QString& message) {
        return Error{m_path, qint64(row) + 2, column + 1,
                     QStringLiteral("%1 (table %2, column %3): %4")
                         .arg(cellName(table.name(), std::uint32_t(column), std::uint32_t(row + 2)), table.name(),
                              table.columnName(column), message)};
    };
    const auto put = [&](std::size_t row, int column, std::string_view text,
                         lxw_format* format) -> std::optional<Error> {
        if (text.size() > kMaxStringBytes && utf16Length(text) > kMaxStringBytes)
            return cellError(row, column,
                             QStringLiteral("the text is %1 characters long; an Excel cell holds at most 32,767.")
                                 .arg(utf16Length(text)));
        if (hasOoxmlEscape(text))
            escapeOoxml(text, m_buffer);
        else
            m_buffer.assign(text);
        const lxw_error e =
            worksheet_write_string(sheet, lxw_row_t(row + 1), lxw_col_t(column), m_buffer.c_str(), format);
        if (e != LXW_NO_ERROR)
            return cellError(row, column, QString::fromUtf8(lxw_strerror(e)));
        return std::nullopt;
    };

    std::vector<ColumnMode> modes(std::size_t(columns), ColumnMode::Text);
    for (int c = 0; c < columns; ++c) {
        modes[std::size_t(c)] = modeOf(table.columnType(c));
        const QByteArray header = table.columnName(c).toUtf8();
        // Column width from the header and the first rows, in characters (Excel's unit), within sane bounds.
        std::size_t width = utf8Length(std::string_view(header.data(), std::size_t(header.size())));
        for (std::size_t r = 0; r < std::min<std::size_t>(table.rowCount(), 200); ++r)
            width = std::max(width, utf8Length(table.cell(r, c)));
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(std::clamp<std::size_t>(width + 2, 8, 60)),
                             nullptr);
        if (auto failed = put(std::size_t(-1), c, std::string_view(header.data(), std::size_t(header.size())), m_bold))
            return failed;
    }
    worksheet_freeze_panes(sheet, 1, 0);

    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        if ((r & 1023) == 0) {
            m_progress.report(qint64(m_rowsDone + r), qint64(m_rowsTotal));
            if (m_progress.canceled())
                return error(QStringLiteral("Writing was canceled."));
        }
        const auto row = lxw_row_t(r + 1);
        for (int c = 0; c < columns; ++c) {
            const std::string_view text = table.cell(r, c);
            if (text.empty())
                continue;
            const auto col = lxw_col_t(c);
            switch (modes[std::size_t(c)]) {
            case ColumnMode::Number:
                if (isCanonicalNumber(text)) {
                    const double value = *parseNumber(text);
                    if (survivesSixteenDigits(text, value)) {
                        worksheet_write_number(sheet, row, col, value, nullptr);
                        continue;
                    }
                }
                break;
            case ColumnMode::Date: {
                bool timed = false;
                const double serial = isoSerial(text, timed);
                if (serial > 0) {
                    worksheet_write_number(sheet, row, col, serial, timed ? m_dateTime : m_date);
                    continue;
                }
                break;
            }
            case ColumnMode::Boolean:
                if (text == "true" || text == "false") {
                    worksheet_write_boolean(sheet, row, col, text == "true", nullptr);
                    continue;
                }
                break;
            case ColumnMode::Text:
                break;
            }
            if (auto failed = put(r, c, text, nullptr))
                return failed;
        }
    }
    m_rowsDone += table.rowCount();
    return std::nullopt;
}

} // namespace

std::vector<QString> xlsxSheetNames(const std::vector<QString>& tableNames)
{
    std::vector<QString> out;
    QSet<QString> used; // lower-case: Excel compares sheet names ignoring case
    for (std::size_t i = 0; i < tableNames.size(); ++i) {
        QString name = tableNames[i];
        for (QChar& c : name)
            if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
                c = QLatin1Char('_');
        while (name.startsWith(QLatin1Char('\'')))
            name.remove(0, 1);
        while (name.endsWith(QLatin1Char('\'')))
            name.chop(1);
        name = name.trimmed();
        if (name.isEmpty())
            name = QStringLiteral("Sheet%1").arg(i + 1);
        if (name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
            name += QLatin1Char('_'); // reserved by Excel
        const auto cut = [](const QString& text, qsizetype limit) {
            // Count code points, not UTF-16 units, and never split a surrogate pair.
            qsizetype units = 0, points = 0;
            while (units < text.size() && points < limit) {
                units += text.at(units).isHighSurrogate() && units + 1 < text.size() ? 2 : 1;
                ++points;
            }
            return text.left(units);
        };
        const QString base = cut(name, 31);
        name = base;
        for (int n = 2; used.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = cut(base, 31 - suffix.size()) + suffix;
        }
        used.insert(name.toLower());
        out.push_back(name);
    }
    return out;
}

std::optional<Error> writeXlsx(const Dataset& dataset, const QString& path, Progress& progress)
{
    return writeXlsx(dataset, path, XlsxWriteOptions{}, progress);
}

std::optional<Error> writeXlsx(const Dataset& dataset, const QString& path, const XlsxWriteOptions& options,
                               Progress& progress)
{
    if (auto failed = replaceAtomically(path, [&](const QString& tempPath) {
            return WorkbookWriter(dataset, path, options, progress).write(tempPath);
        }))
        return failed;
    progress.report(1, 1);
    return std::nullopt;
}

} // namespace plumbline
