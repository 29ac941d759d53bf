#pragma once

#include "findings/suggester.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace plumbline {

/// A rule's optional fix: how to compute the suggested value from the offending one, or an action described
/// in words when no value can be computed. A check's own suggestion (e.g. a codelist's canonical value) wins.
///
/// JSON forms: {"value": "granted"}, {"transform": "trim" | "collapse-spaces" | "tidy-spaces" | "upper" |
/// "lower" | "blank"}, {"replace": {"pattern": RE2, "with": "\\1"}}, {"multiply": 10000}, {"action": "words"}.
class Fix final : public Suggester
{
public:
    enum class Kind { None, Value, Transform, Replace, Multiply, Action };

    Fix() = default;
    /// Parses a fix object; on error returns nothing and sets *error to "key: problem".
    static std::optional<Fix> parse(const QJsonObject& json, QString* error);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    /// The action in words (Action), or a short description of the fix for `packs` listings.
    QString describe() const;
    /// The suggested value for value, or nothing when the fix does not give a value (Action) or does not apply.
    std::optional<std::string> apply(std::string_view value) const;
    /// The suggestion a finding shows: apply()'s value; nothing for no fix.
    std::optional<std::string> suggest(std::string_view value) const override
    {
        return isNone() ? std::nullopt : apply(value);
    }

private:
    Kind m_kind = Kind::None;
    QString m_text; // Value, Transform name, Action words, Replace replacement
    double m_factor = 1;
    std::shared_ptr<const re2::RE2> m_pattern; // shared: Fix is copied with its Rule
};

} // namespace plumbline
