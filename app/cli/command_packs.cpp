// plumbline-cli packs [NAME|PACK.json] [--json]      (built-in packs, then the user's own)
//               packs --kinds [--json]               (check kinds and their parameters)
//               packs --from-schema SCHEMA.json|datapackage.json [--out PACK.json]
//               packs --from-specification DIR --dataset NAME [--out PACK.json]
#include "cli_command.h"
#include "cli_parse.h"

#include "checks/check_params.h"
#include "checks/check_registry.h"
#include "document/validation_setup.h"
#include "packs/pack_catalog.h"
#include "packs/specification_pack.h"
#include "packs/table_schema_pack.h"
#include "packs/user_packs.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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

QJsonArray kindsJson()
{
    static const char* const typeNames[] = {"text",   "regex",     "boolean",   "number", "number-or-date",
                                            "choice", "text-list", "predicate", "sql"};
    QJsonArray out;
    for (const auto& kind : CheckRegistry::kinds()) {
        QJsonObject k;
        k.insert(QStringLiteral("kind"), QLatin1String(kind.name));
        k.insert(QStringLiteral("summary"), QString::fromUtf8(kind.summary));
        k.insert(QStringLiteral("min-columns"), kind.minColumns);
        k.insert(QStringLiteral("max-columns"), kind.maxColumns);
        if (const CheckKindForm* form = checkKindForm(QString::fromLatin1(kind.name))) {
            k.insert(QStringLiteral("columns"), QString::fromUtf8(form->columns));
            QJsonArray params;
            for (const auto& param : form->params) {
                QJsonObject p;
                p.insert(QStringLiteral("key"), QLatin1String(param.key));
                p.insert(QStringLiteral("type"), QLatin1String(typeNames[int(param.type)]));
                p.insert(QStringLiteral("label"), QString::fromUtf8(param.label));
                p.insert(QStringLiteral("help"), QString::fromUtf8(param.help));
                p.insert(QStringLiteral("required"), param.required);
                if (param.type == ParamType::Choice)
                    p.insert(QStringLiteral("choices"), QJsonArray::fromStringList(paramChoices(param)));
                if (*param.fallback)
                    p.insert(QStringLiteral("default"), QString::fromUtf8(param.fallback));
                params.append(p);
            }
            k.insert(QStringLiteral("params"), params);
        }
        out.append(k);
    }
    return out;
}

void printPack(QTextStream& out, const RulePack& pack, bool detailed)
{
    const bool user = pack.origin.startsWith(userpacks::directory());
    out << pack.name << (pack.always ? " (always on)" : "") << (user ? " (yours)" : "") << ": " << pack.title << '\n';
    if (user && detailed)
        out << "  " << pack.origin << '\n';
    if (detailed && !pack.description.isEmpty())
        out << "  " << pack.description << '\n';
    if (!pack.detectFormats.isEmpty())
        out << "  chosen for " << pack.detectFormats.join(QLatin1String(", ")) << " sources\n";
    if (!pack.detectColumns.isEmpty())
        out << "  chosen when the headers include " << pack.detectMinimum
            << " of: " << pack.detectColumns.join(QLatin1String(", ")) << '\n';
    for (const auto& rule : pack.rules) {
        out << "  " << rule.id.leftJustified(28) << ' ' << severityName(rule.severity).leftJustified(8) << ' '
            << rule.kind.leftJustified(22) << ' ' << rule.title;
        if (!rule.issueType.isEmpty())
            out << " [" << rule.issueType << ']';
        out << '\n';
    }
}

/// Writes a generated pack (after checking that it loads) to out or standard output; notices go to stderr.
int writeGenerated(const GeneratedPack& generated, const QString& out, const QString& origin,
                   const QString& baseDir = QString())
{
    for (const auto& notice : generated.notices)
        QTextStream(stderr) << QStringLiteral("plumbline-cli: note: %1\n").arg(notice);
    QJsonObject json = generated.json;
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    RulePackLoader loader(makeCheckEnv());
    if (auto loaded = loader.loadBytes(bytes, origin, baseDir); !loaded)
        return fail(QStringLiteral("the generated pack does not load (a defect): %1").arg(loaded.error().toString()));
    if (out.isEmpty()) {
        QTextStream(stdout) << QString::fromUtf8(bytes);
        return Success;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    QTextStream(stderr) << QStringLiteral("plumbline-cli: wrote %1 (%2 rules)\n")
                               .arg(out)
                               .arg(json.value(QLatin1String("rules")).toArray().size());
    return Success;
}

} // namespace

