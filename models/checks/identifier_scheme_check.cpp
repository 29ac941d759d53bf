#include "checks/identifier_scheme_check.h"

#include "checks/text_util.h"
#include "table/table.h"
#include "values/identifiers.h"

#include <string_view>
#include <tuple>
#include <unordered_map>

namespace plumbline {

std::unique_ptr<Check> IdentifierSchemeCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<IdentifierSchemeCheck>();
    const QStringList aspects{QStringLiteral("syntax"), QStringLiteral("shared"), QStringLiteral("multiple")};
    check->m_aspect = Aspect(std::max<qsizetype>(0, aspects.indexOf(params.choice("check", aspects))));
    check->m_schemes = params.has("schemes") ? params.strings("schemes") : QStringList{QStringLiteral("wikidata")};
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
    const auto scheme = textutil::toQString(textutil::trim(table.cell(row, column(1))));
    return m_schemes.contains(scheme, Qt::CaseInsensitive);
}

QString IdentifierSchemeCheck::ownerText(const Table& table, std::size_t row) const
{
    const QString owner = textutil::toQString(textutil::trim(table.cell(row, column(2))));
    if (m_parentRow < 0)
        return owner;
    return QStringLiteral("%1 (row %2)").arg(owner, textutil::toQString(table.cell(row, m_parentRow)));
}

void IdentifierSchemeCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    const int idColumn = column(0);
    for (std::size_t row = first; row < last; ++row) {
        const auto value = table.cell(row, idColumn);
        if (textutil::isBlank(value) || !inScheme(table, row) ||
            textutil::trim(table.cell(row, column(1))) != std::string_view("wikidata"))
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
    using Key = std::tuple<std::string_view, std::string_view>;
    struct KeyHash
    {
        std::size_t operator()(const Key& k) const
        {
            return std::hash<std::string_view>()(std::get<0>(k)) * 31 + std::hash<std::string_view>()(std::get<1>(k));
        }
    };
    const int idColumn = column(0), schemeColumn = column(1), ownerColumn = column(2);
    // shared: (scheme, identifier) → rows; multiple: (owner, scheme) → rows.
    std::unordered_map<Key, std::vector<std::size_t>, KeyHash> groups;
    std::vector<Key> order;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const auto id = textutil::trim(table.cell(row, idColumn));
        if (id.empty() || !inScheme(table, row))
            continue;
        const auto scheme = textutil::trim(table.cell(row, schemeColumn));
        const Key key = m_aspect == Aspect::Shared ? Key{scheme, id} : Key{textutil::trim(table.cell(row, ownerColumn)), scheme};
        auto& rows = groups[key];
        if (rows.empty())
            order.push_back(key);
        rows.push_back(row);
    }
    if (progress.canceled())
        return;
    for (const Key& key : order) {
        const auto& rows = groups[key];
        if (rows.size() < 2)
            continue;
        if (m_aspect == Aspect::Shared) {
            for (const std::size_t row : rows) {
                QStringList others;
                const auto owner = textutil::trim(table.cell(row, ownerColumn));
                for (const std::size_t other : rows)
                    if (textutil::trim(table.cell(other, ownerColumn)) != owner && others.size() < 5)
                        others << ownerText(table, other);
                if (others.isEmpty())
                    continue; // the same owner twice: not two records
                const std::string detail = others.join(QLatin1String(", ")).toStdString();
                sink.add(row, idColumn, table.cell(row, idColumn), FindingExtra().withDetail(detail));
            }
            continue;
        }
        const auto firstValue = textutil::trim(table.cell(rows.front(), idColumn));
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const auto value = textutil::trim(table.cell(rows[i], idColumn));
            if (value == firstValue)
                continue;
            const std::string detail = QStringLiteral("%1 (row %2)")
                                           .arg(textutil::toQString(firstValue))
                                           .arg(rows.front() + 1)
                                           .toStdString();
            sink.add(rows[i], idColumn, value, FindingExtra().withDetail(detail));
        }
    }
}

} // namespace plumbline
