#include "grid/finding_cell_delegate.h"

#include "itemmodels/table_model.h"
#include "style/severity_colors.h"

#include <QPainter>
#include <QPolygon>

namespace plumbline {

FindingCellDelegate::FindingCellDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void FindingCellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(int(TableModel::Role::FindingSeverity));
    if (severity.isValid())
        option->backgroundBrush = severitycolors::tint(Severity(severity.toInt()));
}

void FindingCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant severity = index.data(int(TableModel::Role::FindingSeverity));
    if (!severity.isValid())
        return;
    const int size = std::max(5, option.rect.height() / 3);
    const QRect& r = option.rect;
    const QPolygon corner(
        {QPoint(r.right() - size + 1, r.top()), QPoint(r.right() + 1, r.top()), QPoint(r.right() + 1, r.top() + size)});
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severitycolors::marker(Severity(severity.toInt())));
    painter->drawPolygon(corner);
    painter->restore();
}

} // namespace plumbline
