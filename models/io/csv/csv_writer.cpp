#include "io/csv/csv_writer.h"

#include "io/csv/csv_record_writer.h"
#include "io/output_file.h"
#include "values/formula_text.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace plumbline {

namespace {

constexpr std::size_t kRowsPerBlock = 16384; // progress and cancellation granularity

bool isDelimitedText(const SourceInfo& source)
{
    return source.format == QLatin1String("csv") || source.format == QLatin1String("tsv") ||
           source.format == QLatin1String("txt");
}

bool isSingleByteCompatible(TextEncoding encoding)
{
    return encoding != TextEncoding::Utf16LE && encoding != TextEncoding::Utf16BE;
}

std::string lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::LF:
        return "\n";
    case LineEnding::CR:
        return "\r";
    default:
        return "\r\n"; // CRLF; also Mixed and None, where RFC 4180's choice is the neutral one
    }
}

CsvDialect chooseDialect(const SourceInfo& source, const CsvWriteOptions& options)
{
    CsvDialect dialect;
    dialect.lineEnding = std::string(kNormalisedLineEnding);
    if (!options.normalise && isDelimitedText(source)) {
        dialect.delimiter = source.delimiter;
        dialect.quote = source.quote;
        dialect.encoding = source.encoding;
        dialect.bom = source.bom;
        dialect.lineEnding = lineEndingBytes(source.lineEnding);
    }
    if (options.delimiter)
        dialect.delimiter = *options.delimiter;
    return dialect;
}

bool isRenamed(const Table& table, int column)
{
    const auto& renamed = table.renamedHeaders();
    return std::find(renamed.begin(), renamed.end(), column) != renamed.end();
}

/// Whether name is the reader's generated name for column index ("column 4", or "column 4 (2)" on a clash).
bool isGeneratedName(const QString& name, int column)
{
    const QString generated = QStringLiteral("column %1").arg(column + 1);
    return name == generated || name.startsWith(generated + QLatin1String(" ("));
}

/// How many fields the source's header had. Columns past it exist only because some row was longer than the
/// header; the reader gives them generated names without listing them as renamed headers, and the longest
/// ragged row then has exactly columnCount() fields.
int headerFieldCount(const Table& table, int columns)
{
    bool widened = false;
    for (const RaggedRow& r : table.raggedRows())
        widened = widened || int(r.fieldCount) == columns;
    if (!widened)
        return columns;
    int count = columns;
    while (count > 1 && !isRenamed(table, count - 1) && isGeneratedName(table.columnName(count - 1), count - 1))
        --count;
    return count;
}

/// The header text the source had: renamed header cells are written as they were in the source — a blank
/// cell got a generated name ("column 3"), a repeated one a suffix ("name (2)").
QString sourceHeaderName(const Table& table, int column)
{
    const QString& name = table.columnName(column);
    if (!isRenamed(table, column))
        return name;
    if (isGeneratedName(name, column))
        return QString();
    const qsizetype open = name.lastIndexOf(QLatin1String(" ("));
    return open > 0 && name.endsWith(QLatin1Char(')')) ? name.left(open) : name;
}

/// The source's bytes, if a faithful export may copy them; otherwise *why says why not.
class SourceBytes final
{
public:
    bool open(const Table& table, const SourceInfo& source, QString* why)
    {
        const TextLayout* layout = table.layout().get();
        if (!source.compression.isEmpty()) {
            *why = QStringLiteral("the source is %1-compressed").arg(source.compression);
            return false;
        }
        if (!isSingleByteCompatible(source.encoding)) {
            *why = QStringLiteral("the source is %1").arg(textEncodingName(source.encoding));
            return false;
        }
        if (!layout) {
            *why = QStringLiteral("the table has no byte layout of its source");
            return false;
        }
        const QFileInfo info(source.path);
        if (!info.exists()) {
            *why = QStringLiteral("%1 is no longer available").arg(source.path);
            return false;
        }
        if (info.size() != source.size || !source.modified.isValid() || info.lastModified() != source.modified) {
            *why = QStringLiteral("%1 has changed since it was loaded").arg(source.path);
            return false;
        }
        if (!layoutFits(*layout, table.baseRowCount(), quint64(info.size()))) {
            *why = QStringLiteral("the byte layout of %1 does not match the file").arg(source.path);
            return false;
        }
        m_file.setFileName(source.path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("%1 cannot be opened: %2").arg(source.path, m_file.errorString());
            return false;
        }
        if (info.size() == 0)
            return true;
        if (uchar* map = m_file.map(0, info.size())) {
            m_bytes = std::string_view(reinterpret_cast<const char*>(map), std::size_t(info.size()));
            return true;
        }
        m_copy = m_file.readAll(); // file systems that cannot map
        if (m_copy.size() != info.size()) {
            *why = QStringLiteral("%1 cannot be read: %2").arg(source.path, m_file.errorString());
            return false;
        }
        m_bytes = std::string_view(m_copy.constData(), std::size_t(m_copy.size()));
        return true;
    }
    std::string_view bytes() const { return m_bytes; }
    void close()
    {
        m_bytes = {};
        m_file.close(); // unmaps; must happen before the export replaces the source itself
    }

private:
    static bool layoutFits(const TextLayout& layout, std::size_t rows, quint64 size)
    {
        if (layout.rowStarts.size() != rows + 1 || layout.headerStart > layout.headerEnd ||
            layout.headerEnd > layout.rowStarts.front() || layout.rowStarts.back() > size)
            return false;
        for (std::size_t r = 1; r < layout.rowStarts.size(); ++r)
            if (layout.rowStarts[r] < layout.rowStarts[r - 1])
                return false;
        return true;
    }

