#include "io/json/geojson_geometry.h"

#include "io/json/json_array_writer.h" // appendJsonString
#include "io/json/json_canonical.h"
#include "io/json/json_text.h"
#include "io/json/wkt.h"

#include <vector>

namespace plumbline::json {

using namespace simdjson;

namespace {

/// Tokenises a `coordinates` value while appending its canonical JSON; `ok` turns false on anything that is
/// not nested arrays of numbers.
error_code readCoordinates(ondemand::value v, std::vector<CoordToken>& tokens, std::string& canonical, bool& ok,
                           int depth)
{
    if (depth > 64) {
        ok = false;
        return appendCanonical(v, canonical, depth);
    }
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type == ondemand::json_type::number) {
        std::string_view text;
        if (auto e = numberText(v, text))
            return e;
        tokens.push_back({CoordToken::Number, text});
        canonical.append(text);
        return SUCCESS;
    }
    if (type != ondemand::json_type::array) {
        ok = false;
        return appendCanonical(v, canonical, depth);
    }
    tokens.push_back({CoordToken::Open, {}});
    if (auto e = appendArray(v, canonical, [&](ondemand::value& item) {
            return readCoordinates(item, tokens, canonical, ok, depth + 1);
        }))
        return e;
    tokens.push_back({CoordToken::Close, {}});
    return SUCCESS;
}

} // namespace

error_code readGeometry(ondemand::value v, std::string& canonical, std::string& wkt, int depth)
{
    ondemand::json_type jsonType;
    if (auto e = v.type().get(jsonType))
        return e;
    if (jsonType != ondemand::json_type::object || depth > 64)
        return appendCanonical(v, canonical, depth);
    std::string type;
    std::vector<CoordToken> tokens;
    std::vector<std::string> members;
    bool ok = true;
    bool haveCoordinates = false, haveGeometries = false;
    const auto readMember = [&](std::string_view key, ondemand::value& member) -> error_code {
        ondemand::json_type memberType;
        if (auto e = member.type().get(memberType))
            return e;
        if (key == "type" && type.empty() && memberType == ondemand::json_type::string) {
            std::string_view s;
            if (auto e = member.get_string().get(s))
                return e;
            type.assign(s);
            appendJsonString(canonical, s);
            return SUCCESS;
        }
        if (key == "coordinates" && !haveCoordinates) {
            haveCoordinates = true;
            return readCoordinates(member, tokens, canonical, ok, depth + 1);
        }
        if (key == "geometries" && !haveGeometries && memberType == ondemand::json_type::array) {
            haveGeometries = true;
            return appendArray(member, canonical, [&](ondemand::value& item) {
                std::string memberWkt;
                if (auto e = readGeometry(item, canonical, memberWkt, depth + 1))
                    return e;
                ok = ok && !memberWkt.empty();
                members.push_back(std::move(memberWkt));
                return SUCCESS;
            });
        }
        ok = false; // foreign members, duplicates and bboxes have no place in WKT
        return appendCanonical(member, canonical, depth + 1);
    };
    if (auto e = appendObject(v, canonical, readMember))
        return e;

    if (!ok)
        return SUCCESS;
    if (type == "GeometryCollection") {
        if (haveGeometries && !haveCoordinates)
            wkt = geometryCollectionWkt(members);
    } else if (haveCoordinates && !haveGeometries) {
        if (!coordinatesToWkt(type, tokens, wkt))
            wkt.clear();
    }
    return SUCCESS;
}

} // namespace plumbline::json
