#include "checks/planning/coordinates_check.h"

#include "checks/support/geo_support.h"
#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/geometry.h"
#include "values/text_util.h"

#include <algorithm>
#include <cmath>

namespace plumbline {

using values::CoordinateKind;

std::unique_ptr<Check> CoordinatesCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<CoordinatesCheck>();
    const QStringList aspects{QStringLiteral("crs"), QStringLiteral("declared"), QStringLiteral("england"),
                              QStringLiteral("outlier")};
    check->m_aspect = Aspect(aspects.indexOf(params.choice("check", aspects)));
    check->m_crsName = params.string("crs-column");
    if (check->m_aspect == Aspect::Declared && check->m_crsName.isEmpty())
        params.fail(QStringLiteral("crs-column"), QStringLiteral("is required for check \"declared\""));
    check->m_invalid = geo::severityParam(params, "invalid", Severity::Error, Severity::Error);
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
        if (!geo::parseNumber(xs, &x) || !geo::parseNumber(table.cell(row, yc), &y))
            continue;
        const std::string pair =
            std::string(textutil::trim(xs)) + ", " + std::string(textutil::trim(table.cell(row, yc)));
        const values::CoordinateGuess guess = values::classifyCoordinate(x, y);
        FindingExtra extra = FindingExtra().withColumn2(yc);
        std::string detail;
        switch (m_aspect) {
        case Aspect::Crs:
            if (guess.kind == CoordinateKind::Wgs84 || guess.kind == CoordinateKind::Osgb)
                continue;
            if (guess.kind == CoordinateKind::Unknown || guess.kind == CoordinateKind::Etrs89Geocentric) {
                extra.withSeverity(m_invalid);
                detail = guess.kind == CoordinateKind::Unknown
                             ? std::string("of no known coordinate system")
                             : "ETRS89 geocentric X/Y, neither longitude/latitude nor OSGB";
            } else {
                detail = std::string(values::coordinateKindName(guess.kind));
            }
            break;
        case Aspect::Declared: {
            const std::string declared = textutil::asciiUpper(textutil::trim(table.cell(row, m_crsColumn)));
            if (declared.empty())
                continue;
            const bool saysGrid = declared.find("OSGB") != std::string::npos ||
                                  declared.find("27700") != std::string::npos ||
                                  declared.find("BNG") != std::string::npos;
            const bool saysDegrees = declared.find("WGS") != std::string::npos ||
                                     declared.find("4326") != std::string::npos || declared == "ETRS89" ||
                                     declared.find("4258") != std::string::npos;
            if (guess.kind == CoordinateKind::Unknown)
                continue; // no system to compare with: the crs rule reports it
            const bool grid = guess.kind == CoordinateKind::Osgb || guess.kind == CoordinateKind::OsgbFlipped;
            const bool degrees = guess.kind == CoordinateKind::Wgs84 || guess.kind == CoordinateKind::Wgs84Flipped;
            if ((saysGrid && grid) || (saysDegrees && degrees) || (!saysGrid && !saysDegrees))
                continue;
            detail = "declared " + std::string(textutil::trim(table.cell(row, m_crsColumn))) +
                     " but the values look like " + std::string(values::coordinateKindName(guess.kind));
            break;
        }
        case Aspect::England:
            if (!guess.hasPosition || geo::insideEnglandPolygon(guess.lon, guess.lat))
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
        if (!geo::parseNumber(table.cell(row, xc), &x) || !geo::parseNumber(table.cell(row, yc), &y))
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
