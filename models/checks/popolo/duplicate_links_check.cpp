#include "checks/popolo/duplicate_links_check.h"

#include "table/table.h"
#include "values/text_util.h"
#include "values/web_identifiers.h"

#include <algorithm>

namespace plumbline {

std::unique_ptr<Check> DuplicateLinksCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<DuplicateLinksCheck>();
}

void DuplicateLinksCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int ownerColumn = column(0), urlColumn = column(1);
    // Rows by owner (one sort of row numbers; a child table lists each owner's rows together already), then
    // the page keys of one owner's few links, sorted: no map of strings over the whole table.
    std::vector<std::size_t> rows;
    rows.reserve(table.rowCount());
    for (std::size_t row = 0; row < table.rowCount(); ++row)
        if (!textutil::isBlank(table.cell(row, urlColumn)))
            rows.push_back(row);
    auto owner = [&](std::size_t row) { return textutil::trim(table.cell(row, ownerColumn)); };
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return owner(a) < owner(b); });
    if (progress.canceled())
        return;
    auto isHttps = [&](std::size_t row) {
        const auto url = textutil::trim(table.cell(row, urlColumn));
        return url.size() >= 8 && textutil::asciiLower(url.substr(0, 8)) == "https://";
    };
    std::vector<std::pair<std::string, std::size_t>> keys;  // page key, row
    std::vector<std::pair<std::size_t, std::size_t>> found; // duplicate row, kept row
    for (std::size_t first = 0; first < rows.size();) {
        std::size_t last = first + 1;
        while (last < rows.size() && owner(rows[last]) == owner(rows[first]))
            ++last;
        if (last - first > 1) {
            keys.clear();
            for (std::size_t i = first; i < last; ++i)
                keys.emplace_back(values::urlIdentityKey(table.cell(rows[i], urlColumn)), rows[i]);
            std::sort(keys.begin(), keys.end());
            for (std::size_t i = 0; i < keys.size();) {
                std::size_t j = i + 1;
                while (j < keys.size() && keys[j].first == keys[i].first)
                    ++j;
                if (j - i > 1) {
                    std::size_t kept = keys[i].second; // the first row, unless a later one is https
                    for (std::size_t k = i; k < j; ++k)
                        if (isHttps(keys[k].second) && !isHttps(kept)) {
                            kept = keys[k].second;
                            break;
                        }
                    for (std::size_t k = i; k < j; ++k)
                        if (keys[k].second != kept)
                            found.emplace_back(keys[k].second, kept);
                }
                i = j;
            }
        }
        first = last;
    }
    std::sort(found.begin(), found.end());
    for (const auto& [row, kept] : found) {
        const std::string detail = QStringLiteral("row %1 (%2)")
                                       .arg(kept + 1)
                                       .arg(textutil::toQString(textutil::trim(table.cell(kept, urlColumn))))
                                       .toStdString();
        sink.add(row, urlColumn, table.cell(row, urlColumn), FindingExtra().withDetail(detail));
    }
}

} // namespace plumbline
