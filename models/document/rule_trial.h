#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "document/validation_setup.h"
#include "table/dataset.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace plumbline {

/// What one rule finds on a dataset, before it is saved: the rule editor's live count.
struct RuleTrial
{
    Rule rule;                  ///< the rule as loaded (its pack's checks applied)
    std::uint64_t findings = 0; ///< findings as `check` counts them (a summary finding counts once)
    std::uint64_t rows = 0;     ///< rows those findings stand for (a summary's rows included)
    QStringList examples;       ///< the first few findings' messages, in file order
    QStringList exampleValues;  ///< their offending values (empty for table-level findings)
    QStringList skipped;        ///< "table: why" for tables the rule does not apply to
    QString failed;             ///< set when the rule could not finish (an SQL error): why
};

/// Loads rule (a pack's rule object) as if it were in user pack packName and runs it alone over dataset, with
/// the column synonyms and options of setup (the packs that run on the file), exactly as a validation with the
/// user's packs would run it: the same findings a `plumbline-cli check --user-packs` reports for its id. An Error
/// says why the rule does not load (the pack loader's sentence with the JSON path). Runs on any thread; returns
/// an Error "canceled" when progress is canceled.
Result<RuleTrial> tryRule(const Dataset& dataset, const ValidationSetup& setup, const QJsonObject& rule,
                          const QString& packName, int maxExamples, Progress& progress);

} // namespace plumbline
