#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plumbline {

class OutputFile;

/// Writes JSON text, pretty-printed with a given indentation step (2 spaces, a tab, ...) or compact, into a
/// buffer that is handed to an OutputFile every megabyte (or kept in memory when there is none).
/// Containers with no members are written as `[]` / `{}`. The caller keeps the structure valid.
class JsonEmitter final
{
public:
    JsonEmitter(OutputFile* file, std::string indent, bool crlf);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next member's key; the value follows with one of the value calls or begin*().
    void key(std::string_view key);
    void string(std::string_view s);
    /// JSON text written as is (numbers, literals).
    void raw(std::string_view json);
    /// Compact JSON text (a verbatim member, a geometry), re-indented to the current depth when pretty-printing.
    void value(std::string_view compactJson);
    void null() { raw("null"); }
    /// Ends a JSON Lines record (top level only).
    void endLine();

    /// Ends the document (optionally with a line ending) and hands the rest to the file.
    void finish(bool finalNewline);
    /// The text written so far (file == nullptr only).
    const std::string& text() const { return m_out; }

private:
    void prefix();
    void newline();
    void maybeFlush();

    OutputFile* m_file;
    std::string m_indent;
    bool m_crlf;
    std::string m_out;
    std::vector<bool> m_empty; // per open container: no member yet
    bool m_afterKey = false;
};

} // namespace plumbline
