#include "checks/general/format_consistency_check.h"

#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace plumbline {

std::unique_ptr<Check> FormatConsistencyCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<FormatConsistencyCheck>();
    check->m_groupName = params.string("group");
    check->m_minRows = std::size_t(std::max(1.0, params.number("min-rows", 10)));
    check->m_minShare = params.number("min-share", 0.6);
    if (check->m_minShare <= 0 || check->m_minShare > 1)
        params.fail(QStringLiteral("min-share"), QStringLiteral("must be above 0 and at most 1"));
    check->m_summary = params.boolean("summary", false);
    return check;
}

std::string FormatConsistencyCheck::shape(std::string_view value)
{
    std::string out;
    shapeInto(value, out);
    return out;
}

void FormatConsistencyCheck::shapeInto(std::string_view value, std::string& out)
{
    out.clear();
    value = textutil::trim(value);
    auto isWord = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
               (static_cast<unsigned char>(c) & 0x80);
    };
    for (std::size_t i = 0; i < value.size();) {
        if (!isWord(value[i])) {
            out += value[i++];
            continue;
        }
        std::size_t j = i;
        bool upper = false;
        bool lower = false;
        bool other = false; // underscore or non-ASCII
        while (j < value.size() && isWord(value[j])) {
            const char c = value[j];
            upper = upper || (c >= 'A' && c <= 'Z');
            lower = lower || (c >= 'a' && c <= 'z');
            other = other || c == '_' || (static_cast<unsigned char>(c) & 0x80);
            ++j;
        }
        // Digits keep their count (2- vs 4-digit years); words keep their case, which tells id schemes apart
        // (TNA vs orange_democratic_movement).
        if (!upper && !lower && !other)
            out.append(j - i, '9');
        else
            out += upper && lower ? "Aa" : lower ? "a" : "A";
        i = j;
    }
}

QString FormatConsistencyCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_group = -1;
    if (!m_groupName.isEmpty()) {
        m_group = context.resolver.resolve(m_groupName);
        if (m_group < 0)
            return QStringLiteral("no column matches '%1'").arg(m_groupName);
    }
    return {};
}

void FormatConsistencyCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int target = column(0);
    const std::size_t rows = table.rowCount();
    const bool plainRows = table.overlay().isEmpty() && rows == table.baseRowCount();
    constexpr std::uint32_t kNone = 0xffffffffU;

    // Shapes and groups are interned to small integers: a row costs a shape computation (or a dictionary
    // lookup) and two hash-map probes, no allocation.
    std::unordered_map<std::string, std::uint32_t> shapeIds;
    std::string buffer;
    auto internShape = [&](std::string_view value) -> std::uint32_t {
        if (textutil::isBlank(value))
            return kNone;
        shapeInto(value, buffer);
        auto it = shapeIds.find(buffer);
        if (it == shapeIds.end())
            it = shapeIds.emplace(buffer, std::uint32_t(shapeIds.size())).first;
        return it->second;
    };
    const Column& values = table.column(target);
    std::vector<std::uint32_t> codeShape;
    if (values.isDictionary() && plainRows) {
        codeShape.resize(values.distinctCount());
        for (std::size_t code = 0; code < codeShape.size(); ++code)
            codeShape[code] = internShape(values.distinctValue(code));
    }
    std::unordered_map<std::string, std::uint32_t> groupIds;
    std::vector<std::string> groupNames;
    const Column* groupColumn = m_group >= 0 ? &table.column(m_group) : nullptr;
    std::vector<std::uint32_t> codeGroup;
    auto internGroup = [&](std::string_view value) -> std::uint32_t {
        const std::string key(textutil::trim(value));
        auto it = groupIds.find(key);
        if (it == groupIds.end()) {
            it = groupIds.emplace(key, std::uint32_t(groupNames.size())).first;
            groupNames.push_back(key);
        }
        return it->second;
    };
    if (groupColumn && groupColumn->isDictionary() && plainRows) {
        codeGroup.resize(groupColumn->distinctCount());
        for (std::size_t code = 0; code < codeGroup.size(); ++code)
            codeGroup[code] = internGroup(groupColumn->distinctValue(code));
    }
    if (!groupColumn)
        internGroup(std::string_view());

    struct Stats
    {
        std::size_t count = 0;
        std::uint32_t firstRow = 0;
    };
    std::unordered_map<std::uint64_t, Stats> counts; // (group << 32 | shape) → rows
    std::vector<std::size_t> groupRows;
    std::vector<std::uint32_t> rowShape(rows, kNone);
    std::vector<std::uint32_t> rowGroup(rows, 0);
    for (std::size_t row = 0; row < rows; ++row) {
        if ((row & 0xffff) == 0 && progress.canceled())
            return;
        const std::uint32_t shapeId =
            !codeShape.empty() ? codeShape[values.code(row)] : internShape(table.cell(row, target));
        if (shapeId == kNone)
            continue;
        std::uint32_t groupId = 0;
        if (groupColumn)
            groupId = !codeGroup.empty() ? codeGroup[groupColumn->code(row)] : internGroup(table.cell(row, m_group));
        rowShape[row] = shapeId;
        rowGroup[row] = groupId;
        if (groupRows.size() <= groupId)
            groupRows.resize(groupId + 1, 0);
        ++groupRows[groupId];
        auto& stats = counts[(std::uint64_t(groupId) << 32) | shapeId];
        if (stats.count++ == 0)
            stats.firstRow = std::uint32_t(row);
    }

    // Per group: the shapes by count (ties: first seen), the dominant one, and whether outliers are judged.
    struct GroupVerdict
    {
        std::uint32_t dominant = kNone;
        bool judge = false;
        std::string detail;
    };
    std::vector<std::vector<std::pair<std::uint32_t, Stats>>> byGroup(groupNames.size());
    for (const auto& [key, stats] : counts)
        byGroup[std::size_t(key >> 32)].emplace_back(std::uint32_t(key & 0xffffffffU), stats);
    std::vector<GroupVerdict> verdicts(groupNames.size());
    const QString columnName = table.columnName(target);
    for (std::size_t g = 0; g < byGroup.size(); ++g) {
        auto& shapes = byGroup[g];
        if (shapes.size() < 2)
            continue;
        std::sort(shapes.begin(), shapes.end(), [](const auto& a, const auto& b) {
            return a.second.count != b.second.count ? a.second.count > b.second.count
                                                    : a.second.firstRow < b.second.firstRow;
        });
        const auto& dominant = shapes.front();
        const std::size_t members = groupRows[g];
        const QString example = textutil::toQString(textutil::trim(table.cell(dominant.second.firstRow, target)));
        const QString groupText =
            m_group >= 0
                ? QStringLiteral(" for %1 %2").arg(table.columnName(m_group), QString::fromStdString(groupNames[g]))
                : QString();
        if (m_summary) {
            QStringList parts;
            for (const auto& [shapeId, stats] : shapes)
                parts << QStringLiteral("like '%1' (%2)")
                             .arg(textutil::toQString(textutil::trim(table.cell(stats.firstRow, target))))
                             .arg(stats.count);
            const std::string message = QStringLiteral("%1 values%2 follow %3 formats: %4.")
                                            .arg(columnName, groupText)
                                            .arg(shapes.size())
                                            .arg(parts.join(QLatin1String(", ")))
                                            .toStdString();
            sink.addTableLevel(target, std::string_view(),
                               FindingExtra().asMessage(message).withSeverity(Severity::Info));
        }
        if (members < m_minRows || double(dominant.second.count) < m_minShare * double(members))
            continue;
        verdicts[g].dominant = dominant.first;
        verdicts[g].judge = true;
        verdicts[g].detail = QStringLiteral("most values%1 look like '%2' (%3 of %4 rows)")
                                 .arg(groupText, example)
                                 .arg(dominant.second.count)
                                 .arg(members)
                                 .toStdString();
    }
    for (std::size_t row = 0; row < rows; ++row) {
        if (rowShape[row] == kNone)
            continue;
        const GroupVerdict& v = verdicts[rowGroup[row]];
        if (v.judge && rowShape[row] != v.dominant)
            sink.add(row, target, table.cell(row, target), FindingExtra().withDetail(v.detail));
    }
}

} // namespace plumbline
