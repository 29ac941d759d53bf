#pragma once

#include "findings/severity.h"
#include "rules/fix.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace plumbline {

/// One rule of a pack, as loaded and validated (a plain, copyable value).
struct Rule
{
    QString id; ///< unique within the packs in use, e.g. "PA-18-decision"
    QString title;
    QString description;
    Severity severity = Severity::Error;
    QString issueType;   ///< the planning.data.gov.uk issue-type name this rule maps to, if any
    QString table;       ///< only tables with this name (empty = every table)
    QStringList columns; ///< logical column names, resolved through the pack's synonyms
    QString kind;        ///< check kind in the CheckRegistry
    QJsonObject params;  ///< the kind's parameters
    QString message;     ///< message template, see FindingStore::message
    Fix fix;
    QString pack;    ///< the pack the rule was declared in
    QString source;  ///< "file.json $.rules[3]", for error messages about the rule
    QString baseDir; ///< directory of the pack file: relative codelist paths resolve against it
    /// Values this rule treats as blank besides empty cells (a Table Schema's missingValues, e.g. "NA", "-"):
    /// value checks skip them, `required` reports them, `unique` ignores them. Empty strings are ignored.
    QStringList missingValues;
    /// Whether the rows an info rule finds are reported as one summary finding (docs/rule-packs.md): true
    /// always, false never, unset when the rule fires on a large share of the rows (ValidationOptions).
    std::optional<bool> summarise;
    /// The summary finding's message: {count} {rows} {share} {title} {column} {table}; empty = a generic one.
    QString summary;
    /// The rule's JSON object as written in its pack (empty for rules made in code): what the rule editor copies
    /// into a user pack when the user changes a built-in rule.
    QJsonObject definition;
};

} // namespace plumbline
