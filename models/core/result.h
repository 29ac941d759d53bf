#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace plumbline {

/// An error a person can act on: which file, where in it (1-based; 0 = unknown) and a sentence.
struct Error
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString message;

    /// "file:line:column: message" (the position parts are left out when unknown).
    QString toString() const
    {
        QString where = file;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        return where.isEmpty() ? message : where + QLatin1String(": ") + message;
    }
};

/// Either a value or an Error; errors are values and never cross the event loop as exceptions.
template <class T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace plumbline
