#include "values/schema_value.h"

#include "values/ascii_scan.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fast_float/fast_float.h>

#include <cctype>
#include <cmath>

namespace plumbline {

namespace {

using values::ascii::isDigit;
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// Reads between minDigits and maxDigits digits at value[*pos]; false when there are fewer than minDigits.
bool readDigits(std::string_view value, std::size_t* pos, int minDigits, int maxDigits, int* out)
{
    int n = 0;
    int v = 0;
    while (*pos < value.size() && n < maxDigits && isDigit(value[*pos])) {
        v = v * 10 + (value[*pos] - '0');
        ++*pos;
        ++n;
    }
    *out = v;
    return n >= minDigits;
}

bool consume(std::string_view value, std::size_t* pos, char c)
{
    if (*pos < value.size() && value[*pos] == c) {
        ++*pos;
        return true;
    }
    return false;
}

const char* const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};

bool readMonthName(std::string_view value, std::size_t* pos, bool full, int* month)
{
    for (int m = 0; m < 12; ++m) {
        const std::string_view name(kMonths[m]);
        // Full names first ("%B"), then the three-letter abbreviation ("%b"); either is accepted for both.
        for (std::size_t len : {name.size(), std::size_t(3)}) {
            if (!full && len != 3)
                continue;
            if (*pos + len > value.size())
                continue;
            bool same = true;
            for (std::size_t i = 0; i < len && same; ++i) {
                char c = value[*pos + i];
                if (c >= 'A' && c <= 'Z')
                    c = char(c + 32);
                same = c == name[i];
            }
            if (same) {
                *pos += len;
                *month = m + 1;
                return true;
            }
        }
    }
    return false;
}

bool readZone(std::string_view value, std::size_t* pos)
{
    if (consume(value, pos, 'Z'))
        return true;
    if (*pos >= value.size() || (value[*pos] != '+' && value[*pos] != '-'))
        return false;
    ++*pos;
    int hours = 0;
    int minutes = 0;
    if (!readDigits(value, pos, 2, 2, &hours))
        return false;
    consume(value, pos, ':');
    return readDigits(value, pos, 2, 2, &minutes) && hours <= 14 && minutes < 60;
}

bool validTime(int h, int m, double s)
{
    return h >= 0 && h <= 24 && m >= 0 && m < 60 && s >= 0 && s < 61;
}

/// ISO 8601 time hh:mm:ss with optional fraction and zone.
bool readIsoTime(std::string_view value, std::size_t* pos, std::string* reason)
{
    int h = 0, m = 0, s = 0;
    if (!readDigits(value, pos, 2, 2, &h) || !consume(value, pos, ':') || !readDigits(value, pos, 2, 2, &m) ||
        !consume(value, pos, ':') || !readDigits(value, pos, 2, 2, &s)) {
        *reason = "not a time written hh:mm:ss";
        return false;
    }
    if (consume(value, pos, '.')) {
        int f = 0;
        if (!readDigits(value, pos, 1, 9, &f)) {
            *reason = "a time with an empty fraction of a second";
            return false;
        }
        while (*pos < value.size() && isDigit(value[*pos]))
            ++*pos;
    }
    if (*pos < value.size() && !readZone(value, pos)) {
        *reason = "a time with an unreadable time zone";
        return false;
    }
    if (!validTime(h, m, s)) {
        *reason = "not a real time of day";
        return false;
    }
    return true;
}

bool readIsoDate(std::string_view value, std::size_t* pos, std::string* reason)
{
    int y = 0, mo = 0, d = 0;
    if (!readDigits(value, pos, 4, 4, &y) || !consume(value, pos, '-') || !readDigits(value, pos, 2, 2, &mo) ||
        !consume(value, pos, '-') || !readDigits(value, pos, 2, 2, &d)) {
        *reason = "not a date written YYYY-MM-DD";
        return false;
    }
    if (!QDate::isValid(y, mo, d)) {
        *reason = "not a real date";
        return false;
    }
    return true;
}

} // namespace

