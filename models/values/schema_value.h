#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace plumbline {

/// The lexical rules of one Frictionless Table Schema (v1) field type and format: what text a cell of that
/// field may hold. Plain data, built once per rule; test() is const and thread-safe.
///
/// Types: string (formats default, email, uri, uuid, binary), integer, number (decimalChar, groupChar,
/// bareNumber; NaN, INF, -INF), boolean (trueValues/falseValues, exact), date, time, datetime (format default =
/// ISO 8601, "any", or a strptime pattern such as "%d/%m/%Y"), year, yearmonth, duration (ISO 8601), geopoint
/// (default "lon, lat", array, object), geojson (default, topojson), object, array (JSON), any; and "json" (any
/// JSON value: the planning.data.gov.uk json datatype, not a Table Schema type).
class SchemaValueType final
{
public:
    /// Builds the rules for type and format; returns false with *problem ("unknown type 'foo'", "unsupported
    /// date format directive %Q") when they are not understood. Nothing is thrown; hostile input is refused.
    bool configure(const QString& type, const QString& format, QString* problem);

    void setBooleanValues(const QStringList& trueValues, const QStringList& falseValues);
    void setNumberSyntax(const QString& decimalChar, const QString& groupChar, bool bareNumber);

    /// True when value is of the type; else false with *reason in plain words ("not a whole number").
    bool accepts(std::string_view value, std::string* reason) const;

    /// The type names configure() knows.
    static QStringList typeNames();

private:
    enum class Kind {
        String,
        Integer,
        Number,
        Boolean,
        Date,
        Time,
        DateTime,
        Year,
        YearMonth,
        Duration,
        GeoPoint,
        GeoJson,
        Object,
        Array,
        Any,
        Json
    };
    enum class Form { Default, Any, Pattern, Email, Uri, Uuid, Binary, GeoArray, GeoObject, TopoJson };

    bool acceptsNumber(std::string_view value, bool integer, std::string* reason) const;
    bool acceptsTemporal(std::string_view value, std::string* reason) const;
    bool acceptsJson(std::string_view value, std::string* reason) const;
    bool acceptsGeoPoint(std::string_view value, std::string* reason) const;

    Kind m_kind = Kind::String;
    Form m_form = Form::Default;
    std::string m_pattern; // strptime pattern for Form::Pattern
    std::vector<std::string> m_true{"true", "True", "TRUE", "1"};
    std::vector<std::string> m_false{"false", "False", "FALSE", "0"};
    std::string m_decimal = ".";
    std::string m_group;
    bool m_bare = true;
};

/// Matches value against a strptime-style pattern (%Y %y %m %d %H %I %M %S %f %p %b %B %j %z %Z %%, other
/// characters literal) and checks the calendar (30 February fails). Returns false with *reason when it does
/// not match. unsupportedDirective() names the first directive this matcher does not know, or is empty.
bool matchesDatePattern(std::string_view value, std::string_view pattern, std::string* reason);
QString unsupportedDateDirective(const QString& pattern);

} // namespace plumbline
