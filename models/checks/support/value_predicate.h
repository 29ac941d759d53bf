#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace plumbline {

/// A condition on one cell, as conditional rules write it:
/// {"blank": true} · {"not-blank": true} · {"in": [..]} · {"not-in": [..]} · {"equals": ".."} ·
/// {"matches": RE2} · {"not-matches": RE2}; plus "case-sensitive" (default false). Values are trimmed and,
/// unless case-sensitive, compared case-insensitively with '-', '_' and spaces treated alike.
class ValuePredicate
{
public:
    /// Parses; on error returns nothing and sets *error to "key: problem".
    static std::optional<ValuePredicate> parse(const QJsonObject& json, QString* error);

    bool test(std::string_view value) const;
    /// Words for messages: "is blank", "is one of withdrawn".
    QString describe() const;

private:
    enum class Op { Blank, NotBlank, In, NotIn, Matches, NotMatches };
    std::string normalise(std::string_view value) const;

    Op m_op = Op::NotBlank;
    bool m_caseSensitive = false;
    std::vector<std::string> m_values; // normalised
    QString m_text;
    std::shared_ptr<const re2::RE2> m_pattern;
};

} // namespace plumbline

namespace plumbline {

class Table;

/// A ValuePredicate bound to one column: dictionary columns are evaluated once per distinct value, so testing
/// a row is a table lookup (edited cells are tested as they are).
class ColumnPredicate
{
public:
    void bind(const Table& table, int column, const ValuePredicate& predicate);
    bool test(const Table& table, std::size_t row) const;

private:
    const ValuePredicate* m_predicate = nullptr;
    int m_column = -1;
    std::vector<std::int8_t> m_byCode;
};

} // namespace plumbline