bool matchesDatePattern(std::string_view value, std::string_view pattern, std::string* reason)
{
    std::size_t pos = 0;
    int year = 2000, month = 1, day = 1, hour = 0, minute = 0, second = 0, yday = 0;
    bool pm = false, hasAmPm = false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char p = pattern[i];
        if (p != '%' || i + 1 >= pattern.size()) {
            if (!consume(value, &pos, p)) {
                *reason = "not in the format " + std::string(pattern);
                return false;
            }
            continue;
        }
        const char d = pattern[++i];
        bool ok = true;
        switch (d) {
        case 'Y':
            ok = readDigits(value, &pos, 4, 4, &year);
            break;
        case 'y':
            ok = readDigits(value, &pos, 2, 2, &year);
            year += year < 69 ? 2000 : 1900;
            break;
        case 'm':
            ok = readDigits(value, &pos, 1, 2, &month);
            break;
        case 'd':
            ok = readDigits(value, &pos, 1, 2, &day);
            break;
        case 'H':
            ok = readDigits(value, &pos, 1, 2, &hour);
            break;
        case 'I':
            ok = readDigits(value, &pos, 1, 2, &hour) && hour >= 1 && hour <= 12;
            break;
        case 'M':
            ok = readDigits(value, &pos, 1, 2, &minute);
            break;
        case 'S':
            ok = readDigits(value, &pos, 1, 2, &second);
            break;
        case 'j':
            ok = readDigits(value, &pos, 1, 3, &yday) && yday >= 1 && yday <= 366;
            break;
        case 'f': {
            int f = 0;
            ok = readDigits(value, &pos, 1, 6, &f);
            break;
        }
        case 'p': {
            hasAmPm = true;
            const auto rest = value.substr(pos, 2);
            ok = rest.size() == 2 && (rest[1] == 'M' || rest[1] == 'm');
            if (ok && (rest[0] == 'P' || rest[0] == 'p'))
                pm = true;
            else if (ok && rest[0] != 'A' && rest[0] != 'a')
                ok = false;
            if (ok)
                pos += 2;
            break;
        }
        case 'b':
            ok = readMonthName(value, &pos, false, &month);
            break;
        case 'B':
            ok = readMonthName(value, &pos, true, &month);
            break;
        case 'z':
            ok = readZone(value, &pos);
            break;
        case 'Z':
            while (pos < value.size() &&
                   ((value[pos] >= 'A' && value[pos] <= 'Z') || value[pos] == '/' || value[pos] == '_'))
                ++pos;
            break;
        case '%':
            ok = consume(value, &pos, '%');
            break;
        default:
            ok = false;
            break;
        }
        if (!ok) {
            *reason = "not in the format " + std::string(pattern);
            return false;
        }
    }
    if (pos != value.size()) {
        *reason = "followed by extra text after the format " + std::string(pattern);
        return false;
    }
    if (hasAmPm && pm && hour < 12)
        hour += 12;
    if (!QDate::isValid(year, month, day) || !validTime(hour, minute, second)) {
        *reason = "not a real date or time";
        return false;
    }
    (void)yday;
    return true;
}

QString unsupportedDateDirective(const QString& pattern)
{
    static const QString known = QStringLiteral("YymdHIMSfjpbBzZ%");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != QLatin1Char('%'))
            continue;
        if (i + 1 >= pattern.size())
            return QStringLiteral("%");
        if (!known.contains(pattern[i + 1]))
            return QStringLiteral("%") + pattern[i + 1];
        ++i;
    }
    return {};
}

QStringList SchemaValueType::typeNames()
{
    return {
        QStringLiteral("string"),    QStringLiteral("integer"),  QStringLiteral("number"),   QStringLiteral("boolean"),
        QStringLiteral("date"),      QStringLiteral("time"),     QStringLiteral("datetime"), QStringLiteral("year"),
        QStringLiteral("yearmonth"), QStringLiteral("duration"), QStringLiteral("geopoint"), QStringLiteral("geojson"),
        QStringLiteral("object"),    QStringLiteral("array"),    QStringLiteral("any"),      QStringLiteral("json")};
}

