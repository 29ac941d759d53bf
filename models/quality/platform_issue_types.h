#pragma once

#include "findings/severity.h"

#include <QString>

#include <span>

namespace plumbline {

/// One planning.data.gov.uk issue type (the specification's issue-type list) or data expectation, as the
/// platform grades it. docs/issue-types.md lists each with the rule that covers it.
struct PlatformIssueType
{
    const char* name;     ///< the platform's name, as rules carry it in Rule::issueType ("invalid date")
    Severity severity;    ///< the platform's severity for it
    int qualityLevel;     ///< the quality level it holds a dataset at (2 or 3), or 0 when it does not count
    const char* criteria; ///< the quality criterion it fails ("geometry errors"), or ""
    bool internal;        ///< the platform's own processing, not something the publisher supplied
    bool expectation;     ///< a data expectation run over the whole dataset, not a per-value issue
};

/// Every issue type of the specification's list, then the expectations the quality framework and the packs
/// use, in the specification's order. Static data; thread-safe.
std::span<const PlatformIssueType> platformIssueTypes();

/// The entry for name (exact, as the specification spells it), or null.
const PlatformIssueType* findPlatformIssueType(const QString& name);

} // namespace plumbline
