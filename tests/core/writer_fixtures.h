#pragma once

// Builds Tables for the writer tests without the CSV reader: a small RFC 4180 splitter that records what the
// reader records (cells as UTF-8, ragged rows, renamed headers, the byte layout and the source dialect).

#include "table/column.h"
#include "table/dataset.h"
#include "table/source_info.h"

#include <QFile>
#include <QFileInfo>

#include <memory>
#include <string>
#include <vector>

namespace writer_fixtures {

using namespace plumbline;

inline std::string decodeToUtf8(const std::string& bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8)
        return bytes;
    static const char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text.append(encoding == TextEncoding::Windows1252 && b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80])
                                                                                   : QChar(char16_t(b)));
    }
    return text.toStdString();
}

struct ParsedRecord
{
    std::vector<std::string> fields;
    std::uint64_t start = 0;
    std::string ending;
};

inline std::vector<ParsedRecord> splitRecords(const std::string& bytes, std::size_t from, char delimiter)
{
    std::vector<ParsedRecord> records;
    std::size_t i = from;
    const std::size_t n = bytes.size();
    while (i < n) {
        ParsedRecord record;
        record.start = i;
        std::string field;
        bool atFieldStart = true;
        while (true) {
            if (i >= n) {
                record.fields.push_back(field);
                break;
            }
            const char c = bytes[i];
            if (atFieldStart && c == '"') {
                ++i;
                while (i < n) {
                    if (bytes[i] == '"') {
                        if (i + 1 < n && bytes[i + 1] == '"') {
                            field.push_back('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field.push_back(bytes[i++]);
                }
                atFieldStart = false;
                continue;
            }
            atFieldStart = false;
            if (c == delimiter) {
                record.fields.push_back(field);
                field.clear();
                atFieldStart = true;
                ++i;
            } else if (c == '\r' || c == '\n') {
                record.fields.push_back(field);
                const bool crlf = c == '\r' && i + 1 < n && bytes[i + 1] == '\n';
                record.ending = crlf ? "\r\n" : std::string(1, c);
                i += record.ending.size();
                break;
            } else {
                field.push_back(c);
                ++i;
            }
        }
        records.push_back(std::move(record));
    }
    return records;
}

/// Loads a delimited file the way the reader does (header on), with its layout, for faithful-export tests.
inline Dataset loadDelimited(const QString& path, char delimiter, TextEncoding encoding)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray all = file.readAll();
    const std::string bytes(all.constData(), std::size_t(all.size()));
    Dataset dataset;
    SourceInfo& source = dataset.source;
    const QFileInfo info(path);
    source.path = path;
    source.format = info.suffix() == QLatin1String("tsv") ? QStringLiteral("tsv") : QStringLiteral("csv");
    source.size = info.size();
    source.modified = info.lastModified();
    source.encoding = encoding;
    source.delimiter = delimiter;
    std::size_t headerStart = 0;
    if (encoding == TextEncoding::Utf8 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        source.bom = true;
        headerStart = 3;
    }
    const auto records = splitRecords(bytes, headerStart, delimiter);
    int lf = 0, crlf = 0, cr = 0;
    for (const auto& r : records)
        (r.ending == "\n" ? lf : r.ending == "\r\n" ? crlf : r.ending == "\r" ? cr : lf) += r.ending.empty() ? 0 : 1;
    const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
    source.lineEnding = kinds == 0  ? LineEnding::None
                        : kinds > 1 ? LineEnding::Mixed
                        : crlf      ? LineEnding::CRLF
                        : cr        ? LineEnding::CR
                                    : LineEnding::LF;

    auto layout = std::make_shared<TextLayout>();
    layout->headerStart = headerStart;
    layout->headerEnd = records.size() > 1 ? records[1].start : bytes.size();
    layout->finalLineEnding = records.empty() || !records.back().ending.empty();
    const std::size_t headerFields = records.empty() ? 0 : records[0].fields.size();
    std::size_t width = headerFields;
    std::vector<RaggedRow> ragged;
    std::vector<std::uint32_t> blank;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& fields = records[r].fields;
        width = std::max(width, fields.size());
        const std::uint64_t next = r + 1 < records.size() ? records[r + 1].start : bytes.size();
        const bool emptyLine = records[r].start + records[r].ending.size() == next;
        if (fields.size() != headerFields && !emptyLine) // an empty line is a blank row, not a ragged one
            ragged.push_back(RaggedRow{std::uint32_t(r - 1), std::uint32_t(fields.size())});
        bool empty = true;
        for (const auto& f : fields)
            empty = empty && f.empty();
        if (empty)
            blank.push_back(std::uint32_t(r - 1));
        layout->rowStarts.push_back(records[r].start);
    }
    layout->rowStarts.push_back(bytes.size());

    std::vector<Column> columns;
    std::vector<int> renamed;
    QStringList names;
    for (std::size_t c = 0; c < width; ++c) {
        QString name =
            c < headerFields ? QString::fromStdString(decodeToUtf8(records[0].fields[c], encoding)) : QString();
        if (name.isEmpty() || names.contains(name)) {
            if (c < headerFields) // generated names of extra columns are not renamed headers
                renamed.push_back(int(c));
            name = name.isEmpty() ? QStringLiteral("column %1").arg(c + 1) : name + QStringLiteral(" (2)");
        }
        names << name;
        std::vector<ColumnBuilder> chunk(1);
        for (std::size_t r = 1; r < records.size(); ++r) {
            const auto& fields = records[r].fields;
            chunk[0].append(c < fields.size() ? decodeToUtf8(fields[c], encoding) : std::string());
        }
        columns.push_back(ColumnBuilder::finish(name, std::move(chunk)));
    }
    auto table = std::make_shared<Table>(info.completeBaseName(), std::move(columns));
    table->setRaggedRows(std::move(ragged));
    table->setBlankRows(std::move(blank));
    table->setRenamedHeaders(std::move(renamed));
    table->setLayout(layout);
    dataset.tables.push_back(table);
    return dataset;
}

/// A table built from UTF-8 cells, with no source file (as a reader of another format would give).
inline std::shared_ptr<Table> makeTable(const QStringList& names, const std::vector<std::vector<std::string>>& rows)
{
    std::vector<Column> columns;
    for (int c = 0; c < names.size(); ++c) {
        std::vector<ColumnBuilder> chunk(1);
        for (const auto& row : rows)
            chunk[0].append(row[std::size_t(c)]);
        columns.push_back(ColumnBuilder::finish(names[c], std::move(chunk)));
    }
    return std::make_shared<Table>(QStringLiteral("t"), std::move(columns));
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return file.readAll();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace writer_fixtures
