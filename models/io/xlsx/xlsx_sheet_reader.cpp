#include "io/xlsx/xlsx_sheet_reader.h"

#include "io/xlsx/excel_date.h"
#include "io/xlsx/number_text.h"
#include "io/xlsx/xlsx_archive.h"
#include "io/xlsx/xlsx_parts.h"
#include "io/xlsx/xlsx_shared_strings.h"
#include "io/xlsx/xlsx_sheet_builder.h"
#include "io/xlsx/xlsx_text.h"

#include <QStringEncoder>
#include <QXmlStreamReader>

#include <charconv>
#include <string>

namespace plumbline {

namespace {

void appendUtf16(std::string& out, QStringView text, QStringEncoder& encoder)
{
    const std::size_t at = out.size();
    out.resize(at + std::size_t(encoder.requiredSpace(text.size())));
    char* end = encoder.appendToBuffer(out.data() + at, text);
    out.resize(std::size_t(end - out.data()));
}

std::uint32_t toUint(QStringView text, bool& ok)
{
    const uint value = text.toUInt(&ok);
    return std::uint32_t(value);
}

} // namespace

Result<std::shared_ptr<Table>> readXlsxSheet(XlsxArchive& archive, const QString& file, const XlsxSheetRef& sheet,
                                             const XlsxWorkbookInfo& info, const XlsxSharedStrings& strings,
                                             qint64& budget, Progress& progress, qint64 progressBase,
                                             qint64 progressTotal)
{
    XlsxSheetBuilder builder(sheet.name, budget);
    QXmlStreamReader xml;
    QStringEncoder encoder(QStringEncoder::Utf8);
    std::optional<Error> failure;
    qint64 done = progressBase;

    // Cell state while inside <c>.
    std::uint32_t row = 0;    // 1-based sheet row of the current <row>
    std::uint32_t column = 0; // 0-based column of the current or next cell
    std::uint32_t cellRow = 0;
    enum class Kind { Number, Shared, Inline, Boolean, Error, String, Date } kind = Kind::Number;
    ExcelDateKind dateKind = ExcelDateKind::None;
    bool inValue = false, inInline = false, inInlineText = false;
    int phonetic = 0;
    std::string raw, value;
    char buffer[kNumberTextCapacity + kExcelDateCapacity];

    const auto fail = [&](const QString& message) {
        failure = Error{file, cellRow, column + 1,
                        QStringLiteral("%1: %2").arg(cellName(sheet.name, column, cellRow), message)};
        return false;
    };
    const auto failXml = [&](const QString& message) {
        failure = Error{file, cellRow, column + 1,
                        QStringLiteral("Sheet %1 (%2 line %3, column %4, near %5): %6")
                            .arg(sheet.name, sheet.part)
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(cellName(sheet.name, column, cellRow ? cellRow : 1), message)};
        return false;
    };

    // Turns the raw text of the current cell into its value and stores it.
    const auto emitCell = [&]() -> bool {
        std::string_view text = raw;
        value.clear();
        switch (kind) {
        case Kind::Number: {
            if (text.empty())
                return true;
            const auto number = parseNumber(text);
            if (!number) {
                appendOoxmlText(value, text); // not a number after all: keep what the file says
                break;
            }
            std::size_t n = 0;
            if (dateKind != ExcelDateKind::None)
                n = formatExcelSerial(*number, info.date1904, dateKind, buffer);
            if (n == 0)
                n = formatNumber(*number, buffer);
            value.assign(buffer, n);
            break;
        }
        case Kind::Shared: {
            std::size_t index = 0;
            const auto r = std::from_chars(text.data(), text.data() + text.size(), index);
            if (r.ec != std::errc() || r.ptr != text.data() + text.size() || index >= strings.size())
                return fail(QStringLiteral("the cell refers to shared string %1, but the workbook has %2")
                                .arg(QString::fromUtf8(text.data(), qsizetype(text.size())))
                                .arg(strings.size()));
            const QString problem = builder.put(cellRow, column, strings.at(index));
            return problem.isEmpty() || fail(problem);
        }
        case Kind::Boolean:
            if (text == "1")
                value = "true";
            else if (text == "0")
                value = "false";
            else
                value.assign(text);
            break;
        case Kind::Inline:
        case Kind::Error:
        case Kind::String:
        case Kind::Date:
            appendOoxmlText(value, text);
            break;
        }
        const QString problem = builder.put(cellRow, column, value);
        return problem.isEmpty() || fail(problem);
    };

    auto readFailure = archive.read(sheet.part, [&](QByteArrayView chunk) {
        done += chunk.size();
        progress.report(done, progressTotal);
        if (progress.canceled()) {
            failure = Error{file, 0, 0, QStringLiteral("Reading was canceled.")};
            return false;
        }
        xml.addData(chunk.toByteArray());
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::DTD:
                return failXml(QStringLiteral("document type declarations are not allowed"));
            case QXmlStreamReader::StartElement: {
                const auto name = xml.name();
                if (name == QLatin1String("c")) {
                    const auto attrs = xml.attributes();
                    const auto ref = attrs.value(QLatin1String("r"));
                    cellRow = row;
                    if (!ref.isEmpty()) {
                        const QByteArray refUtf8 = ref.toUtf8();
                        std::uint32_t refColumn = 0, refRow = 0;
                        if (!parseCellReference(std::string_view(refUtf8.data(), std::size_t(refUtf8.size())),
                                                refColumn, refRow))
                            return failXml(QStringLiteral("the cell reference \"%1\" is not a valid cell")
                                               .arg(ref.toString()));
                        column = refColumn;
                        cellRow = refRow;
                    }
                    if (cellRow == 0)
                        cellRow = row = 1;
                    const auto t = attrs.value(QLatin1String("t"));
                    kind = t.isEmpty() || t == QLatin1String("n") ? Kind::Number
                           : t == QLatin1String("s")              ? Kind::Shared
                           : t == QLatin1String("inlineStr")      ? Kind::Inline
                           : t == QLatin1String("b")              ? Kind::Boolean
                           : t == QLatin1String("e")              ? Kind::Error
                           : t == QLatin1String("d")              ? Kind::Date
                                                                  : Kind::String;
                    dateKind = ExcelDateKind::None;
                    const auto s = attrs.value(QLatin1String("s"));
                    if (!s.isEmpty()) {
                        bool ok = false;
                        const std::uint32_t style = toUint(s, ok);
                        if (ok && style < info.styleDateKinds.size())
                            dateKind = info.styleDateKinds[style];
                    }
                    raw.clear();
                } else if (name == QLatin1String("v")) {
                    inValue = true;
                } else if (name == QLatin1String("is")) {
                    inInline = true;
                    phonetic = 0;
                } else if (inInline && name == QLatin1String("rPh")) {
                    ++phonetic;
                } else if (inInline && name == QLatin1String("t")) {
                    inInlineText = phonetic == 0;
                } else if (name == QLatin1String("row")) {
                    const auto r = xml.attributes().value(QLatin1String("r"));
                    bool ok = false;
                    const std::uint32_t number = r.isEmpty() ? row + 1 : toUint(r, ok);
                    if ((!r.isEmpty() && !ok) || number == 0 || number > kExcelMaxRows)
                        return failXml(QStringLiteral("the row number \"%1\" is not valid").arg(r.toString()));
                    row = cellRow = number;
                    column = 0;
                }
                break;
            }
            case QXmlStreamReader::EndElement: {
                const auto name = xml.name();
                if (name == QLatin1String("c")) {
                    if (!emitCell())
                        return false;
                    ++column;
                } else if (name == QLatin1String("v")) {
                    inValue = false;
                } else if (name == QLatin1String("is")) {
                    inInline = false;
                } else if (name == QLatin1String("rPh")) {
                    --phonetic;
                } else if (name == QLatin1String("t")) {
                    inInlineText = false;
                }
                break;
            }
            case QXmlStreamReader::Characters:
                if (inValue || inInlineText)
                    appendUtf16(raw, xml.text(), encoder);
                break;
            default:
                break;
            }
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return failXml(xml.errorString());
        return true;
    });
    if (failure)
        return *failure;
    if (readFailure)
        return *readFailure;
    if (xml.hasError())
        return Error{file, 0, 0,
                     QStringLiteral("Sheet %1 (%2) ends early: the file is truncated.").arg(sheet.name, sheet.part)};
    return builder.finish(file);
}

} // namespace plumbline
