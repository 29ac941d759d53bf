#include "checks/planning/geometry_check.h"

#include "checks/support/geo_support.h"
#include "checks/support/text_profile.h"
#include "values/geometry.h"
#include "values/text_util.h"

#include <fast_float/fast_float.h>

#include <cmath>

namespace plumbline {

using values::CoordinateKind;

const std::vector<std::uint64_t>* GeometryCheck::skippableRows(const BindContext& context, int column) const
{
    const bool pointsPass = m_aspect != Aspect::Type || m_expect == Expect::Point || m_expect == Expect::Any;
    return pointsPass && context.profiles ? context.profiles->tidyPoints(column) : nullptr;
}

bool GeometryCheck::parsePoint(std::string_view text, double* x, double* y)
{
    text = textutil::trim(text);
    if (text.size() < 9)
        return false;
    auto upper = [](char c) { return c >= 'a' && c <= 'z' ? char(c - 32) : c; };
    static constexpr std::string_view kPoint = "POINT";
    for (std::size_t i = 0; i < kPoint.size(); ++i)
        if (upper(text[i]) != kPoint[i])
            return false;
    std::size_t i = kPoint.size();
    while (i < text.size() && text[i] == ' ')
        ++i;
    if (i >= text.size() || text[i] != '(' || text.back() != ')')
        return false;
    const char* p = text.data() + i + 1;
    const char* end = text.data() + text.size() - 1;
    auto skip = [&] {
        while (p < end && *p == ' ')
            ++p;
    };
    skip();
    auto r = fast_float::from_chars(p, end, *x);
    if (r.ec != std::errc() || r.ptr == p || *r.ptr != ' ')
        return false;
    p = r.ptr;
    skip();
    r = fast_float::from_chars(p, end, *y);
    if (r.ec != std::errc() || r.ptr == p)
        return false;
    p = r.ptr;
    skip();
    return p == end && std::isfinite(*x) && std::isfinite(*y);
}

std::unique_ptr<Check> GeometryCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<GeometryCheck>();
    const QStringList aspects{QStringLiteral("parse"), QStringLiteral("type"), QStringLiteral("valid"),
                              QStringLiteral("crs"), QStringLiteral("england")};
    check->m_aspect = Aspect(aspects.indexOf(params.choice("check", aspects)));
    const QStringList expects{QStringLiteral("any"), QStringLiteral("point"), QStringLiteral("polygon"),
                              QStringLiteral("line")};
    check->m_expect = Expect(expects.indexOf(params.choice("expect", expects)));
    if (check->m_aspect == Aspect::Type && check->m_expect == Expect::Any)
        params.fail(QStringLiteral("expect"), QStringLiteral("a type check needs point, polygon or line"));
    const QString geojson = params.string("geojson", QStringLiteral("warning"));
    Severity s;
    if (geojson != QLatin1String("none")) {
        if (!parseSeverity(geojson, &s))
            params.fail(QStringLiteral("geojson"), QStringLiteral("expected a severity or \"none\""));
        else
            check->m_geojson = std::min(s, rule.severity);
    }
    check->m_invalid = geo::severityParam(params, "invalid", Severity::Error, Severity::Error);
    return check;
}

bool GeometryCheck::testCoordinate(double x, double y, bool isPoint, Verdict& verdict) const
{
    const values::CoordinateGuess guess = values::classifyCoordinate(x, y);
    if (m_aspect == Aspect::England) {
        if (!guess.hasPosition || geo::insideEnglandPolygon(guess.lon, guess.lat))
            return false;
        verdict.detail = "outside England";
        return true;
    }
    if (guess.kind == CoordinateKind::Wgs84)
        return false;
    verdict.detail = std::string(values::coordinateKindName(guess.kind));
    if (guess.kind == CoordinateKind::Unknown || guess.kind == CoordinateKind::Etrs89Geocentric) {
        verdict.severity = m_invalid;
        verdict.detail = guess.kind == CoordinateKind::Unknown ? std::string("coordinates of no known system")
                                                               : "ETRS89 geocentric X/Y, not longitude/latitude";
        return true;
    }
    if (isPoint && guess.hasPosition)
        verdict.suggestion = geo::pointWkt(guess.lon, guess.lat);
    return true;
}

bool GeometryCheck::test(std::string_view value, Verdict& verdict) const
{
    double x = 0;
    double y = 0;
    if (parsePoint(value, &x, &y)) {
        switch (m_aspect) {
        case Aspect::Parse:
        case Aspect::Valid:
            return false;
        case Aspect::Type:
            if (m_expect == Expect::Point)
                return false;
            verdict.detail = "POINT";
            return true;
        case Aspect::Crs:
        case Aspect::England:
            return testCoordinate(x, y, true, verdict);
        }
    }
    const auto inspected = values::inspectGeometry(value);
    if (!inspected) {
        if (m_aspect != Aspect::Parse)
            return false; // the parse rule reports it
        verdict.detail = inspected.error().message.toStdString();
        return true;
    }
    const values::GeometryInfo& info = inspected.value();
    switch (m_aspect) {
    case Aspect::Parse: {
        if (info.format != values::GeometryFormat::GeoJson || !m_geojson)
            return false;
        verdict.severity = m_geojson;
        verdict.detail = "{column} holds GeoJSON; the platform expects WKT.";
        verdict.ownMessage = true;
        if (auto wkt = values::normaliseGeometry(value))
            verdict.suggestion = wkt.value();
        return true;
    }
    case Aspect::Type: {
        const values::GeometryType t =
            info.type == values::GeometryType::GeometryCollection ? info.firstMemberType : info.type;
        bool ok = false;
        switch (m_expect) {
        case Expect::Any:
            ok = true;
            break;
        case Expect::Point:
            ok = t == values::GeometryType::Point || t == values::GeometryType::MultiPoint;
            break;
        case Expect::Polygon:
            ok = t == values::GeometryType::Polygon || t == values::GeometryType::MultiPolygon;
            break;
        case Expect::Line:
            ok = t == values::GeometryType::LineString || t == values::GeometryType::MultiLineString;
            break;
        }
        if (ok)
            return false;
        verdict.detail = std::string(values::geometryTypeName(info.type));
        return true;
    }
    case Aspect::Valid: {
        if (info.valid)
            return false;
        verdict.detail = info.invalidReason;
        values::WktOptions options;
        options.makeValid = true;
        if (auto fixed = values::normaliseGeometry(value, options)) {
            verdict.suggestion = fixed.value();
            verdict.tentative = true; // made valid by GEOS: the shape may change
        }
        return true;
    }
    case Aspect::Crs:
    case Aspect::England:
        if (info.empty)
            return false;
        return testCoordinate(info.firstX, info.firstY, false, verdict);
    }
    return false;
}

} // namespace plumbline
