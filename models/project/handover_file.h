#pragma once

#include "core/result.h"
#include "project/record_key.h"
#include "project/triage_book.h"
#include "table/dataset.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace plumbline {

/// One cell a reviewer changed: where (table, stable record id, column by name), the record's own key for
/// people and as a check, the value it had when imported and the value it has now.
struct HandoverEdit
{
    QString table;
    qint64 record = 0;
    QString key; ///< the record's own key (reference, id, ...) as imported; empty when the table has none
    QString column;
    QString before;
    QString after;
    bool operator==(const HandoverEdit&) const = default;
};

/// A review handed from one officer to another: the triage decisions and the net cell edits of a project
/// (docs/projects.md describes the JSON). Small by design: no data beyond the edited cells.
struct HandoverFile
{
    QString user;         ///< who exported it
    QString exported;     ///< when (UTC, ISO 8601)
    QString sourceSha256; ///< of the source file the project was made from (records ids refer to that import)
    std::vector<HandoverEdit> edits;
    std::vector<TriageDecision> triage;
};

/// Limits on a hand-over file read from anywhere: larger input is refused, not read.
inline constexpr qint64 kHandoverMaxBytes = qint64(64) << 20;
inline constexpr std::size_t kHandoverMaxItems = 1'000'000;
inline constexpr std::size_t kHandoverMaxString = std::size_t(1) << 20;

/// The hand-over of a project's data as it is now (current: its journal applied): every loaded cell of a loaded
/// record whose value differs from the imported one (rows or columns added in the project are not included),
/// and the decisions. Each edit names its record's key by key (see recordKeyColumn).
HandoverFile makeHandover(const Dataset& current, const RecordKeySpec& key,
                          const std::vector<TriageDecision>& decisions, const QString& user, const QString& time,
                          const QString& sourceSha256);

/// The JSON text (UTF-8, indented, members in a fixed order).
QByteArray writeHandoverJson(const HandoverFile& handover);

/// Parses a hand-over strictly: valid JSON (RFC 8259), the members and types docs/projects.md lists and no others,
/// no member twice, within the limits above. Errors name fileName, the line and column and what is wrong.
Result<HandoverFile> parseHandoverJson(QByteArrayView bytes, const QString& fileName);

/// Reads and parses a hand-over file (refused unread when over kHandoverMaxBytes).
Result<HandoverFile> readHandoverFile(const QString& path);

} // namespace plumbline
