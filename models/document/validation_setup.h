#pragma once

#include "checks/check.h"
#include "core/progress.h"
#include "core/result.h"
#include "rules/rule_set.h"
#include "table/dataset.h"
#include "validator/validator.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <memory>

namespace plumbline {

class CodelistRepository;

/// What a validation runs with, as the user chose it (the GUI's pack menu, the CLI's options).
struct ValidationSetup
{
    QStringList packs;       ///< built-in names or .json paths; empty = chosen from the headers
    QStringList schemaFiles; ///< Table Schemas or datapackage.json files whose packs are added
    QDate today;             ///< the date rules treat as today; invalid = the current date
    int threads = 0;         ///< worker threads; 0 = one per core
    bool summarise = true;   ///< high-volume info rules as one summary finding (ValidationOptions::summarise)
    /// Keep the set rules' key indexes so edits re-check only the rows sharing an edited key (interactive use;
    /// costs memory a one-off check does not need).
    bool keepIndexes = false;
    /// Check only these records (row checks) and keep only set-rule findings on them (`check --changed-since`);
    /// null = every record.
    std::shared_ptr<const RecordFilter> only = {};
    /// Rule ids the user switched off (the Rules panel): left out of the run. Unknown ids are ignored, since the
    /// packs chosen differ from file to file.
    QStringList disabledRules;
    /// Severities the user chose for rules (rule id → severity), over the packs' own.
    QHash<QString, Severity> severityOverrides;
    /// Run the user's own packs (packs/user_packs.h) over the chosen ones: a rule whose id the chosen packs have
    /// replaces theirs (the user's changed copy of a built-in rule), a copy of a built-in rule the chosen packs do
    /// not run stays out, and every other rule is added. The GUI always does; the CLI with --user-packs.
    bool userPacks = false;
    /// Rule titles and messages in this language where the packs have a translation ("cy"); empty = English.
    QString language;
};

/// The codelists every check of the process shares: loaded once, on first use (thread-safe).
std::shared_ptr<CodelistRepository> sharedCodelists();
/// What checks are compiled with: the shared codelists and today (the current date when invalid).
CheckEnv makeCheckEnv(const QDate& today = {});

/// The rules chosen for a dataset, with what they were compiled for.
struct PreparedRules
{
    RuleSet rules;
    CheckEnv env;
    QStringList notices; ///< what the Table Schemas ask that is not checked, user packs that did not load
};
/// The packs of setup for dataset (PackCatalog's choice, the dataset's own schemas, setup's schema files),
/// loaded and compiled. The one place the GUI and the CLI set rules up. An Error names the pack that failed.
Result<PreparedRules> prepareRules(const Dataset& dataset, const ValidationSetup& setup);

/// One full validation of a dataset snapshot and everything needed to keep its findings current afterwards.
struct ValidationRun
{
    std::shared_ptr<const Dataset> dataset;     ///< the snapshot that was validated (the session points into it)
    std::shared_ptr<const Validator> validator; ///< the rules, for re-running set rules after edits
    ValidationResult result;                    ///< findings, outcomes, timings, the bound row-local checks
    QStringList notices;
};

/// Prepares the rules and validates snapshot. Returns null when progress was canceled.
Result<std::shared_ptr<ValidationRun>> runValidation(std::shared_ptr<const Dataset> snapshot,
                                                     const ValidationSetup& setup, Progress& progress);
/// The same with rules already prepared (prepareRules of this snapshot, or of one with the same format, tables and
/// headers, which gets the same rules): two versions of a file compared share one preparation.
Result<std::shared_ptr<ValidationRun>> runValidation(std::shared_ptr<const Dataset> snapshot, PreparedRules prepared,
                                                     const ValidationSetup& setup, Progress& progress);

} // namespace plumbline
