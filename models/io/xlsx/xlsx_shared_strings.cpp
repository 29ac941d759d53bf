#include "io/xlsx/xlsx_shared_strings.h"

#include "io/xlsx/xlsx_archive.h"
#include "io/xlsx/xlsx_text.h"
#include "io/xlsx/xlsx_xml_scanner.h"

#include <charconv>
#include <string>

namespace plumbline {

namespace {

class SharedStringsHandler
{
public:
    SharedStringsHandler(XlsxSharedStrings& strings, qint64& budget) : m_strings(strings), m_budget(budget) {}

    bool start(std::string_view name, std::string_view attributes, bool selfClosing)
    {
        if (name == "si") {
            m_raw.clear();
            m_phonetic = 0;
            if (selfClosing)
                return store();
        } else if (name == "t") {
            m_capture = m_phonetic == 0 && !selfClosing;
        } else if (name == "rPh") {
            m_phonetic += !selfClosing;
        } else if (name == "sst") {
            // uniqueCount sizes the offsets once; capped so a lying count cannot reserve gigabytes.
            std::size_t count = 0;
            const auto unique = XmlChunkScanner::attribute(attributes, "uniqueCount");
            std::from_chars(unique.data(), unique.data() + unique.size(), count);
            m_strings.reserve(std::min<std::size_t>(count, 1 << 22));
        }
        return true;
    }

    bool end(std::string_view name)
    {
        if (name == "t")
            m_capture = false;
        else if (name == "rPh")
            m_phonetic -= m_phonetic > 0;
        else if (name == "si")
            return store();
        return true;
    }

    bool text(std::string_view raw)
    {
        if (m_capture && !appendXmlText(m_raw, raw))
            return fail(QStringLiteral("a string holds an unknown or malformed &entity;"));
        return true;
    }

    bool cdata(std::string_view text)
    {
        if (m_capture)
            m_raw.append(text);
        return true;
    }

    const QString& problem() const { return m_problem; }

private:
    bool fail(QString message)
    {
        m_problem = std::move(message);
        return false;
    }

    bool store()
    {
        if (!isValidUtf8(m_raw))
            return fail(QStringLiteral("string %1 is not valid UTF-8").arg(m_strings.size()));
        std::string_view text = m_raw;
        if (m_raw.find("_x") != std::string::npos || m_raw.find("_X") != std::string::npos) {
            m_value.clear();
            appendOoxmlText(m_value, m_raw);
            text = m_value;
        }
        m_budget -= qint64(text.size());
        if (m_budget < 0)
            return fail(QStringLiteral("the shared strings hold more text than Plumbline allows for one workbook"));
        m_strings.append(text);
        m_raw.clear();
        return true;
    }

    XlsxSharedStrings& m_strings;
    qint64& m_budget;
    std::string m_raw, m_value;
    bool m_capture = false;
    int m_phonetic = 0;
    QString m_problem;
};

} // namespace

std::optional<Error> readXlsxSharedStrings(XlsxArchive& archive, const QString& file, const QString& part,
                                           XlsxSharedStrings& strings, qint64& budget, Progress& progress)
{
    SharedStringsHandler handler(strings, budget);
    XmlChunkScanner scanner;
    std::optional<Error> failure;
    const qint64 total = archive.declaredSize(part);
    qint64 done = 0;

    auto readFailure = archive.read(part, [&](QByteArrayView chunk) {
        done += chunk.size();
        progress.report(done, total);
        if (progress.canceled()) {
            failure = Error{file, 0, 0, QStringLiteral("Reading was canceled.")};
            return false;
        }
        if (!scanner.feed(chunk, handler)) {
            failure = Error{file, 0, 0,
                            QStringLiteral("%1 is not valid near byte %2: %3")
                                .arg(part)
                                .arg(scanner.offset())
                                .arg(handler.problem().isEmpty() ? scanner.error() : handler.problem())};
            return false;
        }
        return true;
    });
    if (failure)
        return failure;
    if (readFailure)
        return readFailure;
    if (!scanner.finish())
        return Error{file, 0, 0, QStringLiteral("%1 ends early: the file is truncated.").arg(part)};
    return std::nullopt;
}

} // namespace plumbline
