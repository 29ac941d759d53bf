#include "checks/support/value_predicate.h"

#include "values/text_util.h"

#include <QJsonArray>

#include <re2/re2.h>

#include <algorithm>

namespace plumbline {

std::optional<ValuePredicate> ValuePredicate::parse(const QJsonObject& json, QString* error)
{
    ValuePredicate p;
    int ops = 0;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("case-sensitive")) {
            if (!v.isBool()) {
                *error = QStringLiteral("case-sensitive: expected true or false");
                return std::nullopt;
            }
            p.m_caseSensitive = v.toBool();
            continue;
        }
        ++ops;
        if (key == QLatin1String("blank") || key == QLatin1String("not-blank")) {
            if (v != QJsonValue(true)) {
                *error = QStringLiteral("%1: expected true").arg(key);
                return std::nullopt;
            }
            p.m_op = key == QLatin1String("blank") ? Op::Blank : Op::NotBlank;
        } else if (key == QLatin1String("in") || key == QLatin1String("not-in") || key == QLatin1String("equals")) {
            QStringList values;
            if (v.isString()) {
                values << v.toString();
            } else if (v.isArray()) {
                for (const auto& item : v.toArray()) {
                    if (!item.isString()) {
                        *error = QStringLiteral("%1: expected strings").arg(key);
                        return std::nullopt;
                    }
                    values << item.toString();
                }
            } else {
                *error = QStringLiteral("%1: expected a string or an array of strings").arg(key);
                return std::nullopt;
            }
            p.m_op = key == QLatin1String("not-in") ? Op::NotIn : Op::In;
            p.m_text = values.join(QLatin1String(", "));
            for (const auto& s : values)
                p.m_values.push_back(s.toStdString());
        } else if (key == QLatin1String("matches") || key == QLatin1String("not-matches")) {
            if (!v.isString()) {
                *error = QStringLiteral("%1: expected a regular expression").arg(key);
                return std::nullopt;
            }
            p.m_op = key == QLatin1String("matches") ? Op::Matches : Op::NotMatches;
            p.m_text = v.toString();
        } else {
            *error = QStringLiteral("unknown condition '%1' (use blank, not-blank, in, not-in, equals, matches or "
                                    "not-matches)")
                         .arg(key);
            return std::nullopt;
        }
    }
    if (ops != 1) {
        *error = QStringLiteral("a condition has exactly one of blank, not-blank, in, not-in, equals, matches, "
                                "not-matches");
        return std::nullopt;
    }
    for (auto& s : p.m_values)
        s = p.normalise(s);
    if (p.m_op == Op::Matches || p.m_op == Op::NotMatches) {
        re2::RE2::Options options;
        options.set_log_errors(false);
        options.set_case_sensitive(p.m_caseSensitive);
        auto re = std::make_shared<re2::RE2>(p.m_text.toStdString(), options);
        if (!re->ok()) {
            *error = QStringLiteral("matches: %1").arg(QString::fromStdString(re->error()));
            return std::nullopt;
        }
        p.m_pattern = std::move(re);
    }
    return p;
}

std::string ValuePredicate::normalise(std::string_view value) const
{
    std::string out(textutil::trim(value));
    if (!m_caseSensitive) {
        out = textutil::asciiLower(out);
        for (char& c : out)
            if (c == '_' || c == ' ')
                c = '-';
    }
    return out;
}

bool ValuePredicate::test(std::string_view value) const
{
    switch (m_op) {
    case Op::Blank:
        return textutil::isBlank(value);
    case Op::NotBlank:
        return !textutil::isBlank(value);
    case Op::In:
    case Op::NotIn: {
        const std::string v = normalise(value);
        const bool found = std::find(m_values.begin(), m_values.end(), v) != m_values.end();
        return (m_op == Op::In) == found;
    }
    case Op::Matches:
    case Op::NotMatches: {
        const bool match = re2::RE2::FullMatch(re2::StringPiece(value.data(), value.size()), *m_pattern);
        return (m_op == Op::Matches) == match;
    }
    }
    return false;
}

QString ValuePredicate::describe() const
{
    switch (m_op) {
    case Op::Blank:
        return QStringLiteral("is blank");
    case Op::NotBlank:
        return QStringLiteral("is filled in");
    case Op::In:
        return QStringLiteral("is %1").arg(m_text);
    case Op::NotIn:
        return QStringLiteral("is not %1").arg(m_text);
    case Op::Matches:
        return QStringLiteral("matches %1").arg(m_text);
    case Op::NotMatches:
        return QStringLiteral("does not match %1").arg(m_text);
    }
    return {};
}

} // namespace plumbline

#include "table/table.h"

namespace plumbline {

void ColumnPredicate::bind(const Table& table, int column, const ValuePredicate& predicate)
{
    m_predicate = &predicate;
    m_column = column;
    m_byCode.clear();
    const Column& c = table.column(column);
    if (!c.isDictionary())
        return;
    m_byCode.resize(c.distinctCount());
    for (std::size_t code = 0; code < c.distinctCount(); ++code)
        m_byCode[code] = predicate.test(c.distinctValue(code)) ? 1 : 0;
}

bool ColumnPredicate::test(const Table& table, std::size_t row) const
{
    if (!m_byCode.empty()) {
        const RecordId record = table.recordId(row);
        if (record < table.baseRowCount() && (table.overlay().isEmpty() || !table.overlay().find(record, m_column)))
            return m_byCode[table.column(m_column).code(record)] != 0;
    }
    return m_predicate->test(table.cell(row, m_column));
}

} // namespace plumbline
