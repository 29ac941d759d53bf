#include "table/text_encoding.h"

namespace plumbline {

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return QStringLiteral("UTF-8");
}

bool parseTextEncoding(const QString& name, TextEncoding* encoding)
{
    QString n = name.toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        *encoding = TextEncoding::Utf8;
    else if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        *encoding = TextEncoding::Utf16LE;
    else if (n == QLatin1String("utf16be"))
        *encoding = TextEncoding::Utf16BE;
    else if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252"))
        *encoding = TextEncoding::Windows1252;
    else if (n == QLatin1String("latin1") || n == QLatin1String("iso88591"))
        *encoding = TextEncoding::Latin1;
    else
        return false;
    return true;
}

QString lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::LF:
        return QStringLiteral("LF");
    case LineEnding::CRLF:
        return QStringLiteral("CRLF");
    case LineEnding::CR:
        return QStringLiteral("CR");
    case LineEnding::Mixed:
        return QStringLiteral("mixed");
    case LineEnding::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("LF");
}

} // namespace plumbline
