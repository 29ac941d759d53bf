#include "checks/popolo/id_style_check.h"

#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace plumbline {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHex(s[i]))
            return false;
    }
    return true;
}

} // namespace

std::string IdStyleCheck::classify(std::string_view id)
{
    if (isUuid(id))
        return "uuid";
    if (id.size() >= 2 && id[0] == 'Q' &&
        std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return "qid";
    if (const auto slash = id.find('/'); slash != std::string_view::npos && slash > 0 && slash + 1 < id.size())
        return "prefix:" + std::string(id.substr(0, slash + 1));
    bool upper = false, lower = false, digit = false, other = false;
    for (const char c : id) {
        if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '-' && c != '_' && c != '.')
            other = true;
    }
    if (other || id.empty())
        return "other";
    if (!upper && !lower)
        return digit ? "number" : "other";
    if (upper && !lower)
        return "code";
    if (lower && !upper)
        return "slug";
    return "other";
}

QString IdStyleCheck::describe(const std::string& idClass, std::string_view example, std::size_t count)
{
    const QString ex = textutil::toQString(example);
    const QString n = QString::number(count);
    if (idClass == "uuid")
        return QStringLiteral("%1 UUID(s)").arg(n);
    if (idClass == "qid")
        return QStringLiteral("%1 Wikidata id(s)").arg(n);
    if (idClass.rfind("prefix:", 0) == 0)
        return QStringLiteral("%1 '%2…' id(s)").arg(n, QString::fromStdString(idClass.substr(7)));
    if (idClass == "code")
        return QStringLiteral("%1 upper-case code(s) such as %2").arg(n, ex);
    if (idClass == "slug")
        return QStringLiteral("%1 lower-case slug(s) such as %2").arg(n, ex);
    if (idClass == "number")
        return QStringLiteral("%1 number(s) such as %2").arg(n, ex);
    return QStringLiteral("%1 other id(s) such as '%2'").arg(n, ex);
}

std::unique_ptr<Check> IdStyleCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<IdStyleCheck>();
    check->m_groupName = params.string("group");
    return check;
}

QString IdStyleCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_group = m_groupName.isEmpty() ? -1 : context.resolver.resolve(m_groupName);
    return {};
}

void IdStyleCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    struct ClassCount
    {
        std::size_t count = 0;
        std::size_t firstRow = 0;
    };
    struct Group
    {
        std::map<std::string, ClassCount> classes;
        std::vector<std::pair<std::size_t, std::string>> rows;
    };
    std::unordered_map<std::string_view, Group> groups;
    const int idColumn = column(0);
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const auto id = textutil::trim(table.cell(row, idColumn));
        if (id.empty())
            continue;
        Group& g = groups[m_group >= 0 ? textutil::trim(table.cell(row, m_group)) : std::string_view()];
        std::string c = classify(id);
        auto& count = g.classes[c];
        if (count.count++ == 0)
            count.firstRow = row;
        g.rows.emplace_back(row, std::move(c));
    }
    if (progress.canceled())
        return;
    for (const auto& [unused, g] : groups) {
        if (g.classes.size() < 2)
            continue;
        // The most common class wins; a tie goes to the class seen first.
        auto dominant = g.classes.begin();
        for (auto it = g.classes.begin(); it != g.classes.end(); ++it)
            if (it->second.count > dominant->second.count ||
                (it->second.count == dominant->second.count && it->second.firstRow < dominant->second.firstRow))
                dominant = it;
        std::vector<std::pair<std::size_t, QString>> parts; // ordered by first row
        for (const auto& [c, n] : g.classes)
            parts.emplace_back(n.firstRow, describe(c, textutil::trim(table.cell(n.firstRow, idColumn)), n.count));
        std::sort(parts.begin(), parts.end());
        QStringList words;
        for (const auto& p : parts)
            words << p.second;
        const std::string detail = words.join(QLatin1String(", ")).toStdString();
        for (const auto& [row, c] : g.rows)
            if (c != dominant->first)
                sink.add(row, idColumn, textutil::trim(table.cell(row, idColumn)), FindingExtra().withDetail(detail));
    }
}

} // namespace plumbline