    QFile m_file;
    QByteArray m_copy;
    std::string_view m_bytes;
};

std::optional<Error> exportCanceledError(const QString& path)
{
    return Error{path, 0, 0, QStringLiteral("The export was canceled; the file was not changed.")};
}

} // namespace

std::optional<Error> writeCsv(const Table& table, const SourceInfo& source, const QString& path,
                              const CsvWriteOptions& options, Progress& progress, QString* warning)
{
    const CsvDialect dialect = chooseDialect(source, options);
    const std::size_t rows = table.rowCount();
    const TextLayout* layout = table.layout().get();

    SourceBytes sourceBytes;
    bool copy = false;
    if (!options.normalise && isDelimitedText(source)) {
        QString why;
        if (dialect.delimiter != source.delimiter)
            why.clear(); // the user asked for another delimiter: serialising is expected, not worth a warning
        else if (sourceBytes.open(table, source, &why))
            copy = true;
        if (!copy && !why.isEmpty() && warning)
            *warning = QStringLiteral("Every row was re-written in the source's dialect because %1; quoting and "
                                      "line endings may differ from the original file.")
                           .arg(why);
    }

    OutputFile out(path);
    if (auto error = out.open())
        return error;
    CsvRecordWriter writer(table, out, dialect, copy ? sourceBytes.bytes() : std::string_view(),
                           copy ? layout : nullptr);
    const bool normalise = options.normalise;
    writer.setFullWidth(normalise);
    writer.setNeutraliseFormulas(options.neutraliseFormulas);
    if (copy) {
        // The source's own last record (the header when there are no rows) says how the file ends.
        const auto& starts = layout->rowStarts;
        const std::uint64_t lastStart = starts.size() > 1 ? starts[starts.size() - 2] : layout->headerStart;
        const std::string_view last = sourceBytes.bytes().substr(lastStart, starts.back() - lastStart);
        writer.setFinalLineEnding(last.empty() || trailingLineEndingLength(last) > 0);
    } else {
        writer.setFinalLineEnding(normalise || !layout || layout->finalLineEnding);
    }
    // Columns added after loading come last; the source's header and records know only the ones before them.
    int firstAdded = table.columnCount();
    while (firstAdded > 0 && table.isAddedColumn(firstAdded - 1))
        --firstAdded;
    const int headerFields = normalise ? table.columnCount() : headerFieldCount(table, firstAdded);
    writer.setFieldCounts(headerFields, table.raggedRows());
    writer.setAddedColumns(normalise ? table.columnCount() : firstAdded);

    const bool hasHeader = source.hasHeader || !isDelimitedText(source);
    bool headerFormula = false;
    for (int c = 0; options.neutraliseFormulas && c < headerFields; ++c)
        headerFormula = headerFormula || values::looksLikeFormula(sourceHeaderName(table, c).toStdString());
    if (copy && !(hasHeader && headerFormula)) {
        out.append(sourceBytes.bytes().substr(0, layout->headerStart)); // the BOM, as it was
        if (hasHeader) {
            writer.copyRecords(layout->headerStart, layout->headerEnd);
            if (!writer.appendAddedHeaderFields())
                return writer.error();
        }
    } else {
        // A header with a formula-like name is written, not copied, when formulas are neutralised.
        if (copy)
            out.append(sourceBytes.bytes().substr(0, layout->headerStart)); // the BOM, as it was
        else
            writer.writeBom();
        if (hasHeader && table.columnCount() > 0) {
            std::vector<QString> names;
            for (int c = 0; c < headerFields; ++c)
                names.push_back(normalise ? table.columnName(c) : sourceHeaderName(table, c));
            if (!normalise && firstAdded < table.columnCount())
                for (int c = headerFields; c < table.columnCount(); ++c)
                    names.push_back(c < firstAdded ? QString() : table.columnName(c));
            if (!writer.writeHeader(names))
                return writer.error();
        }
    }

    const bool added = !normalise && firstAdded < table.columnCount(); // records are copied one by one then
    const std::size_t baseRows = table.baseRowCount();
    const bool anyEdits = !table.overlay().isEmpty();
    std::size_t row = 0;
    while (row < rows) {
        const std::size_t blockEnd = std::min(rows, row + kRowsPerBlock);
        while (row < blockEnd) {
            const RecordId record = table.recordId(row);
            if (copy && !added && record < baseRows && !(anyEdits && table.overlay().isTouched(record)) &&
                !writer.hasFormula(row)) {
                // Coalesce consecutive untouched records into one copy.
                std::size_t end = row + 1;
                RecordId next = record + 1;
                while (end < blockEnd && next < baseRows && table.recordId(end) == next &&
                       !(anyEdits && table.overlay().isTouched(next)) && !writer.hasFormula(end)) {
                    ++end;
                    ++next;
                }
                writer.copyRecords(layout->rowStarts[record], layout->rowStarts[next]);
                row = end;
                continue;
            }
            if (!writer.writeRecord(row))
                return writer.error();
            ++row;
        }
        if (out.failed())
            return out.error();
        progress.report(qint64(row), qint64(rows));
        if (progress.canceled())
            return exportCanceledError(path);
    }
    std::string_view trailer;
    if (copy)
        trailer = sourceBytes.bytes().substr(layout->rowStarts.back());
    writer.finish(trailer);
    sourceBytes.close();
    if (auto error = out.commit())
        return error;
    progress.report(qint64(rows), qint64(rows));
    return std::nullopt;
}

} // namespace plumbline