bool SchemaValueType::configure(const QString& type, const QString& format, QString* problem)
{
    const qsizetype index = typeNames().indexOf(type);
    if (index < 0) {
        *problem = QStringLiteral("unknown type '%1' (known: %2)").arg(type, typeNames().join(QLatin1String(", ")));
        return false;
    }
    m_kind = Kind(index);
    const QString f = format.isEmpty() ? QStringLiteral("default") : format;
    m_form = Form::Default;
    auto unknownFormat = [&] {
        *problem = QStringLiteral("unknown format '%1' for type %2").arg(f, type);
        return false;
    };
    if (f == QLatin1String("default"))
        return true;
    switch (m_kind) {
    case Kind::String:
        if (f == QLatin1String("email"))
            m_form = Form::Email;
        else if (f == QLatin1String("uri"))
            m_form = Form::Uri;
        else if (f == QLatin1String("uuid"))
            m_form = Form::Uuid;
        else if (f == QLatin1String("binary"))
            m_form = Form::Binary;
        else
            return unknownFormat();
        return true;
    case Kind::Date:
    case Kind::Time:
    case Kind::DateTime: {
        if (f == QLatin1String("any")) {
            m_form = Form::Any;
            return true;
        }
        QString pattern = f;
        if (pattern.startsWith(QLatin1String("fmt:")))
            pattern = pattern.mid(4);
        if (!pattern.contains(QLatin1Char('%')))
            return unknownFormat();
        if (const QString bad = unsupportedDateDirective(pattern); !bad.isEmpty()) {
            *problem = QStringLiteral("unsupported directive %1 in the %2 format '%3'").arg(bad, type, f);
            return false;
        }
        m_form = Form::Pattern;
        m_pattern = pattern.toStdString();
        return true;
    }
    case Kind::GeoPoint:
        if (f == QLatin1String("array"))
            m_form = Form::GeoArray;
        else if (f == QLatin1String("object"))
            m_form = Form::GeoObject;
        else
            return unknownFormat();
        return true;
    case Kind::GeoJson:
        if (f == QLatin1String("topojson"))
            m_form = Form::TopoJson;
        else
            return unknownFormat();
        return true;
    default:
        return unknownFormat();
    }
}

void SchemaValueType::setBooleanValues(const QStringList& trueValues, const QStringList& falseValues)
{
    m_true.clear();
    m_false.clear();
    for (const auto& v : trueValues)
        m_true.push_back(v.toStdString());
    for (const auto& v : falseValues)
        m_false.push_back(v.toStdString());
}

void SchemaValueType::setNumberSyntax(const QString& decimalChar, const QString& groupChar, bool bareNumber)
{
    m_decimal = decimalChar.isEmpty() ? std::string(".") : decimalChar.toStdString();
    m_group = groupChar.toStdString();
    m_bare = bareNumber;
}

bool SchemaValueType::acceptsNumber(std::string_view value, bool integer, std::string* reason) const
{
    const char* what = integer ? "not a whole number" : "not a number";
    if (!integer && (value == "NaN" || value == "INF" || value == "-INF"))
        return true;
    if (!m_bare) {
        // bareNumber false: currency signs, units and percent signs around the number are allowed.
        auto numeric = [](char c) { return isDigit(c) || c == '-' || c == '+'; };
        std::size_t a = 0;
        while (a < value.size() && !numeric(value[a]))
            ++a;
        std::size_t b = value.size();
        while (b > a && !isDigit(value[b - 1]))
            --b;
        value = value.substr(a, b - a);
    }
    std::string plain;
    plain.reserve(value.size());
    for (std::size_t i = 0; i < value.size();) {
        if (!m_group.empty() && value.substr(i, m_group.size()) == m_group) {
            i += m_group.size();
            continue;
        }
        if (!integer && value.substr(i, m_decimal.size()) == m_decimal) {
            plain += '.';
            i += m_decimal.size();
            continue;
        }
        plain += value[i++];
    }
    std::size_t pos = 0;
    if (pos < plain.size() && (plain[pos] == '+' || plain[pos] == '-'))
        ++pos;
    const std::size_t digitsFrom = pos;
    while (pos < plain.size() && isDigit(plain[pos]))
        ++pos;
    bool digits = pos > digitsFrom;
    if (integer) {
        if (!digits || pos != plain.size()) {
            *reason = what;
            return false;
        }
        return true;
    }
    if (pos < plain.size() && plain[pos] == '.') {
        ++pos;
        const std::size_t fraction = pos;
        while (pos < plain.size() && isDigit(plain[pos]))
            ++pos;
        digits = digits || pos > fraction;
    }
    if (digits && pos < plain.size() && (plain[pos] == 'e' || plain[pos] == 'E')) {
        ++pos;
        if (pos < plain.size() && (plain[pos] == '+' || plain[pos] == '-'))
            ++pos;
        const std::size_t exponent = pos;
        while (pos < plain.size() && isDigit(plain[pos]))
            ++pos;
        digits = pos > exponent;
    }
    if (!digits || pos != plain.size()) {
        *reason = what;
        return false;
    }
    return true;
}

