#include "io/xlsx/xlsx_archive.h"

#include <QIODevice>

#include <unzip.h>
#include <zlib.h>

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

constexpr ZPOS64_T kZip64Marker = 0xFFFFFFFFU;

/// The 64-bit fields of a ZIP64 extra field (id 0x0001): those whose header field holds the 0xFFFFFFFF marker,
/// in the order uncompressed size, compressed size. False when there is no such field.
bool readZip64Sizes(const unsigned char* extra, std::size_t size, bool hasUncompressed, bool hasCompressed,
                    quint64& uncompressed, quint64& compressed)
{
    const auto read64 = [&](std::size_t at) {
        quint64 value = 0;
        for (int i = 7; i >= 0; --i)
            value = value << 8 | extra[at + std::size_t(i)];
        return std::min<quint64>(value, quint64(1) << 62);
    };
    const std::size_t needed = 8 * (std::size_t(hasUncompressed) + std::size_t(hasCompressed));
    std::size_t at = 0;
    while (at + 4 <= size) {
        const unsigned id = extra[at] | unsigned(extra[at + 1]) << 8;
        const std::size_t length = extra[at + 2] | std::size_t(extra[at + 3]) << 8;
        if (id == 0x0001 && length >= needed && at + 4 + length <= size) {
            std::size_t field = at + 4;
            if (hasUncompressed) {
                uncompressed = read64(field);
                field += 8;
            }
            if (hasCompressed)
                compressed = read64(field);
            return true;
        }
        at += 4 + length;
    }
    return false;
}

/// Ends an inflate stream on scope exit.
struct Inflater
{
    z_stream stream{};
    bool started = false;
    ~Inflater()
    {
        if (started)
            inflateEnd(&stream);
    }
};

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
    std::vector<unsigned char> extra(0xFFFF);
    while (status == UNZ_OK) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, extra.data(), uLong(extra.size()), nullptr, 0) !=
            UNZ_OK)
            return error(QStringLiteral("The workbook's zip directory is damaged."));
        unz64_file_pos pos{};
        unzGetFilePos64(m_zip, &pos);
        const QString entryName = QString::fromUtf8(name, qsizetype(qstrnlen(name, sizeof name)));
        Entry entry{entryName, qint64(qMin<ZPOS64_T>(info.uncompressed_size, 1ULL << 62)), pos.pos_in_zip_directory,
                    pos.num_of_file, (info.flag & 1) != 0};
        // minizip 1.1 leaves the 0xFFFFFFFF marker of a ZIP64 entry (a part of 2 GiB or more, as Python's zipfile
        // writes it) in place of its sizes, so the part would read as 4.0 GiB and minizip would read its data
        // past its end: take the sizes from the ZIP64 extra field, and read such a part with readZip64().
        quint64 uncompressed = info.uncompressed_size, compressed = info.compressed_size;
        if (info.uncompressed_size == kZip64Marker &&
            readZip64Sizes(extra.data(), std::min<std::size_t>(info.size_file_extra, extra.size()), true,
                           info.compressed_size == kZip64Marker, uncompressed, compressed)) {
            entry.size = qint64(uncompressed);
            entry.zip64 = true;
            entry.compressedSize = qint64(compressed);
            entry.method = int(info.compression_method);
            entry.crc = quint32(info.crc);
        }
        m_entries.insert(entryName.toLower(), entry);
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
    if (it->zip64) {
        const auto dataAt = qint64(unzGetCurrentFileZStreamPos64(m_zip)); // minizip checked the local header
        unzCloseCurrentFile(m_zip);
        return readZip64(*it, part, dataAt, sink);
    }
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

std::optional<Error> XlsxArchive::readZip64(const Entry& entry, const QString& part, qint64 dataAt,
                                            const std::function<bool(QByteArrayView)>& sink)
{
    const auto damaged = [&] {
        return error(QStringLiteral("%1 is damaged and cannot be unpacked (it may be truncated).").arg(part));
    };
    if (entry.method != 0 && entry.method != Z_DEFLATED)
        return error(QStringLiteral("Cannot unpack %1: it uses an unsupported compression method.").arg(part));
    if (dataAt <= 0 || !m_device->seek(dataAt))
        return damaged();
    std::vector<char> in(static_cast<std::size_t>(kChunk)), out(static_cast<std::size_t>(kChunk));
    qint64 compressedLeft = entry.compressedSize;
    qint64 left = entry.size;
    uLong crc = crc32(0, nullptr, 0);
    Inflater inflater;
    z_stream& z = inflater.stream;
    if (entry.method == Z_DEFLATED) {
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return damaged();
        inflater.started = true;
    }
    const auto readInput = [&](char* into, qint64 most) -> qint64 {
        const qint64 n = m_device->read(into, std::min<qint64>(most, compressedLeft));
        compressedLeft -= std::max<qint64>(n, 0);
        return n;
    };
    for (;;) {
        qint64 produced = 0;
        bool ended = false;
        if (entry.method == 0) {
            produced = readInput(out.data(), std::min<qint64>(kChunk, left));
            if (produced < 0 || (produced == 0 && left > 0))
                return damaged();
            ended = produced == 0;
        } else {
            if (z.avail_in == 0 && compressedLeft > 0) {
                const qint64 n = readInput(in.data(), kChunk);
                if (n <= 0)
                    return damaged();
                z.next_in = reinterpret_cast<Bytef*>(in.data());
                z.avail_in = uInt(n);
            }
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = uInt(kChunk);
            const int status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && !(status == Z_BUF_ERROR && z.avail_in == 0))
                return damaged();
            produced = kChunk - qint64(z.avail_out);
            ended = status == Z_STREAM_END;
            if (!ended && produced == 0 && z.avail_in == 0 && compressedLeft == 0)
                return damaged(); // the compressed data ran out before the stream's end
        }
        if (produced > left)
            return error(QStringLiteral("%1 is damaged: it holds more than its declared size.").arg(part));
        left -= produced;
        crc = crc32(crc, reinterpret_cast<const Bytef*>(out.data()), uInt(produced));
        m_bytesRead += produced;
        if (m_bytesRead > m_budget)
            return error(QStringLiteral("The workbook unpacks to more than %1 (a damaged file or a zip bomb).")
                             .arg(gib(m_budget)));
        if (produced > 0 && !sink(QByteArrayView(out.data(), produced)))
            return std::nullopt;
        if (ended)
            break;
    }
    if (left != 0 || crc != entry.crc)
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
