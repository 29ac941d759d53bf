#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace plumbline {

/// Read access to the parts of an XLSX (zip) package through minizip's unzip, the zip library libxlsxwriter
/// already loads (QuaZip cannot share a process with libxlsxwriter: docs/decisions/0004-zip-with-minizip.md).
/// A budget of uncompressed bytes is shared by all parts, so a zip bomb ends in an Error instead of exhausting
/// memory or disk. Entry names are matched case-insensitively, as Excel does. Not thread-safe: one part is read
/// at a time.
class XlsxArchive final
{
public:
    /// name is used in errors (the file path). device must outlive the archive; it is opened read-only if needed.
    XlsxArchive(QString name, QIODevice* device, qint64 maxUncompressedBytes);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive&) = delete;
    XlsxArchive& operator=(const XlsxArchive&) = delete;

    /// Reads the central directory. An Error says the file is not a zip (or is truncated).
    std::optional<Error> open();

    bool contains(const QString& part) const;
    /// The uncompressed size the zip directory declares for part (0 if absent); used for progress only.
    qint64 declaredSize(const QString& part) const;

    /// Calls sink with consecutive chunks of part's uncompressed bytes; sink returns false to stop early.
    /// Fails when the part is missing, corrupt (CRC), or reading it would pass the uncompressed-bytes budget.
    std::optional<Error> read(const QString& part, const std::function<bool(QByteArrayView)>& sink);
    /// The whole part in memory (for the small XML parts: workbook, relationships, styles).
    Result<QByteArray> readAll(const QString& part);

    qint64 bytesRead() const { return m_bytesRead; }

private:
    Error error(const QString& message) const { return Error{m_name, 0, 0, message}; }

    struct Entry
    {
        QString name; // as stored
        qint64 size = 0;
        quint64 directoryOffset = 0; // minizip's unz64_file_pos
        quint64 number = 0;
        bool encrypted = false;
        // A ZIP64 part whose sizes minizip cannot read: readZip64() unpacks it itself.
        bool zip64 = false;
        qint64 compressedSize = 0;
        int method = 0; // 0 stored, 8 deflated
        quint32 crc = 0;
    };
    std::optional<Error> readZip64(const Entry& entry, const QString& part, qint64 dataAt,
                                   const std::function<bool(QByteArrayView)>& sink);
    QString m_name;
    QIODevice* m_device;
    void* m_zip = nullptr;           // unzFile
    QHash<QString, Entry> m_entries; // key: lower-case name
    qint64 m_budget;
    qint64 m_bytesRead = 0;
};

} // namespace plumbline
