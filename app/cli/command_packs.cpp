// plumbline-cli packs [NAME|PACK.json] [--json]
#include "cli_command.h"
#include "cli_parse.h"

#include "checks/check_registry.h"
#include "rules/codelist_repository.h"
#include "rules/pack_catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace plumbline::cli {

namespace {

QJsonObject packJson(const RulePack& pack)
{
    QJsonObject o;
    o.insert(QStringLiteral("pack"), pack.name);
    o.insert(QStringLiteral("title"), pack.title);
    o.insert(QStringLiteral("description"), pack.description);
    o.insert(QStringLiteral("always"), pack.always);
    o.insert(QStringLiteral("detect"), QJsonArray::fromStringList(pack.detectColumns));
    if (!pack.detectFormats.isEmpty())
        o.insert(QStringLiteral("detect-formats"), QJsonArray::fromStringList(pack.detectFormats));
    QJsonArray rules;
    for (const auto& rule : pack.rules) {
        QJsonObject r;
        r.insert(QStringLiteral("id"), rule.id);
        r.insert(QStringLiteral("severity"), severityName(rule.severity));
        r.insert(QStringLiteral("kind"), rule.kind);
        r.insert(QStringLiteral("title"), rule.title);
        r.insert(QStringLiteral("columns"), QJsonArray::fromStringList(rule.columns));
        if (!rule.issueType.isEmpty())
            r.insert(QStringLiteral("issue-type"), rule.issueType);
        if (!rule.fix.isNone())
            r.insert(QStringLiteral("fix"), rule.fix.describe());
        rules.append(r);
    }
    o.insert(QStringLiteral("rules"), rules);
    return o;
}

void printPack(QTextStream& out, const RulePack& pack, bool detailed)
{
    out << pack.name << (pack.always ? " (always on)" : "") << ": " << pack.title << '\n';
    if (detailed && !pack.description.isEmpty())
        out << "  " << pack.description << '\n';
    if (!pack.detectFormats.isEmpty())
        out << "  chosen for " << pack.detectFormats.join(QLatin1String(", ")) << " sources\n";
    if (!pack.detectColumns.isEmpty())
        out << "  chosen when the headers include " << pack.detectMinimum << " of: "
            << pack.detectColumns.join(QLatin1String(", ")) << '\n';
    for (const auto& rule : pack.rules) {
        out << "  " << rule.id.leftJustified(28) << ' ' << severityName(rule.severity).leftJustified(8) << ' '
            << rule.kind.leftJustified(22) << ' ' << rule.title;
        if (!rule.issueType.isEmpty())
            out << " [" << rule.issueType << ']';
        out << '\n';
    }
}

} // namespace

int runPacks(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the packs and their rules as JSON."));
    const QCommandLineOption kinds(QStringLiteral("kinds"), QStringLiteral("List the check kinds rules can use."));
    parser.addOptions({json, kinds});
    parser.addPositionalArgument(QStringLiteral("pack"),
                                 QStringLiteral("Show only this pack: a built-in name or a .json file (which is "
                                                "validated)."),
                                 QStringLiteral("[NAME|PACK.json]"));
    if (auto exit = parseSubcommand(parser, args, QStringLiteral("List the built-in rule packs and their rules.")))
        return *exit;
    if (parser.positionalArguments().size() > 1)
        return fail(QStringLiteral("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().value(1)));
    QTextStream out(stdout);
    if (parser.isSet(kinds)) {
        for (const auto& kind : CheckRegistry::kinds())
            out << QString::fromLatin1(kind.name).leftJustified(24) << ' ' << kind.summary << '\n';
        return Success;
    }
    CheckEnv env;
    env.codelists = std::make_shared<CodelistRepository>();
    env.today = QDate::currentDate();
    RulePackLoader loader(env);
    std::vector<RulePack> packs;
    if (!parser.positionalArguments().isEmpty()) {
        auto pack = loader.load(parser.positionalArguments().constFirst());
        if (!pack)
            return fail(pack.error().toString());
        packs.push_back(std::move(pack).value());
    } else {
        auto all = PackCatalog::loadBuiltins(loader);
        if (!all)
            return fail(all.error().toString());
        packs = std::move(all).value();
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto& p : packs)
            array.append(packJson(p));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (std::size_t i = 0; i < packs.size(); ++i) {
        if (i)
            out << '\n';
        printPack(out, packs[i], packs.size() == 1);
    }
    return Success;
}

} // namespace plumbline::cli
