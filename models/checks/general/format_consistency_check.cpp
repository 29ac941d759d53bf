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

struct FormatConsistencyCheck::Stats
{
    std::size_t count = 0;
    std::uint32_t firstRow = 0; // view row
};

struct FormatConsistencyCheck::Verdict
{
    std::uint32_t dominant = 0xffffffffU;
    bool judge = false;
    std::string detail;
    std::string summary;                 // the summary finding's message, empty when none
    std::vector<std::uint32_t> examples; // view rows whose values the messages quote
    bool operator==(const Verdict& o) const
    {
        return dominant == o.dominant && judge == o.judge && detail == o.detail && summary == o.summary;
    }
};

FormatConsistencyCheck::Verdict FormatConsistencyCheck::judge(const Table& table, const std::string& groupName,
                                                              std::vector<std::pair<std::uint32_t, Stats>> shapes,
                                                              std::size_t members) const
{
    Verdict v;
    if (shapes.size() < 2)
        return v;
    const int target = column(0);
    std::sort(shapes.begin(), shapes.end(), [](const auto& a, const auto& b) {
        return a.second.count != b.second.count ? a.second.count > b.second.count
                                                : a.second.firstRow < b.second.firstRow;
    });
    const auto& dominant = shapes.front();
    const QString columnName = table.columnName(target);
    const QString example = textutil::toQString(textutil::trim(table.cell(dominant.second.firstRow, target)));
    const QString groupText =
        m_group >= 0 ? QStringLiteral(" for %1 %2").arg(table.columnName(m_group), QString::fromStdString(groupName))
                     : QString();
    v.examples.push_back(dominant.second.firstRow);
    if (m_summary) {
        QStringList parts;
        for (const auto& [shapeId, stats] : shapes) {
            parts << QStringLiteral("like '%1' (%2)")
                         .arg(textutil::toQString(textutil::trim(table.cell(stats.firstRow, target))))
                         .arg(stats.count);
            v.examples.push_back(stats.firstRow);
        }
        v.summary = QStringLiteral("%1 values%2 follow %3 formats: %4.")
                        .arg(columnName, groupText)
                        .arg(shapes.size())
                        .arg(parts.join(QLatin1String(", ")))
                        .toStdString();
    }
    if (members < m_minRows || double(dominant.second.count) < m_minShare * double(members))
        return v;
    v.dominant = dominant.first;
    v.judge = true;
    v.detail = QStringLiteral("most values%1 look like '%2' (%3 of %4 rows)")
                   .arg(groupText, example)
                   .arg(dominant.second.count)
                   .arg(members)
                   .toStdString();
    return v;
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
    std::vector<std::vector<std::pair<std::uint32_t, Stats>>> byGroup(groupNames.size());
    for (const auto& [key, stats] : counts)
        byGroup[std::size_t(key >> 32)].emplace_back(std::uint32_t(key & 0xffffffffU), stats);
    std::vector<Verdict> verdicts(groupNames.size());
    for (std::size_t g = 0; g < byGroup.size(); ++g) {
        verdicts[g] = judge(table, groupNames[g], std::move(byGroup[g]), g < groupRows.size() ? groupRows[g] : 0);
        if (!verdicts[g].summary.empty())
            sink.addTableLevel(target, std::string_view(),
                               FindingExtra().asMessage(verdicts[g].summary).withSeverity(Severity::Info));
    }
    for (std::size_t row = 0; row < rows; ++row) {
        if (rowShape[row] == kNone)
            continue;
        const Verdict& v = verdicts[rowGroup[row]];
        if (v.judge && rowShape[row] != v.dominant)
            sink.add(row, target, table.cell(row, target), FindingExtra().withDetail(v.detail));
    }
}

struct FormatConsistencyCheck::Index
{
    static constexpr std::uint32_t kNone = 0xffffffffU;
    std::unordered_map<std::string, std::uint32_t> shapeIds;
    std::unordered_map<std::string, std::uint32_t> groupIds;
    std::vector<std::string> groupNames;
    std::string buffer;
    std::vector<std::uint32_t> shapeOf;              // by record id: its shape, kNone when blank or deleted
    std::vector<std::uint32_t> groupOf;              // by record id
    std::unordered_map<std::uint64_t, Stats> counts; // (group << 32 | shape) → rows; firstRow as last judged
    std::vector<std::size_t> groupRows;              // non-blank rows per group
    std::vector<Verdict> verdicts;                   // per group
    std::vector<std::vector<RecordId>> examples;     // per group: the records its messages quote

