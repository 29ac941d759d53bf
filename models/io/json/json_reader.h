#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QByteArrayView>
#include <QString>

namespace plumbline {

/// What the caller may force when reading JSON; anything unset is detected.
struct JsonReadOptions
{
    /// "" = detect from the extension and the content; "jsonl" reads one JSON value per line; "json",
    /// "popolo" and "geojson" read one document (the content still decides how it maps to tables).
    QString format;
};

/// Reads a JSON document or JSON Lines file into tables (docs/json-mapping.md): Popolo/EveryPolitician
/// files give one table per collection plus child tables for nested arrays, with Dataset::relations
/// declared; GeoJSON FeatureCollections give one table with properties as columns and a WKT `geometry`
/// column; other JSON gives one table per array. SourceInfo::format is "popolo", "geojson", "json" or
/// "jsonl". Every table carries a JsonLayout so writeJsonDataset() gives back the same JSON value.
/// Never throws: malformed input yields an Error with the 1-based line and column (in characters) of the
/// first offending byte. Progress is in bytes; cancellation returns an Error saying so.
Result<Dataset> readJsonFile(const QString& path, const JsonReadOptions& options, Progress& progress);

/// The same over bytes in memory (tests, the fuzzer). name is used in errors, for table names and, by its
/// extension, to recognise JSON Lines (".jsonl", ".ndjson").
Result<Dataset> readJsonBytes(QByteArrayView bytes, const QString& name, const JsonReadOptions& options,
                              Progress& progress);

} // namespace plumbline
