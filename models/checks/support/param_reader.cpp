#include "checks/support/param_reader.h"

#include <QJsonArray>

#include <algorithm>

namespace plumbline {

QJsonValue ParamReader::take(const char* key)
{
    m_read.insert(QLatin1String(key));
    return m_params.value(QLatin1String(key));
}

void ParamReader::fail(const QString& key, const QString& message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1.%2: %3").arg(m_path, key, message);
}

void ParamReader::failRule(const QString& message)
{
    if (m_error.isEmpty()) {
        QString rulePath = m_path;
        if (rulePath.endsWith(QLatin1String(".params")))
            rulePath.chop(7);
        m_error = QStringLiteral("%1: %2").arg(rulePath, message);
    }
}

QString ParamReader::string(const char* key, const QString& fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        fail(QLatin1String(key), QStringLiteral("expected a string"));
        return fallback;
    }
    return v.toString();
}

QString ParamReader::requiredString(const char* key)
{
    if (!has(key)) {
        m_read.insert(QLatin1String(key));
        fail(QLatin1String(key), QStringLiteral("is required"));
        return {};
    }
    return string(key);
}

QStringList ParamReader::strings(const char* key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return {v.toString()};
    QStringList out;
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString()) {
                fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), QStringLiteral("expected a string"));
                return {};
            }
            out << array[i].toString();
        }
        return out;
    }
    fail(QLatin1String(key), QStringLiteral("expected a string or an array of strings"));
    return {};
}

double ParamReader::number(const char* key, double fallback)
{
    return optionalNumber(key).value_or(fallback);
}

std::optional<double> ParamReader::optionalNumber(const char* key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        fail(QLatin1String(key), QStringLiteral("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

bool ParamReader::boolean(const char* key, bool fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(QLatin1String(key), QStringLiteral("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QJsonObject ParamReader::object(const char* key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(QLatin1String(key), QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonValue ParamReader::value(const char* key)
{
    return take(key);
}

QString ParamReader::choice(const char* key, const QStringList& allowed)
{
    const QString v = string(key, allowed.value(0));
    if (!allowed.contains(v)) {
        fail(QLatin1String(key),
             QStringLiteral("expected one of %1; got '%2'").arg(allowed.join(QLatin1String(", ")), v));
        return allowed.value(0);
    }
    return v;
}

QStringList ParamReader::unreadKeys() const
{
    QStringList out;
    for (auto it = m_params.begin(); it != m_params.end(); ++it)
        if (!m_read.contains(it.key()))
            out << it.key();
    return out;
}

std::optional<Severity> ParamReader::severityOrNone(const char* key, Severity fallback, Severity cap)
{
    const QString text = string(key, severityName(fallback));
    Severity s = fallback;
    if (text == QLatin1String("none"))
        return std::nullopt;
    if (!parseSeverity(text, &s)) {
        fail(QLatin1String(key), QStringLiteral("expected a severity or \"none\""));
        return fallback;
    }
    return std::min(s, cap);
}

} // namespace plumbline
