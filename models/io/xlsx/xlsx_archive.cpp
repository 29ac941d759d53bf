#include "io/xlsx/xlsx_archive.h"

#include <QIODevice>

#include <unzip.h>

#include <algorithm>
#include <vector>

namespace plumbline {

namespace {

constexpr int kChunk = 1 << 20;

QString gib(qint64 bytes)
{
    return QString::number(double(bytes) / double(1LL << 30), 'f', 1) + QStringLiteral(" GiB");
}

// minizip's file API over a QIODevice, so files and in-memory buffers (the fuzzer) read the same way.
// The "path" passed to unzOpen2_64 is the device itself.
voidpf ZCALLBACK deviceOpen(voidpf, const void* path, int mode)
{
    auto* device = static_cast<QIODevice*>(const_cast<void*>(path));
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return nullptr;
    return device;
}

uLong ZCALLBACK deviceRead(voidpf, voidpf stream, void* buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice*>(stream)->read(static_cast<char*>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK deviceWrite(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK deviceTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice*>(stream)->pos());
}

long ZCALLBACK deviceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* device = static_cast<QIODevice*>(stream);
    qint64 target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        target = qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        target = device->pos() + qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target = device->size() + qint64(offset);
        break;
    default:
        return -1;
    }
    if (target < 0 || target > device->size())
        return -1;
    return device->seek(target) ? 0 : -1;
}

int ZCALLBACK deviceClose(voidpf, voidpf)
{
    return 0; // the caller owns the device
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

} // namespace

XlsxArchive::XlsxArchive(QString name, QIODevice* device, qint64 maxUncompressedBytes)
    : m_name(std::move(name)), m_device(device), m_budget(maxUncompressedBytes)
{
}

XlsxArchive::~XlsxArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

std::optional<Error> XlsxArchive::open()
{
    zlib_filefunc64_def api{};
    api.zopen64_file = deviceOpen;
    api.zread_file = deviceRead;
    api.zwrite_file = deviceWrite;
    api.ztell64_file = deviceTell;
    api.zseek64_file = deviceSeek;
    api.zclose_file = deviceClose;
    api.zerror_file = deviceError;
    m_zip = unzOpen2_64(m_device, &api);
    if (!m_zip)
        return error(QStringLiteral("This is not an Excel workbook: the file is not a readable zip archive "
                                    "(it may be truncated or damaged)."));
    int status = unzGoToFirstFile(m_zip);
    while (status == UNZ_OK) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return error(QStringLiteral("The workbook's zip directory is damaged."));
        unz64_file_pos pos{};
        unzGetFilePos64(m_zip, &pos);
        const QString entryName = QString::fromUtf8(name, qsizetype(qstrnlen(name, sizeof name)));
        m_entries.insert(entryName.toLower(),
                         Entry{entryName, qint64(qMin<ZPOS64_T>(info.uncompressed_size, 1ULL << 62)),
                               pos.pos_in_zip_directory, pos.num_of_file, (info.flag & 1) != 0});
        status = unzGoToNextFile(m_zip);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return error(QStringLiteral("The workbook's zip directory is damaged (it may be truncated)."));
    return std::nullopt;
}

bool XlsxArchive::contains(const QString& part) const
{
    return m_entries.contains(part.toLower());
}

qint64 XlsxArchive::declaredSize(const QString& part) const
{
    const auto it = m_entries.constFind(part.toLower());
    return it == m_entries.cend() ? 0 : it->size;
}

std::optional<Error> XlsxArchive::read(const QString& part, const std::function<bool(QByteArrayView)>& sink)
{
    const auto it = m_entries.constFind(part.toLower());
    if (it == m_entries.cend())
        return error(QStringLiteral("The workbook has no part %1.").arg(part));
    if (it->encrypted)
        return error(QStringLiteral("%1 is encrypted; save the workbook without a password and try again.").arg(part));
    if (it->size > m_budget - m_bytesRead)
        return error(QStringLiteral("%1 unpacks to %2, more than the %3 Plumbline allows for one workbook "
                                    "(a damaged file or a zip bomb).")
                         .arg(part, gib(it->size), gib(m_budget)));
    const unz64_file_pos pos{it->directoryOffset, it->number};
    if (unzGoToFilePos64(m_zip, &pos) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
        return error(QStringLiteral("Cannot unpack %1: the zip entry is damaged or uses an unsupported "
                                    "compression method.")
                         .arg(part));
    // Small parts (workbook, relationships) get a small buffer; the declared size only sizes it.
    const int chunk = int(std::clamp<qint64>(it->size + 1, 4096, kChunk));
    std::vector<char> buffer(static_cast<std::size_t>(chunk));
    for (;;) {
        const int n = unzReadCurrentFile(m_zip, buffer.data(), unsigned(chunk));
        if (n < 0) {
            unzCloseCurrentFile(m_zip);
            return error(QStringLiteral("%1 is damaged and cannot be unpacked (it may be truncated).").arg(part));
        }
        if (n == 0)
            break;
        // The directory's size may lie: count what actually comes out.
        m_bytesRead += n;
        if (m_bytesRead > m_budget) {
            unzCloseCurrentFile(m_zip);
            return error(QStringLiteral("The workbook unpacks to more than %1 (a damaged file or a zip bomb).")
                             .arg(gib(m_budget)));
        }
        if (!sink(QByteArrayView(buffer.data(), n))) {
            unzCloseCurrentFile(m_zip);
            return std::nullopt;
        }
    }
    if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR)
        return error(QStringLiteral("%1 is damaged: its checksum does not match.").arg(part));
    return std::nullopt;
}

Result<QByteArray> XlsxArchive::readAll(const QString& part)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(qMin<qint64>(declaredSize(part), 64 << 20)));
    if (auto failed = read(part, [&](QByteArrayView chunk) {
            bytes.append(chunk);
            return true;
        }))
        return *failed;
    return bytes;
}

} // namespace plumbline
