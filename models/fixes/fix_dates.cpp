// Quick fixes that write slash dates (04/06/2013) as ISO 8601, in the order the column is written in.
#include "fixes/fix_builders.h"

namespace plumbline::fixes {

namespace {

using Reading = SlashDate::Reading;

/// The ISO text of a slash date, read month-first where both orders give a date and monthFirst, else day-first.
std::string isoReading(const SlashDate& d, bool monthFirst)
{
    return isoText(d.read(monthFirst), d.rest);
}

} // namespace

std::optional<FixPlan> isoDatePlan(const FindingContext& f, DateOrder order)
{
    if (f.row < 0)
        return std::nullopt;
    const SlashDate d = readSlashDate(f.cell());
    if (!d.isDate())
        return suggestionPlan(f, true, true); // yyyy/mm/dd or 2015-3-5: one reading, the check's
    const bool ambiguous = d.reading == Reading::Ambiguous;
    const bool monthFirst = order == DateOrder::MonthFirst;
    // Certain when only one order gives a date, or the whole column reads one way; in a column that mixes both
    // orders an ambiguous date is read day-first (the UK default) for a person to confirm.
    const bool safe = !ambiguous || order != DateOrder::Mixed;
    const QString column = f.columnName(f.record.column);
    QString description = QStringLiteral("Write as ISO 8601");
    if (ambiguous && order == DateOrder::Mixed)
        description += QStringLiteral(", read day-first (%1 mixes both orders: check with the source)").arg(column);
    else if (ambiguous)
        description += QStringLiteral(", read %1 as the rest of %2")
                           .arg(monthFirst ? QStringLiteral("month-first") : QStringLiteral("day-first"), column);
    return setCellPlan(f, isoReading(d, monthFirst), description, safe);
}

std::optional<FixPlan> columnDatesPlan(const FindingContext& f)
{
    if (f.row >= 0 || f.record.column < 0 || f.record.column >= f.table.columnCount() || !f.record.hasSuggestion())
        return std::nullopt;
    const int column = f.record.column;
    const bool monthFirst = f.store.text(f.record.suggestion).starts_with("mm");
    FixPlan plan =
        f.emptyPlan(QStringLiteral("Rewrite every date of %1 as ISO 8601, reading %2")
                        .arg(f.columnName(column),
                             monthFirst ? QStringLiteral("month-first (mm/dd/yyyy)")
                                        : QStringLiteral("day-first (dd/mm/yyyy) where both orders give a date")),
                    false);
    for (std::size_t row = 0; row < f.table.rowCount(); ++row) {
        const std::string_view value = f.table.cell(row, column);
        if (value.size() < 8)
            continue;
        const SlashDate d = readSlashDate(value);
        if (!d.isDate())
            continue;
        std::string text = isoReading(d, monthFirst);
        if (text != value)
            plan.changes.push_back(CellChange{f.table.recordId(row), column, std::move(text)});
    }
    if (plan.changes.empty())
        return std::nullopt;
    return plan;
}

} // namespace plumbline::fixes
