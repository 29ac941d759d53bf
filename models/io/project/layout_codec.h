#pragma once

#include "table/dataset.h"

#include <QByteArray>
#include <QString>

namespace plumbline {

// The parts of a dataset besides its cells that a faithful export needs, as bytes for a project file: each
// table's delimited-text layout and the JSON layouts (with the documents they share). Decoding checks every
// index against the tables it is given, since a project file may come from anywhere.

QByteArray encodeTextLayout(const TextLayout& layout);
/// Null, with *problem set, when the bytes are not a layout.
std::shared_ptr<const TextLayout> decodeTextLayout(const QByteArray& bytes, QString* problem);

/// Every table's JSON layout; empty when no table has one.
QByteArray encodeJsonLayouts(const Dataset& dataset);
/// Gives dataset's tables the layouts (tables matched by position); false with *problem set when the bytes are
/// damaged or refer to columns, keys or child tables that are not there (then no table is changed).
bool decodeJsonLayouts(const QByteArray& bytes, Dataset& dataset, QString* problem);

/// Ragged rows, blank rows and renamed headers of a table, and back (checked against its rows and columns).
QByteArray encodeTableNotes(const Table& table);
bool decodeTableNotes(const QByteArray& bytes, Table& table, QString* problem);

} // namespace plumbline
