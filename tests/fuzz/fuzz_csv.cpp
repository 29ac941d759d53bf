// libFuzzer entry for the CSV reader, the main door for untrusted bytes. The first byte picks the options;
// the rest is the file. Besides crashes and sanitizer reports, it checks that a parse split across threads
// in tiny chunks gives exactly what one sequential parse gives, and that the table is self-consistent.
#include "io/csv/csv_reader.h"

#include <cstddef>
#include <cstdint>

using namespace plumbline;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

Result<Dataset> read(QByteArrayView bytes, CsvReadOptions options)
{
    NullProgress progress;
    return readCsvBytes(bytes, QStringLiteral("fuzz.csv"), options, progress);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    CsvReadOptions options;
    if (size > 0) {
        const std::uint8_t flags = data[0];
        if (flags & 1)
            options.header = (flags & 2) != 0;
        if (flags & 4) {
            static constexpr char kDelimiters[] = {',', ';', '\t', '|'};
            options.delimiter = kDelimiters[(flags >> 3) & 3];
        }
        if (flags & 0x20)
            options.encoding = (flags & 0x40) ? TextEncoding::Windows1252 : TextEncoding::Utf8;
        ++data;
        --size;
    }
    const QByteArrayView bytes(data, qsizetype(size));

    CsvReadOptions sequential = options;
    sequential.threads = 1;
    const auto one = read(bytes, sequential);
    CsvReadOptions split = options;
    split.threads = 2;
    split.chunkSize = 1 + (size % 7);
    const auto two = read(bytes, split);

    check(one.ok() == two.ok());
    if (!one.ok()) {
        check(one.error().line == two.error().line && one.error().column == two.error().column);
        check(!one.error().message.isEmpty());
        return 0;
    }
    const Table& a = *one.value().tables.front();
    const Table& b = *two.value().tables.front();
    check(a.rowCount() == b.rowCount() && a.columnCount() == b.columnCount());
    for (int c = 0; c < a.columnCount(); ++c) {
        check(a.column(c).size() == a.rowCount());
        check(a.columnName(c) == b.columnName(c) && !a.columnName(c).isEmpty());
        for (std::size_t r = 0; r < a.rowCount(); ++r)
            check(a.cell(r, c) == b.cell(r, c));
    }
    check(a.raggedRows().size() == b.raggedRows().size());
    for (std::size_t i = 0; i < a.raggedRows().size(); ++i) {
        check(a.raggedRows()[i].row == b.raggedRows()[i].row);
        check(a.raggedRows()[i].fieldCount == b.raggedRows()[i].fieldCount);
        check(a.raggedRows()[i].row < a.rowCount());
    }
    check(a.blankRows() == b.blankRows());
    for (const auto row : a.blankRows()) {
        check(row < a.rowCount());
        for (int c = 0; c < a.columnCount(); ++c)
            check(a.cell(row, c).empty());
    }
    check(one.value().source.encoding == two.value().source.encoding);
    check(one.value().source.lineEnding == two.value().source.lineEnding);
    return 0;
}
