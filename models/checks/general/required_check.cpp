#include "checks/general/required_check.h"

#include "checks/support/row_recheck.h"
#include "checks/support/text_profile.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>

namespace plumbline {

std::unique_ptr<Check> RequiredCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<RequiredCheck>();
    for (const auto& m : rule.missingValues)
        check->m_missingValues.push_back(m.toStdString());
    check->m_any = params.boolean("any", false);
    check->m_nullTokens = params.boolean("null-tokens", true);
    return check;
}

bool RequiredCheck::isNullToken(std::string_view v)
{
    v = textutil::trim(v);
    if (v.empty())
        return true;
    // ^<*NULL>*$, ^#*N/?A$, ^\?*$, ^-+$ (digital-land patch/null.csv), case-insensitive. Almost every value
    // fails the first test, so this costs a comparison per cell.
    const char first = v.front();
    if (first != '<' && first != '#' && first != '?' && first != '-' && first != 'N' && first != 'n')
        return false;
    if (v.find_first_not_of('?') == std::string_view::npos || v.find_first_not_of('-') == std::string_view::npos)
        return true;
    std::string_view t = v;
    while (!t.empty() && t.front() == '<')
        t.remove_prefix(1);
    while (!t.empty() && t.back() == '>')
        t.remove_suffix(1);
    auto equalsUpper = [](std::string_view s, std::string_view upper) {
        if (s.size() != upper.size())
            return false;
        for (std::size_t i = 0; i < s.size(); ++i)
            if ((s[i] >= 'a' && s[i] <= 'z' ? char(s[i] - 32) : s[i]) != upper[i])
                return false;
        return true;
    };
    if (equalsUpper(t, "NULL"))
        return true;
    t = v;
    while (!t.empty() && t.front() == '#')
        t.remove_prefix(1);
    return equalsUpper(t, "NA") || equalsUpper(t, "N/A");
}

bool RequiredCheck::blank(std::string_view value) const
{
    if (m_nullTokens ? isNullToken(value) : textutil::isBlank(value))
        return true;
    for (const auto& m : m_missingValues)
        if (value == m)
            return true;
    return false;
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
    m_filled.clear();
    for (int c : m_present)
        m_filled.push_back(context.profiles && m_nullTokens && m_missingValues.empty() ? context.profiles->filled(c)
                                                                                       : nullptr);
    // "any": the pair is satisfied by whichever columns exist; only all-missing is a missing field.
    if (m_any && !m_present.empty())
        m_missing.clear();
    return {};
}

void RequiredCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    if (m_present.empty())
        return;
    // The filled-bits describe base rows in file order without edits.
    const bool direct = table.overlay().isEmpty() && table.rowCount() == table.baseRowCount() &&
                        (table.rowCount() == 0 || table.recordId(table.rowCount() - 1) == table.rowCount() - 1);
    if (direct)
        for (const RowBits* bits : m_filled)
            if (bits)
                bits->prepare(first, last);
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
        for (std::size_t i = 0; i < m_present.size(); ++i) {
            const int c = m_present[i];
            if (direct && m_filled[i] && m_filled[i]->bit(row))
                continue;
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
    const std::string message = (m_any ? QStringLiteral("None of the columns '%1' is in the file.")
                                       : QStringLiteral("The column '%1' is missing from the file."))
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

std::vector<RecordId> RequiredCheck::recheck(const Table& table, const std::vector<RecordId>& records,
                                             FindingSink& sink)
{
    return recheckEditedRows(table, records,
                             [&](std::size_t first, std::size_t last) { checkRows(table, first, last, sink); });
}

} // namespace plumbline
