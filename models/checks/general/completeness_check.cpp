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

void CompletenessCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const std::size_t rows = table.rowCount();
    if (rows == 0)
        return;
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    for (int c : m_targets) {
        if (progress.canceled())
            return;
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
        const double share = double(blank) / double(rows);
        if (blank == 0 || share <= m_maxBlank)
            continue;
        const std::string detail = QStringLiteral("%1 of %2 rows (%3%)")
                                       .arg(locale.toString(qulonglong(blank)), locale.toString(qulonglong(rows)))
                                       .arg(int(share * 100 + 0.5))
                                       .toStdString();
        sink.addTableLevel(c, std::string_view(), FindingExtra().withDetail(detail));
    }
}

} // namespace plumbline