bool SchemaValueType::acceptsTemporal(std::string_view value, std::string* reason) const
{
    std::size_t pos = 0;
    if (m_form == Form::Pattern) {
        if (matchesDatePattern(value, m_pattern, reason))
            return true;
        return false;
    }
    if (m_form == Form::Any) {
        // "any": whatever a reader can make a date of. We take ISO forms and the common day-first notations.
        for (const char* p :
             {"%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y",
              "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%H:%M:%S", "%H:%M", "%I:%M %p"}) {
            std::string ignored;
            if (matchesDatePattern(value, p, &ignored))
                return true;
        }
        *reason = "not a date or time that can be read";
        return false;
    }
    bool ok = false;
    if (m_kind == Kind::Date) {
        ok = readIsoDate(value, &pos, reason);
        if (ok && pos != value.size()) {
            *reason = "not a date written YYYY-MM-DD";
            ok = false;
        }
    } else if (m_kind == Kind::Time) {
        ok = readIsoTime(value, &pos, reason) && pos == value.size();
    } else {
        ok = readIsoDate(value, &pos, reason);
        if (ok && !consume(value, &pos, 'T')) {
            *reason = "not a date and time written YYYY-MM-DDThh:mm:ss";
            ok = false;
        }
        ok = ok && readIsoTime(value, &pos, reason) && pos == value.size();
    }
    if (!ok && reason->empty())
        *reason = "not in the ISO 8601 form";
    return ok;
}

bool SchemaValueType::acceptsJson(std::string_view value, std::string* reason) const
{
    QJsonParseError error;
    if (m_kind == Kind::Json) {
        // QJsonDocument takes only objects and arrays at the top: wrap the value to accept scalars too.
        const QByteArray wrapped = '[' + QByteArray(value.data(), qsizetype(value.size())) + ']';
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
        if (doc.isNull() || doc.array().size() != 1) {
            *reason = "not valid JSON";
            return false;
        }
        return true;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(value.data(), qsizetype(value.size())), &error);
    if (doc.isNull()) {
        *reason = "not valid JSON (" + error.errorString().toStdString() + ")";
        return false;
    }
    if (m_kind == Kind::Array) {
        if (!doc.isArray())
            *reason = "not a JSON array";
        return doc.isArray();
    }
    if (!doc.isObject()) {
        *reason = "not a JSON object";
        return false;
    }
    if (m_kind == Kind::Object)
        return true;
    const QString type = doc.object().value(QLatin1String("type")).toString();
    static const QStringList geojsonTypes = {QStringLiteral("Point"),
                                             QStringLiteral("MultiPoint"),
                                             QStringLiteral("LineString"),
                                             QStringLiteral("MultiLineString"),
                                             QStringLiteral("Polygon"),
                                             QStringLiteral("MultiPolygon"),
                                             QStringLiteral("GeometryCollection"),
                                             QStringLiteral("Feature"),
                                             QStringLiteral("FeatureCollection")};
    if (m_form == Form::TopoJson ? type != QLatin1String("Topology") : !geojsonTypes.contains(type)) {
        *reason = m_form == Form::TopoJson ? "not a TopoJSON topology" : "not a GeoJSON object (no known \"type\")";
        return false;
    }
    return true;
}

bool SchemaValueType::acceptsGeoPoint(std::string_view value, std::string* reason) const
{
    double lon = 0, lat = 0;
    bool ok = false;
    if (m_form == Form::Default) {
        const auto comma = value.find(',');
        if (comma != std::string_view::npos) {
            auto trim = [](std::string_view s) {
                while (!s.empty() && s.front() == ' ')
                    s.remove_prefix(1);
                while (!s.empty() && s.back() == ' ')
                    s.remove_suffix(1);
                return s;
            };
            const auto a = trim(value.substr(0, comma));
            const auto b = trim(value.substr(comma + 1));
            const auto ra = fast_float::from_chars(a.data(), a.data() + a.size(), lon);
            const auto rb = fast_float::from_chars(b.data(), b.data() + b.size(), lat);
            ok = ra.ec == std::errc() && ra.ptr == a.data() + a.size() && rb.ec == std::errc() &&
                 rb.ptr == b.data() + b.size();
        }
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(value.data(), qsizetype(value.size())));
        if (m_form == Form::GeoArray && doc.isArray() && doc.array().size() == 2 && doc.array()[0].isDouble() &&
            doc.array()[1].isDouble()) {
            lon = doc.array()[0].toDouble();
            lat = doc.array()[1].toDouble();
            ok = true;
        } else if (m_form == Form::GeoObject && doc.isObject() && doc.object().value(QLatin1String("lon")).isDouble() &&
                   doc.object().value(QLatin1String("lat")).isDouble()) {
            lon = doc.object().value(QLatin1String("lon")).toDouble();
            lat = doc.object().value(QLatin1String("lat")).toDouble();
            ok = true;
        }
    }
    if (!ok) {
        *reason = m_form == Form::GeoArray    ? "not a point written [lon, lat]"
                  : m_form == Form::GeoObject ? "not a point written {\"lon\": …, \"lat\": …}"
                                              : "not a point written lon, lat";
        return false;
    }
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
        *reason = "a point outside longitude -180…180, latitude -90…90";
        return false;
    }
    return true;
}

