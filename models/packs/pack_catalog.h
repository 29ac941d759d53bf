#pragma once

#include "core/result.h"
#include "packs/rule_pack_loader.h"
#include "rules/rule_set.h"
#include "table/dataset.h"

#include <QStringList>

#include <vector>

namespace plumbline {

/// Chooses the rule packs for a dataset, for the CLI's `check` and the GUI's Validate action.
class PackCatalog final
{
public:
    /// Every built-in pack, in name order; an Error if one does not load (a build defect).
    static Result<std::vector<RulePack>> loadBuiltins(RulePackLoader& loader);

    /// The packs to run: the built-in packs marked `always` (structure), then either the requested packs
    /// (built-in names or .json paths, in the order given) or, when none are requested, the built-in packs
    /// whose detect formats name the dataset's SourceInfo::format (Popolo) or else the built-in pack whose
    /// detect columns best match each table's headers. Errors name the pack that failed to load.
    static Result<RuleSet> forDataset(const Dataset& dataset, const QStringList& requested, RulePackLoader& loader);
    /// As above, then the extra packs (generated ones: a Data Package's Table Schemas, a --schema file) in order.
    static Result<RuleSet> forDataset(const Dataset& dataset, const QStringList& requested, RulePackLoader& loader,
                                      const std::vector<RulePack>& extra);
};

} // namespace plumbline
