#include "document/column_vocabulary.h"

#include "checks/support/codelist_support.h"
#include "rules/column_resolver.h"
#include "values/text_util.h"

#include <QSet>

namespace plumbline {

QStringList codelistValuesFor(const RuleSet& rules, const CheckEnv& env, const Table& table, int column)
{
    const ColumnResolver resolver(table, rules.synonyms);
    QStringList values;
    QSet<QString> seen;
    for (const Rule& rule : rules.rules) {
        if (rule.kind != QLatin1String("codelist"))
            continue;
        if (!rule.table.isEmpty() && textutil::foldKey(rule.table) != textutil::foldKey(table.name()))
            continue;
        bool applies = false;
        for (const QString& name : rule.columns)
            for (int c : resolver.resolveAll(name))
                applies = applies || c == column;
        if (!applies)
            continue;
        CheckEnv ruleEnv = env;
        ruleEnv.baseDir = rule.baseDir;
        ParamReader params(rule.params, rule.source);
        const LoadedCodelist codelist = LoadedCodelist::load(params, ruleEnv);
        if (!codelist.matcher)
            continue;
        for (const std::string& value : codelist.matcher->values()) {
            const QString text = QString::fromStdString(value);
            if (!seen.contains(text)) {
                seen.insert(text);
                values << text;
            }
        }
    }
    return values;
}

std::vector<ReferenceUse> referencesTo(const Dataset& dataset, const QString& table, const QString& column,
                                       std::string_view value)
{
    std::vector<ReferenceUse> uses;
    if (value.empty())
        return uses;
    for (const Relation& relation : dataset.relations) {
        if (relation.toTable != table || relation.toColumn != column)
            continue;
        const auto from = dataset.table(relation.fromTable);
        const int fromColumn = from ? from->columnIndex(relation.fromColumn) : -1;
        if (fromColumn < 0)
            continue;
        ReferenceUse use{relation.fromTable, relation.fromColumn, {}};
        for (std::size_t row = 0; row < from->rowCount(); ++row)
            if (from->cell(row, fromColumn) == value)
                use.records.push_back(from->recordId(row));
        if (!use.records.empty())
            uses.push_back(std::move(use));
    }
    return uses;
}

} // namespace plumbline
