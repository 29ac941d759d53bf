#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <string>
#include <string_view>

namespace plumbline {

/// A streaming scanner for the small XML subset of worksheet and shared-string parts: elements, attributes,
/// text, CDATA, comments and processing instructions, in UTF-8. It reports local names (prefixes like "x:" are
/// dropped) and raw, undecoded text; callers decode only the text they keep (decodeXmlText). It builds nothing:
/// memory is the carried-over tail of one chunk. DOCTYPE is refused (OOXML never has one; it is how entity
/// bombs start). Nesting is not checked; the callers check what they rely on.
///
/// Handler provides:
///   bool start(std::string_view name, std::string_view attributes, bool selfClosing);
///   bool end(std::string_view name);
///   bool text(std::string_view raw);   // may be called several times for one text node
///   bool cdata(std::string_view text); // CDATA content, already literal
/// Each returns false to stop (the handler keeps its own error).
class XmlChunkScanner final
{
public:
    /// Feeds the next chunk; false when the handler stopped or the XML is malformed (see error()).
    template <class Handler>
    bool feed(QByteArrayView chunk, Handler& handler)
    {
        if (m_pending.empty())
            return scan(std::string_view(chunk.data(), std::size_t(chunk.size())), handler);
        m_pending.append(chunk.data(), std::size_t(chunk.size()));
        std::string data = std::move(m_pending);
        m_pending.clear();
        return scan(data, handler);
    }

    /// Call after the last chunk: false if the document stopped in the middle of a construct.
    bool finish()
    {
        if (!m_pending.empty() && m_pending.find('<') != std::string::npos) {
            m_error = QStringLiteral("the XML ends in the middle of a tag (the file is truncated)");
            return false;
        }
        return true;
    }

    const QString& error() const { return m_error; }
    /// Bytes consumed so far (for error positions).
    qint64 offset() const { return m_offset; }

    /// The value of attribute name in a start tag's attribute text (undecoded), or an empty view.
    static std::string_view attribute(std::string_view attributes, std::string_view name)
    {
        std::size_t i = 0;
        while (i < attributes.size()) {
            while (i < attributes.size() && isSpace(attributes[i]))
                ++i;
            const std::size_t nameStart = i;
            while (i < attributes.size() && attributes[i] != '=' && !isSpace(attributes[i]))
                ++i;
            const std::string_view attrName = attributes.substr(nameStart, i - nameStart);
            while (i < attributes.size() && (isSpace(attributes[i]) || attributes[i] == '='))
                ++i;
            if (i >= attributes.size())
                break;
            const char quote = attributes[i];
            if (quote != '"' && quote != '\'')
                break;
            const std::size_t close = attributes.find(quote, i + 1);
            if (close == std::string_view::npos)
                break;
            if (attrName == name)
                return attributes.substr(i + 1, close - i - 1);
            i = close + 1;
        }
        return {};
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    bool fail(const char* message)
    {
        m_error = QString::fromLatin1(message);
        return false;
    }

    static std::string_view localName(std::string_view name)
    {
        const auto colon = name.find(':');
        return colon == std::string_view::npos ? name : name.substr(colon + 1);
    }

    template <class Handler>
    bool scan(std::string_view data, Handler& handler)
    {
        std::size_t pos = 0;
        const std::size_t size = data.size();
        bool ok = true;
        while (pos < size) {
            const char* lt = static_cast<const char*>(std::memchr(data.data() + pos, '<', size - pos));
            if (!lt) {
                // Text up to the end of the chunk: keep it, as an entity or the text node may continue.
                break;
            }
            const auto at = std::size_t(lt - data.data());
            if (at > pos && !handler.text(data.substr(pos, at - pos))) {
                ok = false;
                pos = at;
                break;
            }
            pos = at;
            if (pos + 1 >= size)
                break;
            const char next = data[pos + 1];
            if (next == '?') {
                const auto close = data.find("?>", pos + 2);
                if (close == std::string_view::npos)
                    break;
                pos = close + 2;
                continue;
            }
            if (next == '!') {
                if (data.substr(pos, 4) == "<!--") {
                    const auto close = data.find("-->", pos + 4);
                    if (close == std::string_view::npos)
                        break;
                    pos = close + 3;
                    continue;
                }
                if (data.substr(pos, 9) == "<![CDATA[") {
                    const auto close = data.find("]]>", pos + 9);
                    if (close == std::string_view::npos)
                        break;
                    if (!handler.cdata(data.substr(pos + 9, close - pos - 9))) {
                        ok = false;
                        break;
                    }
                    pos = close + 3;
                    continue;
                }
                if (size - pos < 9)
                    break; // could still become a comment or CDATA
                ok = fail("document type declarations and other <! constructs are not allowed");
                break;
            }
            // A tag: find its '>' outside quoted attribute values.
            std::size_t i = pos + 1;
            char quote = 0;
            for (; i < size; ++i) {
                const char c = data[i];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                } else if (c == '<') {
                    return fail("a '<' appears inside a tag");
                }
            }
            if (i >= size)
                break; // the tag continues in the next chunk
            std::string_view tag = data.substr(pos + 1, i - pos - 1);
            pos = i + 1;
            if (!tag.empty() && tag.front() == '/') {
                std::size_t end = 1;
                while (end < tag.size() && !isSpace(tag[end]))
                    ++end;
                if (!handler.end(localName(tag.substr(1, end - 1)))) {
                    ok = false;
                    break;
                }
                continue;
            }
            const bool selfClosing = !tag.empty() && tag.back() == '/';
            if (selfClosing)
                tag.remove_suffix(1);
            std::size_t nameEnd = 0;
            while (nameEnd < tag.size() && !isSpace(tag[nameEnd]))
                ++nameEnd;
            if (nameEnd == 0) {
                ok = fail("a tag has no name");
                break;
            }
            if (!handler.start(localName(tag.substr(0, nameEnd)), tag.substr(nameEnd), selfClosing)) {
                ok = false;
                break;
            }
        }
        m_offset += qint64(pos);
        if (ok && pos < size) {
            if (size - pos > kMaxPending)
                return fail("a single tag or text is longer than 64 MiB");
            m_pending.assign(data.substr(pos));
        }
        return ok;
    }

    // Far above anything Excel writes (a cell holds at most 32,767 characters); bounds the re-scan of a tail
    // that never ends.
    static constexpr std::size_t kMaxPending = std::size_t(64) << 20;
    std::string m_pending;
    QString m_error;
    qint64 m_offset = 0;
};

} // namespace plumbline
