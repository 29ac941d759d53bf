#include "checks/general/contains_check.h"

#include <cstring>

namespace plumbline {

std::unique_ptr<Check> ContainsCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<ContainsCheck>();
    check->m_anyOf = params.string("any-of").toStdString();
    check->m_text = params.string("text").toStdString();
    check->m_negate = params.boolean("negate", false);
    check->m_controlOnly = !check->m_anyOf.empty();
    for (char c : check->m_anyOf) {
        check->m_isWanted[static_cast<unsigned char>(c)] = true;
        check->m_controlOnly = check->m_controlOnly && static_cast<unsigned char>(c) < 0x20;
    }
    if (check->m_anyOf.empty() == check->m_text.empty())
        params.failRule(QStringLiteral("a contains check needs exactly one of params.any-of or params.text"));
    return check;
}

bool ContainsCheck::test(std::string_view value, Verdict&) const
{
    bool found = false;
    if (!m_text.empty()) {
        found = value.find(m_text) != std::string_view::npos;
    } else if (m_anyOf.size() == 1) {
        found = std::memchr(value.data(), m_anyOf.front(), value.size()) != nullptr;
    } else {
        // std::string_view::find_first_of calls memchr once per byte of the value; a table is far faster.
        for (char c : value) {
            if (m_isWanted[static_cast<unsigned char>(c)]) {
                found = true;
                break;
            }
        }
    }
    return found != m_negate;
}

} // namespace plumbline
