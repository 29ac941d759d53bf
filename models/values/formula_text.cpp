#include "values/formula_text.h"

#include "values/ascii_scan.h"

namespace plumbline::values {

namespace {

using ascii::isDigit;

/// [+-]digits[.digits][(e|E)[+-]digits], with digits on at least one side of the point.
bool isSignedNumber(std::string_view text)
{
    std::size_t i = 1; // text[0] is the sign
    const std::size_t integerStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    bool digits = i > integerStart;
    if (i < text.size() && text[i] == '.') {
        const std::size_t fractionStart = ++i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        digits = digits || i > fractionStart;
    }
    if (!digits)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        const std::size_t exponentStart = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        if (i == exponentStart)
            return false;
    }
    return i == text.size();
}

} // namespace

bool looksLikeFormula(std::string_view text)
{
    if (text.empty())
        return false;
    switch (text.front()) {
    case '=':
    case '@':
    case '\t':
    case '\r':
        return true;
    case '+':
    case '-':
        return !isSignedNumber(text);
    default:
        return false;
    }
}

std::string neutraliseFormula(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 1);
    out.push_back('\'');
    out.append(text);
    return out;
}

} // namespace plumbline::values
