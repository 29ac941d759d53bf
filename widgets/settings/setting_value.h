#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace plumbline {

/// One typed, named setting with its default (the idea of qBittorrent's SettingValue<T>). Reads and writes go
/// to the application's QSettings (organisation and application names set in main()); nothing is cached, so
/// two windows see each other's changes. GUI thread only: workers get values passed in, never read settings.
template <class T>
class SettingValue final
{
public:
    explicit SettingValue(QString key, T defaultValue = T()) : m_key(std::move(key)), m_default(std::move(defaultValue))
    {
    }

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

    /// The stored value, or the default when it is missing or of another type.
    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }
    void setValue(const T& value) { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    /// Forgets the stored value so value() returns the default again.
    void reset() { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace plumbline
