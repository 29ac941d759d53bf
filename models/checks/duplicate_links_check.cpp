#include "checks/duplicate_links_check.h"

#include "checks/text_util.h"
#include "table/table.h"
#include "values/web_identifiers.h"

#include <unordered_map>

namespace plumbline {

std::unique_ptr<Check> DuplicateLinksCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<DuplicateLinksCheck>();
}

void DuplicateLinksCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int ownerColumn = column(0), urlColumn = column(1);
    std::unordered_map<std::string, std::vector<std::size_t>> groups;
    std::vector<const std::vector<std::size_t>*> order;
    std::string key;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const auto url = textutil::trim(table.cell(row, urlColumn));
        if (url.empty())
            continue;
        key.assign(textutil::trim(table.cell(row, ownerColumn)));
        key.push_back('\x1f');
        key += values::urlIdentityKey(url);
        auto [it, added] = groups.try_emplace(key);
        if (added)
            order.push_back(&it->second);
        it->second.push_back(row);
    }
    if (progress.canceled())
        return;
    auto isHttps = [&](std::size_t row) {
        const auto url = textutil::trim(table.cell(row, urlColumn));
        return url.size() >= 8 && textutil::asciiLower(url.substr(0, 8)) == "https://";
    };
    for (const auto* rows : order) {
        if (rows->size() < 2)
            continue;
        std::size_t kept = rows->front();
        for (const std::size_t row : *rows)
            if (isHttps(row) && !isHttps(kept)) {
                kept = row;
                break;
            }
        for (const std::size_t row : *rows) {
            if (row == kept)
                continue;
            const std::string detail = QStringLiteral("row %1 (%2)")
                                           .arg(kept + 1)
                                           .arg(textutil::toQString(textutil::trim(table.cell(kept, urlColumn))))
                                           .toStdString();
            sink.add(row, urlColumn, table.cell(row, urlColumn), FindingExtra().withDetail(detail));
        }
    }
}

} // namespace plumbline
