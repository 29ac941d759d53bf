#include "io/xlsx/xlsx_sheet_reader.h"

#include "io/xlsx/excel_date.h"
#include "io/xlsx/number_text.h"
#include "io/xlsx/xlsx_archive.h"
#include "io/xlsx/xlsx_parts.h"
#include "io/xlsx/xlsx_shared_strings.h"
#include "io/xlsx/xlsx_sheet_builder.h"
#include "io/xlsx/xlsx_text.h"
#include "io/xlsx/xlsx_xml_scanner.h"

#include <charconv>
#include <string>

namespace plumbline {

namespace {

enum class CellKind { Number, Shared, Inline, Boolean, Error, String, Date };

bool parseUint(std::string_view text, std::uint32_t& value)
{
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

/// Receives the scanner's events for one worksheet and feeds the cells to the builder.
class SheetHandler
{
public:
    SheetHandler(const XlsxWorkbookInfo& info, const XlsxSharedStrings& strings, XlsxSheetBuilder& builder)
        : m_info(info), m_strings(strings), m_builder(builder)
    {
    }

    bool start(std::string_view name, std::string_view attributes, bool selfClosing)
    {
        if (!m_inSheetData) {
            if (name == "sheetData") {
                m_sawSheetData = true;
                m_inSheetData = !selfClosing;
                m_closedSheetData = selfClosing;
            }
            return true;
        }
        if (name == "c") {
            if (!startCell(attributes))
                return false;
            if (selfClosing)
                ++m_column; // a styled empty cell
            else
                m_inCell = true;
        } else if (name == "v") {
            m_capture = m_inCell && !selfClosing;
        } else if (name == "row") {
            return startRow(attributes);
        } else if (name == "is") {
            m_inInline = m_inCell && !selfClosing;
            m_phonetic = 0;
        } else if (name == "t") {
            m_capture = m_inInline && m_phonetic == 0 && !selfClosing;
        } else if (name == "rPh") {
            m_phonetic += m_inInline && !selfClosing;
        }
        return true;
    }

    bool end(std::string_view name)
    {
        if (!m_inSheetData)
            return true;
        if (name == "c") {
            m_capture = false;
            m_inCell = false;
            if (!emitCell())
                return false;
            ++m_column;
        } else if (name == "v" || name == "t") {
            m_capture = false;
        } else if (name == "is") {
            m_inInline = false;
        } else if (name == "rPh") {
            m_phonetic -= m_phonetic > 0;
        } else if (name == "sheetData") {
            m_inSheetData = false;
            m_closedSheetData = true;
        }
        return true;
    }

    bool text(std::string_view raw)
    {
        if (m_capture && !appendXmlText(m_raw, raw))
            return fail(QStringLiteral("the cell's text holds an unknown or malformed &entity;"));
        return true;
    }

    bool cdata(std::string_view text)
    {
        if (m_capture)
            m_raw.append(text);
        return true;
    }

    /// Where the problem is: 1-based row and 0-based column of the current cell.
    std::uint32_t row() const { return m_cellRow; }
    std::uint32_t column() const { return m_column; }
    const QString& problem() const { return m_problem; }
    bool complete() const { return m_closedSheetData || !m_sawSheetData; }

private:
    bool fail(QString message)
    {
        m_problem = std::move(message);
        return false;
    }

    bool startRow(std::string_view attributes)
    {
        const std::string_view r = XmlChunkScanner::attribute(attributes, "r");
        std::uint32_t number = m_row + 1;
        m_column = 0;
        const bool parsed = r.empty() || parseUint(r, number);
        if (!parsed || number == 0 || number > kExcelMaxRows) {
            // The error names the row itself, or the place it has in the sheet when its number is unusable.
            m_cellRow = parsed && number > 0 ? number : m_row + 1;
            const QString text = QString::fromUtf8(r.data(), qsizetype(r.size()));
            if (r.empty() && number > kExcelMaxRows)
                return fail(QStringLiteral("the sheet has more rows than Excel's 1,048,576"));
            if (parsed && number > kExcelMaxRows)
                return fail(QStringLiteral("the row number \"%1\" is past Excel's last row, 1,048,576").arg(text));
            return fail(QStringLiteral("the row number \"%1\" is not valid").arg(text));
        }
        m_row = m_cellRow = number;
        m_column = 0;
        return true;
    }

    /// For an error about a reference Excel cannot have ("B1048577", "XFE2"): points the position at the row
    /// and column it names, as far as they are numbers at all, so the message does not name another cell.
    void pointAtReference(std::string_view ref)
    {
        std::size_t letters = 0;
        while (letters < ref.size() &&
               ((ref[letters] >= 'A' && ref[letters] <= 'Z') || (ref[letters] >= 'a' && ref[letters] <= 'z')))
            ++letters;
        std::uint32_t column = 0, row = 0;
        if (parseCellReference(std::string(ref.substr(0, letters)) + "1", column, row))
            m_column = column;
        if (std::uint32_t number = 0; parseUint(ref.substr(letters), number) && number > 0)
            m_cellRow = number;
    }

    bool startCell(std::string_view attributes)
    {
        std::string_view ref, type, style;
        // One pass over the attributes: r, t and s are all a cell has that matters.
        std::size_t i = 0;
        while (i < attributes.size()) {
            while (i < attributes.size() &&
                   (attributes[i] == ' ' || attributes[i] == '\t' || attributes[i] == '\n' || attributes[i] == '\r'))
                ++i;
            const std::size_t nameStart = i;
            while (i < attributes.size() && attributes[i] != '=')
                ++i;
            if (i + 1 >= attributes.size())
                break;
            std::string_view attrName = attributes.substr(nameStart, i - nameStart);
            while (!attrName.empty() && attrName.back() == ' ')
                attrName.remove_suffix(1);
            ++i;
            while (i < attributes.size() && attributes[i] == ' ')
                ++i;
            if (i >= attributes.size())
                break;
            const char quote = attributes[i];
            const std::size_t close = attributes.find(quote, i + 1);
            if ((quote != '"' && quote != '\'') || close == std::string_view::npos)
                return fail(QStringLiteral("a cell's attributes are malformed"));
            const std::string_view value = attributes.substr(i + 1, close - i - 1);
            if (attrName == "r")
                ref = value;
            else if (attrName == "t")
                type = value;
            else if (attrName == "s")
                style = value;
            i = close + 1;
        }
        m_cellRow = m_row;
        if (!ref.empty()) {
            std::uint32_t refColumn = 0, refRow = 0;
            if (!parseCellReference(ref, refColumn, refRow)) {
                pointAtReference(ref);
                return fail(QStringLiteral("the cell reference \"%1\" is not a cell Excel can have")
                                .arg(QString::fromUtf8(ref.data(), qsizetype(ref.size()))));
            }
            m_column = refColumn;
            m_cellRow = refRow;
        }
        if (m_cellRow == 0)
            m_cellRow = m_row = 1; // cells outside any <row>: treat as the first row
        if (m_column >= kExcelMaxColumns)
            return fail(QStringLiteral("the row has more cells than Excel's 16,384 columns"));
        m_kind = type.empty() || type == "n" ? CellKind::Number
                 : type == "s"               ? CellKind::Shared
                 : type == "inlineStr"       ? CellKind::Inline
                 : type == "b"               ? CellKind::Boolean
                 : type == "e"               ? CellKind::Error
                 : type == "d"               ? CellKind::Date
                                             : CellKind::String;
        m_dateKind = ExcelDateKind::None;
        std::uint32_t styleIndex = 0;
        if (!style.empty() && parseUint(style, styleIndex) && styleIndex < m_info.styleDateKinds.size())
            m_dateKind = m_info.styleDateKinds[styleIndex];
        m_raw.clear();
        return true;
    }

    bool put(std::string_view value)
    {
        const QString problem = m_builder.put(m_cellRow, m_column, value);
        return problem.isEmpty() || fail(problem);
    }

    bool emitCell()
    {
        const std::string_view text = m_raw;
        switch (m_kind) {
        case CellKind::Number: {
            if (text.empty())
                return true;
            // Most cells already hold their canonical integer text: skip the double round trip.
            if (m_dateKind == ExcelDateKind::None && text.size() < 16 && text.front() != '0' &&
                text.find_first_not_of("0123456789") == std::string_view::npos)
                return put(text);
            const auto number = parseNumber(text);
            if (!number)
                return isValidUtf8(text) ? put(text) : fail(QStringLiteral("the cell is not valid UTF-8"));
            std::size_t n = 0;
            if (m_dateKind != ExcelDateKind::None)
                n = formatExcelSerial(*number, m_info.date1904, m_dateKind, m_buffer);
            if (n == 0)
                n = formatNumber(*number, m_buffer);
            return put(std::string_view(m_buffer, n));
        }
        case CellKind::Shared: {
            std::uint32_t index = 0;
            if (!parseUint(text, index) || index >= m_strings.size())
                return fail(QStringLiteral("the cell refers to shared string \"%1\", but the workbook has %2")
                                .arg(QString::fromUtf8(text.data(), qsizetype(text.size())))
                                .arg(m_strings.size()));
            const QString problem = m_builder.putShared(m_cellRow, m_column, index);
            return problem.isEmpty() || fail(problem);
        }
        case CellKind::Boolean:
            if (text == "1")
                return put("true");
            if (text == "0")
                return put("false");
            break;
        case CellKind::Inline:
        case CellKind::Error:
        case CellKind::String:
        case CellKind::Date:
            break;
        }
        if (!isValidUtf8(text))
            return fail(QStringLiteral("the cell is not valid UTF-8"));
        if (text.find("_x") == std::string_view::npos && text.find("_X") == std::string_view::npos)
            return put(text);
        m_value.clear();
        appendOoxmlText(m_value, text);
        return put(m_value);
    }

    const XlsxWorkbookInfo& m_info;
    const XlsxSharedStrings& m_strings;
    XlsxSheetBuilder& m_builder;
    bool m_inSheetData = false, m_sawSheetData = false, m_closedSheetData = false;
    bool m_inCell = false, m_inInline = false, m_capture = false;
    int m_phonetic = 0;
    std::uint32_t m_row = 0;    // 1-based sheet row of the current <row>
    std::uint32_t m_column = 0; // 0-based column of the current (or next) cell
    std::uint32_t m_cellRow = 0;
    CellKind m_kind = CellKind::Number;
    ExcelDateKind m_dateKind = ExcelDateKind::None;
    std::string m_raw, m_value;
    char m_buffer[kNumberTextCapacity + kExcelDateCapacity];
    QString m_problem;
};

} // namespace

Result<std::shared_ptr<Table>> readXlsxSheet(XlsxArchive& archive, const QString& file, const XlsxSheetRef& sheet,
                                             const XlsxWorkbookInfo& info, const XlsxSharedStrings& strings,
                                             qint64& budget, Progress& progress, qint64 progressBase,
                                             qint64 progressTotal)
{
    XlsxSheetBuilder builder(sheet.name, budget, strings);
    SheetHandler handler(info, strings, builder);
    XmlChunkScanner scanner;
    std::optional<Error> failure;
    qint64 done = progressBase;

    const auto fail = [&](const QString& message) {
        const std::uint32_t row = handler.row() ? handler.row() : 1;
        failure = Error{file, row, handler.column() + 1,
                        QStringLiteral("%1: %2").arg(cellName(sheet.name, handler.column(), row), message)};
        return false;
    };

    auto readFailure = archive.read(sheet.part, [&](QByteArrayView chunk) {
        done += chunk.size();
        progress.report(done, progressTotal);
        if (progress.canceled()) {
            failure = Error{file, 0, 0, QStringLiteral("Reading was canceled.")};
            return false;
        }
        if (done == progressBase + chunk.size() && chunk.size() >= 2 &&
            ((chunk[0] == '\xFF' && chunk[1] == '\xFE') || (chunk[0] == '\xFE' && chunk[1] == '\xFF')))
            return fail(QStringLiteral("the sheet is stored as UTF-16, which Plumbline does not read"));
        if (!scanner.feed(chunk, handler))
            return fail(handler.problem().isEmpty() ? QStringLiteral("%1 is not valid XML near byte %2: %3")
                                                          .arg(sheet.part)
                                                          .arg(scanner.offset())
                                                          .arg(scanner.error())
                                                    : handler.problem());
        return true;
    });
    if (failure)
        return *failure;
    if (readFailure)
        return *readFailure;
    if (!scanner.finish() || !handler.complete())
        return Error{
            file, 0, 0,
            QStringLiteral("Sheet %1 (%2) ends early: the file is truncated or damaged.").arg(sheet.name, sheet.part)};
    return builder.finish(file);
}

} // namespace plumbline
