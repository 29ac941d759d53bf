#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace plumbline::textutil {

/// The UTF-8 bytes of a QString as a std::string (the core keeps cells as UTF-8 bytes).
inline std::string toStdString(const QString& s)
{
    const QByteArray bytes = s.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace plumbline::textutil
