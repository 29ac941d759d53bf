// libFuzzer entry for the hand-over reader (a colleague's review file is untrusted input). Besides crashes and
// sanitizer reports, it checks that an error always has a position inside the text or none, and that a file it
// accepts is written back to JSON that parses to the same content (the writer and reader agree).
#include "project/handover_file.h"

#include <cstddef>
#include <cstdint>

using namespace plumbline;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = parseHandoverJson(bytes, QStringLiteral("fuzz.json"));
    if (!parsed) {
        const Error& e = parsed.error();
        check(e.line >= 0 && e.column >= 0 && e.line <= qint64(size) + 1);
        check(!e.message.isEmpty());
        return 0;
    }
    const QByteArray written = writeHandoverJson(parsed.value());
    auto again = parseHandoverJson(written, QStringLiteral("again.json"));
    check(again.ok());
    check(again.value().edits == parsed.value().edits);
    check(again.value().triage.size() == parsed.value().triage.size());
    for (std::size_t i = 0; i < again.value().triage.size(); ++i) {
        check(again.value().triage[i].key == parsed.value().triage[i].key);
        check(again.value().triage[i].state == parsed.value().triage[i].state);
    }
    return 0;
}
