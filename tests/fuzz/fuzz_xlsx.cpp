// libFuzzer entry for the XLSX reader. The first byte picks what the rest is:
//   0: a whole .xlsx file (zip container, package parts, everything);
//   1: the XML of the only worksheet, inside a valid stored zip with styles (date formats) and shared strings;
//   2: the XML of the shared strings part, with a sheet that refers to strings 0..31.
// Modes 1 and 2 reach the streaming XML scanner directly, which mutations of compressed bytes rarely do.
// Besides crashes and sanitizer reports it checks that every table is self-consistent and holds valid UTF-8.
#include "io/xlsx/xlsx_reader.h"
#include "io/xlsx/xlsx_text.h"

#include "../core/xlsx_test_zip.h"

#include <cstddef>
#include <cstdint>

using namespace plumbline;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

QByteArray sharedStringSheet()
{
    QByteArray rows = "<row r=\"1\">";
    for (int i = 0; i < 32; ++i)
        rows += "<c t=\"s\"><v>" + QByteArray::number(i) + "</v></c>";
    return rows + "</row><row r=\"2\"><c t=\"s\"><v>1</v></c></row>";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0] % 3;
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QByteArray file;
    switch (mode) {
    case 0:
        file = rest;
        break;
    case 1:
        file = test::workbookWithSheet({}, "<si><t>a</t></si><si><r><t>b</t></r></si>", {14, 22, 21, 2},
                                       (size & 1) != 0, rest);
        break;
    default: {
        const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        file = test::storedZip(
            {{QStringLiteral("_rels/.rels"),
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
              "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
              "Target=\"xl/workbook.xml\"/></Relationships>"},
             {QStringLiteral("xl/workbook.xml"),
              "<workbook " + ns +
                  " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                  "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
             {QStringLiteral("xl/_rels/workbook.xml.rels"),
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
              "Target=\"sharedStrings.xml\"/></Relationships>"},
             {QStringLiteral("xl/worksheets/sheet1.xml"),
              "<worksheet " + ns + "><sheetData>" + sharedStringSheet() + "</sheetData></worksheet>"},
             {QStringLiteral("xl/sharedStrings.xml"), rest}});
        break;
    }
    }

    XlsxReadOptions options;
    options.maxUncompressedBytes = qint64(64) << 20; // keep each run small; the cap path is exercised too
    NullProgress progress;
    const auto read = readXlsxBytes(file, QStringLiteral("fuzz.xlsx"), options, progress);
    if (!read.ok()) {
        check(!read.error().message.isEmpty());
        return 0;
    }
    for (const auto& table : read.value().tables) {
        for (int c = 0; c < table->columnCount(); ++c) {
            check(table->column(c).size() == table->rowCount());
            check(!table->columnName(c).isEmpty());
            for (std::size_t r = 0; r < table->rowCount(); ++r)
                check(isValidUtf8(table->cell(r, c)));
        }
        for (const auto row : table->blankRows()) {
            check(row < table->rowCount());
            for (int c = 0; c < table->columnCount(); ++c)
                check(table->cell(row, c).empty());
        }
        for (const int column : table->renamedHeaders())
            check(column >= 0 && column < table->columnCount());
    }
    return 0;
}
