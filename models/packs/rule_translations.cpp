#include "packs/rule_translations.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace plumbline {

namespace {

Error problem(const QString& path, const QString& where, const QString& what)
{
    return Error{path, 0, 0, QStringLiteral("%1: %2.").arg(where, what)};
}

} // namespace

QString ruleTranslationPath(const QString& packPath, const QString& language)
{
    const QFileInfo info(packPath);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') + language +
           QLatin1String(".json");
}

bool isRuleTranslationFile(const QString& fileName)
{
    // "name.cy.json", "name.pt-BR.json": a language tag (letters, '-', '_') between two dots before "json".
    static const QRegularExpression pattern(QStringLiteral("^[^.]+\\.[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*\\.json$"));
    return pattern.match(QFileInfo(fileName).fileName()).hasMatch();
}

Result<RuleTranslations> loadRuleTranslations(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("Cannot open the rule pack translation: %1.").arg(file.errorString())};
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qint64 line = 1;
        qint64 column = 1;
        for (qsizetype i = 0; i < parseError.offset && i < json.size(); ++i) {
            column = json[i] == '\n' ? 1 : column + 1;
            line += json[i] == '\n' ? 1 : 0;
        }
        return Error{path, line, column, QStringLiteral("Not valid JSON: %1.").arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return problem(path, QStringLiteral("$"), QStringLiteral("a rule pack translation is a JSON object"));
    const QJsonObject root = doc.object();
    static const QStringList rootKeys = {QStringLiteral("$schema"), QStringLiteral("pack"), QStringLiteral("language"),
                                         QStringLiteral("title"), QStringLiteral("rules")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!rootKeys.contains(it.key()))
            return problem(path, QStringLiteral("$.") + it.key(),
                           QStringLiteral("unknown key (expected one of %1)").arg(rootKeys.join(QLatin1String(", "))));
        if (it.key() != QLatin1String("rules") && !it.value().isString())
            return problem(path, QStringLiteral("$.") + it.key(), QStringLiteral("expected a string"));
    }
    RuleTranslations translations;
    translations.language = root.value(QLatin1String("language")).toString();
    translations.packTitle = root.value(QLatin1String("title")).toString();
    const QJsonValue rules = root.value(QLatin1String("rules"));
    if (!rules.isObject())
        return problem(path, QStringLiteral("$.rules"),
                       QStringLiteral("expected an object mapping rule ids to {\"title\", \"message\"}"));
    const QJsonObject byId = rules.toObject();
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        const QString where = QStringLiteral("$.rules.") + it.key();
        if (!it.value().isObject())
            return problem(path, where, QStringLiteral("expected an object with title and message"));
        const QJsonObject texts = it.value().toObject();
        RuleText text;
        for (auto field = texts.begin(); field != texts.end(); ++field) {
            if (field.key() != QLatin1String("title") && field.key() != QLatin1String("message"))
                return problem(path, where + QLatin1Char('.') + field.key(),
                               QStringLiteral("unknown key (expected title or message)"));
            if (!field.value().isString())
                return problem(path, where + QLatin1Char('.') + field.key(), QStringLiteral("expected a string"));
        }
        text.title = texts.value(QLatin1String("title")).toString();
        text.message = texts.value(QLatin1String("message")).toString();
        translations.rules.insert(it.key(), text);
    }
    return translations;
}

void applyRuleTranslations(std::vector<Rule>& rules, const QString& origin, const RuleTranslations& translations)
{
    const QString prefix = origin + QLatin1Char(' ');
    for (Rule& rule : rules) {
        if (!rule.source.startsWith(prefix))
            continue; // an included pack's rule: its own file's translation applies
        const auto it = translations.rules.constFind(rule.id);
        if (it == translations.rules.constEnd())
            continue;
        if (!it->title.isEmpty())
            rule.title = it->title;
        if (!it->message.isEmpty())
            rule.message = it->message;
    }
}

} // namespace plumbline
