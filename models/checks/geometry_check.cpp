#include "checks/geometry_check.h"

#include "checks/text_util.h"
#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/geometry.h"

#include <fast_float/fast_float.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace plumbline {

using values::CoordinateKind;

namespace {

Severity severityOr(ParamReader& params, const char* key, Severity fallback, Severity cap)
{
    Severity s = fallback;
    const QString text = params.string(key, severityName(fallback));
    if (!parseSeverity(text, &s))
        params.fail(QLatin1String(key), QStringLiteral("expected error, warning, notice or info"));
    return std::min(s, cap);
}

std::string pointWkt(double lon, double lat)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, "POINT (%.6f %.6f)", lon, lat);
    return buf;
}

bool isWgs84Kind(CoordinateKind k)
{
    return k == CoordinateKind::Wgs84;
}

bool parseNumber(std::string_view s, double* out)
{
    s = textutil::trim(s);
    if (s.empty())
        return false;
    const char* first = s.data();
    if (*first == '+')
        ++first;
    const auto r = fast_float::from_chars(first, s.data() + s.size(), *out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(*out);
}

} // namespace

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
    const QStringList expects{QStringLiteral("any"), QStringLiteral("point"), QStringLiteral("polygon"), QStringLiteral("line")};
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
    check->m_invalid = severityOr(params, "invalid", Severity::Error, Severity::Error);
    return check;
}

bool GeometryCheck::testCoordinate(double x, double y, bool isPoint, Verdict& verdict) const
{
    const values::CoordinateGuess guess = values::classifyCoordinate(x, y);
    if (m_aspect == Aspect::England) {
        if (!guess.hasPosition || guess.insideEngland)
            return false;
        verdict.detail = "outside England";
        return true;
    }
    if (isWgs84Kind(guess.kind))
        return false;
    verdict.detail = std::string(values::coordinateKindName(guess.kind));
    if (guess.kind == CoordinateKind::Unknown || guess.kind == CoordinateKind::Etrs89Geocentric) {
        verdict.severity = m_invalid;
        verdict.detail = guess.kind == CoordinateKind::Unknown ? std::string("coordinates of no known system")
                                                                : "ETRS89 geocentric X/Y, not longitude/latitude";
        return true;
    }
    if (isPoint && guess.hasPosition)
        verdict.suggestion = pointWkt(guess.lon, guess.lat);
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
        const values::GeometryType t = info.type == values::GeometryType::GeometryCollection ? info.firstMemberType : info.type;
        bool ok = false;
        switch (m_expect) {
        case Expect::Any: ok = true; break;
        case Expect::Point: ok = t == values::GeometryType::Point || t == values::GeometryType::MultiPoint; break;
        case Expect::Polygon: ok = t == values::GeometryType::Polygon || t == values::GeometryType::MultiPolygon; break;
        case Expect::Line: ok = t == values::GeometryType::LineString || t == values::GeometryType::MultiLineString; break;
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
        if (auto fixed = values::normaliseGeometry(value, options))
            verdict.suggestion = fixed.value();
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

std::unique_ptr<Check> CoordinatesCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<CoordinatesCheck>();
    const QStringList aspects{QStringLiteral("crs"), QStringLiteral("declared"), QStringLiteral("england"),
                              QStringLiteral("outlier")};
    check->m_aspect = Aspect(aspects.indexOf(params.choice("check", aspects)));
    check->m_crsName = params.string("crs-column");
    if (check->m_aspect == Aspect::Declared && check->m_crsName.isEmpty())
        params.fail(QStringLiteral("crs-column"), QStringLiteral("is required for check \"declared\""));
    check->m_invalid = severityOr(params, "invalid", Severity::Error, Severity::Error);
    check->m_maxKm = params.number("max-km", 25);
    (void)rule;
    return check;
}

QString CoordinatesCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_crsColumn = -1;
    if (!m_crsName.isEmpty()) {
        m_crsColumn = context.resolver.resolve(m_crsName);
        if (m_crsColumn < 0)
            return QStringLiteral("no column matches '%1'").arg(m_crsName);
    }
    return {};
}

void CoordinatesCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    const int xc = column(0);
    const int yc = column(1);
    for (std::size_t row = first; row < last; ++row) {
        double x = 0;
        double y = 0;
        const auto xs = table.cell(row, xc);
        if (!parseNumber(xs, &x) || !parseNumber(table.cell(row, yc), &y))
            continue;
        const std::string pair = std::string(textutil::trim(xs)) + ", " + std::string(textutil::trim(table.cell(row, yc)));
        const values::CoordinateGuess guess = values::classifyCoordinate(x, y);
        FindingExtra extra = FindingExtra().withColumn2(yc);
        std::string detail;
        switch (m_aspect) {
        case Aspect::Crs:
            if (guess.kind == CoordinateKind::Wgs84 || guess.kind == CoordinateKind::Osgb)
                continue;
            if (guess.kind == CoordinateKind::Unknown || guess.kind == CoordinateKind::Etrs89Geocentric) {
                extra.withSeverity(m_invalid);
                detail = guess.kind == CoordinateKind::Unknown ? std::string("of no known coordinate system")
                                                                : "ETRS89 geocentric X/Y, neither longitude/latitude nor OSGB";
            } else {
                detail = std::string(values::coordinateKindName(guess.kind));
            }
            break;
        case Aspect::Declared: {
            const std::string declared = textutil::asciiUpper(textutil::trim(table.cell(row, m_crsColumn)));
            if (declared.empty())
                continue;
            const bool saysGrid = declared.find("OSGB") != std::string::npos || declared.find("27700") != std::string::npos ||
                                  declared.find("BNG") != std::string::npos;
            const bool saysDegrees = declared.find("WGS") != std::string::npos || declared.find("4326") != std::string::npos ||
                                     declared == "ETRS89" || declared.find("4258") != std::string::npos;
            const bool grid = guess.kind == CoordinateKind::Osgb || guess.kind == CoordinateKind::OsgbFlipped;
            const bool degrees = guess.kind == CoordinateKind::Wgs84 || guess.kind == CoordinateKind::Wgs84Flipped;
            if ((saysGrid && grid) || (saysDegrees && degrees) || (!saysGrid && !saysDegrees))
                continue;
            detail = "declared " + std::string(textutil::trim(table.cell(row, m_crsColumn))) + " but the values look like " +
                     std::string(values::coordinateKindName(guess.kind));
            break;
        }
        case Aspect::England:
            if (!guess.hasPosition || guess.insideEngland)
                continue;
            detail = "outside England";
            break;
        case Aspect::Outlier:
            continue;
        }
        sink.add(row, xc, pair, extra.withDetail(detail));
    }
}

void CoordinatesCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    // Outliers: distance from the median position, against the typical distance.
    const int xc = column(0);
    const int yc = column(1);
    struct Position
    {
        std::size_t row;
        double lon, lat;
    };
    std::vector<Position> positions;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if ((row & 0xffff) == 0 && progress.canceled())
            return;
        double x = 0;
        double y = 0;
        if (!parseNumber(table.cell(row, xc), &x) || !parseNumber(table.cell(row, yc), &y))
            continue;
        const auto guess = values::classifyCoordinate(x, y);
        if (guess.hasPosition)
            positions.push_back({row, guess.lon, guess.lat});
    }
    if (positions.size() < 5)
        return;
    auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    std::vector<double> lons, lats;
    for (const auto& p : positions) {
        lons.push_back(p.lon);
        lats.push_back(p.lat);
    }
    const double lon0 = median(lons);
    const double lat0 = median(lats);
    constexpr double kPi = 3.14159265358979323846;
    auto km = [&](const Position& p) {
        const double dx = (p.lon - lon0) * std::cos(lat0 * kPi / 180) * 111.32;
        const double dy = (p.lat - lat0) * 110.57;
        return std::sqrt(dx * dx + dy * dy);
    };
    std::vector<double> distances;
    for (const auto& p : positions)
        distances.push_back(km(p));
    const double typical = median(distances);
    const double limit = std::max(m_maxKm, 5 * typical);
    for (const auto& p : positions) {
        const double d = km(p);
        if (d <= limit)
            continue;
        const std::string pair = std::string(textutil::trim(table.cell(p.row, xc))) + ", " +
                                 std::string(textutil::trim(table.cell(p.row, yc)));
        const std::string detail = QStringLiteral("%1 km from the middle of the other points (most are within %2 km)")
                                       .arg(qRound(d))
                                       .arg(std::max(1, qRound(typical)))
                                       .toStdString();
        sink.add(p.row, xc, pair, FindingExtra().withDetail(detail).withColumn2(yc));
    }
}

} // namespace plumbline
