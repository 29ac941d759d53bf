#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace plumbline {

/// Appends little-endian fixed-width numbers, length-prefixed strings and arrays to a byte buffer: the small
/// binary parts of a project file (layouts, row lists). Paired with ByteReader.
class ByteWriter
{
public:
    template <class T>
    void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto at = m_bytes.size();
        m_bytes.resize(at + qsizetype(sizeof(T)));
        std::memcpy(m_bytes.data() + at, &value, sizeof(T)); // the project format is little-endian, as x86 and ARM
    }
    void putString(std::string_view s)
    {
        put<std::uint32_t>(std::uint32_t(s.size()));
        m_bytes.append(s.data(), qsizetype(s.size()));
    }
    void putString(const QString& s)
    {
        const QByteArray utf8 = s.toUtf8();
        putString(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
    template <class T>
    void putArray(const std::vector<T>& values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        put<std::uint32_t>(std::uint32_t(values.size()));
        m_bytes.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
    }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

/// Reads what ByteWriter wrote, never past the end: the bytes may come from a damaged or hostile file, so every
/// read is checked and a failed read leaves ok() false for good (callers check once at the end).
class ByteReader
{
public:
    explicit ByteReader(std::string_view bytes) : m_bytes(bytes) {}

    template <class T>
    T get()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T value{};
        if (!take(sizeof(T)))
            return value;
        std::memcpy(&value, m_bytes.data() + m_at - sizeof(T), sizeof(T));
        return value;
    }
    std::string getString()
    {
        const auto size = get<std::uint32_t>();
        if (!take(size))
            return {};
        return std::string(m_bytes.substr(m_at - size, size));
    }
    QString getQString()
    {
        const std::string s = getString();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    template <class T>
    std::vector<T> getArray()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto count = get<std::uint32_t>();
        if (!m_ok || std::size_t(count) > (m_bytes.size() - m_at) / sizeof(T)) {
            m_ok = false;
            return {};
        }
        std::vector<T> values(count);
        if (count == 0)
            return values; // an empty vector's data() may be null, which memcpy must not be given
        std::memcpy(values.data(), m_bytes.data() + m_at, count * sizeof(T));
        m_at += count * sizeof(T);
        return values;
    }
    /// A count of items each at least minBytes long that the rest of the bytes can hold (0 and !ok() if not).
    std::uint32_t getCount(std::size_t minBytes)
    {
        const auto count = get<std::uint32_t>();
        if (!m_ok || std::size_t(count) * std::max<std::size_t>(minBytes, 1) > m_bytes.size() - m_at) {
            m_ok = false;
            return 0;
        }
        return count;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    bool take(std::size_t n)
    {
        if (!m_ok || n > m_bytes.size() - m_at) {
            m_ok = false;
            return false;
        }
        m_at += n;
        return true;
    }

    std::string_view m_bytes;
    std::size_t m_at = 0;
    bool m_ok = true;
};

} // namespace plumbline
