#pragma once

#include "checks/check.h"
#include "core/result.h"
#include "rules/rule_pack.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace plumbline {

/// Loads rule packs from JSON (docs/rule-packs.md, docs/rule-pack.schema.json) and validates them fully:
/// every key, type and severity, each rule's check kind and parameters (by compiling the check), includes,
/// disable and severity overrides. Errors name the file and the JSON path: "planning.json: $.rules[3].params.op:
/// expected one of <, <=, =, !=, >=, >; got '=>'". Parse errors give line and column.
class RulePackLoader
{
public:
    explicit RulePackLoader(CheckEnv env);

    /// A built-in name ("planning-application") or a path to a .json file.
    Result<RulePack> load(const QString& nameOrPath);
    Result<RulePack> loadFile(const QString& path);
    Result<RulePack> loadBuiltin(const QString& name);
    /// origin names the source in errors; includes given as paths are resolved against baseDir.
    Result<RulePack> loadBytes(const QByteArray& json, const QString& origin, const QString& baseDir = {});

    /// Rule titles and messages in this language ("cy") where a translation file lies beside a pack file
    /// (packs/rule_translations.h); empty or a language without one: the packs' own texts.
    void setLanguage(const QString& language) { m_language = language; }

    /// Names of the built-in packs (the *.json files in builtinResourceDir("packs")).
    static QStringList builtinNames();

private:
    Result<RulePack> loadFileImpl(const QString& path, QStringList& stack);
    Result<RulePack> loadNamedImpl(const QString& nameOrPath, const QString& baseDir, QStringList& stack);
    Result<RulePack> parse(const QByteArray& json, const QString& origin, const QString& baseDir, QStringList& stack);

    CheckEnv m_env;
    QString m_language;
};

} // namespace plumbline
