#include "io/json/json_canonical.h"

#include "io/json/json_array_writer.h" // appendJsonString
#include "io/json/json_text.h"

namespace plumbline::json {

using namespace simdjson;

error_code numberText(ondemand::value& v, std::string_view& text)
{
    text = trimJsonRight(v.raw_json_token());
    if (!isJsonNumber(text))
        return NUMBER_ERROR;
    // The value must be consumed, or on-demand iteration would skip over whatever follows without checking
    // it. get_double() advances even when the number does not fit a double (1e400): the literal is valid
    // JSON and is kept as text, so that error is not one.
    double ignored = 0;
    const error_code e = v.get_double().get(ignored);
    return e == NUMBER_ERROR ? SUCCESS : e;
}

error_code stringText(ondemand::value& v, std::string_view& text)
{
    // The raw token runs from the opening quote to the next structural character; stage 1 has checked the
    // string's UTF-8 and that it holds no unescaped control characters, so without a backslash the bytes
    // between the quotes are the value. get_raw_json_string() consumes the value without unescaping it
    // (unconsumed values would let on-demand skip over malformed text that follows).
    const std::string_view raw = trimJsonRight(v.raw_json_token());
    if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"' && raw.find('\\') == std::string_view::npos) {
        ondemand::raw_json_string consumed;
        if (auto e = v.get_raw_json_string().get(consumed))
            return e;
        text = raw.substr(1, raw.size() - 2);
        return SUCCESS;
    }
    return v.get_string().get(text);
}

error_code checkNull(ondemand::value& v)
{
    bool isNull = false;
    if (auto e = v.is_null().get(isNull))
        return e;
    return isNull ? SUCCESS : N_ATOM_ERROR;
}

error_code appendMemberKey(simdjson_result<ondemand::field>& field, bool first, std::string& out, std::string_view& key,
                           ondemand::value& value)
{
    if (auto e = field.unescaped_key().get(key))
        return e;
    if (!first)
        out.push_back(',');
    appendJsonString(out, key);
    out.push_back(':');
    return field.value().get(value);
}

error_code appendCanonical(ondemand::value v, std::string& out, int depth)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (depth >= kMaxDepth && (type == ondemand::json_type::object || type == ondemand::json_type::array))
        return DEPTH_ERROR;
    switch (type) {
    case ondemand::json_type::object:
        return appendObject(v, out, [&out, depth](std::string_view, ondemand::value& member) {
            return appendCanonical(member, out, depth + 1);
        });
    case ondemand::json_type::array:
        return appendArray(v, out,
                           [&out, depth](ondemand::value& item) { return appendCanonical(item, out, depth + 1); });
    case ondemand::json_type::string: {
        std::string_view s;
        if (auto e = stringText(v, s))
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
