#include "checks/foreign_key_check.h"

#include "checks/text_util.h"
#include "rules/codelist_repository.h"
#include "rules/column_resolver.h"
#include "table/table.h"

namespace plumbline {

std::unique_ptr<Check> ForeignKeyCheck::create(ParamReader& params, const Rule&, const CheckEnv& env)
{
    auto check = std::make_unique<ForeignKeyCheck>();
    const QString codelist = params.string("codelist");
    const QString codelistColumn = params.string("codelist-column");
    check->m_referencesName = params.string("references");
    check->m_separator = params.string("separator").toStdString();
    check->m_caseSensitive = params.boolean("case-sensitive", true);
    if (codelist.isEmpty() == check->m_referencesName.isEmpty()) {
        params.failRule(QStringLiteral("a foreign-key check needs exactly one of params.codelist or params.references"));
        return check;
    }
    if (!codelist.isEmpty() && env.codelists) {
        auto loaded = env.codelists->load(codelist, env.baseDir);
        if (!loaded) {
            params.fail(QStringLiteral("codelist"), loaded.error().toString());
            return check;
        }
        check->m_codelist = loaded.value();
        if (!codelistColumn.isEmpty()) {
            check->m_codelistColumn = check->m_codelist->column(codelistColumn);
            if (check->m_codelistColumn < 0)
                params.fail(QStringLiteral("codelist-column"),
                            QStringLiteral("the codelist has no column '%1' (it has %2)")
                                .arg(codelistColumn, check->m_codelist->header.join(QLatin1String(", "))));
        }
        for (std::size_t row = 0; row < check->m_codelist->rows.size(); ++row)
            check->m_keys.insert(check->key(check->m_codelist->cell(row, check->m_codelistColumn)));
    }
    return check;
}

std::string ForeignKeyCheck::key(std::string_view value) const
{
    value = textutil::trim(value);
    return m_caseSensitive ? std::string(value) : textutil::asciiLower(value);
}

bool ForeignKeyCheck::prepare(const BindContext& context, QString* reason)
{
    if (m_referencesName.isEmpty())
        return true;
    const int target = context.resolver.resolve(m_referencesName);
    if (target < 0) {
        *reason = QStringLiteral("no column matches '%1'").arg(m_referencesName);
        return false;
    }
    m_keys.clear();
    for (std::size_t row = 0; row < context.table.rowCount(); ++row) {
        const auto v = context.table.cell(row, target);
        if (!textutil::isBlank(v))
            m_keys.insert(key(v));
    }
    return true;
}

bool ForeignKeyCheck::test(std::string_view value, Verdict& verdict) const
{
    if (m_separator.empty())
        return !m_keys.count(key(value));
    QStringList missing;
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(m_separator, start);
        if (end == std::string_view::npos)
            end = value.size();
        const auto part = textutil::trim(value.substr(start, end - start));
        if (!part.empty() && !m_keys.count(key(part)))
            missing << textutil::toQString(part);
        start = end + m_separator.size();
    }
    if (missing.isEmpty())
        return false;
    verdict.detail = missing.join(QLatin1String(", ")).toStdString();
    return true;
}

void ForeignKeyCheck::checkSet(const Table& table, FindingSink& sink, Progress&) const
{
    checkRows(table, 0, table.rowCount(), sink);
}

} // namespace plumbline
