#include "checks/check.h"

#include "checks/support/text_profile.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <bit>

namespace plumbline {

QString Check::bind(const BindContext& context)
{
    m_columns = context.columns;
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].empty())
            return QStringLiteral("no column matches '%1'").arg(context.rule.columns.value(qsizetype(i)));
    return {};
}

void Check::checkRows(const Table&, std::size_t, std::size_t, FindingSink&) const {}

void Check::checkSet(const Table&, FindingSink&, Progress&) const {}

QString ValueCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    m_targets.clear();
    m_verdicts.clear();
    m_missing.clear();
    for (const auto& m : context.rule.missingValues)
        m_missing.push_back(m.toStdString());
    for (const auto& resolved : m_columns)
        for (int c : resolved)
            m_targets.push_back({c, {}});
    if (m_targets.empty())
        return QStringLiteral("no column matches %1").arg(context.rule.columns.join(QLatin1String(", ")));
    QString reason;
    if (!prepare(context, &reason))
        return reason;
    const bool blankToo = checksBlank();
    const bool skipTidy = skipsTidyText();
    for (auto& target : m_targets) {
        const Column& column = context.table.column(target.column);
        if (!column.isDictionary()) {
            target.tidy = skippableRows(context, target.column);
            continue;
        }
        target.codeVerdict.assign(column.distinctCount(), -1);
        for (std::size_t code = 0; code < column.distinctCount(); ++code) {
            const auto value = column.distinctValue(code);
            if ((!blankToo && textutil::isBlank(value)) || isMissing(value) ||
                (skipTidy && textutil::isTidyAscii(value)))
                continue;
            Verdict v;
            if (test(value, v)) {
                target.codeVerdict[code] = std::int32_t(m_verdicts.size());
                m_verdicts.push_back(std::move(v));
            }
        }
    }
    return {};
}

const RowBits* ValueCheck::skippableRows(const BindContext& context, int column) const
{
    return skipsTidyText() && context.profiles ? context.profiles->tidy(column) : nullptr;
}

bool ValueCheck::isMissing(std::string_view value) const
{
    for (const auto& m : m_missing)
        if (value == m)
            return true;
    return false;
}

void ValueCheck::report(FindingSink& sink, std::size_t row, int column, std::string_view value, const Verdict& v) const
{
    FindingExtra extra;
    if (v.suggestion)
        extra.suggestion = std::string_view(*v.suggestion);
    extra.detail = v.detail;
    extra.severity = v.severity;
    extra.ownMessage = v.ownMessage;
    extra.tentative = v.tentative;
    sink.add(row, column, value, extra);
}

void ValueCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    const bool blankToo = checksBlank();
    const bool edited = !table.overlay().isEmpty();
    for (const auto& target : m_targets) {
        const Column& column = table.column(target.column);
        if (!target.codeVerdict.empty()) {
            if (!edited && table.rowCount() == table.baseRowCount() && table.recordId(0) == 0 &&
                table.recordId(table.rowCount() - 1) == table.rowCount() - 1) {
                // The common case: base rows in file order, no edits. One code read and one table lookup per row,
                // and none when no distinct value is a finding (most columns for most rules): that is known
                // without the rows when the check found nothing at all, or by reading the verdicts when there
                // are no more of them than rows.
                if (m_verdicts.empty() || (target.codeVerdict.size() <= last - first &&
                                           std::none_of(target.codeVerdict.begin(), target.codeVerdict.end(),
                                                        [](std::int32_t verdict) { return verdict >= 0; })))
                    continue;
                const std::int32_t* verdicts = target.codeVerdict.data();
                for (std::size_t row = first; row < last; ++row) {
                    const std::int32_t verdict = verdicts[column.code(row)];
                    if (verdict >= 0)
                        report(sink, row, target.column, column.distinctValue(column.code(row)),
                               m_verdicts[std::size_t(verdict)]);
                }
                continue;
            }
            for (std::size_t row = first; row < last; ++row) {
                const RecordId record = table.recordId(row);
                if (edited || record >= table.baseRowCount()) {
                    if (auto e = table.overlay().find(record, target.column); e || record >= table.baseRowCount()) {
                        const std::string_view value = e ? *e : std::string_view();
                        Verdict v;
                        if ((blankToo || !textutil::isBlank(value)) && !isMissing(value) && test(value, v))
                            report(sink, row, target.column, value, v);
                        continue;
                    }
                }
                const std::int32_t verdict = target.codeVerdict[column.code(record)];
                if (verdict >= 0)
                    report(sink, row, target.column, column.distinctValue(column.code(record)),
                           m_verdicts[std::size_t(verdict)]);
            }
            continue;
        }
        // Plain column: one test per cell. Without edits or reordering the cell is read straight from the column.
        const bool direct = !edited && table.rowCount() == table.baseRowCount() && table.recordId(0) == 0 &&
                            (table.rowCount() == 0 || table.recordId(table.rowCount() - 1) == table.rowCount() - 1);
        const auto checkCell = [&](std::size_t row) {
            const std::string_view value = direct ? column.cell(row) : table.cell(row, target.column);
            if (value.empty() || (!blankToo && textutil::isBlank(value)) || (!m_missing.empty() && isMissing(value)))
                return;
            Verdict v;
            if (test(value, v))
                report(sink, row, target.column, value, v);
        };
        const RowBits* tidy = direct ? target.tidy : nullptr;
        if (!tidy) {
            for (std::size_t row = first; row < last; ++row)
                checkCell(row);
            continue;
        }
        // Most rows of most columns can be skipped: take the others from each word of 64 row bits.
        tidy->prepare(first, last);
        for (std::size_t base = first & ~std::size_t(63); base < last; base += 64) {
            std::uint64_t todo = ~tidy->word(base >> 6);
            if (base < first)
                todo &= ~std::uint64_t(0) << (first - base);
            if (last - base < 64)
                todo &= (std::uint64_t(1) << (last - base)) - 1;
            for (; todo != 0; todo &= todo - 1)
                checkCell(base + std::size_t(std::countr_zero(todo)));
        }
    }
}

std::vector<int> ValueCheck::checkedColumns() const
{
    std::vector<int> columns;
    for (const auto& target : m_targets)
        columns.push_back(target.column);
    return columns;
}

void ValueCheck::checkRowAfresh(const Table& table, std::size_t row, FindingSink& sink) const
{
    const bool blankToo = checksBlank();
    for (const auto& target : m_targets) {
        const std::string_view value = table.cell(row, target.column);
        if (value.empty() || (!blankToo && textutil::isBlank(value)) || (!m_missing.empty() && isMissing(value)))
            continue;
        Verdict v;
        if (test(value, v))
            report(sink, row, target.column, value, v);
    }
}

} // namespace plumbline
