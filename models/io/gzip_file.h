#pragma once

#include "core/progress.h"
#include "core/result.h"

#include <QIODevice>
#include <QString>

#include <optional>

namespace plumbline {

/// Unpacks the gzip file at path (every member, as gunzip does) into out, streaming: memory stays at two 1 MiB
/// buffers whatever the size. Stops with an Error naming path when the data is damaged or truncated, when writing
/// to out fails, on cancel, or once more than maxBytes come out (a gzip bomb unpacks a few kilobytes into
/// gigabytes). Progress is reported in compressed bytes read.
std::optional<Error> gunzipFile(const QString& path, QIODevice& out, qint64 maxBytes, Progress& progress);

/// The most a gzip file of compressedBytes may unpack to when read: 100 times its size, and at least 1 GiB.
/// Text compresses 5 to 15 times; far higher ratios are made on purpose.
qint64 gunzipLimit(qint64 compressedBytes);

} // namespace plumbline
