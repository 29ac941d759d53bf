#include "checks/support/codelist_support.h"

#include "rules/codelist_repository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plumbline {

LoadedCodelist LoadedCodelist::load(ParamReader& params, const CheckEnv& env, const QString& defaultName)
{
    LoadedCodelist out;
    const QStringList inline_ = params.strings("values");
    const QString name = params.string("codelist", inline_.isEmpty() ? defaultName : QString());
    const QJsonObject synonyms = params.object("synonyms");
    const QString valueColumn = params.string("value-column");
    const QString synonymsColumn = params.string("synonyms-column");
    const bool names = params.boolean("names", true);
    if (name.isEmpty() == inline_.isEmpty()) {
        params.failRule(
            QStringLiteral("give exactly one of params.codelist (a codelist name or CSV file) or params.values"));
        return out;
    }
    auto matcher = std::make_shared<values::Codelist>();
    if (!name.isEmpty()) {
        if (!env.codelists)
            return out; // validating parameters only
        auto loaded = env.codelists->load(name, env.baseDir);
        if (!loaded) {
            params.fail(QStringLiteral("codelist"), loaded.error().toString());
            return out;
        }
        out.table = loaded.value();
        const CodelistTable& table = *out.table;
        int value = valueColumn.isEmpty() ? table.column(QStringLiteral("reference")) : table.column(valueColumn);
        if (value < 0 && valueColumn.isEmpty())
            value = 0;
        if (value < 0) {
            params.fail(QStringLiteral("value-column"), QStringLiteral("the codelist has no column '%1' (it has %2)")
                                                            .arg(valueColumn, table.header.join(QLatin1String(", "))));
            return out;
        }
        const int synonymColumn = table.column(synonymsColumn.isEmpty() ? QStringLiteral("synonyms") : synonymsColumn);
        if (synonymColumn < 0 && !synonymsColumn.isEmpty()) {
            params.fail(QStringLiteral("synonyms-column"),
                        QStringLiteral("the codelist has no column '%1'").arg(synonymsColumn));
            return out;
        }
        const int nameColumn = names ? table.column(QStringLiteral("name")) : -1;
        // Canonical values first, so that a synonym never shadows another entry's canonical spelling.
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            const auto canonical = table.cell(row, value);
            if (canonical.empty())
                continue;
            matcher->add(canonical);
            out.rowOf.emplace(std::string(canonical), row);
        }
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            const auto canonical = table.cell(row, value);
            if (canonical.empty())
                continue;
            if (nameColumn >= 0 && !table.cell(row, nameColumn).empty())
                matcher->addSynonym(table.cell(row, nameColumn), canonical);
            if (synonymColumn < 0)
                continue;
            const auto list = table.cell(row, synonymColumn);
            for (const auto item : values::splitMultiValue(list, "|"))
                if (!item.empty())
                    matcher->addSynonym(item, canonical);
        }
    } else {
        for (const auto& v : inline_)
            matcher->add(v.toStdString());
    }
    for (auto it = synonyms.begin(); it != synonyms.end(); ++it) {
        if (!it.value().isString()) {
            params.fail(QStringLiteral("synonyms.%1").arg(it.key()),
                        QStringLiteral("expected the canonical value as a string"));
            return out;
        }
        matcher->addSynonym(it.key().toStdString(), it.value().toString().toStdString());
    }
    out.matcher = std::move(matcher);
    return out;
}

} // namespace plumbline
