#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "document/validation_setup.h"
#include "project/audit_trail.h"
#include "project/run_history.h"
#include "project/triage_book.h"
#include "table/dataset.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace plumbline {

/// A file read for checking and reporting (the CLI's check, report and audit): its data — a project's with
/// its journal applied, what the user last saw — and, for a project, the rules, triage decisions, validation
/// runs and audit trail it keeps.
struct ReviewSource
{
    std::shared_ptr<Dataset> dataset;
    bool isProject = false;
    bool hasSetup = false; ///< the project keeps a rules snapshot
    ValidationSetup setup; ///< the project's rules (files it names resolved to saved copies when changed)
    std::vector<TriageDecision> decisions;
    std::vector<RunRecord> runs;
    std::vector<AuditRow> trail;             ///< edits and triage, in time order
    QString sourcePath;                      ///< a project's source file as it was imported
    QString sourceSha256;                    ///< of that file when imported
    std::shared_ptr<QTemporaryDir> rulesDir; ///< holds the saved copies setup may point at
};

/// Reads path (any format Plumbline reads; a project fully). Errors in plain words.
Result<ReviewSource> readReviewSource(const QString& path, Progress& progress);

/// A sentence when the source file a project was made from is gone or has changed since (its size or time
/// differ and so does its SHA-256), else empty (also when path is not a readable project).
QString sourceChangedNote(const QString& path);

/// True when path names a project (by extension, or by its first bytes).
bool isProjectPath(const QString& path);

} // namespace plumbline
