#pragma once

#include "core/result.h"
#include "rules/rule.h"

#include <QHash>
#include <QString>

#include <vector>

namespace plumbline {

/// A rule's title and message in another language; an empty field keeps the pack's own.
struct RuleText
{
    QString title;
    QString message; ///< a message template with the same placeholders as the pack's ({value}, {column}, …)
};

/// The translations of one pack file's rules, by rule id (docs/rule-packs.md, "Translations").
struct RuleTranslations
{
    QString language;
    QString packTitle; ///< the pack's title in the language; empty = the pack's own
    QHash<QString, RuleText> rules;
};

/// Where the translation of the pack file packPath into language lives: beside it, with the language before
/// the extension ("…/planning-application.json", "cy" → "…/planning-application.cy.json").
QString ruleTranslationPath(const QString& packPath, const QString& language);

/// True for a file name that is a pack's translation ("planning-application.cy.json"), not a pack.
bool isRuleTranslationFile(const QString& fileName);

/// Reads a translation file. Errors name the file with the line and column of bad JSON or the JSON path of a
/// wrong key or type. Thread-safe (reads nothing shared).
Result<RuleTranslations> loadRuleTranslations(const QString& path);

/// Gives the rules declared in the pack file origin (Rule::source starts with it) the translated titles and
/// messages that exist; other rules, and rules without a translation, keep their English texts.
void applyRuleTranslations(std::vector<Rule>& rules, const QString& origin, const RuleTranslations& translations);

} // namespace plumbline
