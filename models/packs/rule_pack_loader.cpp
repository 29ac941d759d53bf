#include "packs/rule_pack_loader.h"

#include "checks/check_registry.h"
#include "core/regular_file.h"
#include "packs/rule_translations.h"
#include "packs/user_packs.h"

#include "rules/builtin_resources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace plumbline {

namespace {

const QStringList kPackKeys = {
    QStringLiteral("$schema"),     QStringLiteral("pack"),    QStringLiteral("title"),
    QStringLiteral("description"), QStringLiteral("version"), QStringLiteral("includes"),
    QStringLiteral("always"),      QStringLiteral("auto"),    QStringLiteral("detect"),
    QStringLiteral("key"),         QStringLiteral("columns"), QStringLiteral("disable"),
    QStringLiteral("severity"),    QStringLiteral("rules"),   QStringLiteral("missing-values")};
const QStringList kRuleKeys = {QStringLiteral("id"),
                               QStringLiteral("title"),
                               QStringLiteral("description"),
                               QStringLiteral("severity"),
                               QStringLiteral("issue-type"),
                               QStringLiteral("table"),
                               QStringLiteral("columns"),
                               QStringLiteral("kind"),
                               QStringLiteral("params"),
                               QStringLiteral("message"),
                               QStringLiteral("fix"),
                               QStringLiteral("enabled"),
                               QStringLiteral("missing-values"),
                               QStringLiteral("summary"),
                               QStringLiteral("summarise")};
const QStringList kDetectKeys = {QStringLiteral("columns"), QStringLiteral("minimum"), QStringLiteral("formats")};

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[std::size_t(j)];
            row[std::size_t(j)] =
                std::min({up + 1, row[std::size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

QString unknownKeyMessage(const QString& key, const QStringList& known)
{
    QString best;
    int bestDistance = 3;
    for (const auto& k : known) {
        const int d = editDistance(key, k);
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    QString message = QStringLiteral("unknown key '%1'").arg(key);
    if (!best.isEmpty())
        message += QStringLiteral(" (did you mean '%1'?)").arg(best);
    return message;
}

/// Builds errors that name the origin and a JSON path.
struct Problems
{
    QString origin;
    Error at(const QString& path, const QString& message) const
    {
        return Error{origin, 0, 0, path + QStringLiteral(": ") + message};
    }
};

std::optional<Error> checkKeys(const QJsonObject& object, const QStringList& known, const QString& path,
                               const Problems& problems)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return problems.at(path, unknownKeyMessage(it.key(), known));
    return std::nullopt;
}

/// Reads a string or an array of strings.
std::optional<QStringList> stringList(const QJsonValue& v, bool allowSingle)
{
    if (allowSingle && v.isString())
        return QStringList{v.toString()};
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    for (const auto& item : v.toArray()) {
        if (!item.isString())
            return std::nullopt;
        out << item.toString();
    }
    return out;
}

void mergeSynonyms(QHash<QString, QStringList>& into, const QHash<QString, QStringList>& from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        QStringList& list = into[it.key()];
        for (const auto& s : it.value())
            if (!list.contains(s))
                list << s;
    }
}

} // namespace

RulePackLoader::RulePackLoader(CheckEnv env) : m_env(std::move(env)) {}

QStringList RulePackLoader::builtinNames()
{
    ensureBuiltinResources();
    QStringList names;
    const auto entries = QDir(builtinResourceDir(u"packs")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const auto& e : entries)
        if (!isRuleTranslationFile(e)) // "planning-application.cy.json" translates a pack, it is not one
            names << QFileInfo(e).completeBaseName();
    return names;
}

Result<RulePack> RulePackLoader::load(const QString& nameOrPath)
{
    QStringList stack;
    return loadNamedImpl(nameOrPath, QString(), stack);
}

Result<RulePack> RulePackLoader::loadFile(const QString& path)
{
    QStringList stack;
    return loadFileImpl(path, stack);
}

Result<RulePack> RulePackLoader::loadBuiltin(const QString& name)
{
    QStringList stack;
    return loadFileImpl(QStringLiteral("%1/%2.json").arg(builtinResourceDir(u"packs"), name), stack);
}

Result<RulePack> RulePackLoader::loadBytes(const QByteArray& json, const QString& origin, const QString& baseDir)
{
    QStringList stack{origin};
    return parse(json, origin, baseDir, stack);
}

Result<RulePack> RulePackLoader::loadNamedImpl(const QString& nameOrPath, const QString& baseDir, QStringList& stack)
{
    const bool isPath = nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".json"));
    if (!isPath) {
        if (!builtinNames().contains(nameOrPath)) {
            // A user pack (the rule editor's) by name; built-in names win, so a user pack never hides one.
            if (userpacks::names().contains(nameOrPath))
                return loadFileImpl(userpacks::pathOf(nameOrPath), stack);
            QString known = builtinNames().join(QLatin1String(", "));
            if (const QStringList user = userpacks::names(); !user.isEmpty())
                known += QStringLiteral("; yours: %1").arg(user.join(QLatin1String(", ")));
            return Error{
                QString(), 0, 0,
                QStringLiteral("There is no built-in rule pack named '%1' (built-in: %2).").arg(nameOrPath, known)};
        }
        return loadFileImpl(QStringLiteral("%1/%2.json").arg(builtinResourceDir(u"packs"), nameOrPath), stack);
    }
    const QString path =
        QFileInfo(nameOrPath).isAbsolute() || baseDir.isEmpty() ? nameOrPath : QDir(baseDir).filePath(nameOrPath);
    return loadFileImpl(path, stack);
}

