#pragma once

#include "core/result.h"
#include "table/cell_change.h"
#include "table/dataset.h"

#include <QString>

#include <string>
#include <vector>

namespace plumbline {
class Document;
}

namespace plumbline::cluster {

/// A column where both records hold a value and the values differ. The kept record's value stays unless
/// useOther is set (the user's choice, e.g. in the merge dialog).
struct MergeConflict
{
    int column = -1;
    std::string keep;
    std::string other;
    bool useOther = false;
};

/// The cells of one table that change because a reference to the removed record's id now names the kept one.
struct ReferenceRemap
{
    int table = -1;
    QString column; ///< the referring column ("person_id", "_parent_id")
    std::size_t records = 0;
    CellChanges changes; ///< includes the child rows' `_parent_row`, which places them under their parent on export
};

/// What merging record `remove` into record `keep` of one table does, computed before anything changes, so the
/// user can read it side by side and decide. Merges are planned and applied one pair at a time: there is no bulk
/// form, because two records with the same name may be two people (UK Commons homonyms).
struct RecordMergePlan
{
    int table = -1;
    RecordId keep = 0;
    RecordId remove = 0;
    int keyColumn = -1; ///< the table's "id" column, or -1 (then nothing refers to the records)
    std::string keepId;
    std::string removeId;
    CellChanges fills;                    ///< the kept record's empty cells that get the other's value
    std::vector<MergeConflict> conflicts; ///< cells both hold with different values
    std::vector<ReferenceRemap> remaps;   ///< references to removeId, per referring table and column
    /// The identifier that keeps removeId: a new row of `<table>.identifiers` (scheme identifierScheme), or -1
    /// with note saying why the old id is not kept.
    int identifierTable = -1;
    QString identifierScheme;
    QString note;
    quint64 generation = 0; ///< the Document's generation the plan was computed at

    /// Referring cells that change, over every table.
    std::size_t remappedCells() const;
};

struct RecordMergeOptions
{
    QString keyColumn = QStringLiteral("id");
    QString identifierScheme = QStringLiteral("previous_id"); ///< the popolo pack's NAME-01 fix names this scheme
};

/// Plans merging record `remove` into `keep` (both present in table). The references remapped are every
/// Relation of dataset.relations that points at table's key column (Popolo: memberships.person_id, member.id,
/// the child tables' _parent_id), plus memberships.person_id when a "persons" table has no declared relations.
/// An Error when the table or a record does not exist, or keep == remove.
Result<RecordMergePlan> planRecordMerge(const Dataset& dataset, int table, RecordId keep, RecordId remove,
                                        const RecordMergeOptions& options = {});
/// The same on a document's live dataset, stamped with its generation.
Result<RecordMergePlan> planRecordMerge(const Document& document, int table, RecordId keep, RecordId remove,
                                        const RecordMergeOptions& options = {});

/// Applies a plan as one undo step named text (default "Merge <removeId> into <keepId>"): fills and chosen
/// conflict values, remapped references, the new identifier row, then the removal of the other record.
/// An Error, and nothing changed, when the document changed since the plan was made (plan again).
std::optional<Error> applyRecordMerge(Document& document, const RecordMergePlan& plan, const QString& text = {});

} // namespace plumbline::cluster
