#pragma once

#include "core/result.h"
#include "io/csv/csv_serialiser.h"
#include "io/output_file.h"
#include "table/source_info.h"
#include "table/table.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plumbline {

/// Writes the records of one CSV/TSV file to an OutputFile, one at a time, for writeCsv().
///
/// A record's line ending is held back until the next record starts, so that the last record can end the
/// way the source's did (with or without a line ending) and a copied record that had none (the source's last)
/// gets one when more records follow it. Not thread-safe.
class CsvRecordWriter final
{
public:
    /// source: the mapped source file (empty when records are serialised); it must outlive the writer and
    /// be in the dialect's encoding, delimiter and quote. layout is required when source is not empty.
    CsvRecordWriter(const Table& table, OutputFile& out, CsvDialect dialect, std::string_view source,
                    const TextLayout* layout);

    /// How many fields a base record had in the source (the header's count unless it was ragged).
    void setFieldCounts(int headerFields, const std::vector<RaggedRow>& ragged);
    /// normalise: every record as wide as the table, whatever its width in the source.
    void setFullWidth(bool fullWidth) { m_fullWidth = fullWidth; }
    /// Columns from first on were added after loading (a split, a join into a new column): every record is then
    /// written as wide as the table, a copied record as its source bytes followed by the added fields.
    void setAddedColumns(int first) { m_firstAdded = first; }
    /// Whether the output's last record ends with a line ending.
    void setFinalLineEnding(bool finalLineEnding) { m_finalLineEnding = finalLineEnding; }

    /// Writes the dialect's byte-order mark (if any).
    void writeBom();
    /// Serialises a header record from names.
    bool writeHeader(const std::vector<QString>& names);
    /// Copies source bytes [begin, end) as one or more whole records; the last one's line ending is held back.
    void copyRecords(std::uint64_t begin, std::uint64_t end);
    /// After the header was copied: the names of the columns past the source header's fields (blank for the
    /// generated names of columns that only ragged rows had), when columns were added.
    bool appendAddedHeaderFields();
    /// Writes the record at view row: copied parts of its source bytes where possible (see writeCsv), else
    /// serialised. Returns false (see error()) when a cell cannot be encoded.
    bool writeRecord(std::size_t row);
    /// Writes the held-back line ending if the output should end with one, then bytes verbatim (a source's
    /// trailing bytes after its last record).
    void finish(std::string_view trailer = {});

    const std::optional<Error>& error() const { return m_error; }

private:
    void beginRecord();
    int sourceFieldCount(RecordId record) const;
    int widthWithEdits(std::size_t row, int width) const;
    bool serialiseRecord(std::size_t row, int width);
    bool writeEditedSourceRecord(std::size_t row, RecordId record);
    bool appendCell(std::size_t row, int column, std::string_view cell);
    bool hasAddedColumns() const { return m_firstAdded < m_table.columnCount(); }
    /// Appends the fields [from, columnCount()) of row, each after a delimiter.
    bool appendFieldsFrom(std::size_t row, int from);

    const Table& m_table;
    OutputFile& m_out;
    CsvSerialiser m_serialiser;
    std::string_view m_source;
    const TextLayout* m_layout;
    int m_headerFields = 0;
    std::unordered_map<RecordId, int> m_raggedFields;
    bool m_fullWidth = false;
    int m_firstAdded = 0; // set in the constructor: no added columns
    bool m_finalLineEnding = true;

    bool m_started = false;      // a record was written; its line ending is held in m_pending
    std::string m_pending;       // that record's own line ending (encoded); empty = it had none
    std::string m_defaultEnding; // for records without their own: the last one seen, else the dialect's
    std::vector<std::string_view> m_rawFields;
    std::string m_scratch;
    std::optional<Error> m_error;
};

} // namespace plumbline