bool SchemaValueType::accepts(std::string_view value, std::string* reason) const
{
    switch (m_kind) {
    case Kind::Any:
        return true;
    case Kind::String:
        switch (m_form) {
        case Form::Email: {
            const auto at = value.find('@');
            const bool ok = at != std::string_view::npos && at > 0 &&
                            value.find('@', at + 1) == std::string_view::npos &&
                            value.find('.', at + 2) != std::string_view::npos && value.back() != '.' &&
                            value.find_first_of(" \t\r\n,;<>") == std::string_view::npos;
            if (!ok)
                *reason = "not an e-mail address";
            return ok;
        }
        case Form::Uri: {
            std::size_t i = 0;
            while (i < value.size() && (std::isalnum(static_cast<unsigned char>(value[i])) || value[i] == '+' ||
                                        value[i] == '-' || value[i] == '.'))
                ++i;
            const bool ok = i > 0 && std::isalpha(static_cast<unsigned char>(value[0])) && i + 1 < value.size() &&
                            value[i] == ':' && value.find_first_of(" \t\r\n") == std::string_view::npos;
            if (!ok)
                *reason = "not a URI (scheme:…)";
            return ok;
        }
        case Form::Uuid: {
            bool ok = value.size() == 36;
            for (std::size_t i = 0; ok && i < 36; ++i)
                ok = (i == 8 || i == 13 || i == 18 || i == 23) ? value[i] == '-' : isHex(value[i]);
            if (!ok)
                *reason = "not a UUID";
            return ok;
        }
        case Form::Binary: {
            bool ok = value.size() % 4 == 0;
            for (std::size_t i = 0; ok && i < value.size(); ++i) {
                const char c = value[i];
                ok = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' ||
                     (c == '=' && i + 2 >= value.size());
            }
            if (!ok)
                *reason = "not base64-encoded binary";
            return ok;
        }
        default:
            return true;
        }
    case Kind::Integer:
        return acceptsNumber(value, true, reason);
    case Kind::Number:
        return acceptsNumber(value, false, reason);
    case Kind::Boolean:
        for (const auto& v : m_true)
            if (value == v)
                return true;
        for (const auto& v : m_false)
            if (value == v)
                return true;
        *reason = "not one of the true or false values";
        return false;
    case Kind::Date:
    case Kind::Time:
    case Kind::DateTime:
        return acceptsTemporal(value, reason);
    case Kind::Year: {
        std::size_t pos = 0;
        int y = 0;
        consume(value, &pos, '-');
        if (!readDigits(value, &pos, 4, 4, &y) || pos != value.size()) {
            *reason = "not a year written YYYY";
            return false;
        }
        return true;
    }
    case Kind::YearMonth: {
        std::size_t pos = 0;
        int y = 0, m = 0;
        if (!readDigits(value, &pos, 4, 4, &y) || !consume(value, &pos, '-') || !readDigits(value, &pos, 2, 2, &m) ||
            pos != value.size() || m < 1 || m > 12) {
            *reason = "not a month written YYYY-MM";
            return false;
        }
        return true;
    }
    case Kind::Duration: {
        // ISO 8601: P[nY][nM][nW][nD][T[nH][nM][n(.n)S]], at least one part.
        std::size_t pos = 0;
        bool ok = consume(value, &pos, 'P');
        bool parts = false;
        bool time = false;
        while (ok && pos < value.size()) {
            if (!time && consume(value, &pos, 'T')) {
                time = true;
                continue;
            }
            const std::size_t from = pos;
            while (pos < value.size() && (isDigit(value[pos]) || value[pos] == '.' || value[pos] == ','))
                ++pos;
            if (pos == from || pos >= value.size()) {
                ok = false;
                break;
            }
            const char unit = value[pos++];
            ok = time ? (unit == 'H' || unit == 'M' || unit == 'S')
                      : (unit == 'Y' || unit == 'M' || unit == 'W' || unit == 'D');
            parts = true;
        }
        if (!ok || !parts)
            *reason = "not an ISO 8601 duration (P1Y2M3DT4H)";
        return ok && parts;
    }
    case Kind::GeoPoint:
        return acceptsGeoPoint(value, reason);
    case Kind::GeoJson:
    case Kind::Object:
    case Kind::Array:
    case Kind::Json:
        return acceptsJson(value, reason);
    }
    return true;
}

} // namespace plumbline
