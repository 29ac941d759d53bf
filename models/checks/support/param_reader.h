#pragma once

#include "findings/severity.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace plumbline {

/// Reads a rule's `params` object with types checked, remembering the first problem with its JSON path
/// ("$.rules[3].params.op: expected one of <, <=, …"). Check kinds read every parameter they accept through
/// it; the registry then reports any key nobody read as unknown, so typos never pass silently.
class ParamReader
{
public:
    ParamReader(QJsonObject params, QString path) : m_params(std::move(params)), m_path(std::move(path)) {}

    bool has(const char* key) const { return m_params.contains(QLatin1String(key)); }
    QString string(const char* key, const QString& fallback = {});
    QString requiredString(const char* key);
    /// A string or an array of strings.
    QStringList strings(const char* key);
    double number(const char* key, double fallback);
    std::optional<double> optionalNumber(const char* key);
    bool boolean(const char* key, bool fallback);
    QJsonObject object(const char* key);
    QJsonValue value(const char* key);
    /// One of the allowed strings (the first is the default when the key is absent).
    QString choice(const char* key, const QStringList& allowed);
    /// A severity name or "none" (→ nullopt), never above cap; fallback when the key is absent. The "possibly"
    /// grade of checks with interval semantics for imprecise dates.
    std::optional<Severity> severityOrNone(const char* key, Severity fallback, Severity cap);

    /// Records a problem with one parameter (only the first problem is kept).
    void fail(const QString& key, const QString& message);
    /// Records a problem with the rule as a whole (e.g. wrong number of columns).
    void failRule(const QString& message);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    /// Parameters present in the JSON that no reader asked for.
    QStringList unreadKeys() const;
    const QString& path() const { return m_path; }

private:
    QJsonValue take(const char* key);

    QJsonObject m_params;
    QString m_path;
    QString m_error;
    QSet<QString> m_read;
};

} // namespace plumbline