Result<RulePack> RulePackLoader::loadFileImpl(const QString& path, QStringList& stack)
{
    ensureBuiltinResources();
    const QString canonical = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
    if (stack.contains(canonical))
        return Error{path, 0, 0,
                     QStringLiteral("The pack includes itself: %1.")
                         .arg((stack + QStringList{canonical}).join(QLatin1String(" → ")))};
    if (auto notAFile = checkRegularFile(path))
        return *notAFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("Cannot open the rule pack: %1.").arg(file.errorString())};
    stack.push_back(canonical);
    auto result = parse(file.readAll(), path, QFileInfo(path).absolutePath(), stack);
    stack.pop_back();
    if (result && !m_language.isEmpty()) {
        const QString translationPath = ruleTranslationPath(path, m_language);
        if (QFileInfo::exists(translationPath)) {
            auto translations = loadRuleTranslations(translationPath);
            if (!translations)
                return translations.error();
            applyRuleTranslations(result.value().rules, path, translations.value());
            if (!translations.value().packTitle.isEmpty())
                result.value().title = translations.value().packTitle;
        }
    }
    return result;
}

Result<RulePack> RulePackLoader::parse(const QByteArray& json, const QString& origin, const QString& baseDir,
                                       QStringList& stack)
{
    const Problems problems{origin};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qint64 line = 1;
        qint64 column = 1;
        for (qsizetype i = 0; i < parseError.offset && i < json.size(); ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Error{origin, line, column, QStringLiteral("Not valid JSON: %1.").arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return problems.at(QStringLiteral("$"), QStringLiteral("a rule pack is a JSON object"));
    const QJsonObject root = doc.object();
    if (auto e = checkKeys(root, kPackKeys, QStringLiteral("$"), problems))
        return *e;

    RulePack pack;
    pack.origin = origin;
    if (!root.value(QLatin1String("pack")).isString() || root.value(QLatin1String("pack")).toString().isEmpty())
        return problems.at(QStringLiteral("$.pack"),
                           QStringLiteral("the pack's name is required (a non-empty string)"));
    pack.name = root.value(QLatin1String("pack")).toString();
    for (const char* key : {"title", "description", "version"}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return problems.at(QStringLiteral("$.%1").arg(QLatin1String(key)), QStringLiteral("expected a string"));
    }
    pack.title = root.value(QLatin1String("title")).toString(pack.name);
    pack.description = root.value(QLatin1String("description")).toString();
    pack.version = root.value(QLatin1String("version")).toString();
    for (const char* key : {"always", "auto"}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            return problems.at(QStringLiteral("$.%1").arg(QLatin1String(key)),
                               QStringLiteral("expected true or false"));
    }
    pack.always = root.value(QLatin1String("always")).toBool(false);
    pack.automatic = root.value(QLatin1String("auto")).toBool(true);

    if (root.contains(QLatin1String("detect"))) {
        const QJsonValue v = root.value(QLatin1String("detect"));
        if (!v.isObject())
            return problems.at(QStringLiteral("$.detect"),
                               QStringLiteral("expected an object with columns and minimum"));
        const QJsonObject detect = v.toObject();
        if (auto e = checkKeys(detect, kDetectKeys, QStringLiteral("$.detect"), problems))
            return *e;
        if (detect.contains(QLatin1String("formats"))) {
            const auto formats = stringList(detect.value(QLatin1String("formats")), false);
            if (!formats || formats->isEmpty())
                return problems.at(QStringLiteral("$.detect.formats"),
                                   QStringLiteral("expected a non-empty array of source formats, e.g. [\"popolo\"]"));
            pack.detectFormats = *formats;
        }
        // A pack chosen by its source format needs no columns to sniff.
        if (pack.detectFormats.isEmpty() || detect.contains(QLatin1String("columns"))) {
            const auto columns = stringList(detect.value(QLatin1String("columns")), false);
            if (!columns || columns->isEmpty())
                return problems.at(QStringLiteral("$.detect.columns"),
                                   QStringLiteral("expected a non-empty array of column names"));
            pack.detectColumns = *columns;
        }
        const QJsonValue minimum = detect.value(QLatin1String("minimum"));
        if (!minimum.isUndefined() && (!minimum.isDouble() || minimum.toDouble() < 1))
            return problems.at(QStringLiteral("$.detect.minimum"), QStringLiteral("expected a number ≥ 1"));
        pack.detectMinimum = minimum.isUndefined() ? 1 : minimum.toInt();
    }

    if (root.contains(QLatin1String("key"))) {
        const auto key = stringList(root.value(QLatin1String("key")), true);
        if (!key)
            return problems.at(QStringLiteral("$.key"), QStringLiteral("expected a column name or an array of them"));
        pack.keyColumns = *key;
    }

    QHash<QString, QStringList> ownSynonyms;
    if (root.contains(QLatin1String("columns"))) {
        const QJsonValue v = root.value(QLatin1String("columns"));
        if (!v.isObject())
            return problems.at(QStringLiteral("$.columns"),
                               QStringLiteral("expected an object mapping logical column names to header synonyms"));
        const QJsonObject columns = v.toObject();
        for (auto it = columns.begin(); it != columns.end(); ++it) {
            const auto synonyms = stringList(it.value(), true);
            if (!synonyms)
                return problems.at(QStringLiteral("$.columns.%1").arg(it.key()),
                                   QStringLiteral("expected an array of header names"));
            ownSynonyms.insert(it.key(), *synonyms);
        }
    }

    // Includes first: their rules come before ours, our synonyms and key columns take precedence.
    QSet<QString> ids;
    if (root.contains(QLatin1String("includes"))) {
        const auto includes = stringList(root.value(QLatin1String("includes")), true);
        if (!includes)
            return problems.at(QStringLiteral("$.includes"),
                               QStringLiteral("expected an array of pack names or paths"));
        pack.includes = *includes;
        QHash<QString, QStringList> included;
        for (qsizetype i = 0; i < includes->size(); ++i) {
            auto sub = loadNamedImpl(includes->at(i), baseDir, stack);
            if (!sub) {
                Error e = sub.error();
                e.message = QStringLiteral("$.includes[%1] ('%2'): %3").arg(i).arg(includes->at(i), e.toString());
                e.file = origin;
                e.line = e.column = 0;
                return e;
            }
            for (auto& rule : sub.value().rules) {
                if (ids.contains(rule.id))
                    continue; // the same pack reached twice (diamond includes)
                ids.insert(rule.id);
                pack.rules.push_back(std::move(rule));
            }
            mergeSynonyms(included, sub.value().synonyms);
            for (const auto& k : sub.value().keyColumns)
                if (!pack.keyColumns.contains(k))
                    pack.keyColumns << k;
        }
        pack.synonyms = ownSynonyms;
        mergeSynonyms(pack.synonyms, included);
    } else {
        pack.synonyms = ownSynonyms;
    }

    QStringList packMissing;
    if (root.contains(QLatin1String("missing-values"))) {
        const auto missing = stringList(root.value(QLatin1String("missing-values")), false);
        if (!missing)
            return problems.at(QStringLiteral("$.missing-values"), QStringLiteral("expected an array of strings"));
        packMissing = *missing;
    }

    const QJsonValue rulesValue = root.value(QLatin1String("rules"));
    if (!rulesValue.isUndefined() && !rulesValue.isArray())
        return problems.at(QStringLiteral("$.rules"), QStringLiteral("expected an array of rules"));
    const QJsonArray rules = rulesValue.toArray();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString path = QStringLiteral("$.rules[%1]").arg(i);
        if (!rules[i].isObject())
            return problems.at(path, QStringLiteral("expected a rule object"));
        const QJsonObject r = rules[i].toObject();
        if (auto e = checkKeys(r, kRuleKeys, path, problems))
            return *e;
        Rule rule;
        rule.pack = pack.name;
        rule.source = QStringLiteral("%1 %2").arg(origin, path);
        rule.baseDir = baseDir;
        for (const char* key :
             {"id", "title", "description", "severity", "issue-type", "table", "kind", "message", "summary"}) {
            const QJsonValue v = r.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isString())
                return problems.at(QStringLiteral("%1.%2").arg(path, QLatin1String(key)),
                                   QStringLiteral("expected a string"));
        }
        rule.id = r.value(QLatin1String("id")).toString();
        rule.definition = r;
        if (!idPattern.match(rule.id).hasMatch())
            return problems.at(
                path + QStringLiteral(".id"),
                QStringLiteral("a rule id is required: letters, digits, '.', '_' or '-' (got '%1')").arg(rule.id));
        if (ids.contains(rule.id))
            return problems.at(path + QStringLiteral(".id"), QStringLiteral("duplicate rule id '%1'").arg(rule.id));
        ids.insert(rule.id);
        rule.title = r.value(QLatin1String("title")).toString(rule.id);
        rule.description = r.value(QLatin1String("description")).toString();
        const QString severity = r.value(QLatin1String("severity")).toString();
        if (!parseSeverity(severity, &rule.severity))
            return problems.at(path + QStringLiteral(".severity"),
                               QStringLiteral("expected one of error, warning, notice, info; got '%1'").arg(severity));
        rule.issueType = r.value(QLatin1String("issue-type")).toString();
        rule.table = r.value(QLatin1String("table")).toString();
        rule.kind = r.value(QLatin1String("kind")).toString();
        const CheckKindInfo* kind = CheckRegistry::find(rule.kind);
        if (!kind) {
            QStringList names;
            for (const auto& k : CheckRegistry::kinds())
                names << QLatin1String(k.name);
            return problems.at(
                path + QStringLiteral(".kind"),
                QStringLiteral("unknown check kind '%1' (known: %2)").arg(rule.kind, names.join(QLatin1String(", "))));
        }
        if (r.contains(QLatin1String("columns"))) {
            const auto columns = stringList(r.value(QLatin1String("columns")), true);
            if (!columns)
                return problems.at(path + QStringLiteral(".columns"),
                                   QStringLiteral("expected a column name or an array of them"));
            rule.columns = *columns;
        }
        if (rule.columns.size() < kind->minColumns ||
            (kind->maxColumns >= 0 && rule.columns.size() > kind->maxColumns)) {
            const QString expected = kind->maxColumns < 0 ? QStringLiteral("at least %1").arg(kind->minColumns)
                                     : kind->minColumns == kind->maxColumns
                                         ? QStringLiteral("exactly %1").arg(kind->minColumns)
                                         : QStringLiteral("%1 to %2").arg(kind->minColumns).arg(kind->maxColumns);
            return problems.at(path + QStringLiteral(".columns"),
                               QStringLiteral("the %1 check takes %2 column(s); got %3")
                                   .arg(rule.kind, expected)
                                   .arg(rule.columns.size()));
        }
        const QJsonValue params = r.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isObject())
            return problems.at(path + QStringLiteral(".params"), QStringLiteral("expected an object"));
        rule.params = params.toObject();
        rule.message = r.value(QLatin1String("message")).toString();
        if (rule.message.isEmpty())
            return problems.at(
                path + QStringLiteral(".message"),
                QStringLiteral("a message template is required, e.g. \"Decision {value} is not in the codelist\""));
        const QJsonValue fix = r.value(QLatin1String("fix"));
        if (!fix.isUndefined()) {
            if (!fix.isObject())
                return problems.at(path + QStringLiteral(".fix"), QStringLiteral("expected an object"));
            QString fixError;
            auto parsed = Fix::parse(fix.toObject(), &fixError);
            if (!parsed)
                return problems.at(path + QStringLiteral(".fix"), fixError);
            rule.fix = *parsed;
        }
        rule.missingValues = packMissing;
        if (r.contains(QLatin1String("missing-values"))) {
            const auto missing = stringList(r.value(QLatin1String("missing-values")), false);
            if (!missing)
                return problems.at(path + QStringLiteral(".missing-values"),
                                   QStringLiteral("expected an array of strings"));
            rule.missingValues = *missing;
        }
        rule.missingValues.removeAll(QString());
        rule.summary = r.value(QLatin1String("summary")).toString();
        const QJsonValue summarise = r.value(QLatin1String("summarise"));
        if (!summarise.isUndefined() && !summarise.isBool())
            return problems.at(path + QStringLiteral(".summarise"), QStringLiteral("expected true or false"));
        if (summarise.isBool())
            rule.summarise = summarise.toBool();
        const QJsonValue enabled = r.value(QLatin1String("enabled"));
        if (!enabled.isUndefined() && !enabled.isBool())
            return problems.at(path + QStringLiteral(".enabled"), QStringLiteral("expected true or false"));
        if (!enabled.toBool(true))
            continue;

        CheckEnv env = m_env;
        env.baseDir = baseDir;
        auto compiled = CheckRegistry::create(rule, env, path);
        if (!compiled)
            return Error{origin, 0, 0, compiled.error().message};
        pack.rules.push_back(std::move(rule));
    }

    if (root.contains(QLatin1String("disable"))) {
        const auto disable = stringList(root.value(QLatin1String("disable")), true);
        if (!disable)
            return problems.at(QStringLiteral("$.disable"), QStringLiteral("expected an array of rule ids"));
        for (qsizetype i = 0; i < disable->size(); ++i) {
            const auto it = std::find_if(pack.rules.begin(), pack.rules.end(),
                                         [&](const Rule& r) { return r.id == disable->at(i); });
            if (it == pack.rules.end())
                return problems.at(QStringLiteral("$.disable[%1]").arg(i),
                                   QStringLiteral("no rule '%1' in this pack or its includes").arg(disable->at(i)));
            pack.rules.erase(it);
        }
    }
    if (root.contains(QLatin1String("severity"))) {
        const QJsonValue v = root.value(QLatin1String("severity"));
        if (!v.isObject())
            return problems.at(QStringLiteral("$.severity"),
                               QStringLiteral("expected an object mapping rule ids to severities"));
        const QJsonObject overrides = v.toObject();
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            const QString path = QStringLiteral("$.severity.%1").arg(it.key());
            const auto rule =
                std::find_if(pack.rules.begin(), pack.rules.end(), [&](const Rule& r) { return r.id == it.key(); });
            if (rule == pack.rules.end())
                return problems.at(path, QStringLiteral("no rule '%1' in this pack or its includes").arg(it.key()));
            Severity severity;
            if (!it.value().isString() || !parseSeverity(it.value().toString(), &severity))
                return problems.at(path, QStringLiteral("expected one of error, warning, notice, info"));
            rule->severity = severity;
        }
    }
    return pack;
}

} // namespace plumbline
