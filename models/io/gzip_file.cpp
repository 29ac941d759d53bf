#include "io/gzip_file.h"

#include <QFile>

#include <algorithm>
#include <vector>

#include <zlib.h>

namespace plumbline {

qint64 gunzipLimit(qint64 compressedBytes)
{
    return std::max(qint64(1) << 30, compressedBytes * 100);
}

std::optional<Error> gunzipFile(const QString& path, QIODevice& out, qint64 maxBytes, Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("Cannot open the file: %1.").arg(file.errorString())};
    const auto damaged = [&](const QString& why) {
        return Error{path, 0, 0, QStringLiteral("The gzip-compressed file cannot be unpacked: %1.").arg(why)};
    };

    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) // 16: expect a gzip header and trailer
        return damaged(QStringLiteral("zlib could not start"));
    struct End
    {
        z_stream& s;
        ~End() { inflateEnd(&s); }
    } end{stream};

    constexpr qint64 kChunk = qint64(1) << 20;
    const auto chunkBytes = static_cast<std::size_t>(kChunk);
    std::vector<char> input(chunkBytes), output(chunkBytes);
    const qint64 total = file.size();
    qint64 consumed = 0, produced = 0;
    int status = Z_OK;
    bool memberOpen = false; // between a member's first byte and its end
    while (true) {
        const qint64 got = file.read(input.data(), kChunk);
        if (got < 0)
            return Error{path, 0, 0, QStringLiteral("Cannot read the file: %1.").arg(file.errorString())};
        if (got == 0)
            break;
        consumed += got;
        stream.next_in = reinterpret_cast<Bytef*>(input.data());
        stream.avail_in = uInt(got);
        // Until the input is used up and zlib has nothing more to give (a full output buffer may hide more).
        do {
            if (status == Z_STREAM_END) {
                if (stream.avail_in == 0)
                    break;
                // Another member follows (files joined with cat, or written in pieces).
                if (inflateReset(&stream) != Z_OK)
                    return damaged(QStringLiteral("zlib could not start the next part"));
                status = Z_OK;
            }
            memberOpen = true;
            stream.next_out = reinterpret_cast<Bytef*>(output.data());
            stream.avail_out = uInt(kChunk);
            status = inflate(&stream, Z_NO_FLUSH);
            if (status == Z_NEED_DICT || status == Z_DATA_ERROR || status == Z_MEM_ERROR)
                return damaged(QString::fromLatin1(stream.msg ? stream.msg : "the data is damaged"));
            const qint64 have = kChunk - qint64(stream.avail_out);
            produced += have;
            if (produced > maxBytes)
                return Error{path, 0, 0,
                             QStringLiteral("The gzip-compressed file unpacks to more than %1 MB, far more than text "
                                            "of its size; Plumbline stops there to protect memory and disk. If the "
                                            "file is genuine, unpack it with gunzip and open the result.")
                                 .arg(maxBytes >> 20)};
            if (have > 0 && out.write(output.data(), have) != have)
                return Error{path, 0, 0,
                             QStringLiteral("Cannot unpack the gzip-compressed file: %1.").arg(out.errorString())};
            if (status == Z_STREAM_END)
                memberOpen = false;
        } while (stream.avail_in > 0 || stream.avail_out == 0);
        progress.report(consumed, total);
        if (progress.canceled())
            return Error{path, 0, 0, QStringLiteral("Reading was canceled.")};
    }
    if (memberOpen)
        return damaged(QStringLiteral("the file ends in the middle of the compressed data (it is truncated)"));
    return std::nullopt;
}

} // namespace plumbline
