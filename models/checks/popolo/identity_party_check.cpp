#include "checks/popolo/identity_party_check.h"

#include "checks/popolo/popolo_index.h"
#include "rules/column_resolver.h"
#include "table/dataset.h"
#include "table/table.h"
#include "values/text_util.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unordered_map>

namespace plumbline::popolo {

namespace {

/// Trimmed, ASCII-lower-cased: "Twa " and "TWA" are one label.
std::string fold(std::string_view value)
{
    std::string out(textutil::trim(value));
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    return out;
}

} // namespace

std::unique_ptr<Check> IdentityPartyCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<IdentityPartyCheck>();
    check->m_sources = readTableColumnRefs(params, "identities", false);
    for (const auto& label : params.strings("labels"))
        check->m_labels.insert(fold(label.toStdString()));
    if (check->m_sources.empty() && check->m_labels.empty())
        params.failRule(QStringLiteral("an identity-as-party check needs params.identities or params.labels"));
    check->m_where = RowFilter::read(params, "where");
    return check;
}

QString IdentityPartyCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_dataset = context.dataset;
    if (!m_dataset && !m_sources.empty())
        return QStringLiteral("needs the other tables of the dataset");
    return m_where.bind(context.resolver);
}

void IdentityPartyCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    // label → where it was seen ("persons.national_identity, 3 persons"), for the message.
    std::unordered_map<std::string, std::pair<std::string, std::size_t>> seen;
    for (const auto& s : m_sources) {
        const Table* t = m_dataset ? findTable(*m_dataset, s.table) : nullptr;
        const int c = t ? t->columnIndex(s.column) : -1;
        if (c < 0)
            continue;
        const std::string where = QStringLiteral("%1.%2").arg(t->name(), s.column).toStdString();
        for (std::size_t row = 0; row < t->rowCount(); ++row) {
            const auto value = t->cell(row, c);
            if (textutil::isBlank(value))
                continue;
            auto& entry = seen[fold(value)];
            if (entry.first.empty())
                entry.first = where;
            ++entry.second;
        }
    }
    if (progress.canceled())
        return;
    const int name = column(0);
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if (!m_where.passes(table, row))
            continue;
        const auto value = table.cell(row, name);
        if (textutil::isBlank(value))
            continue;
        const std::string key = fold(value);
        std::string detail;
        if (const auto it = seen.find(key); it != seen.end())
            detail = "it is the " + it->second.first + " of " + std::to_string(it->second.second) +
                     (it->second.second == 1 ? " person" : " persons");
        else if (m_labels.count(key))
            detail = "it is a known identity label";
        else
            continue;
        sink.add(row, name, value, FindingExtra().withDetail(detail));
    }
}

} // namespace plumbline::popolo
