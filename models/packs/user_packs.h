#pragma once

#include "checks/check.h"
#include "core/result.h"
#include "rules/rule.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace plumbline {

/// The user's own rule packs: JSON files in one folder (docs/rule-packs.md, *User packs*), written by the GUI's
/// rule editor and read by the GUI and the CLI alike. The folder is
/// `$XDG_DATA_HOME/Plumbline/Plumbline/packs` (`~/.local/share/…` on Linux; the GUI's AppDataLocation), whichever
/// program asks: the CLI has another application name, so the path is spelled out rather than taken from the
/// running application.
namespace userpacks {

/// The name of the pack the rule editor saves into.
inline constexpr const char* kDefaultPack = "my-rules";

/// The folder (absolute; it may not exist yet).
QString directory();
/// The user packs' files, by name ("my-rules" → ".../my-rules.json"); translation files are not packs.
QStringList paths();
/// The path of user pack name (whether or not it exists).
QString pathOf(const QString& name);
/// The names of the user packs (file names without .json), sorted.
QStringList names();

/// A rule as a pack's JSON object: its definition when it was loaded from a pack (Rule::definition), else built
/// from its fields (rules made in code have no fix to write).
QJsonObject ruleJson(const Rule& rule);

/// Adds rule (a pack's rule object with an "id") to user pack name, replacing a rule with the same id; creates
/// the pack and the folder when needed. The file is replaced atomically and the result is loaded back and checked
/// before it replaces the old one (compiled with env), so a rule that does not load never reaches the file.
/// Returns the path written.
Result<QString> saveRule(const QString& name, const QJsonObject& rule, const CheckEnv& env);
/// Removes rule id from user pack name. Not finding it is not an error.
std::optional<Error> removeRule(const QString& name, const QString& id);

} // namespace userpacks

} // namespace plumbline
