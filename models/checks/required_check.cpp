#include "checks/required_check.h"

#include "checks/text_util.h"
#include "table/table.h"

namespace plumbline {

std::unique_ptr<Check> RequiredCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<RequiredCheck>();
    check->m_any = params.boolean("any", false);
    check->m_nullTokens = params.boolean("null-tokens", true);
    return check;
}

bool RequiredCheck::isNullToken(std::string_view v)
{
    v = textutil::trim(v);
    if (v.empty())
        return true;
    // ^<*NULL>*$, ^#*N/?A$, ^\?*$, ^-+$ (digital-land patch/null.csv), case-insensitive.
    const std::string s = textutil::asciiUpper(v);
    std::string_view t(s);
    if (t.find_first_not_of('?') == std::string_view::npos || t.find_first_not_of('-') == std::string_view::npos)
        return true;
    while (!t.empty() && t.front() == '<')
        t.remove_prefix(1);
    while (!t.empty() && t.back() == '>')
        t.remove_suffix(1);
    if (t == "NULL")
        return true;
    t = std::string_view(s);
    while (!t.empty() && t.front() == '#')
        t.remove_prefix(1);
    return t == "NA" || t == "N/A";
}

bool RequiredCheck::blank(std::string_view value) const
{
    return m_nullTokens ? isNullToken(value) : textutil::isBlank(value);
}

QString RequiredCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    m_present.clear();
    m_missing.clear();
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].empty())
            m_missing << context.rule.columns.value(qsizetype(i));
        else
            m_present.insert(m_present.end(), m_columns[i].begin(), m_columns[i].end());
    }
    // "any": the pair is satisfied by whichever columns exist; only all-missing is a missing field.
    if (m_any && !m_present.empty())
        m_missing.clear();
    return {};
}

void RequiredCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    if (m_present.empty())
        return;
    for (std::size_t row = first; row < last; ++row) {
        if (m_any) {
            bool filled = false;
            for (int c : m_present)
                filled = filled || !blank(table.cell(row, c));
            if (!filled)
                sink.add(row, m_present.front(), table.cell(row, m_present.front()),
                         FindingExtra().withColumn2(m_present.size() > 1 ? m_present[1] : -1));
            continue;
        }
        for (int c : m_present) {
            const auto value = table.cell(row, c);
            if (blank(value))
                sink.add(row, c, value);
        }
    }
}

void RequiredCheck::checkSet(const Table& table, FindingSink& sink, Progress&) const
{
    // Only reached when a column is missing: say so once, then check what is there.
    const QString looked = m_missing.join(QLatin1String(m_any ? "', '" : "', '"));
    const std::string message =
        (m_any ? QStringLiteral("None of the columns '%1' is in the file.") : QStringLiteral("The column '%1' is missing from the file."))
            .arg(looked)
            .toStdString();
    if (m_any) {
        sink.addTableLevel(-1, looked.toStdString(), FindingExtra().asMessage(message));
    } else {
        for (const auto& name : m_missing) {
            const std::string one = QStringLiteral("The column '%1' is missing from the file.").arg(name).toStdString();
            sink.addTableLevel(-1, name.toStdString(), FindingExtra().asMessage(one));
        }
    }
    checkRows(table, 0, table.rowCount(), sink);
}

} // namespace plumbline
