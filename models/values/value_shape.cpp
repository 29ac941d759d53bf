#include "values/value_shape.h"

#include "values/text_util.h"

namespace plumbline::values {

std::string valueShape(std::string_view value)
{
    std::string out;
    valueShapeInto(value, out);
    return out;
}

void valueShapeInto(std::string_view value, std::string& out)
{
    out.clear();
    value = textutil::trim(value);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= '0' && c <= '9')
            out += '9';
        else if (c >= 'A' && c <= 'Z')
            out += 'A';
        else if (c >= 'a' && c <= 'z')
            out += 'a';
        else if (c >= 0x80) {
            // One symbol per UTF-8 sequence: skip its continuation bytes.
            while (i + 1 < value.size() && (static_cast<unsigned char>(value[i + 1]) & 0xC0) == 0x80)
                ++i;
            out += 'a';
        } else
            out += char(c);
    }
    if (out.size() <= kMaxExactShape)
        return;
    // Long shapes are prose or names: keep their outline, not their length.
    std::string compact;
    compact.reserve(out.size());
    for (std::size_t i = 0; i < out.size();) {
        std::size_t j = i;
        while (j < out.size() && out[j] == out[i])
            ++j;
        const bool symbol = out[i] == '9' || out[i] == 'A' || out[i] == 'a';
        if (symbol && j - i > 3) {
            compact += out[i];
            compact += '+';
        } else
            compact.append(out, i, j - i);
        i = j;
    }
    out.swap(compact);
}

} // namespace plumbline::values