    std::uint32_t internShape(std::string_view value)
    {
        if (textutil::isBlank(value))
            return kNone;
        FormatConsistencyCheck::shapeInto(value, buffer);
        auto it = shapeIds.find(buffer);
        if (it == shapeIds.end())
            it = shapeIds.emplace(buffer, std::uint32_t(shapeIds.size())).first;
        return it->second;
    }
    std::uint32_t internGroup(std::string_view value)
    {
        std::string key(textutil::trim(value));
        auto it = groupIds.find(key);
        if (it == groupIds.end()) {
            it = groupIds.emplace(key, std::uint32_t(groupNames.size())).first;
            groupNames.push_back(std::move(key));
        }
        return it->second;
    }
    void grow(RecordId record)
    {
        if (record >= shapeOf.size()) {
            shapeOf.resize(std::size_t(record) + 1, kNone);
            groupOf.resize(std::size_t(record) + 1, 0);
        }
    }
    void count(std::uint32_t group, std::uint32_t shape, int delta)
    {
        if (shape == kNone)
            return;
        if (groupRows.size() <= group)
            groupRows.resize(std::size_t(group) + 1, 0);
        groupRows[group] = std::size_t(std::int64_t(groupRows[group]) + delta);
        const std::uint64_t key = (std::uint64_t(group) << 32) | shape;
        auto& stats = counts[key];
        stats.count = std::size_t(std::int64_t(stats.count) + delta);
        if (stats.count == 0)
            counts.erase(key);
    }
};

FormatConsistencyCheck::FormatConsistencyCheck() = default;
FormatConsistencyCheck::~FormatConsistencyCheck() = default;

void FormatConsistencyCheck::buildIndex(const Table& table)
{
    m_index = std::make_unique<Index>();
    Index& index = *m_index;
    const int target = column(0);
    if (m_group < 0)
        index.internGroup(std::string_view());
    const std::size_t rows = table.rowCount();
    // Dictionary columns of an unedited table: a shape and a group per distinct value, not per row.
    const bool plainRows = table.overlay().isEmpty() && rows == table.baseRowCount();
    const Column& values = table.column(target);
    std::vector<std::uint32_t> codeShape;
    if (plainRows && values.isDictionary()) {
        codeShape.resize(values.distinctCount());
        for (std::size_t code = 0; code < codeShape.size(); ++code)
            codeShape[code] = index.internShape(values.distinctValue(code));
    }
    const Column* groups = m_group >= 0 ? &table.column(m_group) : nullptr;
    std::vector<std::uint32_t> codeGroup;
    if (plainRows && groups && groups->isDictionary()) {
        codeGroup.resize(groups->distinctCount());
        for (std::size_t code = 0; code < codeGroup.size(); ++code)
            codeGroup[code] = index.internGroup(groups->distinctValue(code));
    }
    index.shapeOf.assign(plainRows ? rows : 0, Index::kNone);
    index.groupOf.assign(plainRows ? rows : 0, 0);
    for (std::size_t row = 0; row < rows; ++row) {
        const RecordId record = table.recordId(row);
        index.grow(record);
        const std::uint32_t shape =
            !codeShape.empty() ? codeShape[values.code(row)] : index.internShape(table.cell(row, target));
        if (shape == Index::kNone)
            continue;
        const std::uint32_t group = !groups              ? 0
                                    : !codeGroup.empty() ? codeGroup[groups->code(row)]
                                                         : index.internGroup(table.cell(row, m_group));
        index.shapeOf[record] = shape;
        index.groupOf[record] = group;
        index.count(group, shape, +1);
    }
    // Judge every group as checkSet() does.
    index.verdicts.assign(index.groupNames.size(), Verdict());
    index.examples.assign(index.groupNames.size(), {});
    for (auto& [key, stats] : index.counts)
        stats.firstRow = 0xffffffffU;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const RecordId record = table.recordId(row);
        const std::uint32_t shape = index.shapeOf[record];
        if (shape == Index::kNone)
            continue;
        auto& stats = index.counts[(std::uint64_t(index.groupOf[record]) << 32) | shape];
        stats.firstRow = std::min(stats.firstRow, std::uint32_t(row));
    }
    std::vector<std::vector<std::pair<std::uint32_t, Stats>>> byGroup(index.groupNames.size());
    for (const auto& [key, stats] : index.counts)
        byGroup[std::size_t(key >> 32)].emplace_back(std::uint32_t(key & 0xffffffffU), stats);
    for (std::size_t g = 0; g < byGroup.size(); ++g) {
        index.verdicts[g] = judge(table, index.groupNames[g], std::move(byGroup[g]),
                                  g < index.groupRows.size() ? index.groupRows[g] : 0);
        for (std::uint32_t row : index.verdicts[g].examples)
            index.examples[g].push_back(table.recordId(row));
    }
}

