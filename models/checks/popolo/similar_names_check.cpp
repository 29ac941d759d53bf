#include "checks/popolo/similar_names_check.h"

#include "checks/support/row_keys.h"
#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/person_name.h"
#include "values/text_util.h"

#include <algorithm>
#include <unordered_map>

namespace plumbline {

namespace {

std::vector<std::string_view> tokens(std::string_view key)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string_view::npos)
            end = key.size();
        if (end > start)
            out.push_back(key.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

} // namespace

bool SimilarNamesCheck::probablySamePerson(std::string_view keyA, std::string_view keyB)
{
    if (keyA.empty() || keyB.empty())
        return false;
    if (keyA == keyB)
        return true;
    // values::compareNames is generous (initials match, close spellings match) — right for a merge review of a
    // whole legislature, too loose within one constituency, where the candidates are different people. Ask
    // for two whole tokens in common with the shorter name contained in the longer (Shakila Abdalla ⊂ Shakila
    // Abdalla Mohamed), or one spelling difference in otherwise equal names (Mohammed / Mohamed).
    const auto a = tokens(keyA);
    const auto b = tokens(keyB);
    const auto& shorter = a.size() <= b.size() ? a : b;
    const auto& longer = a.size() <= b.size() ? b : a;
    std::size_t exact = 0;
    for (const auto t : shorter)
        if (t.size() > 1 && std::find(longer.begin(), longer.end(), t) != longer.end())
            ++exact;
    if (exact >= 2 && exact == shorter.size())
        return true;
    const values::NameSimilarity similarity = values::compareNames(keyA, keyB);
    return a.size() == b.size() && similarity.shared == int(a.size()) && exact + 1 >= a.size() &&
           similarity.jaroWinkler >= 0.93;
}

std::unique_ptr<Check> SimilarNamesCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<SimilarNamesCheck>();
    check->m_groupName = params.requiredString("group");
    return check;
}

QString SimilarNamesCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_group = context.resolver.resolve(m_groupName);
    return m_group < 0 ? QStringLiteral("no column matches '%1'").arg(m_groupName) : QString();
}

void SimilarNamesCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int nameColumn = column(0);
    const int idColumn = column(1);
    KeyOptions options;
    options.skipAnyBlank = true;
    const auto groups = groupRows(table, {m_group}, options, progress);
    std::unordered_map<std::string, std::string> keys; // name → key, computed once per distinct name
    auto keyOf = [&](std::string_view name) -> const std::string& {
        auto it = keys.find(std::string(name));
        if (it == keys.end())
            it = keys.emplace(std::string(name), values::nameKey(name)).first;
        return it->second;
    };
    for (const auto& group : groups) {
        if (progress.canceled())
            return;
        for (std::size_t a : group) {
            const auto nameA = textutil::trim(table.cell(a, nameColumn));
            const auto idA = textutil::trim(table.cell(a, idColumn));
            if (nameA.empty())
                continue;
            for (std::size_t b : group) {
                const auto idB = textutil::trim(table.cell(b, idColumn));
                const auto nameB = textutil::trim(table.cell(b, nameColumn));
                if (a == b || idA == idB || nameB.empty())
                    continue;
                if (!probablySamePerson(keyOf(nameA), keyOf(nameB)))
                    continue;
                const std::string detail = QStringLiteral("'%1' (%2, row %3)")
                                               .arg(textutil::toQString(nameB), textutil::toQString(idB))
                                               .arg(b + 1)
                                               .toStdString();
                sink.add(a, nameColumn, nameA, FindingExtra().withDetail(detail).withColumn2(idColumn));
                break;
            }
        }
    }
}

} // namespace plumbline
