#include "io/json/json_array_writer.h"

#include "io/json/json_text.h"
#include "io/output_file.h"

namespace plumbline {

namespace {

constexpr std::size_t kRowsPerBlock = 16384;

} // namespace

std::optional<Error> writeJsonArray(const Table& table, const QString& path, Progress& progress)
{
    const int columns = table.columnCount();
    // Each key once, escaped, with what precedes it: "{" before the first, "," before the others.
    std::vector<std::string> keys(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        std::string& key = keys[std::size_t(c)];
        key.push_back(c == 0 ? '{' : ',');
        const QByteArray name = table.columnName(c).toUtf8();
        appendJsonString(key, std::string_view(name.constData(), std::size_t(name.size())));
        key.push_back(':');
    }

    OutputFile out(path);
    if (auto error = out.open())
        return error;
    const std::size_t rows = table.rowCount();
    out.append(rows == 0 ? std::string_view("[") : std::string_view("[\n"));
    std::size_t row = 0;
    while (row < rows) {
        const std::size_t blockEnd = std::min(rows, row + kRowsPerBlock);
        for (; row < blockEnd; ++row) {
            std::string& block = out.block();
            if (row > 0)
                block.append(",\n");
            if (columns == 0)
                block.push_back('{');
            for (int c = 0; c < columns; ++c) {
                block.append(keys[std::size_t(c)]);
                appendJsonString(block, table.cell(row, c));
            }
            block.push_back('}');
            out.flushIfFull();
        }
        if (out.failed())
            return out.error();
        progress.report(qint64(row), qint64(rows));
        if (progress.canceled())
            return Error{path, 0, 0, QStringLiteral("The export was canceled; the file was not changed.")};
    }
    out.append(rows == 0 ? std::string_view("]\n") : std::string_view("\n]\n"));
    if (auto error = out.commit())
        return error;
    progress.report(qint64(rows), qint64(rows));
    return std::nullopt;
}

} // namespace plumbline
