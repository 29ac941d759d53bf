#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace plumbline {

/// How a parameter is written, which decides the control a form shows for it and how its text becomes JSON.
enum class ParamType {
    Text,         ///< a string
    Regex,        ///< an RE2 regular expression (a string)
    Boolean,      ///< true or false
    Number,       ///< a JSON number
    NumberOrDate, ///< a number, or a date / relative date bound ("2000-01-01", "today+50y") as a string
    Choice,       ///< one of CheckParamInfo::choices (a string; "true"/"false" choices are written as booleans)
    TextList,     ///< several strings (a JSON array), one per line in a form
    Predicate,    ///< a condition object such as {"in": ["withdrawn"]} or {"blank": true}, written as JSON
    Sql,          ///< an SQL expression (a string), several lines
};

/// One parameter of a check kind, described for forms (the GUI's rule editor) and listings (`packs --kinds`).
/// Texts are English; the GUI translates the label and help through its own catalogue.
struct CheckParamInfo
{
    const char* key;
    ParamType type;
    const char* label;         ///< a short label for a form ("Pattern")
    const char* help;          ///< one sentence: what the parameter does
    bool required = false;     ///< the rule does not load without it
    const char* choices = "";  ///< Choice: the allowed values separated by '|', the first the default
    const char* fallback = ""; ///< what applies when the parameter is left out, in words or as a value ("" = nothing)
};

/// What a kind's form shows: the columns it takes, in words, and its parameters in the order a form lists them.
struct CheckKindForm
{
    const char* kind;
    const char* columns; ///< what the rule's columns mean for this kind ("the column to check; several allowed")
    std::vector<CheckParamInfo> params;
};

/// The parameter descriptions of the check kinds that have one (the common kinds a user writes rules with:
/// required, type, pattern, codelist, contains, placeholder, range, length, unique, compare, conditional, sql).
/// The check kinds themselves read their parameters through ParamReader, which stays the authority: a test keeps
/// the two in step by loading a rule with every described parameter.
const std::vector<CheckKindForm>& checkKindForms();
/// The form of kind, or null when the kind has no parameter description (its parameters are written as JSON).
const CheckKindForm* checkKindForm(const QString& kind);

/// The allowed values of a Choice parameter.
QStringList paramChoices(const CheckParamInfo& param);
/// Turns what a form holds for param into the JSON value a pack stores; an undefined value when text is empty
/// (the parameter is left out). On a value that cannot be read sets *error to a sentence and returns undefined.
QJsonValue paramFromText(const CheckParamInfo& param, const QString& text, QString* error);
/// The text a form shows for a stored value (the inverse of paramFromText).
QString paramToText(const CheckParamInfo& param, const QJsonValue& value);

} // namespace plumbline
