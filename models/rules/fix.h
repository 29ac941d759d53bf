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
/// "lower" | "title" | "blank"}, {"replace": {"pattern": RE2, "with": "\\1"}}, {"multiply": 10000},
/// {"move-to": "honorific_prefix"} (what the check takes out of the value goes into that column),
/// {"action": "words"}; each optionally with "safe": true or false (see isSafe()).
class Fix final : public Suggester
{
public:
    enum class Kind { None, Value, Transform, Replace, Multiply, MoveTo, Action };

    Fix() = default;
    /// Parses a fix object; on error returns nothing and sets *error to "key: problem".
    static std::optional<Fix> parse(const QJsonObject& json, QString* error);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    /// The action in words (Action), or a short description of the fix for `packs` listings.
    QString describe() const;
    /// True when the fix needs no judgement, so it may be applied in bulk (`plumbline-cli fix --apply safe`):
    /// "safe" as declared, else true for the spacing and case transforms and false for the rest (a value, a
    /// replacement, a multiplication or blanking a cell is the pack author's call to declare).
    bool isSafe() const;
    /// Move-to: the column (a logical name) that receives what the check takes out of the value.
    QString targetColumn() const { return m_kind == Kind::MoveTo ? m_text : QString(); }
    /// The suggested value for value, or nothing when the fix does not give a value (Action, MoveTo) or does not
    /// apply.
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
    std::optional<bool> m_safe;                // as declared
    std::shared_ptr<const re2::RE2> m_pattern; // shared: Fix is copied with its Rule
};

} // namespace plumbline
