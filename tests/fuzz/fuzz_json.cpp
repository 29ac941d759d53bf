// libFuzzer target for the JSON readers and writer. Besides "never crash, hang or leak", it checks:
//  - an input the reader accepts as one JSON document is valid JSON for the strict validator;
//  - read → write → read → write gives the same bytes twice (the layout replays itself);
//  - read → write gives the same value as the input (QJsonDocument, when Qt can parse both);
//  - whatever the edits, the writer's output is valid JSON (or the write reports an Error).
#include "io/json/json_dataset_writer.h"
#include "io/json/json_error_locator.h"
#include "io/json/json_reader.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace plumbline;

namespace {

void check(bool condition, const char* what)
{
    if (!condition) {
        fprintf(stderr, "fuzz_json: invariant failed: %s\n", what);
        abort();
    }
}

bool validOutput(const QByteArray& out, bool lines)
{
    std::string_view text(out.constData(), std::size_t(out.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF") // the source's byte order mark is reproduced
        text.remove_prefix(3);
    if (!lines)
        return !findJsonSyntaxError(text, 600);
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        if (findJsonSyntaxError(text.substr(pos, end - pos), 600))
            return false;
        pos = end + 1;
    }
    return true;
}

void run(QByteArrayView bytes, const QString& name)
{
    NullProgress progress;
    const bool lines = name.endsWith(QLatin1String(".jsonl"));
    auto read = readJsonBytes(bytes, name, {}, progress);
    if (!read.ok()) {
        check(!read.error().message.isEmpty(), "an error has a message");
        return;
    }
    std::string_view input(bytes.data(), std::size_t(bytes.size()));
    if (input.substr(0, 3) == "\xEF\xBB\xBF")
        input.remove_prefix(3);
    if (!lines)
        check(!findJsonSyntaxError(input, 512), "accepted input is valid JSON");

    auto first = writeJsonBytes(read.value(), {}, progress);
    check(first.ok(), "an unedited dataset can be written");
    check(validOutput(first.value(), lines), "output is valid JSON");
    auto reread = readJsonBytes(first.value(), name, {}, progress);
    check(reread.ok(), "the writer's output reads back");
    auto second = writeJsonBytes(reread.value(), {}, progress);
    check(second.ok() && second.value() == first.value(), "read/write is idempotent");
    // QJsonDocument drops a U+FEFF that starts an unescaped string (QString::fromUtf8 strips it as a BOM),
    // so it is no judge of inputs holding one.
    if (!lines && !bytes.toByteArray().contains("\xEF\xBB\xBF")) {
        QJsonParseError e1, e2;
        const QJsonDocument a = QJsonDocument::fromJson(bytes.toByteArray(), &e1);
        const QJsonDocument b = QJsonDocument::fromJson(first.value(), &e2);
        if (e1.error == QJsonParseError::NoError && e2.error == QJsonParseError::NoError)
            check(a == b, "the round trip keeps the JSON value");
    }

    // Edits and inserted rows take the writer's other path; its output must still be valid JSON.
    Dataset& d = read.value();
    std::size_t i = 0;
    for (const auto& table : d.tables) {
        if (table->columnCount() == 0)
            continue;
        const int column = int(i % std::size_t(table->columnCount()));
        const std::size_t take = std::min<std::size_t>(std::size_t(bytes.size()), i % 7);
        std::string text(bytes.data(), take);
        if (table->rowCount() > 0)
            table->editOverlay().set(table->recordId(0), column, text);
        const RecordId added = table->insertRow(table->rowCount() / 2);
        table->editOverlay().set(added, int((i + 1) % std::size_t(table->columnCount())), i % 2 ? "1" : "x");
        if (table->rowCount() > 2 && i % 3 == 0)
            table->removeRow(1);
        ++i;
    }
    auto edited = writeJsonBytes(d, {}, progress);
    if (edited.ok())
        check(validOutput(edited.value(), lines), "output after edits is valid JSON");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    run(bytes, QStringLiteral("fuzz.json"));
    run(bytes, QStringLiteral("fuzz.jsonl"));
    return 0;
}
