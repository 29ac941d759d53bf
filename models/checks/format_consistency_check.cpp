#include "checks/format_consistency_check.h"

#include "checks/text_util.h"
#include "rules/column_resolver.h"
#include "table/table.h"

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
    value = textutil::trim(value);
    auto isWord = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
               (static_cast<unsigned char>(c) & 0x80);
    };
    std::string out;
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
            out += std::string(j - i, '9');
        else
            out += upper && lower ? "Aa" : lower ? "a" : "A";
        i = j;
    }
    return out;
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
    // Shapes are interned so that each row costs one small integer.
    std::unordered_map<std::string, std::uint32_t> shapeIds;
    std::vector<std::string> shapes;
    std::vector<std::uint32_t> rowShape(rows, 0xffffffffU);
    const Column& column = table.column(target);
    std::vector<std::uint32_t> codeShape;
    const bool byCode = column.isDictionary() && table.overlay().isEmpty() && rows == table.baseRowCount();
    auto intern = [&](std::string_view value) -> std::uint32_t {
        if (textutil::isBlank(value))
            return 0xffffffffU;
        auto [it, inserted] = shapeIds.emplace(shape(value), std::uint32_t(shapes.size()));
        if (inserted)
            shapes.push_back(it->first);
        return it->second;
    };
    if (byCode) {
        codeShape.resize(column.distinctCount());
        for (std::size_t code = 0; code < codeShape.size(); ++code)
            codeShape[code] = intern(column.distinctValue(code));
    }
    for (std::size_t row = 0; row < rows; ++row) {
        if ((row & 0xffff) == 0 && progress.canceled())
            return;
        rowShape[row] = byCode ? codeShape[column.code(row)] : intern(table.cell(row, target));
    }

    // Groups: rows by the group column's value (one group when there is none).
    std::map<std::string, std::vector<std::uint32_t>> groups;
    for (std::size_t row = 0; row < rows; ++row) {
        if (rowShape[row] == 0xffffffffU)
            continue;
        const std::string key = m_group >= 0 ? std::string(textutil::trim(table.cell(row, m_group))) : std::string();
        groups[key].push_back(std::uint32_t(row));
    }
    const QString columnName = table.columnName(target);
    for (const auto& [key, members] : groups) {
        std::unordered_map<std::uint32_t, std::pair<std::size_t, std::uint32_t>> counts; // shape → (rows, first row)
        for (std::uint32_t row : members) {
            auto& entry = counts.try_emplace(rowShape[row], 0, row).first->second;
            ++entry.first;
        }
        if (counts.size() < 2)
            continue;
        std::vector<std::pair<std::uint32_t, std::pair<std::size_t, std::uint32_t>>> sorted(counts.begin(), counts.end());
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second < b.second.second;
        });
        const auto& dominant = sorted.front();
        const QString example = textutil::toQString(textutil::trim(table.cell(dominant.second.second, target)));
        const QString groupText = m_group >= 0 ? QStringLiteral(" for %1 %2").arg(table.columnName(m_group), QString::fromStdString(key))
                                               : QString();
        if (m_summary) {
            QStringList parts;
            for (const auto& [shapeId, stats] : sorted)
                parts << QStringLiteral("like '%1' (%2)")
                             .arg(textutil::toQString(textutil::trim(table.cell(stats.second, target))))
                             .arg(stats.first);
            const std::string message = QStringLiteral("%1 values%2 follow %3 formats: %4.")
                                            .arg(columnName, groupText)
                                            .arg(sorted.size())
                                            .arg(parts.join(QLatin1String(", ")))
                                            .toStdString();
            sink.addTableLevel(target, std::string_view(),
                               FindingExtra().asMessage(message).withSeverity(Severity::Info));
        }
        if (members.size() < m_minRows || double(dominant.second.first) < m_minShare * double(members.size()))
            continue;
        const std::string detail = QStringLiteral("most values%1 look like '%2' (%3 of %4 rows)")
                                       .arg(groupText, example)
                                       .arg(dominant.second.first)
                                       .arg(members.size())
                                       .toStdString();
        for (std::uint32_t row : members)
            if (rowShape[row] != dominant.first)
                sink.add(row, target, table.cell(row, target), FindingExtra().withDetail(detail));
    }
}

} // namespace plumbline
