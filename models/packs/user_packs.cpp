#include "packs/user_packs.h"

#include "packs/rule_pack_loader.h"
#include "packs/rule_translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace plumbline::userpacks {

namespace {

Result<QJsonObject> readPack(const QString& name, const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        QJsonObject pack;
        pack.insert(QStringLiteral("pack"), name);
        pack.insert(QStringLiteral("title"), QStringLiteral("My rules"));
        pack.insert(QStringLiteral("description"),
                    QStringLiteral("Rules written in Plumbline's rule editor, and changed copies of built-in rules."));
        pack.insert(QStringLiteral("rules"), QJsonArray());
        return pack;
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("Cannot open the rule pack: %1.").arg(file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{path, 0, 0,
                     QStringLiteral("The rule pack is not a JSON object (%1); fix or remove it first.")
                         .arg(parseError.errorString())};
    return doc.object();
}

std::optional<Error> writePack(const QString& path, const QJsonObject& pack, const CheckEnv& env)
{
    const QByteArray bytes = QJsonDocument(pack).toJson(QJsonDocument::Indented);
    RulePackLoader loader(env);
    if (auto loaded = loader.loadBytes(bytes, path, QFileInfo(path).absolutePath()); !loaded)
        return loaded.error();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{path, 0, 0, QStringLiteral("Cannot create the folder for your rule packs.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, 0, 0, QStringLiteral("Cannot write the rule pack: %1.").arg(file.errorString())};
    return std::nullopt;
}

} // namespace

QString directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Plumbline/Plumbline/packs");
}

QStringList paths()
{
    QStringList out;
    const QDir dir(directory());
    for (const QString& entry : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (!isRuleTranslationFile(entry))
            out << dir.filePath(entry);
    return out;
}

QString pathOf(const QString& name)
{
    return QDir(directory()).filePath(name + QStringLiteral(".json"));
}

QStringList names()
{
    QStringList out;
    for (const QString& path : paths())
        out << QFileInfo(path).completeBaseName();
    return out;
}

QJsonObject ruleJson(const Rule& rule)
{
    if (!rule.definition.isEmpty())
        return rule.definition;
    QJsonObject o;
    o.insert(QStringLiteral("id"), rule.id);
    if (!rule.title.isEmpty())
        o.insert(QStringLiteral("title"), rule.title);
    if (!rule.description.isEmpty())
        o.insert(QStringLiteral("description"), rule.description);
    o.insert(QStringLiteral("severity"), severityName(rule.severity));
    if (!rule.table.isEmpty())
        o.insert(QStringLiteral("table"), rule.table);
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(rule.columns));
    o.insert(QStringLiteral("kind"), rule.kind);
    if (!rule.params.isEmpty())
        o.insert(QStringLiteral("params"), rule.params);
    if (!rule.message.isEmpty())
        o.insert(QStringLiteral("message"), rule.message);
    return o;
}

Result<QString> saveRule(const QString& name, const QJsonObject& rule, const CheckEnv& env)
{
    const QString path = pathOf(name);
    auto pack = readPack(name, path);
    if (!pack)
        return pack.error();
    QJsonObject json = pack.value();
    QJsonArray rules = json.value(QLatin1String("rules")).toArray();
    const QString id = rule.value(QLatin1String("id")).toString();
    bool replaced = false;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i).toObject().value(QLatin1String("id")).toString() == id) {
            rules.replace(i, rule);
            replaced = true;
        }
    }
    if (!replaced)
        rules.append(rule);
    json.insert(QStringLiteral("rules"), rules);
    if (auto error = writePack(path, json, env))
        return *error;
    return path;
}

std::optional<Error> removeRule(const QString& name, const QString& id)
{
    const QString path = pathOf(name);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    auto pack = readPack(name, path);
    if (!pack)
        return pack.error();
    QJsonObject json = pack.value();
    QJsonArray rules = json.value(QLatin1String("rules")).toArray();
    for (qsizetype i = rules.size() - 1; i >= 0; --i)
        if (rules.at(i).toObject().value(QLatin1String("id")).toString() == id)
            rules.removeAt(i);
    json.insert(QStringLiteral("rules"), rules);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, 0, 0, QStringLiteral("Cannot write the rule pack: %1.").arg(file.errorString())};
    return std::nullopt;
}

} // namespace plumbline::userpacks
