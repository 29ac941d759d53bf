#include "io/json/json_canonical.h"

#include "io/json/json_text.h"
#include "io/json_writer.h" // appendJsonString

namespace plumbline::json {

using namespace simdjson;

error_code numberText(ondemand::value& v, std::string_view& text)
{
    text = trimJsonRight(v.raw_json_token());
    return isJsonNumber(text) ? SUCCESS : NUMBER_ERROR;
}

error_code checkNull(ondemand::value& v)
{
    bool isNull = false;
    if (auto e = v.is_null().get(isNull))
        return e;
    return isNull ? SUCCESS : N_ATOM_ERROR;
}

error_code appendCanonical(ondemand::value v, std::string& out, int depth)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (depth >= kMaxDepth && (type == ondemand::json_type::object || type == ondemand::json_type::array))
        return DEPTH_ERROR;
    switch (type) {
    case ondemand::json_type::object: {
        ondemand::object object;
        if (auto e = v.get_object().get(object))
            return e;
        out.push_back('{');
        bool first = true;
        for (auto field : object) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return e;
            if (!first)
                out.push_back(',');
            first = false;
            appendJsonString(out, key);
            out.push_back(':');
            ondemand::value member;
            if (auto e = field.value().get(member))
                return e;
            if (auto e = appendCanonical(member, out, depth + 1))
                return e;
        }
        out.push_back('}');
        return SUCCESS;
    }
    case ondemand::json_type::array: {
        ondemand::array array;
        if (auto e = v.get_array().get(array))
            return e;
        out.push_back('[');
        bool first = true;
        for (auto element : array) {
            ondemand::value item;
            if (auto e = element.get(item))
                return e;
            if (!first)
                out.push_back(',');
            first = false;
            if (auto e = appendCanonical(item, out, depth + 1))
                return e;
        }
        out.push_back(']');
        return SUCCESS;
    }
    case ondemand::json_type::string: {
        std::string_view s;
        if (auto e = v.get_string().get(s))
            return e;
        appendJsonString(out, s);
        return SUCCESS;
    }
    case ondemand::json_type::number: {
        std::string_view s;
        if (auto e = numberText(v, s))
            return e;
        out.append(s);
        return SUCCESS;
    }
    case ondemand::json_type::boolean: {
        bool b = false;
        if (auto e = v.get_bool().get(b))
            return e;
        out.append(b ? "true" : "false");
        return SUCCESS;
    }
    case ondemand::json_type::null:
        if (auto e = checkNull(v))
            return e;
        out.append("null");
        return SUCCESS;
    }
    return TAPE_ERROR;
}

} // namespace plumbline::json
