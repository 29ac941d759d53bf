// Rule-pack loading: validation errors name the JSON path, includes flatten, disable and re-grade apply,
// synonyms resolve columns, sniffing picks the pack.
#include "check_test_support.h"

#include "checks/check_registry.h"
#include "rules/column_resolver.h"

#include <QTemporaryDir>

using namespace plumbline;
using namespace plumbline::testing;

namespace {

Result<RulePack> loadJson(const char* json)
{
    RulePackLoader loader(testEnv());
    return loader.loadBytes(QByteArray(json), QStringLiteral("pack.json"));
}

} // namespace

class TstRulePack : public QObject
{
    Q_OBJECT
private slots:
    void loadsAValidPack()
    {
        auto pack = loadJson(R"({"pack": "p", "title": "P", "key": ["reference"],
            "columns": {"reference": ["CaseReference"]},
            "rules": [{"id": "R1", "severity": "warning", "columns": ["reference"], "kind": "required",
                       "message": "blank", "issue-type": "missing value", "fix": {"transform": "trim"}}]})");
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
        QCOMPARE(pack.value().name, QStringLiteral("p"));
        QCOMPARE(pack.value().rules.size(), std::size_t(1));
        const Rule& rule = pack.value().rules.front();
        QCOMPARE(rule.severity, Severity::Warning);
        QCOMPARE(rule.issueType, QStringLiteral("missing value"));
        QCOMPARE(rule.fix.kind(), Fix::Kind::Transform);
        QCOMPARE(pack.value().synonyms.value(QStringLiteral("reference")),
                 QStringList{QStringLiteral("CaseReference")});
    }

    void rejectsWithJsonPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        auto rule = [](const char* body) { return QByteArray(R"({"pack": "p", "rules": [)") + body + "]}"; };
        QTest::newRow("not json") << QByteArray("{\"pack\": ") << QStringLiteral("pack.json:1:10: Not valid JSON");
        QTest::newRow("no name") << QByteArray("{}") << QStringLiteral("$.pack: the pack's name is required");
        QTest::newRow("unknown top key") << QByteArray(R"({"pack": "p", "rulez": []})")
                                         << QStringLiteral("$: unknown key 'rulez' (did you mean 'rules'?)");
        QTest::newRow("bad severity")
            << rule(R"({"id": "R1", "severity": "fatal", "kind": "required", "columns": ["a"], "message": "m"})")
            << QStringLiteral("$.rules[0].severity: expected one of error, warning, notice, info; got 'fatal'");
        QTest::newRow("typo in rule key")
            << rule(R"({"id": "R1", "sevrity": "error", "kind": "required", "columns": ["a"], "message": "m"})")
            << QStringLiteral("$.rules[0]: unknown key 'sevrity' (did you mean 'severity'?)");
        QTest::newRow("unknown kind")
            << rule(R"({"id": "R1", "severity": "error", "kind": "regex", "columns": ["a"], "message": "m"})")
            << QStringLiteral("$.rules[0].kind: unknown check kind 'regex'");
        QTest::newRow("bad regex")
            << rule(R"({"id": "R1", "severity": "error", "kind": "pattern", "columns": ["a"], "message": "m",
                       "params": {"pattern": "(unclosed"}})")
            << QStringLiteral("$.rules[0].params.pattern: not a valid RE2 expression");
        QTest::newRow("unknown param")
            << rule(R"({"id": "R1", "severity": "error", "kind": "pattern", "columns": ["a"], "message": "m",
                       "params": {"pattern": "x", "flags": "i"}})")
            << QStringLiteral("$.rules[0].params.flags: unknown parameter for the pattern check");
        QTest::newRow("wrong column count")
            << rule(R"({"id": "R1", "severity": "error", "kind": "compare", "columns": ["a"], "message": "m",
                       "params": {"op": "<"}})")
            << QStringLiteral("$.rules[0].columns: the compare check takes exactly 2 column(s); got 1");
        QTest::newRow("bad op")
            << rule(R"({"id": "R1", "severity": "error", "kind": "compare", "columns": ["a", "b"], "message": "m",
                       "params": {"op": "=>"}})")
            << QStringLiteral("$.rules[0].params.op: expected one of <, <=, =, !=, >=, >; got '=>'");
        QTest::newRow("duplicate id")
            << rule(R"({"id": "R1", "severity": "error", "kind": "required", "columns": ["a"], "message": "m"},
                      {"id": "R1", "severity": "error", "kind": "required", "columns": ["b"], "message": "m"})")
            << QStringLiteral("$.rules[1].id: duplicate rule id 'R1'");
        QTest::newRow("missing message")
            << rule(R"({"id": "R1", "severity": "error", "kind": "required", "columns": ["a"]})")
            << QStringLiteral("$.rules[0].message: a message template is required");
        QTest::newRow("bad fix")
            << rule(R"({"id": "R1", "severity": "error", "kind": "required", "columns": ["a"], "message": "m",
                       "fix": {"transform": "shout"}})")
            << QStringLiteral("$.rules[0].fix: transform: unknown transform 'shout'");
        QTest::newRow("bad date bound")
            << rule(R"({"id": "R1", "severity": "error", "kind": "range", "columns": ["a"], "message": "m",
                       "params": {"max": "tomorrow"}})")
            << QStringLiteral("$.rules[0].params.max: expected a date");
        QTest::newRow("bad sql")
            << rule(R"({"id": "R1", "severity": "error", "kind": "sql", "columns": ["a"], "message": "m",
                       "params": {"where": "a >"}})")
            << QStringLiteral("$.rules[0].params.where: near \")\": syntax error");
        QTest::newRow("two sql statements")
            << rule(R"({"id": "R1", "severity": "error", "kind": "sql", "columns": ["a"], "message": "m",
                       "params": {"where": "1); DROP TABLE t; --"}})")
            << QStringLiteral("$.rules[0].params.where:");
        QTest::newRow("missing codelist")
            << rule(R"({"id": "R1", "severity": "error", "kind": "foreign-key", "columns": ["a"], "message": "m",
                       "params": {"codelist": "no-such-list"}})")
            << QStringLiteral("$.rules[0].params.codelist: There is no built-in codelist named 'no-such-list'");
        QTest::newRow("disable unknown") << QByteArray(R"({"pack": "p", "disable": ["X"], "rules": []})")
                                         << QStringLiteral("$.disable[0]: no rule 'X' in this pack or its includes");
        QTest::newRow("unknown built-in include")
            << QByteArray(R"({"pack": "p", "includes": ["nonexistent-pack"]})")
            << QStringLiteral(
                   "$.includes[0] ('nonexistent-pack'): There is no built-in rule pack named 'nonexistent-pack'");
    }
    void rejectsWithJsonPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto pack = loadJson(json.constData());
        QVERIFY(!pack.ok());
        QVERIFY2(pack.error().toString().contains(expected), qPrintable(pack.error().toString()));
    }

    void includesDisableAndRegrade()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString& name, const QByteArray& json) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        };
        write(QStringLiteral("base.json"), R"({"pack": "base", "key": "id", "columns": {"id": ["Identifier"]},
            "rules": [{"id": "B1", "severity": "error", "kind": "required", "columns": ["id"], "message": "m"},
                      {"id": "B2", "severity": "error", "kind": "required", "columns": ["name"], "message": "m"}]})");
        write(QStringLiteral("top.json"), R"({"pack": "top", "includes": ["base.json"], "disable": ["B2"],
            "severity": {"B1": "notice"}, "columns": {"id": ["Ident"]},
            "rules": [{"id": "T1", "severity": "info", "kind": "required", "columns": ["id"], "message": "m"}]})");
        RulePackLoader loader(testEnv());
        auto pack = loader.loadFile(dir.filePath(QStringLiteral("top.json")));
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
        QCOMPARE(pack.value().rules.size(), std::size_t(2));
        QCOMPARE(pack.value().rules[0].id, QStringLiteral("B1")); // included rules first
        QCOMPARE(pack.value().rules[0].severity, Severity::Notice);
        QCOMPARE(pack.value().rules[1].id, QStringLiteral("T1"));
        QCOMPARE(pack.value().synonyms.value(QStringLiteral("id")),
                 (QStringList{QStringLiteral("Ident"), QStringLiteral("Identifier")}));
        QCOMPARE(pack.value().keyColumns, QStringList{QStringLiteral("id")});
    }

    void includeCycleIsAnError()
    {
        QTemporaryDir dir;
        for (const auto& [name, other] : {std::pair{"a.json", "b.json"}, std::pair{"b.json", "a.json"}}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(R"({"pack": "x", "includes": [")") + other + "\"]}");
        }
        RulePackLoader loader(testEnv());
        auto pack = loader.loadFile(dir.filePath(QStringLiteral("a.json")));
        QVERIFY(!pack.ok());
        QVERIFY2(pack.error().toString().contains(QStringLiteral("includes itself")),
                 qPrintable(pack.error().toString()));
    }

    void columnSynonymsFoldCaseAndSeparators_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("logical");
        QTest::addColumn<int>("expected");
        const QStringList lga{QStringLiteral("CaseReference"), QStringLiteral("Decision Date"), QStringLiteral("GeoX")};
        QTest::newRow("synonym") << lga << QStringLiteral("reference") << 0;
        QTest::newRow("folded header") << lga << QStringLiteral("decision-date") << 1;
        QTest::newRow("header itself") << lga << QStringLiteral("geox") << 2;
        QTest::newRow("absent") << lga << QStringLiteral("organisation") << -1;
        QTest::newRow("exact beats synonym")
            << QStringList{QStringLiteral("CaseReference"), QStringLiteral("reference")} << QStringLiteral("reference")
            << 1;
    }
    void columnSynonymsFoldCaseAndSeparators()
    {
        QFETCH(QStringList, headers);
        QFETCH(QString, logical);
        QFETCH(int, expected);
        QHash<QString, QStringList> synonyms;
        synonyms.insert(QStringLiteral("reference"), {QStringLiteral("CaseReference")});
        const ColumnResolver resolver(headers, synonyms);
        QCOMPARE(resolver.resolve(logical), expected);
    }

    void builtInPacksLoad()
    {
        RulePackLoader loader(testEnv());
        const QStringList names = RulePackLoader::builtinNames();
        for (const auto& name :
             {QStringLiteral("structure"), QStringLiteral("planning-application"), QStringLiteral("candidates")})
            QVERIFY2(names.contains(name), qPrintable(name));
        for (const auto& name : names) {
            auto pack = loader.loadBuiltin(name);
            QVERIFY2(pack.ok(),
                     qPrintable(name + QStringLiteral(": ") + (pack.ok() ? QString() : pack.error().toString())));
            QVERIFY(!pack.value().rules.empty());
        }
    }

    void schemaListsEveryKind()
    {
        // docs/rule-pack.schema.json names the kinds; it must not drift from the registry.
        QFile file(QStringLiteral(PLUMBLINE_TEST_DATA "/../../docs/rule-pack.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray kinds = schema.value(QLatin1String("$defs"))
                                     .toObject()
                                     .value(QLatin1String("rule"))
                                     .toObject()
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("kind"))
                                     .toObject()
                                     .value(QLatin1String("enum"))
                                     .toArray();
        QStringList documented;
        for (const auto& k : kinds)
            documented << k.toString();
        QStringList registered;
        for (const auto& kind : CheckRegistry::kinds())
            registered << QLatin1String(kind.name);
        documented.sort();
        registered.sort();
        QCOMPARE(documented, registered);
    }

    void sniffingChoosesThePack_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("expected");
        const QString structure = QStringLiteral("structure");
        QTest::newRow("LGA 2014 export")
            << QStringLiteral("ExtractDate,OrganisationURI,CaseReference,CaseURL,CaseDate,CaseText,LocationText,Status,"
                              "DecisionDate,Decision,DecisionType,GeoX,GeoY")
            << QStringList{structure, QStringLiteral("planning-application")};
        QTest::newRow("platform shape")
            << QStringLiteral("reference,name,description,application-types,site,received-date,planning-authority")
            << QStringList{structure, QStringLiteral("planning-application")};
        QTest::newRow("Democracy Club 2015")
            << QStringLiteral("name,id,party,constituency,mapit_id,gss_code,twitter_username,gender,email,birth_date,"
                              "party_id,elected")
            << QStringList{structure, QStringLiteral("candidates")};
        QTest::newRow("EveryPolitician term")
            << QStringLiteral("id,name,sort_name,email,twitter,facebook,group,group_id,area_id,area,chamber,term,"
                              "start_date,end_date,image,gender")
            << QStringList{structure, QStringLiteral("candidates")};
        QTest::newRow("unrelated") << QStringLiteral("x,y,z") << QStringList{structure};
    }
    void sniffingChoosesThePack()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, expected);
        RulePackLoader loader(testEnv());
        std::vector<RulePack> packs;
        for (const auto& name : RulePackLoader::builtinNames()) {
            auto pack = loader.loadBuiltin(name);
            QVERIFY(pack.ok());
            packs.push_back(pack.value());
        }
        QStringList chosen;
        for (std::size_t i : choosePacks(packs, header.split(QLatin1Char(','))))
            chosen << packs[i].name;
        QCOMPARE(chosen, expected);
    }
};

QTEST_APPLESS_MAIN(TstRulePack)
#include "tst_rulepack.moc"
