#pragma once

#include <simdjson.h>

#include <string>

namespace plumbline::json {

/// Reads a GeoJSON geometry value. `canonical` receives its compact JSON (always, if the value is valid
/// JSON); `wkt` receives its WKT when WKT expresses it exactly (a known type with well-formed coordinates and
/// no other members), and is left empty otherwise, in which case the reader keeps the canonical JSON.
simdjson::error_code readGeometry(simdjson::ondemand::value v, std::string& canonical, std::string& wkt, int depth);

} // namespace plumbline::json
