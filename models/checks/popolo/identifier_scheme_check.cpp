#include "checks/popolo/identifier_scheme_check.h"

#include "table/table.h"
#include "values/identifiers.h"
#include "values/text_util.h"

#include <algorithm>
#include <string_view>
#include <tuple>

namespace plumbline {

std::unique_ptr<Check> IdentifierSchemeCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<IdentifierSchemeCheck>();
    const QStringList aspects{QStringLiteral("syntax"), QStringLiteral("shared"), QStringLiteral("multiple")};
    check->m_aspect = Aspect(std::max<qsizetype>(0, aspects.indexOf(params.choice("check", aspects))));
    const QStringList schemes =
        params.has("schemes") ? params.strings("schemes") : QStringList{QStringLiteral("wikidata")};
    for (const auto& s : schemes)
        check->m_schemes.push_back(s.toLower().toStdString());
    return check;
}

QString IdentifierSchemeCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_parentRow = context.table.columnIndex(QStringLiteral("_parent_row"));
    return {};
}

bool IdentifierSchemeCheck::inScheme(const Table& table, std::size_t row) const
{
    const auto scheme = textutil::trim(table.cell(row, column(1)));
    return std::any_of(m_schemes.begin(), m_schemes.end(), [&](const std::string& s) {
        return std::equal(s.begin(), s.end(), scheme.begin(), scheme.end(),
                          [](char lower, char c) { return lower == ((c >= 'A' && c <= 'Z') ? char(c + 32) : c); });
    });
}

std::string IdentifierSchemeCheck::ownerText(const Table& table, std::size_t row) const
{
    std::string text(textutil::trim(table.cell(row, column(2))));
    if (m_parentRow >= 0)
        text.append(" (row ").append(textutil::trim(table.cell(row, m_parentRow))).append(")");
    return text;
}

void IdentifierSchemeCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    const int idColumn = column(0);
    for (std::size_t row = first; row < last; ++row) {
        const auto value = table.cell(row, idColumn);
        if (textutil::isBlank(value) || !inScheme(table, row) ||
            textutil::asciiLower(textutil::trim(table.cell(row, column(1)))) != "wikidata")
            continue;
        std::string suggestion;
        const values::Verdict verdict = values::checkWikidataId(value, &suggestion);
        if (verdict == values::Verdict::Valid)
            continue;
        FindingExtra extra;
        if (!suggestion.empty())
            extra.suggest(suggestion);
        sink.add(row, idColumn, value, extra);
    }
}

void IdentifierSchemeCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int idColumn = column(0), schemeColumn = column(1), ownerColumn = column(2);
    // shared: rows grouped by (scheme, identifier); multiple: by (owner, scheme). One sort of the rows in scope.
    struct Entry
    {
        std::string_view first, second;
        std::size_t row;
        bool operator<(const Entry& o) const
        {
            return std::tie(first, second, row) < std::tie(o.first, o.second, o.row);
        }
    };
    std::vector<Entry> entries;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if (!inScheme(table, row))
            continue;
        const auto id = textutil::trim(table.cell(row, idColumn));
        if (id.empty())
            continue;
        const auto scheme = textutil::trim(table.cell(row, schemeColumn));
        entries.push_back(m_aspect == Aspect::Shared
                              ? Entry{scheme, id, row}
                              : Entry{textutil::trim(table.cell(row, ownerColumn)), scheme, row});
    }
    std::sort(entries.begin(), entries.end());
    if (progress.canceled())
        return;
    std::vector<std::pair<std::size_t, std::string>> found; // row, detail
    for (std::size_t first = 0; first < entries.size();) {
        std::size_t last = first + 1;
        while (last < entries.size() && entries[last].first == entries[first].first &&
               entries[last].second == entries[first].second)
            ++last;
        if (last - first > 1 && m_aspect == Aspect::Shared) {
            for (std::size_t i = first; i < last; ++i) {
                const auto owner = textutil::trim(table.cell(entries[i].row, ownerColumn));
                std::string detail;
                int others = 0;
                for (std::size_t j = first; j < last && others < 5; ++j) {
                    if (textutil::trim(table.cell(entries[j].row, ownerColumn)) == owner)
                        continue;
                    detail.append(others++ ? ", " : "").append(ownerText(table, entries[j].row));
                }
                if (others > 0) // the same owner twice is not two records
                    found.emplace_back(entries[i].row, std::move(detail));
            }
        } else if (last - first > 1) {
            const std::size_t kept = entries[first].row;
            const auto firstValue = textutil::trim(table.cell(kept, idColumn));
            for (std::size_t i = first + 1; i < last; ++i) {
                const auto value = textutil::trim(table.cell(entries[i].row, idColumn));
                if (value != firstValue)
                    found.emplace_back(entries[i].row,
                                       std::string(firstValue) + " (row " + std::to_string(kept + 1) + ")");
            }
        }
        first = last;
    }
    std::sort(found.begin(), found.end());
    for (const auto& [row, detail] : found)
        sink.add(row, idColumn, table.cell(row, idColumn), FindingExtra().withDetail(detail));
}

} // namespace plumbline
