// Rule packs' translations: a <pack>.<language>.json file beside a pack gives its rules' titles and messages in
// that language; rules without one keep English; a broken file is an error naming it; the shipped ones match
// their packs.
#include "check_test_support.h"

#include "packs/rule_translations.h"
#include "rules/builtin_resources.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::testing;

namespace {

const Rule* findRule(const RulePack& pack, const QString& id)
{
    for (const Rule& rule : pack.rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

QStringList placeholders(const QString& message)
{
    static const QRegularExpression pattern(QStringLiteral("\\{[a-z0-9]+\\}"));
    QStringList found;
    for (auto it = pattern.globalMatch(message); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray kPack = R"({"pack": "p", "title": "P", "rules": [
    {"id": "R1", "title": "Reference is given", "severity": "error", "kind": "required", "columns": ["reference"],
     "message": "{column} is blank."},
    {"id": "R2", "title": "Date is a date", "severity": "warning", "kind": "type", "params": {"type": "date"},
     "columns": ["date"], "message": "'{value}' is not a date."}]})";

} // namespace

class TstRuleTranslations : public QObject
{
    Q_OBJECT
private slots:
    void recognisesTranslationFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("translation");
        QTest::newRow("welsh") << "planning-application.cy.json" << true;
        QTest::newRow("region") << "popolo.pt-BR.json" << true;
        QTest::newRow("path") << ":/plumbline/packs/structure.cy.json" << true;
        QTest::newRow("pack") << "planning-application.json" << false;
        QTest::newRow("no language") << "planning-application..json" << false;
        QTest::newRow("version, not language") << "pack.v2.json" << false;
    }
    void recognisesTranslationFiles()
    {
        QFETCH(QString, name);
        QFETCH(bool, translation);
        QCOMPARE(isRuleTranslationFile(name), translation);
    }

    void translationFilesAreNotPacks()
    {
        const QStringList names = RulePackLoader::builtinNames();
        QVERIFY(names.contains(QStringLiteral("planning-application")));
        for (const QString& name : names)
            QVERIFY2(!name.contains(QLatin1Char('.')), qPrintable(name));
    }

    void aLanguageGivesTranslatedTextsAndFallsBackToEnglish()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("p.json")), kPack));
        QVERIFY(write(dir.filePath(QStringLiteral("p.cy.json")),
                      R"({"pack": "p", "language": "cy", "title": "Pecyn P",
                          "rules": {"R1": {"title": "Rhoddir y cyfeirnod", "message": "Mae {column} yn wag."}}})"));
        RulePackLoader loader(testEnv());
        loader.setLanguage(QStringLiteral("cy"));
        auto pack = loader.loadFile(dir.filePath(QStringLiteral("p.json")));
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
        QCOMPARE(pack.value().title, QStringLiteral("Pecyn P"));
        QCOMPARE(findRule(pack.value(), QStringLiteral("R1"))->title, QStringLiteral("Rhoddir y cyfeirnod"));
        QCOMPARE(findRule(pack.value(), QStringLiteral("R1"))->message, QStringLiteral("Mae {column} yn wag."));
        QCOMPARE(findRule(pack.value(), QStringLiteral("R2"))->message, QStringLiteral("'{value}' is not a date."));

        // Another language, or none, leaves the pack as written.
        for (const QString& language : {QStringLiteral("fr"), QString()}) {
            RulePackLoader other(testEnv());
            other.setLanguage(language);
            auto english = other.loadFile(dir.filePath(QStringLiteral("p.json")));
            QVERIFY(english.ok());
            QCOMPARE(findRule(english.value(), QStringLiteral("R1"))->message, QStringLiteral("{column} is blank."));
        }
    }

    void includedPacksUseTheirOwnTranslation()
    {
        // planning-application includes planning-common: each file's rules come from its own translation.
        RulePackLoader loader(testEnv());
        loader.setLanguage(QStringLiteral("cy"));
        auto pack = loader.loadBuiltin(QStringLiteral("planning-application"));
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
        QCOMPARE(findRule(pack.value(), QStringLiteral("PA-03-missing-value"))->message,
                 QStringLiteral("Mae {column} yn wag."));
        QCOMPARE(findRule(pack.value(), QStringLiteral("PA-29-postcode"))->title,
                 QStringLiteral("Mae'r cod post yn god post yn y DU"));
    }

    void aBrokenTranslationIsAnErrorNamingIt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"rules\": ") << QStringLiteral("p.cy.json:1:11: Not valid JSON");
        QTest::newRow("rules not an object")
            << QByteArray(R"({"rules": []})") << QStringLiteral("$.rules: expected an object");
        QTest::newRow("unknown key") << QByteArray(R"({"rulez": {}})") << QStringLiteral("$.rulez: unknown key");
        QTest::newRow("unknown rule key")
            << QByteArray(R"({"rules": {"R1": {"mesage": "x"}}})") << QStringLiteral("$.rules.R1.mesage: unknown key");
        QTest::newRow("message not text") << QByteArray(R"({"rules": {"R1": {"message": 3}}})")
                                          << QStringLiteral("$.rules.R1.message: expected a string");
    }
    void aBrokenTranslationIsAnErrorNamingIt()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("p.json")), kPack));
        QVERIFY(write(dir.filePath(QStringLiteral("p.cy.json")), json));
        RulePackLoader loader(testEnv());
        loader.setLanguage(QStringLiteral("cy"));
        auto pack = loader.loadFile(dir.filePath(QStringLiteral("p.json")));
        QVERIFY(!pack.ok());
        QVERIFY2(pack.error().toString().contains(QStringLiteral("p.cy.json")), qPrintable(pack.error().toString()));
        QVERIFY2(pack.error().toString().contains(expected), qPrintable(pack.error().toString()));
    }

    void shippedTranslationsMatchTheirPacks()
    {
        // Every rule they name exists in the pack file beside them, and each message keeps the English one's
        // placeholders (a lost {value} would hide the value from the user).
        const QDir packs(builtinResourceDir(u"packs"));
        int files = 0;
        for (const QString& name : packs.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            if (!isRuleTranslationFile(name))
                continue;
            ++files;
            const QString language = name.section(QLatin1Char('.'), -2, -2);
            const QString packName = name.section(QLatin1Char('.'), 0, 0);
            auto translations = loadRuleTranslations(packs.filePath(name));
            QVERIFY2(translations.ok(), qPrintable(translations.ok() ? QString() : translations.error().toString()));
            QCOMPARE(translations.value().language, language);
            QFile packFile(packs.filePath(packName + QStringLiteral(".json")));
            QVERIFY2(packFile.open(QIODevice::ReadOnly), qPrintable(name + QStringLiteral(" has no pack")));
            QHash<QString, QString> english;
            for (const auto rule : QJsonDocument::fromJson(packFile.readAll()).object().value(u"rules").toArray())
                english.insert(rule[u"id"].toString(), rule[u"message"].toString());
            for (auto it = translations.value().rules.cbegin(); it != translations.value().rules.cend(); ++it) {
                QVERIFY2(english.contains(it.key()), qPrintable(name + QStringLiteral(": no rule ") + it.key()));
                if (!it->message.isEmpty())
                    QVERIFY2(placeholders(it->message) == placeholders(english.value(it.key())),
                             qPrintable(name + QStringLiteral(": ") + it.key() +
                                        QStringLiteral(" changes the "
                                                       "placeholders")));
            }
        }
        QVERIFY(files >= 2); // planning-common and planning-application in Welsh
    }
};

QTEST_APPLESS_MAIN(TstRuleTranslations)

#include "tst_ruletranslations.moc"
