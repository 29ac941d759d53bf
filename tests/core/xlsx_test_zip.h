#pragma once
// Builds small stored (uncompressed) zip files in memory so reader tests can feed hand-written or deliberately
// broken workbook XML without committing a fixture per case. Test-only helper, header-only.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <cstdint>

namespace plumbline::test {

inline std::uint32_t crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ std::uint8_t(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

inline void put16(QByteArray& out, std::uint32_t v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

inline void put32(QByteArray& out, std::uint32_t v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

inline void put64(QByteArray& out, std::uint64_t v)
{
    put32(out, std::uint32_t(v & 0xFFFFFFFFU));
    put32(out, std::uint32_t(v >> 32));
}

/// How storedZip records entry sizes.
enum class ZipSizes {
    Plain, ///< 32-bit sizes in the headers
    /// ZIP64, as writers do for parts of 2 GiB or more (Python's zipfile beyond 2^31 - 1 bytes): the headers hold
    /// 0xFFFFFFFF and a ZIP64 extra field (id 0x0001) holds the 64-bit sizes.
    Zip64
};

enum class ZipMethod { Stored, Deflated };

/// A zip with the given (name, content) entries.
inline QByteArray makeZip(const QList<QPair<QString, QByteArray>>& entries, ZipSizes sizes, ZipMethod method)
{
    QByteArray out, directory;
    const bool zip64 = sizes == ZipSizes::Zip64;
    const bool deflated = method == ZipMethod::Deflated;
    for (const auto& [name, data] : entries) {
        const QByteArray fileName = name.toUtf8();
        const std::uint32_t offset = std::uint32_t(out.size());
        const std::uint32_t crc = crc32(data);
        // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, raw deflate, a 4-byte Adler-32.
        const QByteArray stored = deflated ? qCompress(data, 9).mid(6).chopped(4) : data;
        const std::uint32_t size32 = zip64 ? 0xFFFFFFFFU : std::uint32_t(data.size());
        const std::uint32_t compressed32 = zip64 ? 0xFFFFFFFFU : std::uint32_t(stored.size());
        QByteArray extra;
        if (zip64) {
            put16(extra, 0x0001);
            put16(extra, 16);
            put64(extra, std::uint64_t(data.size()));   // uncompressed
            put64(extra, std::uint64_t(stored.size())); // compressed
        }
        put32(out, 0x04034b50);
        put16(out, zip64 ? 45 : 20);
        put16(out, 0x0800);           // UTF-8 names
        put16(out, deflated ? 8 : 0); // method
        put16(out, 0);
        put16(out, 0);
        put32(out, crc);
        put32(out, compressed32);
        put32(out, size32);
        put16(out, std::uint32_t(fileName.size()));
        put16(out, std::uint32_t(extra.size()));
        out.append(fileName);
        out.append(extra);
        out.append(stored);

        put32(directory, 0x02014b50);
        put16(directory, zip64 ? 45 : 20);
        put16(directory, zip64 ? 45 : 20);
        put16(directory, 0x0800);
        put16(directory, deflated ? 8 : 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, crc);
        put32(directory, compressed32);
        put32(directory, size32);
        put16(directory, std::uint32_t(fileName.size()));
        put16(directory, std::uint32_t(extra.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory.append(fileName);
        directory.append(extra);
    }
    const std::uint32_t directoryOffset = std::uint32_t(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, std::uint32_t(entries.size()));
    put16(out, std::uint32_t(entries.size()));
    put32(out, std::uint32_t(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

/// A zip with the given (name, content) entries, stored without compression.
inline QByteArray storedZip(const QList<QPair<QString, QByteArray>>& entries, ZipSizes sizes = ZipSizes::Plain)
{
    return makeZip(entries, sizes, ZipMethod::Stored);
}

/// The parts of a one-sheet workbook ("S") around sheetData XML (the <row> elements), with optional shared
/// strings (the <si> elements) and cellXfs numFmtIds (style 0 = General is implied first).
inline QList<QPair<QString, QByteArray>> workbookParts(const QByteArray& sheetData,
                                                       const QByteArray& sharedStrings = {},
                                                       const QList<int>& numFmtIds = {}, bool date1904 = false,
                                                       const QByteArray& sheetXmlOverride = {})
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QList<QPair<QString, QByteArray>> entries;
    entries.append({QStringLiteral("_rels/.rels"),
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"rId1\" Type=\"" +
                        rel +
                        "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        "</Relationships>"});
    entries.append({QStringLiteral("xl/workbook.xml"), "<workbook " + ns + " xmlns:r=\"" + rel +
                                                           "\"><workbookPr date1904=\"" + (date1904 ? "1" : "0") +
                                                           "\"/><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
                                                           "</sheets></workbook>"});
    QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" +
                      rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isNull())
        rels += "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (!numFmtIds.isEmpty())
        rels += "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
    rels += "</Relationships>";
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    entries.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                    sheetXmlOverride.isNull()
                        ? "<worksheet " + ns + "><sheetData>" + sheetData + "</sheetData></worksheet>"
                        : sheetXmlOverride});
    if (!sharedStrings.isNull())
        entries.append({QStringLiteral("xl/sharedStrings.xml"), "<sst " + ns + ">" + sharedStrings + "</sst>"});
    if (!numFmtIds.isEmpty()) {
        QByteArray styles = "<styleSheet " + ns + "><cellXfs><xf numFmtId=\"0\"/>";
        for (const int id : numFmtIds)
            styles += "<xf numFmtId=\"" + QByteArray::number(id) + "\"/>";
        styles += "</cellXfs></styleSheet>";
        entries.append({QStringLiteral("xl/styles.xml"), styles});
    }
    return entries;
}

/// workbookParts() as a stored zip.
inline QByteArray workbookWithSheet(const QByteArray& sheetData, const QByteArray& sharedStrings = {},
                                    const QList<int>& numFmtIds = {}, bool date1904 = false,
                                    const QByteArray& sheetXmlOverride = {})
{
    return storedZip(workbookParts(sheetData, sharedStrings, numFmtIds, date1904, sheetXmlOverride));
}

} // namespace plumbline::test
