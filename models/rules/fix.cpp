#include "rules/fix.h"

#include "values/text_case.h"
#include "values/text_util.h"

#include <QJsonValue>

#include <re2/re2.h>

#include <cmath>
#include <cstdio>

namespace plumbline {

namespace {

const char* const kTransforms[] = {"trim", "collapse-spaces", "tidy-spaces", "upper", "lower", "title", "blank"};
/// Transforms that change only spacing or case, so they need no judgement unless the pack says otherwise.
const char* const kSafeTransforms[] = {"trim", "collapse-spaces", "tidy-spaces", "upper", "lower", "title"};

} // namespace

std::optional<Fix> Fix::parse(const QJsonObject& json, QString* error)
{
    Fix fix;
    if (json.isEmpty())
        return fix;
    QJsonObject form = json;
    if (form.contains(QLatin1String("safe"))) {
        if (!form.value(QLatin1String("safe")).isBool()) {
            *error = QStringLiteral("safe: expected true or false");
            return std::nullopt;
        }
        fix.m_safe = form.value(QLatin1String("safe")).toBool();
        form.remove(QLatin1String("safe"));
    }
    if (form.size() != 1) {
        *error = QStringLiteral("a fix has exactly one of value, transform, replace, multiply, move-to or action (and "
                                "optionally safe)");
        return std::nullopt;
    }
    const QString key = form.begin().key();
    const QJsonValue v = form.begin().value();
    if (key == QLatin1String("value") && v.isString()) {
        fix.m_kind = Kind::Value;
        fix.m_text = v.toString();
    } else if (key == QLatin1String("action") && v.isString()) {
        fix.m_kind = Kind::Action;
        fix.m_text = v.toString();
    } else if (key == QLatin1String("move-to") && v.isString() && !v.toString().isEmpty()) {
        fix.m_kind = Kind::MoveTo;
        fix.m_text = v.toString();
    } else if (key == QLatin1String("multiply") && v.isDouble()) {
        fix.m_kind = Kind::Multiply;
        fix.m_factor = v.toDouble();
    } else if (key == QLatin1String("transform") && v.isString()) {
        fix.m_kind = Kind::Transform;
        fix.m_text = v.toString();
        bool known = false;
        for (const char* t : kTransforms)
            known = known || fix.m_text == QLatin1String(t);
        if (!known) {
            *error = QStringLiteral("transform: unknown transform '%1' (use trim, collapse-spaces, tidy-spaces, upper, "
                                    "lower, title or blank)")
                         .arg(fix.m_text);
            return std::nullopt;
        }
    } else if (key == QLatin1String("replace") && v.isObject()) {
        const QJsonObject r = v.toObject();
        if (!r.value(QLatin1String("pattern")).isString() || !r.value(QLatin1String("with")).isString() ||
            r.size() != 2) {
            *error = QStringLiteral("replace: needs exactly the strings pattern and with");
            return std::nullopt;
        }
        auto re =
            std::make_shared<re2::RE2>(r.value(QLatin1String("pattern")).toString().toStdString(), re2::RE2::Quiet);
        if (!re->ok()) {
            *error = QStringLiteral("replace.pattern: %1").arg(QString::fromStdString(re->error()));
            return std::nullopt;
        }
        fix.m_kind = Kind::Replace;
        fix.m_pattern = std::move(re);
        fix.m_text = r.value(QLatin1String("with")).toString();
    } else {
        *error = QStringLiteral(
                     "%1: not a fix (use value, transform, replace, multiply, move-to or action with the right type)")
                     .arg(key);
        return std::nullopt;
    }
    if (fix.m_kind == Kind::Action && fix.m_safe.value_or(false)) {
        *error = QStringLiteral("safe: an action is done by a person and cannot be safe");
        return std::nullopt;
    }
    return fix;
}

bool Fix::isSafe() const
{
    if (m_kind == Kind::None || m_kind == Kind::Action)
        return false;
    if (m_safe)
        return *m_safe;
    if (m_kind != Kind::Transform)
        return false;
    for (const char* t : kSafeTransforms)
        if (m_text == QLatin1String(t))
            return true;
    return false;
}

QString Fix::describe() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Value:
        return QStringLiteral("set to '%1'").arg(m_text);
    case Kind::Transform:
        return m_text;
    case Kind::Replace:
        return QStringLiteral("replace /%1/ with '%2'").arg(QString::fromStdString(m_pattern->pattern()), m_text);
    case Kind::Multiply:
        return QStringLiteral("multiply by %1").arg(m_factor);
    case Kind::MoveTo:
        return QStringLiteral("move to %1").arg(m_text);
    case Kind::Action:
        return m_text;
    }
    return {};
}

std::optional<std::string> Fix::apply(std::string_view value) const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::MoveTo:
    case Kind::Action:
        return std::nullopt;
    case Kind::Value:
        return m_text.toStdString();
    case Kind::Transform:
        if (m_text == QLatin1String("trim"))
            return std::string(textutil::trim(value));
        if (m_text == QLatin1String("collapse-spaces") || m_text == QLatin1String("tidy-spaces"))
            return textutil::tidySpaces(value);
        if (m_text == QLatin1String("upper"))
            return values::upperCase(value);
        if (m_text == QLatin1String("lower"))
            return values::lowerCase(value);
        if (m_text == QLatin1String("title"))
            return values::titleCase(value);
        return std::string();
    case Kind::Replace: {
        std::string s(value);
        re2::RE2::GlobalReplace(&s, *m_pattern, m_text.toStdString());
        return s;
    }
    case Kind::Multiply: {
        const auto number = textutil::parseNumber(value);
        if (!number)
            return std::nullopt;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.10g", *number * m_factor);
        return std::string(buf);
    }
    }
    return std::nullopt;
}

} // namespace plumbline
