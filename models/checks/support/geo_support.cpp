#include "checks/support/geo_support.h"

#include "values/text_util.h"

#include <fast_float/fast_float.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace plumbline::geo {

Severity severityParam(ParamReader& params, const char* key, Severity fallback, Severity cap)
{
    Severity s = fallback;
    const QString text = params.string(key, severityName(fallback));
    if (!parseSeverity(text, &s))
        params.fail(QLatin1String(key), QStringLiteral("expected error, warning, notice or info"));
    return std::min(s, cap);
}

std::string pointWkt(double lon, double lat)
{
    char buf[720]; // %f of any double fits: up to 309 integer digits each
    std::snprintf(buf, sizeof buf, "POINT (%.6f %.6f)", lon, lat);
    return buf;
}

bool insideEnglandPolygon(double lon, double lat)
{
    if (lon > 2.95 || lat < 49.5 || lat > 56)
        return false;
    return lat <= 53.4 ? lon >= -7 : lon >= -4;
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

} // namespace plumbline::geo
