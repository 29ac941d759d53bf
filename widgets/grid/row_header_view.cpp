#include "grid/row_header_view.h"

#include "itemmodels/table_model.h"
#include "style/icons.h"
#include "style/severity_colors.h"

#include <QStyle>
#include <QStyleOptionHeader>

namespace plumbline {

RowHeaderView::RowHeaderView(QWidget* parent) : QHeaderView(Qt::Vertical, parent)
{
    setObjectName(QStringLiteral("rowHeader"));
}

void RowHeaderView::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (!model())
        return;
    const QVariant severity = model()->headerData(logicalIndex, Qt::Vertical, int(TableModel::Role::FindingSeverity));
    if (!severity.isValid())
        return;
    // As QHeaderView does with a BackgroundRole brush: styles paint sections with these two roles.
    const QColor tint = severitycolors::tint(Severity(severity.toInt()));
    option->palette.setBrush(QPalette::Button, tint);
    option->palette.setBrush(QPalette::Window, tint);
    // And its icon, so the row's severity reads without the colour.
    option->icon = icons::severity(Severity(severity.toInt()));
    option->iconAlignment = Qt::AlignLeft | Qt::AlignVCenter;
}

QSize RowHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.rwidth() += style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    return size;
}

} // namespace plumbline
