#pragma once

#include "fixes/fix_plan.h"

#include <QString>

#include <map>
#include <vector>

namespace plumbline {

class Document;

/// What applying plans did.
struct FixOutcome
{
    std::size_t cells = 0;    ///< cells changed
    std::size_t plans = 0;    ///< plans that changed at least one cell
    std::size_t deferred = 0; ///< plans set aside because an earlier plan changes one of their cells (see FixPreview)
    std::map<QString, std::size_t> cellsPerRule;
};

/// Applies plans to the document's live dataset as one undo entry named text (one command per table, grouped in a
/// macro when several tables change), with the conflict rule of previewPlans(). Plans computed on a snapshot stay
/// valid while their cells are unchanged; a cell edited since is overwritten, so compute plans afresh after edits.
/// On the document's thread.
FixOutcome applyPlans(Document& document, const std::vector<FixPlan>& plans, const QString& text);

/// "Fix PA-18-decision in 24 cells" / "Apply 3 quick fixes (1,204 cells)": an undo entry's name for plans.
QString fixCommandText(const std::vector<FixPlan>& plans, std::size_t cells);

} // namespace plumbline
