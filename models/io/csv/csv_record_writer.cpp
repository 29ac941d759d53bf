#include "io/csv/csv_record_writer.h"

#include "io/text/text_encoder.h"

namespace plumbline {

CsvRecordWriter::CsvRecordWriter(const Table& table, OutputFile& out, CsvDialect dialect, std::string_view source,
                                 const TextLayout* layout)
    : m_table(table), m_out(out), m_serialiser(std::move(dialect)), m_source(source), m_layout(layout)
{
    m_serialiser.appendLineEnding(m_defaultEnding);
    m_headerFields = table.columnCount();
    m_firstAdded = table.columnCount();
}

void CsvRecordWriter::setFieldCounts(int headerFields, const std::vector<RaggedRow>& ragged)
{
    m_headerFields = headerFields;
    m_raggedFields.clear();
    for (const RaggedRow& r : ragged)
        m_raggedFields.emplace(RecordId(r.row), int(r.fieldCount));
}

void CsvRecordWriter::writeBom()
{
    if (m_serialiser.dialect().bom)
        m_out.append(byteOrderMark(m_serialiser.dialect().encoding));
}

void CsvRecordWriter::beginRecord()
{
    if (m_started)
        m_out.append(m_pending.empty() ? std::string_view(m_defaultEnding) : std::string_view(m_pending));
    m_started = true;
    m_pending.clear();
}

bool CsvRecordWriter::writeHeader(const std::vector<QString>& names)
{
    beginRecord();
    std::string& block = m_out.block();
    for (std::size_t c = 0; c < names.size(); ++c) {
        if (c > 0)
            m_serialiser.appendDelimiter(block);
        const QByteArray utf8 = names[c].toUtf8();
        if (const auto bad = m_serialiser.appendField(block, std::string_view(utf8.data(), std::size_t(utf8.size())))) {
            m_error =
                Error{m_out.path(), 0, 0,
                      QStringLiteral("The header of column \"%1\": %2 cannot be written in %3, the source "
                                     "file's encoding. Rename the column, or export with --normalise to "
                                     "write UTF-8.")
                          .arg(names[c], describeCodePoint(*bad), textEncodingName(m_serialiser.dialect().encoding))};
            return false;
        }
    }
    m_out.flushIfFull();
    return true;
}

void CsvRecordWriter::copyRecords(std::uint64_t begin, std::uint64_t end)
{
    if (begin >= end)
        return;
    std::string_view bytes = m_source.substr(begin, end - begin);
    const std::size_t endingLength = trailingLineEndingLength(bytes);
    beginRecord();
    m_out.append(bytes.substr(0, bytes.size() - endingLength));
    m_pending.assign(bytes.substr(bytes.size() - endingLength));
    if (!m_pending.empty())
        m_defaultEnding = m_pending;
}

bool CsvRecordWriter::appendAddedHeaderFields()
{
    if (!hasAddedColumns())
        return true;
    std::string& block = m_out.block();
    for (int c = m_headerFields; c < m_table.columnCount(); ++c) {
        m_serialiser.appendDelimiter(block);
        if (c < m_firstAdded)
            continue;
        const QByteArray utf8 = m_table.columnName(c).toUtf8();
        if (const auto bad = m_serialiser.appendField(block, std::string_view(utf8.data(), std::size_t(utf8.size())))) {
            m_error = Error{m_out.path(), 0, 0,
                            QStringLiteral("The header of column \"%1\": %2 cannot be written in %3, the source "
                                           "file's encoding. Rename the column, or export with --normalise to "
                                           "write UTF-8.")
                                .arg(m_table.columnName(c), describeCodePoint(*bad),
                                     textEncodingName(m_serialiser.dialect().encoding))};
            return false;
        }
    }
    return true;
}

bool CsvRecordWriter::appendFieldsFrom(std::size_t row, int from)
{
    for (int c = from; c < m_table.columnCount(); ++c) {
        m_serialiser.appendDelimiter(m_out.block());
        if (!appendCell(row, c, m_table.cell(row, c)))
            return false;
    }
    return true;
}

int CsvRecordWriter::sourceFieldCount(RecordId record) const
{
    if (record >= m_table.baseRowCount())
        return m_headerFields;
    if (!m_raggedFields.empty()) {
        const auto it = m_raggedFields.find(record);
        if (it != m_raggedFields.end())
            return it->second;
    }
    return m_headerFields;
}

int CsvRecordWriter::widthWithEdits(std::size_t row, int width) const
{
    // Cells past the record's own width are empty unless edited: widen the record only as far as it must.
    for (int c = m_table.columnCount() - 1; c >= width; --c)
        if (!m_table.cell(row, c).empty())
            return c + 1;
    return width;
}

bool CsvRecordWriter::appendCell(std::size_t row, int column, std::string_view cell)
{
    if (const auto bad = m_serialiser.appendField(m_out.block(), cell)) {
        m_error =
            Error{m_out.path(), 0, 0,
                  QStringLiteral("Row %1, column \"%2\": %3 cannot be written in %4, the source file's "
                                 "encoding. Change the cell, or export with --normalise to write UTF-8.")
                      .arg(QString::number(row + 1),
                           column < m_table.columnCount() ? m_table.columnName(column) : QString::number(column + 1),
                           describeCodePoint(*bad), textEncodingName(m_serialiser.dialect().encoding))};
        return false;
    }
    return true;
}

bool CsvRecordWriter::serialiseRecord(std::size_t row, int width)
{
    std::string& block = m_out.block();
    const int columns = m_table.columnCount();
    for (int c = 0; c < width; ++c) {
        if (c > 0)
            m_serialiser.appendDelimiter(block);
        if (c < columns && !appendCell(row, c, m_table.cell(row, c)))
            return false;
    }
    return true;
}

bool CsvRecordWriter::writeEditedSourceRecord(std::size_t row, RecordId record)
{
    const std::uint64_t begin = m_layout->rowStarts[record];
    const std::string_view raw = m_source.substr(begin, m_layout->rowStarts[record + 1] - begin);
    const std::size_t endingLength = trailingLineEndingLength(raw);
    const std::string_view body = raw.substr(0, raw.size() - endingLength);
    const CsvDialect& dialect = m_serialiser.dialect();
    splitRawRecord(body, dialect.delimiter, dialect.quote, m_rawFields);

    // Reuse a field's source bytes only if they hold exactly the loaded value; otherwise the split disagrees
    // with the reader, and the whole record is serialised instead.
    const int columns = m_table.columnCount();
    bool reuse = m_rawFields.size() <= std::size_t(columns);
    for (std::size_t c = 0; reuse && c < m_rawFields.size(); ++c) {
        if (m_table.overlay().find(record, int(c)))
            continue;
        m_scratch.clear();
        if (appendEncoded(m_scratch, m_table.baseCell(record, int(c)), dialect.encoding) ||
            unquoteRawField(m_rawFields[c], dialect.quote) != m_scratch)
            reuse = false;
    }

    beginRecord();
    const bool full = m_fullWidth || hasAddedColumns();
    if (!reuse) {
        if (!serialiseRecord(row, full ? columns : widthWithEdits(row, sourceFieldCount(record))))
            return false;
    } else {
        const int width = full ? columns : widthWithEdits(row, int(m_rawFields.size()));
        for (int c = 0; c < width; ++c) {
            if (c > 0)
                m_serialiser.appendDelimiter(m_out.block());
            const auto edited = m_table.overlay().find(record, c);
            if (!edited && std::size_t(c) < m_rawFields.size())
                m_out.block().append(m_rawFields[std::size_t(c)]);
            else if (!appendCell(row, c, edited ? *edited : m_table.baseCell(record, c)))
                return false;
        }
    }
    m_pending.assign(raw.substr(raw.size() - endingLength));
    if (!m_pending.empty())
        m_defaultEnding = m_pending;
    m_out.flushIfFull();
    return true;
}

bool CsvRecordWriter::writeRecord(std::size_t row)
{
    const RecordId record = m_table.recordId(row);
    if (m_layout && !m_source.empty() && record < m_table.baseRowCount()) {
        if (!m_table.overlay().isTouched(record)) {
            copyRecords(m_layout->rowStarts[record], m_layout->rowStarts[record + 1]);
            // The source's bytes as they were, then the fields of the columns added since (empty: untouched).
            if (hasAddedColumns() && !appendFieldsFrom(row, sourceFieldCount(record)))
                return false;
            return true;
        }
        return writeEditedSourceRecord(row, record);
    }
    beginRecord();
    const int width =
        m_fullWidth || hasAddedColumns() ? m_table.columnCount() : widthWithEdits(row, sourceFieldCount(record));
    if (width == 1 && m_fullWidth && m_table.cell(row, 0).empty()) {
        // A lone empty field would be a blank line, which many readers skip: quote it.
        const char quotes[2] = {m_serialiser.dialect().quote, m_serialiser.dialect().quote};
        m_serialiser.appendAscii(m_out.block(), std::string_view(quotes, 2));
    } else if (!serialiseRecord(row, width)) {
        return false;
    }
    m_out.flushIfFull();
    return true;
}

void CsvRecordWriter::finish(std::string_view trailer)
{
    if (m_started && (m_finalLineEnding || !trailer.empty()))
        m_out.append(m_pending.empty() ? std::string_view(m_defaultEnding) : std::string_view(m_pending));
    m_started = false;
    m_out.append(trailer);
}

} // namespace plumbline
