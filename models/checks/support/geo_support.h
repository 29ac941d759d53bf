#pragma once

#include "checks/support/param_reader.h"
#include "findings/severity.h"
#include "values/geometry.h"

#include <string>
#include <string_view>

/// Helpers shared by the geometry and coordinates checks.
namespace plumbline::geo {

/// A severity parameter, never above cap.
Severity severityParam(ParamReader& params, const char* key, Severity fallback, Severity cap);
/// "POINT (lon lat)" at 6 decimals (the platform's precision).
std::string pointWkt(double lon, double lat);
/// The platform's England polygon, POLYGON((2.95 56, 2.95 49.5, -7 49.5, -7 53.4, -4 53.4, -4 56, 2.95 56)):
/// two boxes, so Belfast and Glasgow fall outside, unlike in a plain bounding box.
bool insideEnglandPolygon(double lon, double lat);
/// A plain decimal number (surrounding spaces allowed, a leading '+'); false for anything else.
bool parseNumber(std::string_view text, double* out);

} // namespace plumbline::geo
