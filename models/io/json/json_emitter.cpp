#include "io/json/json_emitter.h"

#include "io/json/json_array_writer.h" // appendJsonString
#include "io/json/json_text.h"
#include "io/output_file.h"

namespace plumbline {

namespace {
constexpr std::size_t kFlushBytes = 1 << 20;
}

JsonEmitter::JsonEmitter(OutputFile* file, std::string indent, bool crlf)
    : m_file(file), m_indent(std::move(indent)), m_crlf(crlf)
{
}

void JsonEmitter::newline()
{
    if (m_indent.empty())
        return;
    m_out.append(m_crlf ? "\r\n" : "\n");
    for (std::size_t i = 0; i < m_empty.size(); ++i)
        m_out.append(m_indent);
}

void JsonEmitter::prefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;
    if (!m_empty.back())
        m_out.push_back(',');
    m_empty.back() = false;
    newline();
}

void JsonEmitter::maybeFlush()
{
    if (!m_file || m_out.size() < kFlushBytes)
        return;
    m_file->append(m_out);
    m_out.clear();
}

void JsonEmitter::beginObject()
{
    prefix();
    m_out.push_back('{');
    m_empty.push_back(true);
}

void JsonEmitter::endObject()
{
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty)
        newline();
    m_out.push_back('}');
    maybeFlush();
}

void JsonEmitter::beginArray()
{
    prefix();
    m_out.push_back('[');
    m_empty.push_back(true);
}

void JsonEmitter::endArray()
{
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty)
        newline();
    m_out.push_back(']');
    maybeFlush();
}

void JsonEmitter::key(std::string_view key)
{
    prefix();
    appendJsonString(m_out, key);
    m_out.append(m_indent.empty() ? ":" : ": ");
    m_afterKey = true;
}

void JsonEmitter::string(std::string_view s)
{
    prefix();
    appendJsonString(m_out, s);
}

void JsonEmitter::raw(std::string_view json)
{
    prefix();
    m_out.append(json);
}

void JsonEmitter::endLine()
{
    m_out.append(m_crlf ? "\r\n" : "\n");
    maybeFlush();
}

void JsonEmitter::value(std::string_view json)
{
    if (m_indent.empty() || json.empty() || (json.front() != '{' && json.front() != '[')) {
        raw(json);
        return;
    }
    // Replays the text (valid JSON) through the structural calls, so nesting, commas and empty containers
    // come out exactly as for values written member by member.
    prefix();
    std::size_t i = 0;
    bool first = true;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            if (!first)
                prefix();
            m_out.push_back(c);
            m_empty.push_back(true);
            ++i;
        } else if (c == '}' || c == ']') {
            const bool empty = m_empty.empty() || m_empty.back();
            if (!m_empty.empty())
                m_empty.pop_back();
            if (!empty)
                newline();
            m_out.push_back(c);
            ++i;
        } else if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (c == ':') {
            m_out.append(": ");
            m_afterKey = true;
            ++i;
        } else {
            // A scalar or a key: copy up to the next structural character outside strings.
            std::size_t end = i;
            if (c == '"') {
                for (++end; end < json.size() && json[end] != '"'; ++end)
                    if (json[end] == '\\')
                        ++end;
                ++end;
            } else {
                while (end < json.size() && std::string_view(",}]: \t\r\n").find(json[end]) == std::string_view::npos)
                    ++end;
            }
            prefix();
            m_out.append(json.substr(i, end - i));
            i = end;
        }
        first = false;
    }
    maybeFlush();
}

void JsonEmitter::finish(bool finalNewline)
{
    if (finalNewline)
        m_out.append(m_crlf ? "\r\n" : "\n");
    if (m_file) {
        m_file->append(m_out);
        m_out.clear();
    }
}

} // namespace plumbline
