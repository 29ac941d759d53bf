#include "checks/general/completeness_check.h"

#include "table/table.h"
#include "values/text_util.h"

#include <QLocale>

namespace plumbline {

std::unique_ptr<Check> CompletenessCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<CompletenessCheck>();
    check->m_maxBlank = params.number("max-blank", 0.5);
    if (check->m_maxBlank < 0 || check->m_maxBlank > 1)
        params.fail(QStringLiteral("max-blank"), QStringLiteral("must be between 0 and 1"));
    return check;
}

QString CompletenessCheck::bind(const BindContext& context)
{
    m_columns = context.columns;
    m_targets.clear();
    for (const auto& c : m_columns)
        m_targets.insert(m_targets.end(), c.begin(), c.end());
    return m_targets.empty()
               ? QStringLiteral("no column matches %1").arg(context.rule.columns.join(QLatin1String(", ")))
               : QString();
}

std::size_t CompletenessCheck::countBlank(const Table& table, int c) const
{
    const std::size_t rows = table.rowCount();
    std::size_t blank = 0;
    const Column& column = table.column(c);
    if (column.isDictionary() && table.overlay().isEmpty() && table.rowCount() == table.baseRowCount()) {
        std::vector<std::uint8_t> blankCode(column.distinctCount());
        for (std::size_t code = 0; code < blankCode.size(); ++code)
            blankCode[code] = textutil::isBlank(column.distinctValue(code));
        for (std::size_t row = 0; row < rows; ++row)
            blank += blankCode[column.code(row)];
    } else {
        for (std::size_t row = 0; row < rows; ++row)
            blank += textutil::isBlank(table.cell(row, c));
    }
    return blank;
}

bool CompletenessCheck::fires(std::size_t blank, std::size_t rows) const
{
    return rows > 0 && blank > 0 && double(blank) / double(rows) > m_maxBlank;
}

void CompletenessCheck::report(int c, std::size_t blank, std::size_t rows, FindingSink& sink) const
{
    if (!fires(blank, rows))
        return;
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const double share = double(blank) / double(rows);
    const std::string detail = QStringLiteral("%1 of %2 rows (%3%)")
                                   .arg(locale.toString(qulonglong(blank)), locale.toString(qulonglong(rows)))
                                   .arg(int(share * 100 + 0.5))
                                   .toStdString();
    sink.addTableLevel(c, std::string_view(), FindingExtra().withDetail(detail));
}

void CompletenessCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const std::size_t rows = table.rowCount();
    if (rows == 0)
        return;
    for (int c : m_targets) {
        if (progress.canceled())
            return;
        report(c, countBlank(table, c), rows, sink);
    }
}

void CompletenessCheck::buildIndex(const Table& table)
{
    m_rows = table.rowCount();
    m_blankOf.assign(m_targets.size(), {});
    m_blankCount.assign(m_targets.size(), 0);
    std::size_t records = 0;
    for (std::size_t row = 0; row < m_rows; ++row)
        records = std::max<std::size_t>(records, std::size_t(table.recordId(row)) + 1);
    for (std::size_t t = 0; t < m_targets.size(); ++t) {
        auto& bits = m_blankOf[t];
        bits.assign(records, false);
        const int c = m_targets[t];
        const Column& column = table.column(c);
        const bool direct =
            column.isDictionary() && table.overlay().isEmpty() && table.rowCount() == table.baseRowCount();
        std::vector<std::uint8_t> blankCode(direct ? column.distinctCount() : 0);
        for (std::size_t code = 0; code < blankCode.size(); ++code)
            blankCode[code] = textutil::isBlank(column.distinctValue(code));
        std::size_t blank = 0;
        for (std::size_t row = 0; row < m_rows; ++row) {
            const bool isBlank = direct ? blankCode[column.code(row)] != 0 : textutil::isBlank(table.cell(row, c));
            if (isBlank) {
                bits[table.recordId(row)] = true;
                ++blank;
            }
        }
        m_blankCount[t] = blank;
    }
}

std::vector<RecordId> CompletenessCheck::recheck(const Table& table, const std::vector<RecordId>& records,
                                                 FindingSink& sink)
{
    const std::size_t rows = table.rowCount();
    bool changed = false;
    for (std::size_t t = 0; t < m_targets.size(); ++t) {
        auto& bits = m_blankOf[t];
        std::size_t blank = m_blankCount[t];
        for (const RecordId record : records) {
            const auto row = table.rowOf(record);
            const bool now = row >= 0 && textutil::isBlank(table.cell(std::size_t(row), m_targets[t]));
            if (record >= bits.size())
                bits.resize(std::size_t(record) + 1, false);
            if (bits[record] == now)
                continue;
            bits[record] = now;
            now ? ++blank : --blank;
        }
        // What the column's finding says: whether it fires, and its counts when it does.
        const bool before = fires(m_blankCount[t], m_rows);
        const bool after = fires(blank, rows);
        changed = changed || before != after || (after && (blank != m_blankCount[t] || rows != m_rows));
        m_blankCount[t] = blank;
    }
    m_rows = rows;
    if (!changed)
        return {};
    for (std::size_t t = 0; t < m_targets.size(); ++t)
        report(m_targets[t], m_blankCount[t], rows, sink);
    return {kNoRecord};
}

} // namespace plumbline