std::vector<RecordId> FormatConsistencyCheck::recheck(const Table& table, const std::vector<RecordId>& records,
                                                      FindingSink& sink)
{
    if (!m_index)
        return {};
    Index& index = *m_index;
    const int target = column(0);
    std::vector<bool> dirty(index.groupNames.size(), false);
    auto markDirty = [&](std::uint32_t group) {
        if (dirty.size() <= group)
            dirty.resize(std::size_t(group) + 1, false);
        dirty[group] = true;
    };
    bool any = false;
    std::vector<RecordId> moved; // records now of another shape or group
    for (const RecordId record : records) {
        index.grow(record);
        const auto row = table.rowOf(record);
        const std::uint32_t shape = row < 0 ? Index::kNone : index.internShape(table.cell(std::size_t(row), target));
        const std::uint32_t group =
            shape == Index::kNone || m_group < 0 ? 0 : index.internGroup(table.cell(std::size_t(row), m_group));
        const std::uint32_t oldShape = index.shapeOf[record];
        const std::uint32_t oldGroup = index.groupOf[record];
        if (shape != oldShape || (shape != Index::kNone && group != oldGroup)) {
            index.count(oldGroup, oldShape, -1);
            index.count(group, shape, +1);
            index.shapeOf[record] = shape;
            index.groupOf[record] = group;
            if (oldShape != Index::kNone)
                markDirty(oldGroup);
            if (shape != Index::kNone)
                markDirty(group);
            moved.push_back(record);
            any = true;
        } else if (shape != Index::kNone && group < index.examples.size()) {
            // Same shape, perhaps another value: it matters where a message quotes it.
            const auto& quoted = index.examples[group];
            if (std::find(quoted.begin(), quoted.end(), record) != quoted.end()) {
                markDirty(group);
                any = true;
            }
        }
    }
    const std::size_t groups = index.groupNames.size();
    dirty.resize(groups, false);
    index.verdicts.resize(groups);
    index.examples.resize(groups);
    bool summaries = false;
    std::vector<bool> rowsChanged(groups, false);
    std::vector<Verdict> before(groups);
    const std::size_t rows = table.rowCount();
    if (any) {
        // The first row of each shape of the groups judged again, in view order.
        for (auto& [key, stats] : index.counts)
            if (dirty[std::size_t(key >> 32)])
                stats.firstRow = 0xffffffffU;
        for (std::size_t row = 0; row < rows; ++row) {
            const RecordId record = table.recordId(row);
            const std::uint32_t shape = index.shapeOf[record];
            if (shape == Index::kNone || !dirty[index.groupOf[record]])
                continue;
            auto& stats = index.counts[(std::uint64_t(index.groupOf[record]) << 32) | shape];
            stats.firstRow = std::min(stats.firstRow, std::uint32_t(row));
        }
        std::vector<std::vector<std::pair<std::uint32_t, Stats>>> byGroup(groups);
        for (const auto& [key, stats] : index.counts)
            if (dirty[std::size_t(key >> 32)])
                byGroup[std::size_t(key >> 32)].emplace_back(std::uint32_t(key & 0xffffffffU), stats);
        for (std::size_t g = 0; g < groups; ++g) {
            if (!dirty[g])
                continue;
            Verdict now = judge(table, index.groupNames[g], std::move(byGroup[g]),
                                g < index.groupRows.size() ? index.groupRows[g] : 0);
            const Verdict& old = index.verdicts[g];
            summaries = summaries || now.summary != old.summary;
            rowsChanged[g] = now.judge != old.judge || now.dominant != old.dominant || now.detail != old.detail;
            index.examples[g].clear();
            for (std::uint32_t row : now.examples)
                index.examples[g].push_back(table.recordId(row));
            before[g] = std::move(index.verdicts[g]);
            index.verdicts[g] = std::move(now);
        }
    }
    auto outlier = [&](RecordId record) {
        const std::uint32_t shape = index.shapeOf[record];
        const Verdict& v = index.verdicts[index.groupOf[record]];
        return shape != Index::kNone && v.judge && shape != v.dominant;
    };
    // Re-reported: the edited records that moved or are outliers (their value may have changed), and the
    // outliers before or after of groups whose verdict changed. Other edited records had no finding and have none.
    std::vector<RecordId> affected(moved);
    for (const RecordId record : records)
        if (outlier(record))
            affected.push_back(record);
    if (std::find(rowsChanged.begin(), rowsChanged.end(), true) != rowsChanged.end()) {
        for (std::size_t row = 0; row < rows; ++row) {
            const RecordId record = table.recordId(row);
            const std::uint32_t shape = index.shapeOf[record];
            if (shape == Index::kNone || !rowsChanged[index.groupOf[record]])
                continue;
            const std::uint32_t g = index.groupOf[record];
            if ((before[g].judge && shape != before[g].dominant) || outlier(record))
                affected.push_back(record);
        }
    }
    if (affected.empty() && !summaries)
        return {};
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    for (const RecordId record : affected) {
        const auto row = table.rowOf(record);
        const std::uint32_t shape = record < index.shapeOf.size() ? index.shapeOf[record] : Index::kNone;
        if (row < 0 || shape == Index::kNone)
            continue;
        const Verdict& v = index.verdicts[index.groupOf[record]];
        if (v.judge && shape != v.dominant)
            sink.add(std::size_t(row), target, table.cell(std::size_t(row), target),
                     FindingExtra().withDetail(v.detail));
    }
    if (summaries) {
        for (const Verdict& v : index.verdicts)
            if (!v.summary.empty())
                sink.addTableLevel(target, std::string_view(),
                                   FindingExtra().asMessage(v.summary).withSeverity(Severity::Info));
        affected.push_back(kNoRecord);
    }
    return affected;
}

} // namespace plumbline
