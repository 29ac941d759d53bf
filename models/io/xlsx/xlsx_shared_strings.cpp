#include "io/xlsx/xlsx_shared_strings.h"

#include "io/xlsx/xlsx_archive.h"
#include "io/xlsx/xlsx_text.h"

#include <QStringEncoder>
#include <QXmlStreamReader>

#include <string>

namespace plumbline {

namespace {

void appendUtf16(std::string& out, QStringView text, QStringEncoder& encoder)
{
    const std::size_t at = out.size();
    out.resize(at + std::size_t(encoder.requiredSpace(text.size())));
    char* end = encoder.appendToBuffer(out.data() + at, text);
    out.resize(std::size_t(end - out.data()));
}

} // namespace

std::optional<Error> readXlsxSharedStrings(XlsxArchive& archive, const QString& file, const QString& part,
                                           XlsxSharedStrings& strings, qint64& budget, Progress& progress)
{
    QXmlStreamReader xml;
    QStringEncoder encoder(QStringEncoder::Utf8);
    std::string raw;
    std::string text;
    bool inT = false;
    int phonetic = 0;
    std::optional<Error> failure;
    const qint64 total = archive.declaredSize(part);
    qint64 done = 0;

    const auto fail = [&](const QString& message) {
        failure = Error{file, 0, 0,
                        QStringLiteral("%1 line %2, column %3: %4")
                            .arg(part)
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(message)};
        return false;
    };

    auto readFailure = archive.read(part, [&](QByteArrayView chunk) {
        done += chunk.size();
        progress.report(done, total);
        if (progress.canceled()) {
            failure = Error{file, 0, 0, QStringLiteral("Reading was canceled.")};
            return false;
        }
        xml.addData(chunk.toByteArray());
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::DTD:
                return fail(QStringLiteral("document type declarations are not allowed"));
            case QXmlStreamReader::StartElement: {
                const auto name = xml.name();
                if (name == QLatin1String("si")) {
                    raw.clear();
                    phonetic = 0;
                } else if (name == QLatin1String("rPh")) {
                    ++phonetic;
                } else if (name == QLatin1String("t")) {
                    inT = phonetic == 0;
                }
                break;
            }
            case QXmlStreamReader::EndElement: {
                const auto name = xml.name();
                if (name == QLatin1String("t")) {
                    inT = false;
                } else if (name == QLatin1String("rPh")) {
                    --phonetic;
                } else if (name == QLatin1String("si")) {
                    text.clear();
                    appendOoxmlText(text, raw);
                    budget -= qint64(text.size());
                    if (budget < 0)
                        return fail(QStringLiteral("the shared strings hold more text than Plumbline allows"));
                    strings.append(text);
                }
                break;
            }
            case QXmlStreamReader::Characters:
                if (inT)
                    appendUtf16(raw, xml.text(), encoder);
                break;
            default:
                break;
            }
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(xml.errorString());
        return true;
    });
    if (failure)
        return failure;
    if (readFailure)
        return readFailure;
    if (xml.hasError() && xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return Error{file, 0, 0, QStringLiteral("%1 ends early: the file is truncated.").arg(part)};
    return std::nullopt;
}

} // namespace plumbline