int runPacks(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the packs and their rules as JSON."));
    const QCommandLineOption kinds(QStringLiteral("kinds"), QStringLiteral("List the check kinds rules can use."));
    const QCommandLineOption fromSchema(QStringLiteral("from-schema"),
                                        QStringLiteral("Generate a pack from a Frictionless Table Schema or a "
                                                       "datapackage.json (every resource's schema)."),
                                        QStringLiteral("SCHEMA.json"));
    const QCommandLineOption fromSpecification(
        QStringLiteral("from-specification"),
        QStringLiteral("Generate a pack from a planning.data.gov.uk specification folder (field.csv, datatype.csv, "
                       "dataset-field.csv, codelist CSVs; see docs/specification-packs.md)."),
        QStringLiteral("DIR"));
    const QCommandLineOption datasetName(
        QStringLiteral("dataset"),
        QStringLiteral("The specification dataset to generate for, e.g. planning-application."),
        QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the generated pack to this file."),
                                 QStringLiteral("PACK.json"));
    parser.addOptions({json, kinds, fromSchema, fromSpecification, datasetName, out});
    parser.addPositionalArgument(QStringLiteral("pack"),
                                 QStringLiteral("Show only this pack: a built-in name or a .json file (which is "
                                                "validated)."),
                                 QStringLiteral("[NAME|PACK.json]"));
    if (auto exit = parseSubcommand(parser, args, QStringLiteral("List the built-in rule packs and their rules.")))
        return *exit;
    if (parser.positionalArguments().size() > 1)
        return fail(QStringLiteral("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().value(1)));
    if (parser.isSet(fromSchema)) {
        auto generated = TableSchemaPack::fromFile(parser.value(fromSchema));
        if (!generated)
            return fail(generated.error().toString());
        return writeGenerated(generated.value(), parser.value(out), parser.value(fromSchema));
    }
    if (parser.isSet(fromSpecification)) {
        if (!parser.isSet(datasetName))
            return fail(QStringLiteral("--from-specification needs --dataset NAME (e.g. planning-application)"));
        // Codelist paths in the pack are relative to where it is written, so the folder can move with it.
        const QString packDir = parser.isSet(out) ? QFileInfo(parser.value(out)).absolutePath() : QString();
        auto generated =
            SpecificationPack::fromDirectory(parser.value(fromSpecification), parser.value(datasetName), packDir);
        if (!generated)
            return fail(generated.error().toString());
        return writeGenerated(generated.value(), parser.value(out), parser.value(fromSpecification), packDir);
    }
    if (parser.isSet(out))
        return fail(QStringLiteral("--out goes with --from-schema or --from-specification"));
    QTextStream text(stdout);
    if (parser.isSet(kinds)) {
        if (parser.isSet(json)) {
            text << QJsonDocument(kindsJson()).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const auto& kind : CheckRegistry::kinds()) {
            text << QString::fromLatin1(kind.name).leftJustified(24) << ' ' << kind.summary << '\n';
            if (const CheckKindForm* form = checkKindForm(QString::fromLatin1(kind.name))) {
                text << "    columns: " << form->columns << '\n';
                for (const auto& param : form->params) {
                    text << "    " << QString::fromLatin1(param.key).leftJustified(16) << ' ' << param.help;
                    if (param.required)
                        text << " (required)";
                    else if (*param.fallback)
                        text << " (default: " << param.fallback << ')';
                    if (param.type == ParamType::Choice)
                        text << " [" << paramChoices(param).join(QLatin1String(", ")) << ']';
                    text << '\n';
                }
            }
        }
        return Success;
    }
    RulePackLoader loader(makeCheckEnv());
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
        // The user's own packs (the GUI's rule editor writes them), after the built-in ones.
        for (const QString& path : userpacks::paths()) {
            auto pack = loader.loadFile(path);
            if (!pack)
                return fail(pack.error().toString());
            packs.push_back(std::move(pack).value());
        }
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto& p : packs)
            array.append(packJson(p));
        text << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (std::size_t i = 0; i < packs.size(); ++i) {
        if (i)
            text << '\n';
        printPack(text, packs[i], packs.size() == 1);
    }
    return Success;
}

} // namespace plumbline::cli
